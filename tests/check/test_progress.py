# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The progress line of check: a time left from the recent rate, and none until it means something."""

from __future__ import annotations

import io

import pytest

from ethlicense.check._progress import MIN_FILES, SETTLE, ProgressLine, RateEstimate, format_duration


def test_no_time_left_before_the_rate_settles() -> None:
    """With one file done, or before SETTLE seconds of results, there is no estimate."""
    estimate = RateEstimate(total=1000)
    assert estimate.time_left(now=0.0) is None
    estimate.finished(1, at=2.0)
    assert estimate.time_left(now=2.0 + SETTLE * 10) is None  # one file: no rate yet
    estimate.finished(MIN_FILES, at=2.5)
    assert estimate.time_left(now=2.0 + SETTLE / 2) is None


def test_a_slow_start_does_not_inflate_the_estimate() -> None:
    """The 01:33:14-for-15-s case: a 2 s warm-up before the first of 2,800 files, then 200 files a second.

    Averaging the whole run from its start, one file after 2 s promises 2,800 x 2 s; the recent rate,
    counted from the end of the first file, gives the true time left at every point.
    """
    total = 2800
    estimate = RateEstimate(total=total)
    estimate.finished(1, at=2.0)
    now = 2.0
    while estimate.done < total:
        now += 0.1
        estimate.finished(min(20, total - estimate.done), at=now)
        left = estimate.time_left(now=now)
        if now - 2.0 < SETTLE:
            assert left is None
            continue
        assert left is not None
        truth = (total - estimate.done) / 200
        assert left == pytest.approx(truth, abs=0.5)


def test_a_stall_lowers_the_rate_at_once() -> None:
    """When nothing finishes for a while, the rate falls and the time left grows."""
    estimate = RateEstimate(total=100)
    for second in range(6):
        estimate.finished(10, at=float(second))
    before = estimate.time_left(now=5.0)
    after = estimate.time_left(now=15.0)
    assert before is not None
    assert after is not None
    assert after > before * 2


def test_bursts_from_parallel_workers_are_smoothed_by_the_window() -> None:
    """Batches of 32 arriving every 3.2 s give 10 files a second, not 32 or 0."""
    estimate = RateEstimate(total=10_000)
    for step in range(10):
        estimate.finished(32, at=step * 3.2)
    rate = estimate.rate(now=9 * 3.2)
    assert rate == pytest.approx(10.0, rel=0.15)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_line_shows_counts_then_the_time_left_and_clears_itself() -> None:
    """The line says files done, then a rate and the time left once known, and erases itself."""
    stream = io.StringIO()
    clock = _Clock()
    line = ProgressLine(stream, clock=clock)
    line.start(100)
    assert line.text() == "Checking 0/100 files (0%)"
    for _ in range(10):
        clock.now += 1.0
        line.advance(5)
    assert line.text() == "Checking 50/100 files (50%), 5.0 files/s, about 0:10 left"
    line.clear()
    assert stream.getvalue().endswith("\r\x1b[K")
    assert "\n" not in stream.getvalue()


def test_one_file_shows_no_line() -> None:
    """A run of one file has nothing to show."""
    stream = io.StringIO()
    line = ProgressLine(stream)
    line.start(1)
    line.advance(1)
    line.clear()
    assert stream.getvalue() == ""


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59.6, "1:00"), (5594, "1:33:14")])
def test_durations(seconds: float, text: str) -> None:
    """Durations read as M:SS, or H:MM:SS from an hour."""
    assert format_duration(seconds) == text
