# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Rendered licenses judged by the SPDX Matching Guidelines against the SPDX data we ship.

A bare base, as ``compose`` renders it, must be accepted as that SPDX license; a composite of that base with any
clause must not be, although the base text stays whole inside it.
"""

from __future__ import annotations

import itertools

import pytest

from ethlicense import compose, default_catalog
from ethlicense._matching import find_base_within, find_license, find_licenses_in, matches
from ethlicense.compose import clause as configure_clause
from tests.conftest import sample_arguments

CATALOG = default_catalog()
BASE_IDS = sorted(CATALOG.bases)
CLAUSE_IDS = sorted(CATALOG.clauses)
HOLDERS = ["Jane Doe", "Example Project Contributors"]


def _bare(base_id: str) -> str:
    return compose(base_id, holders=HOLDERS, year=2026).text


def _composite(base_id: str, clause_id: str) -> str:
    clause = CATALOG.clause(clause_id)
    configured = configure_clause(clause, **sample_arguments(clause))
    void = not CATALOG.base(base_id).accepts_restrictions
    return compose(base_id, clauses=[configured], holders=HOLDERS, year=2026, allow_void_restrictions=void).text


@pytest.mark.parametrize("base_id", BASE_IDS)
def test_bare_base_is_accepted_as_its_spdx_license(base_id: str) -> None:
    """A base rendered without clauses matches its SPDX template, and identification names that license."""
    text = _bare(base_id)
    assert matches(base_id, text)
    identified = {match.license_id for match in find_licenses_in(text)}
    assert base_id in identified
    assert find_license(text) in identified


@pytest.mark.parametrize("base_id", [base_id for base_id in BASE_IDS if not CATALOG.base(base_id).requires_holders])
def test_bare_base_without_holders_is_accepted_where_holders_are_optional(base_id: str) -> None:
    """Bases that need no copyright line still render to their SPDX license when no holder is given."""
    assert matches(base_id, compose(base_id, year=2026).text)


@pytest.mark.parametrize(("base_id", "clause_id"), list(itertools.product(BASE_IDS, CLAUSE_IDS)))
def test_composite_is_not_its_base_but_contains_it(base_id: str, clause_id: str) -> None:
    """Base plus a clause is not accepted as the base license, yet the base text is found whole inside it."""
    text = _composite(base_id, clause_id)
    assert not matches(base_id, text)
    assert find_license(text) is None
    within = find_base_within(text)
    assert within is not None
    assert within.license_id in {match.license_id for match in find_licenses_in(_bare(base_id))}
    assert matches(base_id, text[within.start : within.end])
