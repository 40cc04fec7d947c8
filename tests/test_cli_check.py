# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""``ethlicense check`` on the command line: output formats, exit codes, trees, standard input, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ethlicense.check import MAX_FILE_BYTES
from ethlicense.cli import cli
from tests.check_corpus import base_text, composite, place
from tests.deptree import EXPECTED, build_tree

MIT = base_text("MIT")
RESTRICTED = place("The Software may not be used for military purposes.", MIT, "before")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """An open-source MIT file, a restricted one and an ethlicense composite."""
    paths = {"mit": tmp_path / "LICENSE", "restricted": tmp_path / "COPYING", "composite": tmp_path / "LICENSE.md"}
    paths["mit"].write_text(MIT, encoding="utf-8")
    paths["restricted"].write_text(RESTRICTED, encoding="utf-8")
    paths["composite"].write_text(composite("MIT", ("military",)), encoding="utf-8")
    return paths


def test_check_is_listed_and_its_help_has_examples() -> None:
    """`ethlicense --help` lists check, and `check --help` explains the exit codes with examples."""
    code, out, _ = run("--help")
    assert code == 0
    assert "check" in out
    code, out, _ = run("check", "--help")
    assert code == 0
    for text in ("--require-osi", "--recursive", "--format", "Exit status", "ethlicense check --recursive"):
        assert text in out


def test_text_report_for_one_file(files: dict[str, Path]) -> None:
    """A restricted file gets its verdict, base, restriction and failed criterion in the report."""
    code, out, err = run("check", str(files["restricted"]))
    assert (code, err) == (0, "")
    assert out.startswith(f"{files['restricted']}: not open source (fails OSD-6)\n")
    assert "base license: MIT (MIT License), with text added before it" in out
    assert "fields-of-endeavor, fails OSD-6: The Software may not be used for military purposes." in out


def test_an_open_source_text_with_added_prose_asks_for_a_reading(tmp_path: Path) -> None:
    """--require-osi passes a request added to MIT, and the report and the JSON say the request should be read."""
    path = tmp_path / "LICENSE"
    path.write_text(place("Please do not use this for weapons; this is only a request.", MIT, "after"), "utf-8")
    code, out, _ = run("check", "--require-osi", str(path))
    assert code == 0
    assert "unbinding-additions: 1 added passage was judged to bind no one" in out
    code, out, _ = run("check", "--format", "json", str(path))
    assert [item["kind"] for item in json.loads(out)["findings"]] == ["unbinding-additions"]


