# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The one object that owns check's settings and caches.

Everything ``check`` keeps between texts (the SPDX data, the index, compiled templates and their expressions,
template tokens, the layout patterns, the licenses seen whole, per-license readings) lives in the caches of one
:class:`Checker`, made on first use by :func:`checker` and shared by every check in the process (and by the
worker processes forked from it, which inherit what it has loaded). A function keeps its results there with
:func:`remembered`, never in a cache of its own; :meth:`Checker.clear` forgets them all.

>>> first = checker()
>>> first is checker(), first.time_budget, first.max_file_bytes
(True, 5.0, 10485760)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Final, ParamSpec, TypeVar

from ethlicense.check._result import MAX_FILE_BYTES, TIME_BUDGET_SECONDS

__all__ = ["Checker", "checker", "remembered"]

P = ParamSpec("P")
R = TypeVar("R")


class Checker:
    """The settings of check and every cache it keeps, by name.

    Attributes:
        time_budget: Seconds of analysis allowed per text by default (``None``: no limit).
        max_file_bytes: Files larger than this are skipped with a finding rather than read.
    """

    def __init__(
        self, *, time_budget: float | None = TIME_BUDGET_SECONDS, max_file_bytes: int = MAX_FILE_BYTES
    ) -> None:
        """Make a checker with these limits and empty caches."""
        self.time_budget = time_budget
        self.max_file_bytes = max_file_bytes
        self._caches: dict[str, dict[Hashable, object]] = {}
        self._tables: dict[str, dict[str, str]] = {}

    def cache(self, name: str) -> dict[Hashable, object]:
        """Return the cache called *name* (made empty on first use)."""
        found = self._caches.get(name)
        if found is None:
            found = self._caches[name] = {}
        return found

    def table(self, name: str) -> dict[str, str]:
        """Return the table of license ids by text key called *name* (made empty on first use)."""
        found = self._tables.get(name)
        if found is None:
            found = self._tables[name] = {}
        return found

    def remember(self, name: str, key: Hashable, make: Callable[[], R], *, limit: int | None = None) -> R:
        """Return the value kept under *key* in the cache *name*, made with *make* the first time.

        A cache with a *limit* keeps the *limit* values used most recently, as ``functools.lru_cache`` does.
        """
        cache = self.cache(name)
        try:
            value = cache[key]
        except KeyError:
            pass
        else:
            if limit is not None:
                cache[key] = cache.pop(key)  # the most recently used goes last
            return value  # type: ignore[return-value]  # what make() returned for this key
        value = make()
        if limit is not None and len(cache) >= limit:
            del cache[next(iter(cache))]  # the least recently used
        cache[key] = value
        return value

    def sizes(self) -> dict[str, int]:
        """Return how many values each cache holds, by name."""
        sizes = {name: len(cache) for name, cache in self._caches.items()}
        sizes.update((name, len(table)) for name, table in self._tables.items())
        return dict(sorted(sizes.items()))

    def clear(self) -> None:
        """Forget every cached value (the settings stay)."""
        self._caches.clear()
        self._tables.clear()


_SHARED: Final[list[Checker]] = []


def checker() -> Checker:
    """Return the checker every check of this process shares, made on first use."""
    if not _SHARED:
        _SHARED.append(Checker())
    return _SHARED[0]


def remembered(name: str, *, limit: int | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Keep a function's results in the shared checker's cache *name*, keyed by its arguments.

    Args:
        name: The cache's name, one per function.
        limit: At most this many results are kept (``None``: all of them).
    """

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
            return checker().remember(name, key, lambda: function(*args, **kwargs), limit=limit)

        return wrapper

    return decorate
