# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The checker: one object owns check's settings and every cache, shared by the checks of a process."""

from __future__ import annotations

import ast
from pathlib import Path

import ethlicense
from ethlicense.check import check_text
from ethlicense.check._checker import Checker, checker, remembered
from ethlicense.check._result import MAX_FILE_BYTES, TIME_BUDGET_SECONDS

PACKAGE = Path(ethlicense.__file__).parent / "check"


def test_the_shared_checker_is_made_once_with_the_public_limits() -> None:
    """Every call gives the same checker, with the limits the package documents."""
    assert checker() is checker()
    assert (checker().time_budget, checker().max_file_bytes) == (TIME_BUDGET_SECONDS, MAX_FILE_BYTES)


def test_a_check_fills_the_shared_caches() -> None:
    """The SPDX data, the index and compiled templates are kept in the shared checker's caches."""
    check_text(ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text)
    sizes = checker().sizes()
    assert sizes["spdx-data"] == 1
    assert sizes["index"] == 1
    assert sizes["compiled-licenses"] >= 1


def test_remember_makes_a_value_once_and_a_limit_bounds_the_cache() -> None:
    """A value is made on the first call only; a full cache with a limit drops the least recently used value."""
    own = Checker(time_budget=None, max_file_bytes=10)
    made: list[int] = []

    def make(number: int) -> int:
        made.append(number)
        return number * 2

    assert [own.remember("doubles", 1, lambda: make(1), limit=2) for _ in range(3)] == [2, 2, 2]
    own.remember("doubles", 2, lambda: make(2), limit=2)
    own.remember("doubles", 1, lambda: make(1), limit=2)  # 1 is now the most recently used
    own.remember("doubles", 3, lambda: make(3), limit=2)  # so 2 goes
    assert made == [1, 2, 3]
    assert own.cache("doubles") == {1: 2, 3: 6}
    own.clear()
    assert own.sizes() == {}
    assert (own.time_budget, own.max_file_bytes) == (None, 10)


def test_remembered_keeps_results_in_the_shared_checker() -> None:
    """A function under ``remembered`` runs once per argument; its results are in the checker's cache."""
    calls: list[str] = []

    @remembered("test-upper")
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert upper("a") == upper("a") == "A"
    assert calls == ["a"]
    assert checker().cache("test-upper") == {("a",): "A"}


def test_no_module_of_check_keeps_a_cache_of_its_own() -> None:
    """No ``functools`` cache in the package: results are kept by the checker (classification rules aside)."""
    found = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            cache = isinstance(node, ast.Attribute) and node.attr in {"cache", "lru_cache"}
            if cache and isinstance(node.value, ast.Name) and node.value.id == "functools":  # type: ignore[attr-defined]
                found.append(path.name)
    assert found == []