def test_json_for_one_file_is_an_object_with_the_promised_keys(files: dict[str, Path]) -> None:
    """--format json prints one object for one file, with base_license, osi_open_source, restrictions..."""
    code, out, _ = run("check", str(files["composite"]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["base_license"], data["osi_open_source"], data["path"]) == ("MIT", False, str(files["composite"]))
    assert data["restrictions"][0]["clause"] == "military"
    assert data["restrictions"][0]["criteria"] == ["OSD-6"]
    assert data["violations"][0]["criterion"] == "OSD-6"
    assert {"findings", "additions", "clauses", "criteria"} <= set(data)


def test_json_for_several_files_is_an_array_in_argument_order(files: dict[str, Path]) -> None:
    """Several files give an array of results, in the order the files were named."""
    code, out, _ = run("check", str(files["restricted"]), str(files["mit"]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [(item["path"], item["osi_open_source"]) for item in data] == [
        (str(files["restricted"]), False),
        (str(files["mit"]), True),
    ]


@pytest.mark.parametrize(
    ("names", "expected"),
    [(["mit"], 0), (["restricted"], 1), (["mit", "composite"], 1)],
)
def test_require_osi_exits_1_unless_every_file_is_open_source(
    files: dict[str, Path], names: list[str], expected: int
) -> None:
    """--require-osi fails (status 1) when any file is not open source, and passes when all are."""
    code, out, _ = run("check", "--require-osi", "--brief", *(str(files[name]) for name in names))
    assert code == expected
    assert out


def test_without_require_osi_a_restricted_file_still_exits_0(files: dict[str, Path]) -> None:
    """Checking is not failing: without --require-osi the status is 0 whatever the verdict."""
    assert run("check", str(files["restricted"]))[0] == 0


def test_errors_are_one_line_with_status_2(tmp_path: Path) -> None:
    """A missing path, or a folder without --recursive, is one line on stderr and status 2, no traceback."""
    for args, message in [
        ([str(tmp_path / "missing")], "does not exist"),
        ([str(tmp_path)], "pass --recursive"),
    ]:
        code, out, err = run("check", *args)
        assert (code, out) == (2, "")
        assert message in err
        assert "Traceback" not in err
        assert err.count("\n") == 1


def test_recursive_checks_every_license_file_without_a_progress_bar_when_piped(tmp_path: Path) -> None:
    """--recursive finds the license files of a tree, in order; off a terminal there is no progress bar."""
    for number, text in enumerate([MIT, RESTRICTED, MIT]):
        folder = tmp_path / f"dependency-{number}"
        folder.mkdir()
        (folder / "LICENSE").write_text(text, encoding="utf-8")
        (folder / "index.js").write_text("module.exports = 1;\n", encoding="utf-8")
    code, out, err = run("check", "--recursive", str(tmp_path), "--brief")
    assert (code, err) == (0, "")
    assert out.splitlines()[:4] == [
        f"{tmp_path / 'dependency-0' / 'LICENSE'}: open source",
        f"{tmp_path / 'dependency-1' / 'LICENSE'}: not open source (fails OSD-6)",
        f"{tmp_path / 'dependency-2' / 'LICENSE'}: open source",
        "Summary: 3 license files",
    ]
    assert _counts(out) == {
        "open source": 2,
        "not open source": 1,
        "needs review": 0,
        "not checked": 0,
        "declared license contradicted": 0,
    }
    code, out, _ = run("check", "--recursive", str(tmp_path), "--format", "json")
    assert len(json.loads(out)) == 3


def test_bad_files_in_a_tree_are_findings_not_errors(tmp_path: Path) -> None:
    """Binary, empty and undecodable files in a tree are reported as findings; the run still succeeds."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "LICENSE").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "LICENSE").write_bytes(b"")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "LICENSE").write_bytes(MIT.replace("Jane Doe", "Jos\u00e9").encode("latin-1"))
    code, out, _ = run("check", "--recursive", str(tmp_path), "--format", "json")
    assert code == 0
    kinds = [[finding["kind"] for finding in item["findings"]] for item in json.loads(out)]
    assert kinds == [["binary"], ["empty"], ["undecodable"]]
    assert run("check", "--recursive", str(tmp_path), "--require-osi")[0] == 3


def test_standard_input(files: dict[str, Path]) -> None:
    """'-' reads the license from standard input."""
    code, out, _ = run("check", "-", "--format", "json", stdin=files["restricted"].read_bytes())
    assert code == 0
    data = json.loads(out)
    assert (data["path"], data["base_license"], data["criteria"]) == ("<stdin>", "MIT", ["OSD-6", "DFSG-6", "FSF-0"])


def test_hidden_characters_are_shown_in_the_report(tmp_path: Path) -> None:
    """A right-to-left override inside the text is reported as a finding in the text output."""
    path = tmp_path / "LICENSE"
    path.write_text(MIT.replace("without restriction", "without \u202erestriction"), encoding="utf-8")
    code, out, _ = run("check", str(path))
    assert code == 0
    assert "hidden-characters: the text may display differently from how it reads" in out
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in out


UNCLEAR = place("Forks of this project by cryptocurrency exchanges are something we never agreed to.", MIT, "before")


def test_needs_review_has_its_own_line_and_exit_status(tmp_path: Path) -> None:
    """A passage that may bind but is not recognised gives "needs review", naming it, and exit 3 with --require-osi."""
    path = tmp_path / "LICENSE"
    path.write_text(UNCLEAR, encoding="utf-8")
    code, out, _ = run("check", "--require-osi", str(path))
    assert code == 3
    assert out.splitlines()[0] == f"{path}: needs review"
    assert "  verdict: needs review: read 1 passage before relying on it" in out
    assert "    - before: Forks of this project by cryptocurrency exchanges are something we never agreed to." in out
    code, out, _ = run("check", "--format", "json", str(path))
    data = json.loads(out)
    assert (code, data["verdict"], data["osi_open_source"]) == (0, "needs-review", None)
    assert [item["text"] for item in data["review"]] == [
        "Forks of this project by cryptocurrency exchanges are something we never agreed to."
    ]


def test_not_open_source_outranks_needs_review_in_the_exit_status(files: dict[str, Path], tmp_path: Path) -> None:
    """With a restricted file and one that needs review, --require-osi exits 1."""
    unclear = tmp_path / "LICENSE.txt"
    unclear.write_text(UNCLEAR, encoding="utf-8")
    code, out, _ = run("check", "--require-osi", "--brief", str(unclear), str(files["restricted"]))
    assert code == 1
    assert out.splitlines()[-1] == "2 files: 1 not open source, 1 needs review"


@pytest.mark.subprocess
def test_installed_command_runs_check(files: dict[str, Path]) -> None:
    """The installed `ethlicense check` runs in a child process with the documented exit codes and JSON."""
    executable = shutil.which("ethlicense", path=str(Path(sys.executable).parent)) or shutil.which("ethlicense")
    assert executable is not None
    environment = {**os.environ, "COLUMNS": "100"}
    completed = subprocess.run(
        [executable, "check", "--require-osi", "--format", "json", str(files["mit"]), str(files["restricted"])],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stderr == ""
    assert [item["osi_open_source"] for item in json.loads(completed.stdout)] == [True, False]


def _counts(report: str) -> dict[str, int]:
    """The counts of the summary table at the end of a recursive text report."""
    lines = report[report.index("Summary: ") :].splitlines()[1:6]
    return {line.rsplit(maxsplit=1)[0].strip(): int(line.rsplit(maxsplit=1)[1]) for line in lines}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The dependency tree of tests/deptree.py: site-packages, node_modules, vendor, a source tree."""
    return build_tree(tmp_path / "tree")


def test_recursive_json_pairs_each_file_with_its_declared_license(tree: Path) -> None:
    """--format json -r: each file's verdict, its package and declared license, and the mismatches found."""
    code, out, err = run("check", "--recursive", str(tree), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    found = {
        Path(item["path"]).relative_to(tree).as_posix(): (
            item["verdict"],
            (item["package"] or {}).get("mismatch") and item["package"]["mismatch"]["kind"],
        )
        for item in data
    }
    assert found == EXPECTED
    lerna = next(item for item in data if item["path"].endswith("lerna/LICENSE"))
    assert lerna["package"]["name"] == "lerna"
    assert lerna["package"]["declared_license"] == "MIT"
    assert lerna["package"]["field"] == "license"
    assert lerna["base_license"] == "MIT"
    assert lerna["findings"][-1] == {
        "kind": "declared-mismatch",
        "message": "declared MIT, but the text is not MIT: it adds restrictions, so it is not open source",
    }
    vendored = next(item for item in data if "_vendor" in item["path"])
    assert vendored["package"] is None


def test_recursive_text_ends_with_a_summary_of_the_packages_that_need_attention(tree: Path) -> None:
    """The text report ends with counts per verdict and one row per package needing attention."""
    code, out, _ = run("check", "--recursive", str(tree), "--brief")
    assert code == 0
    summary = out[out.index("Summary: 16 license files") :]
    assert _counts(summary) == {
        "open source": 13,
        "not open source": 3,
        "needs review": 0,
        "not checked": 0,
        "declared license contradicted": 2,
    }
    rows = summary[summary.index("Packages that need attention (4):") :].splitlines()[2:]
    assert [row.split()[0] for row in rows] == ["lerna", "see-file", "wronglabel", "oddcrate"]
    assert "declared MIT, but the text is not MIT: it adds restrictions" in rows[0]
    assert "declared MIT, but the text is Apache-2.0, which the declaration does not name" in rows[2]
    assert "declared-mismatch: declared MIT, but the text is not MIT" in out[: out.index("Summary")]


def test_require_osi_exits_4_for_a_contradicted_declaration_and_1_otherwise(tree: Path) -> None:
    """--require-osi: 4 when a package's declared license is contradicted, 1 when a file is only not open source."""
    assert run("check", "--recursive", str(tree), "--require-osi", "--brief")[0] == 4
    assert run("check", "--recursive", str(tree / "vendor"), "--require-osi", "--brief")[0] == 1
    assert run("check", "--recursive", str(tree / "vendor" / "serde"), "--require-osi", "--brief")[0] == 0
    assert run("check", "--recursive", str(tree), "--brief")[0] == 0


def test_jsonl_streams_one_object_per_file_then_the_summary(tree: Path) -> None:
    """--format jsonl: one compact object per line, in order, then {"summary": ...}."""
    code, out, _ = run("check", "--recursive", str(tree), "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(EXPECTED) + 1
    objects = [json.loads(line) for line in lines]
    assert [Path(item["path"]).relative_to(tree).as_posix() for item in objects[:-1]] == sorted(EXPECTED)
    summary = objects[-1]["summary"]
    assert summary["files"] == len(EXPECTED)
    assert summary["verdicts"] == {"open-source": 13, "not-open-source": 3, "needs-review": 0, "not-checked": 0}
    assert summary["declared_mismatches"] == 2
    assert [item["package"] for item in summary["attention"]] == [
        "lerna 3.2.0",
        "see-file 2.0.0",
        "wronglabel 1.1",
        "oddcrate 0.2.0",
    ]


def test_jsonl_for_files_given_directly_has_no_package(files: dict[str, Path]) -> None:
    """Without --recursive no manifest is read; jsonl still ends with a summary."""
    code, out, _ = run("check", str(files["mit"]), str(files["restricted"]), "--format", "jsonl", "--require-osi")
    assert code == 1
    objects = [json.loads(line) for line in out.splitlines()]
    assert [item.get("verdict") for item in objects[:2]] == ["open-source", "not-open-source"]
    assert all("package" not in item for item in objects[:2])
    assert objects[2]["summary"]["files"] == 2


def test_fifos_devices_and_sockets_are_skipped_with_a_finding_never_opened(tmp_path: Path) -> None:
    """A FIFO named LICENSE in a tree or given directly, and /dev/zero, are findings, and nothing hangs."""
    (tmp_path / "pkg").mkdir()
    os.mkfifo(tmp_path / "pkg" / "LICENSE")
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "LICENSE").write_text(MIT, encoding="utf-8")
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "COPYING").symlink_to("/dev/zero")
    code, out, _ = run("check", "--recursive", str(tmp_path), "--format", "json")
    assert code == 0
    by_path = {Path(item["path"]).relative_to(tmp_path).as_posix(): item for item in json.loads(out)}
    assert by_path["ok/LICENSE"]["osi_open_source"] is True
    for name, kind in (("pkg/LICENSE", "a FIFO (named pipe)"), ("dev/COPYING", "a character device")):
        item = by_path[name]
        assert item["skipped"] is True
        assert item["findings"] == [
            {"kind": "unreadable", "message": f"skipped without opening it: it is {kind}, not a file"}
        ]
    code, out, _ = run("check", str(tmp_path / "pkg" / "LICENSE"), "/dev/zero", "--brief", "--require-osi")
    assert code == 3
    assert out.splitlines()[:2] == [f"{tmp_path / 'pkg' / 'LICENSE'}: not checked", "/dev/zero: not checked"]


def test_symlink_loops_and_over_size_files_end_in_findings(tmp_path: Path) -> None:
    """A link loop to a folder is not followed, a looping LICENSE link is unreadable, a huge file is too large."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "LICENSE").symlink_to(tmp_path / "a" / "LICENSE")
    (tmp_path / "b").mkdir()
    with (tmp_path / "b" / "LICENSE").open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    code, out, _ = run("check", "--recursive", str(tmp_path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [Path(item["path"]).relative_to(tmp_path).as_posix() for item in data] == ["a/LICENSE", "b/LICENSE"]
    assert data[0]["findings"][0]["kind"] == "unreadable"
    assert "symbolic links" in data[0]["findings"][0]["message"]
    assert data[1]["findings"][0]["kind"] == "too-large"


@pytest.mark.subprocess
def test_installed_command_checks_a_dependency_tree(tree: Path) -> None:
    """The installed command, in a child process: jsonl on stdout, nothing on stderr off a terminal, status 4."""
    executable = shutil.which("ethlicense", path=str(Path(sys.executable).parent)) or shutil.which("ethlicense")
    assert executable is not None
    completed = subprocess.run(
        [executable, "check", "-r", str(tree), "--format", "jsonl", "--require-osi", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 4, completed.stderr
    assert completed.stderr == ""
    objects = [json.loads(line) for line in completed.stdout.splitlines()]
    assert objects[-1]["summary"]["declared_mismatches"] == 2
    mismatched = [item["path"] for item in objects[:-1] if item["package"] and item["package"]["mismatch"]]
    assert [Path(path).relative_to(tree).as_posix() for path in mismatched] == [
        "node_modules/lerna/LICENSE",
        "site-packages/wronglabel-1.1.dist-info/LICENSE",
    ]


@pytest.mark.subprocess
def test_progress_goes_to_a_terminal_on_stderr_only(tree: Path) -> None:
    """On a terminal, stderr gets a progress line that erases itself; stdout (piped) gets the plain report."""
    import pty  # noqa: PLC0415 - POSIX only

    executable = shutil.which("ethlicense", path=str(Path(sys.executable).parent)) or shutil.which("ethlicense")
    assert executable is not None
    leader, follower = pty.openpty()
    try:
        completed = subprocess.run(
            [executable, "check", "-r", str(tree), "--brief"],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
            timeout=120,
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    err = b"".join(chunks).decode()
    assert completed.returncode == 0
    assert "Checking " in err
    assert "/16 files" in err
    assert err.endswith("\r\x1b[K")
    assert b"\x1b" not in completed.stdout
    assert b"Summary: 16 license files" in completed.stdout
