# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Trees of license files: results as they finish, verdicts counted, packages that need attention, exit status."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from ethlicense.check import CheckResult, check_text
from ethlicense.check._declared import DeclaredLicense, DeclaredLicenseFinder, Mismatch
from ethlicense.check._files import _claim, check_many
from ethlicense.check._tree import (
    EXIT_DECLARED_MISMATCH,
    EXIT_NOT_OPEN_SOURCE,
    EXIT_OK,
    Entry,
    Tally,
    entry_data,
    make_entry,
    verdict_of,
)
from tests.check_corpus import base_text
from tests.deptree import EXPECTED, build_tree

MIT = base_text("MIT")


def test_verdict_of_gives_one_of_the_three_verdicts() -> None:
    """Every count goes through verdict_of, which names one of open-source, not-open-source, needs-review."""
    assert verdict_of(check_text(MIT)) == "open-source"
    assert verdict_of(check_text("The Software may not be used for military purposes.\n\n" + MIT)) in {
        "not-open-source",
        "needs-review",
    }


def test_a_tree_of_many_files_is_checked_in_parallel_with_a_fifo_in_it(tmp_path: Path) -> None:
    """Workers share 70 files and a FIFO: nothing hangs, on_done counts every file as it finishes."""
    for number in range(70):
        folder = tmp_path / f"p{number:02d}"
        folder.mkdir()
        (folder / "LICENSE").write_text(MIT.replace("<copyright holders>", f"Holder {number}"), encoding="utf-8")
    os.mkfifo(tmp_path / "p00" / "COPYING")
    totals: list[int] = []
    done: list[int] = []
    results: list[CheckResult] = []

    def run() -> None:
        results.extend(check_many([tmp_path], recursive=True, jobs=2, on_total=totals.append, on_done=done.append))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(50)
    if thread.is_alive():
        descriptor = os.open(tmp_path / "p00" / "COPYING", os.O_WRONLY | os.O_NONBLOCK)
        os.close(descriptor)
        pytest.fail("a FIFO in the tree hung the workers")
    assert totals == [71]
    assert sum(done) == 71
    assert len(results) == 71
    fifo = next(result for result in results if result.path and result.path.endswith("COPYING"))
    assert fifo.skipped
    assert "FIFO" in fifo.findings[0].message


def _entry(path: str, *, open_source: bool, mismatch: bool = False, package: str | None = None) -> Entry:
    result = CheckResult(path=path, base_license="MIT", osi_open_source=open_source)
    declared = (
        DeclaredLicense(manifest=f"{package}/package.json", package=package, expression="MIT", license_ids=("MIT",))
        if package
        else None
    )
    found = (
        Mismatch(kind="restricted", declared="MIT", found="MIT", message="declared MIT, but...") if mismatch else None
    )
    return Entry(result, declared, found)


def test_a_worker_takes_its_own_files_in_order_then_the_last_of_the_longest_share() -> None:
    """Once its own share is taken, a worker takes files from the end of the share with the most left."""
    shares = [[0, 2], [1, 3, 4, 5]]
    claims = multiprocessing.get_context().Array("q", [0, 2, 0, 4])
    taken = [_claim(shares, claims, 0) for _ in range(4)]
    assert taken == [0, 2, 5, 4]
    assert [_claim(shares, claims, 1) for _ in range(3)] == [1, 3, None]
    assert _claim(shares, claims, 0) is None


def test_identical_files_get_one_reading_with_their_own_paths(tmp_path: Path) -> None:
    """A file whose bytes were checked before gets the same result, under its own path."""
    text = MIT.replace("<copyright holders>", "Jane Doe")
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "LICENSE").write_text(text, encoding="utf-8")
    first, second = check_many([tmp_path], recursive=True, jobs=1)
    assert (first.path, second.path) == (str(tmp_path / "a" / "LICENSE"), str(tmp_path / "b" / "LICENSE"))
    assert first.model_copy(update={"path": None}) == second.model_copy(update={"path": None})
    assert first == check_text(text).model_copy(update={"path": first.path})


def test_the_tally_groups_files_by_package_and_sets_the_exit_status() -> None:
    """Open-source files are only counted; others are listed once per package; a mismatch gives status 4."""
    tally = Tally()
    tally.add(_entry("a/LICENSE", open_source=True, package="a"))
    tally.add(_entry("b/LICENSE", open_source=False, package="b"))
    tally.add(_entry("b/COPYING", open_source=False, package="b"))
    assert tally.exit_status(require_osi=False) == EXIT_OK
    assert tally.exit_status(require_osi=True) == EXIT_NOT_OPEN_SOURCE
    tally.add(_entry("c/LICENSE", open_source=False, mismatch=True, package="c"))
    assert tally.exit_status(require_osi=True) == EXIT_DECLARED_MISMATCH
    data = tally.data()
    assert data["verdicts"]["open-source"] == 1
    assert data["verdicts"]["not-open-source"] == 3
    assert [(item["package"], item["files"], item["declared_mismatch"]) for item in data["attention"]] == [
        ("b", ["b/LICENSE", "b/COPYING"], False),
        ("c", ["c/LICENSE"], True),
    ]
    assert "b/LICENSE (+1 more)" in tally.text()


def test_an_empty_run_needs_no_attention() -> None:
    """A tree without license files says so and passes."""
    tally = Tally()
    assert tally.text().endswith("No package needs attention.\n")
    assert tally.exit_status(require_osi=True) == EXIT_OK


def test_entries_of_the_fixture_tree(tmp_path: Path) -> None:
    """make_entry pairs each file of the fixture tree with its package, as EXPECTED says."""
    tree = build_tree(tmp_path)
    finder = DeclaredLicenseFinder([tree])
    entries = [make_entry(result, finder) for result in check_many([tree], recursive=True, jobs=1)]
    found = {
        Path(entry.result.path or "").relative_to(tree).as_posix(): (
            verdict_of(entry.result),
            entry.mismatch.kind if entry.mismatch else None,
        )
        for entry in entries
    }
    assert found == EXPECTED
    data = entry_data(entries[0], with_package=False)
    assert "package" not in data
    assert data["verdict"] == "open-source"
