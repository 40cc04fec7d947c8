# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A progress line for long ``check`` runs, with a time left that is worth reading.

The time left comes from the recent rate: files finished over the last :data:`WINDOW` seconds, measured from
the first file finished (not from the start, which includes loading the SPDX data and starting the workers),
up to *now* (so a stall lowers the rate at once). No time left is shown until :data:`SETTLE` seconds of
results and :data:`MIN_FILES` files give a rate worth the name.

An estimate from the whole run's average, taken early, is what goes wrong otherwise: one slow first second
(the warm-up, a long first file, or results held back until an earlier file is done) divided by one file
finished, times thousands of files, promises hours for a run of seconds.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from typing import Final, TextIO

__all__ = ["MIN_FILES", "SETTLE", "WINDOW", "ProgressLine", "RateEstimate", "format_duration"]

#: Seconds of recent results the rate is measured over.
WINDOW: Final = 10.0
#: Seconds of results needed before any time left is shown.
SETTLE: Final = 3.0
#: Files finished needed before any time left is shown.
MIN_FILES: Final = 5
#: The line is redrawn at most this often (seconds).
_REDRAW: Final = 0.25


def format_duration(seconds: float) -> str:
    """Return *seconds* as ``M:SS`` or ``H:MM:SS``.

    >>> format_duration(75.4), format_duration(3725)
    ('1:15', '1:02:05')
    """
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class RateEstimate:
    """Files finished over time, and the time left at the recent rate.

    Times are passed in, so that the estimate is a pure function of what happened when.

    >>> estimate = RateEstimate(total=100)
    >>> estimate.finished(1, at=50.0)  # the first file, after a slow start
    >>> estimate.time_left(now=50.5) is None  # too early to say
    True
    >>> for second in range(1, 5):
    ...     estimate.finished(10, at=50.0 + second)
    >>> round(estimate.time_left(now=54.0))  # 40 files in 4 s: 59 left at 10 a second
    6
    """

    def __init__(
        self, total: int, *, window: float = WINDOW, settle: float = SETTLE, min_files: int = MIN_FILES
    ) -> None:
        """Estimate for *total* files."""
        self.total = total
        self.done = 0
        self._window = window
        self._settle = settle
        self._min_files = min_files
        self._first: float | None = None
        self._samples: collections.deque[tuple[float, int]] = collections.deque()

    def finished(self, count: int, *, at: float) -> None:
        """Record *count* more files finished at time *at*."""
        self.done += count
        if self._first is None:
            self._first = at
        self._samples.append((at, self.done))
        while len(self._samples) > 1 and self._samples[1][0] <= at - self._window:
            self._samples.popleft()

    def rate(self, *, now: float) -> float | None:
        """Files per second over the recent window up to *now*, or ``None`` while too early to say."""
        if self._first is None or now - self._first < self._settle or self.done < self._min_files:
            return None
        if len(self._samples) < 2:  # noqa: PLR2004 - a rate needs two points
            return None
        # Counted from the end of the oldest sample: the first file's own time includes the warm-up.
        start, done_then = self._samples[0]
        span = now - start
        if span <= 0:
            return None
        return (self.done - done_then) / span

    def time_left(self, *, now: float) -> float | None:
        """Seconds until every file is done at the recent rate, or ``None`` while too early to say."""
        rate = self.rate(now=now)
        if rate is None or rate <= 0:
            return None
        return max(self.total - self.done, 0) / rate


class ProgressLine:
    """One line on a terminal: files done of the total, the rate, and the time left once it is meaningful."""

    def __init__(self, stream: TextIO, *, label: str = "Checking", clock: Callable[[], float] = time.monotonic) -> None:
        """Write to *stream* (a terminal), reading the time from *clock*."""
        self._stream = stream
        self._label = label
        self._clock = clock
        self._estimate: RateEstimate | None = None
        self._drawn = 0.0
        self._shown = False

    def start(self, total: int) -> None:
        """Begin a run of *total* files (nothing is shown for one file)."""
        if total > 1:
            self._estimate = RateEstimate(total)
            self._draw(force=True)

    def advance(self, count: int) -> None:
        """Record *count* more files finished."""
        if self._estimate is None:
            return
        self._estimate.finished(count, at=self._clock())
        self._draw(force=self._estimate.done >= self._estimate.total)

    def text(self) -> str:
        """The line as it is now."""
        estimate = self._estimate
        if estimate is None:
            return ""
        now = self._clock()
        share = estimate.done / estimate.total if estimate.total else 1.0
        parts = [f"{self._label} {estimate.done}/{estimate.total} files ({share:.0%})"]
        rate = estimate.rate(now=now)
        left = estimate.time_left(now=now)
        if rate is not None:
            parts.append(f"{rate:.1f} files/s")
        if left is not None and estimate.done < estimate.total:
            parts.append(f"about {format_duration(left)} left")
        return ", ".join(parts)

    def clear(self) -> None:
        """Erase the line (before other output, and at the end)."""
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False

    def redraw(self) -> None:
        """Draw the line again after :meth:`clear`."""
        self._draw(force=True)

    def _draw(self, *, force: bool = False) -> None:
        now = self._clock()
        if self._estimate is None or (not force and now - self._drawn < _REDRAW):
            return
        self._drawn = now
        self._stream.write("\r\x1b[K" + self.text())
        self._stream.flush()
        self._shown = True
