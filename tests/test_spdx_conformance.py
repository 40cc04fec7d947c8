# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Rendered licenses judged by the SPDX Matching Guidelines against the SPDX data we ship.

A bare base, as ``compose`` renders it, must be accepted as that SPDX license; a composite of that base with any
clause must not be. Inside a composite the base's text is still found: whole, after Part 1, in the two-part
layout; around the Additional Conditions, which sit inside its list of conditions, in the integrated layout.
"""

from __future__ import annotations

import functools
import itertools

import pytest

from ethlicense import compose, default_catalog
from ethlicense.check._index import find_base_within, find_license, find_licenses_in
from ethlicense.check._locate import locate_base
from ethlicense.check._templates import matches
from ethlicense.check._textparts import INTEGRATED, TWO_PART, find_layout
from ethlicense.compose import clause as configure_clause
from ethlicense.models import Layout
from tests.conftest import sample_arguments

CATALOG = default_catalog()
BASE_IDS = sorted(CATALOG.bases)
CLAUSE_IDS = sorted(CATALOG.clauses)
HOLDERS = ["Jane Doe", "Example Project Contributors"]
INTEGRATED_IDS = [base_id for base_id in BASE_IDS if CATALOG.base(base_id).layout is Layout.INTEGRATED]
TWO_PART_IDS = [base_id for base_id in BASE_IDS if CATALOG.base(base_id).layout is Layout.TWO_PART]


def _bare(base_id: str) -> str:
    return compose(base_id, holders=HOLDERS, year=2026).text


@functools.cache
def _same_text(base_id: str) -> frozenset[str]:
    """Return the licenses the bare base is accepted as (licenses with the same text, such as -or-later ones)."""
    return frozenset(match.license_id for match in find_licenses_in(_bare(base_id)))


def _composite(base_id: str, clause_id: str) -> str:
    clause = CATALOG.clause(clause_id)
    configured = configure_clause(clause, **sample_arguments(clause))
    void = not CATALOG.base(base_id).accepts_restrictions
    return compose(base_id, clauses=[configured], holders=HOLDERS, year=2026, allow_void_restrictions=void).text


def _conditions(text: str) -> tuple[int, int]:
    """Return where the Additional Conditions lie in a composite: from the sentence bringing them in to the last."""
    layout = find_layout(text, CATALOG)
    assert layout is not None
    roles = {"lead-in", "terms", "clause"}
    inserted = [part for part in layout.parts if part.role in roles]
    return inserted[0].start, inserted[-1].end


def test_the_layouts_cover_every_base() -> None:
    """Every base is laid out one way or the other, and both ways are tested below."""
    assert sorted(INTEGRATED_IDS + TWO_PART_IDS) == BASE_IDS
    assert INTEGRATED_IDS
    assert TWO_PART_IDS


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


@pytest.mark.parametrize(
    "base_id", [base_id for base_id in BASE_IDS if not CATALOG.base(base_id).holds_copyright_notice]
)
def test_a_base_without_a_copyright_slot_renders_bare_as_the_spdx_text(base_id: str) -> None:
    """A base whose SPDX text has no place for a notice renders without one, holders or not."""
    text = _bare(base_id)
    assert not any(holder in text for holder in HOLDERS)
    assert text == compose(base_id, year=2026).text


@pytest.mark.parametrize(("base_id", "clause_id"), list(itertools.product(BASE_IDS, CLAUSE_IDS)))
def test_composite_is_not_accepted_as_its_base(base_id: str, clause_id: str) -> None:
    """Base plus a clause is neither its base license nor any other SPDX license."""
    text = _composite(base_id, clause_id)
    assert not matches(base_id, text)
    assert find_license(text) is None
    assert find_licenses_in(text) == []


@pytest.mark.parametrize(("base_id", "clause_id"), list(itertools.product(TWO_PART_IDS, CLAUSE_IDS)))
def test_two_part_composite_holds_its_base_whole_after_the_conditions(base_id: str, clause_id: str) -> None:
    """In the two-part layout the base's whole text is found as one region, after the Additional Conditions."""
    text = _composite(base_id, clause_id)
    assert find_layout(text, CATALOG).style == TWO_PART  # type: ignore[union-attr]
    within = find_base_within(text)
    assert within is not None
    assert within.license_id in _same_text(base_id)
    assert matches(base_id, text[within.start : within.end])
    assert _conditions(text)[1] <= within.start
    located = locate_base(text)
    assert located is not None
    assert (located.license_id, located.method) == (within.license_id, "region")


@pytest.mark.parametrize(("base_id", "clause_id"), list(itertools.product(INTEGRATED_IDS, CLAUSE_IDS)))
def test_integrated_composite_holds_its_base_around_the_conditions(base_id: str, clause_id: str) -> None:
    """In the integrated layout the base's text is not whole, but is found with the conditions inserted in it.

    The matcher aligns the composite with the base's template on its own: what it takes out as inserted holds all
    of the Additional Conditions in one piece inside the base (after it when they follow its last words), nothing
    of the base's required wording is missing or changed, and the rest matches the base's template. Taking out
    just the parts of ethlicense's layout leaves the base's text, which matches its template too.
    """
    text = _composite(base_id, clause_id)
    assert find_layout(text, CATALOG).style == INTEGRATED  # type: ignore[union-attr]
    start, end = _conditions(text)
    at_end = not text[end:].strip(" \n`")
    within = find_base_within(text)
    if at_end:  # the base's last words come before the conditions (zlib): its text is whole above them
        assert within is not None
        assert (within.license_id in _same_text(base_id), within.end <= start) == (True, True)
    else:
        assert within is None or within.license_id not in _same_text(base_id)
    located = locate_base(text)
    assert located is not None
    assert located.license_id in _same_text(base_id)
    assert (located.confirmed, located.missing) == (True, ())
    assert all(piece.replaced is None for piece in located.pieces)
    expected = "after" if at_end else "inside"
    assert [piece.position for piece in located.pieces if piece.start <= start and end <= piece.end] == [expected]
    kept, last = [], 0
    for piece in located.pieces:
        kept.append(text[last : piece.start])
        last = piece.end
    remainder = "".join([*kept, text[last:]])
    assert matches(base_id, remainder)
    layout = find_layout(text, CATALOG)
    assert layout is not None
    assert matches(base_id, layout.masked(text))
