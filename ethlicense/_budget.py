# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A time budget for the analysis of one text, so that no input makes ``check`` hang.

Within :func:`time_limit`, the analysis stops with :class:`BudgetExceededError` once its time is up: in the main
thread of a POSIX process by a timer signal, which also interrupts a long regular-expression search (Python's
``re`` checks for signals as it runs), and everywhere at the points that call :func:`check_time`.
"""

from __future__ import annotations

import contextlib
import contextvars
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import Final

__all__ = ["BudgetExceededError", "check_time", "time_limit"]

_DEADLINE: Final[contextvars.ContextVar[float | None]] = contextvars.ContextVar("ethlicense_deadline", default=None)


class BudgetExceededError(Exception):
    """The analysis ran out of its time budget (caught by the analysis itself, never seen by callers)."""


def check_time() -> None:
    """Raise :class:`BudgetExceededError` when the current time budget is used up.

    Raises:
        BudgetExceededError: The deadline has passed.
    """
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise BudgetExceededError


#: How soon the timer fires again when it went off outside ethlicense's own code.
_RETRY_SECONDS: Final = 0.01


def _on_alarm(_signal: int, frame: FrameType | None) -> None:
    """Stop the analysis, but only from inside ethlicense's own code.

    A signal can arrive while the interpreter runs someone else's callback (a garbage-collector callback, a
    ``__del__`` method), where an exception is printed and dropped rather than raised; the timer then fires
    again shortly, until it lands in the analysis.
    """
    module = frame.f_globals.get("__name__", "") if frame is not None else ""
    if module == "ethlicense" or module.startswith("ethlicense."):
        raise BudgetExceededError
    signal.setitimer(signal.ITIMER_REAL, _RETRY_SECONDS)


def _timer_available() -> bool:
    """Return whether a timer signal can be used here: POSIX, main thread, no timer of the program's running."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the body with at most *seconds* of time (no limit with ``None``).

    Raises:
        BudgetExceededError: The body took longer.
    """
    if seconds is None:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + seconds)
    timer = _timer_available()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if timer else None
    try:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _DEADLINE.reset(token)
