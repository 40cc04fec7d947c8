# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""``check`` does bounded work on any input: hostile texts end in a verdict, at worst "too complex to analyse".

Each text below once made ``check`` run for minutes. The tests assert the verdict and the findings, not the
time (speed is measured in benchmarks/bench_check.py); each finishes within the time budget of 5 seconds plus
reading the text.
"""

from __future__ import annotations

import threading

import pytest

from ethlicense.check import TIME_BUDGET_SECONDS, CheckResult, FindingKind, Verdict, check_text
from tests.check_corpus import base_text

MIT = base_text("MIT")


def _kinds(result: CheckResult) -> list[FindingKind]:
    return [finding.kind for finding in result.findings]


def _open_or_too_complex(result: CheckResult) -> bool:
    """Whether *result* is MIT, open source, or (on a very slow machine) ran out of time and says so."""
    if result.verdict is Verdict.OPEN_SOURCE:
        return result.base_license == "MIT"
    return result.verdict is Verdict.NEEDS_REVIEW and _kinds(result) == [FindingKind.TOO_COMPLEX]


@pytest.mark.parametrize(
    "text",
    [
        MIT + "\n" + " " * 100_000 + "\n",
        MIT + "\n" + (" " * 1000 + "\n") * 1000,
        "".join(f"Copyright (c) {2000 + number % 20} Person {number}\n" for number in range(1400)) + "\n" + MIT,
        "".join(f"Copyright (c) {2000 + number % 20} Person {number}\n" for number in range(3500)) + "\n" + MIT,
    ],
    ids=["blank-line-100k", "blank-lines-1MB", "copyright-lines-1400", "copyright-lines-100KB"],
)
def test_long_blank_lines_and_many_copyright_lines_still_give_mit(text: str) -> None:
    """MIT after long blank lines or 1,400 (or 100 KB of) copyright lines is read as MIT, open source."""
    assert _open_or_too_complex(check_text(text))


@pytest.mark.parametrize(
    "text",
    [
        (MIT + "\n\n") * 3000,
        "".join(f"You may not do thing {number}.\n\n" for number in range(100_000)),
        "Copyright (c) " * 500_000,
    ],
    ids=["3000-copies-of-mit", "100k-may-not-paragraphs", "copyright-times-500000"],
)
def test_huge_hostile_texts_end_in_a_verdict_that_is_never_open_source(text: str) -> None:
    """Megabytes of repeated licenses or prohibitions end in a verdict (at worst: too complex), never open source."""
    result = check_text(text)
    assert result.verdict is not Verdict.OPEN_SOURCE
    if result.verdict is Verdict.NEEDS_REVIEW and FindingKind.TOO_COMPLEX in _kinds(result):
        assert result.osi_open_source is None
        assert "too complex to analyse" in result.findings[0].message


def test_ten_megabytes_of_spaces_is_an_empty_text() -> None:
    """10 MB of spaces is empty, and skipped."""
    result = check_text(" " * (10 * 1024 * 1024 - 10))
    assert (result.skipped, result.verdict, _kinds(result)) == (True, Verdict.NEEDS_REVIEW, [FindingKind.EMPTY])


def test_a_text_over_its_time_budget_is_too_complex_to_analyse() -> None:
    """With a budget too small for any analysis, the verdict is "needs review" with a too-complex finding."""
    result = check_text(MIT * 20, time_budget=1e-6)
    assert (result.verdict, result.osi_open_source, _kinds(result)) == (
        Verdict.NEEDS_REVIEW,
        None,
        [FindingKind.TOO_COMPLEX],
    )
    assert TIME_BUDGET_SECONDS == 5.0


def test_the_budget_holds_outside_the_main_thread_too() -> None:
    """In another thread (no timer signal there), the budget is checked between the steps of the analysis."""
    results: list[CheckResult] = []
    thread = threading.Thread(target=lambda: results.append(check_text(MIT * 20, time_budget=1e-6)))
    thread.start()
    thread.join()
    assert [result.verdict for result in results] == [Verdict.NEEDS_REVIEW]
    assert _kinds(results[0]) == [FindingKind.TOO_COMPLEX]


def test_the_budget_leaves_no_timer_behind() -> None:
    """After a check, no timer signal is pending and the previous handler is back."""
    import signal  # noqa: PLC0415 - only this test needs it

    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timers on this platform")
    before = signal.getsignal(signal.SIGALRM)
    check_text(MIT)
    check_text(MIT * 20, time_budget=1e-6)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before
