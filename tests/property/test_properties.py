# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Invariants of composition, checked over many clause sets and parameter values."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ethlicense
from ethlicense.models import ConfiguredClause
from ethlicense.render import render_clause_text
from tests.property.strategies import RESTRICTABLE_BASES, clause_sets, holders, years

pytestmark = pytest.mark.property


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(), holders, years)
def test_rendering_is_deterministic(base: str, clauses: list[ConfiguredClause], names: list[str], year: int) -> None:
    """The same inputs always give the same bytes."""
    first = ethlicense.compose(base, clauses=clauses, holders=names, year=year)
    second = ethlicense.compose(base, clauses=list(reversed(clauses)), holders=names, year=year)
    assert first.text.encode() == second.text.encode()
    assert first.text.endswith("\n")
    assert not first.text.endswith("\n\n")
    assert all(line == line.rstrip() for line in first.text.splitlines())


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(min_size=1), holders, years)
def test_every_chosen_clause_appears(base: str, clauses: list[ConfiguredClause], names: list[str], year: int) -> None:
    """Each chosen clause's title and rendered text appear in the license."""
    lic = ethlicense.compose(base, clauses=clauses, holders=names, year=year)
    for item in clauses:
        assert f". {item.clause.title}\n" in lic.text
        assert render_clause_text(item) in lic.text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(min_size=1), holders, years)
def test_a_restriction_is_never_open_source(
    base: str, clauses: list[ConfiguredClause], names: list[str], year: int
) -> None:
    """Adding any restriction makes the license not open source and gives it a LicenseRef id."""
    lic = ethlicense.compose(base, clauses=clauses, holders=names, year=year)
    assert lic.osi_open_source is False
    assert lic.license_id.startswith("LicenseRef-")
    assert lic.name != lic.base.name
    assert {item.clause for item in lic.violations} == {item.id for item in clauses}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(min_size=1), holders, years)
def test_base_text_is_preserved_inside_the_composite(
    base: str, clauses: list[ConfiguredClause], names: list[str], year: int
) -> None:
    """Every paragraph of the bare base (but an integrated base's title line) appears in the composite, in order."""
    info = ethlicense.default_catalog().bases[base]
    bare = ethlicense.compose(base, holders=names, year=year).text
    composite = ethlicense.compose(base, clauses=clauses, holders=names, year=year).text
    position = 0
    for paragraph in bare.split("\n\n"):
        if paragraph.strip() == info.title_line:
            continue
        found = composite.find(paragraph.strip("\n"), position)
        assert found >= position, paragraph[:60]
        position = found


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(min_size=1), clause_sets(min_size=1), holders, holders, years)
def test_ids_identify_the_terms(  # noqa: PLR0913, PLR0917 - one parameter per drawn value
    base: str,
    first: list[ConfiguredClause],
    second: list[ConfiguredClause],
    names: list[str],
    other_names: list[str],
    year: int,
) -> None:
    """Two composites share an id exactly when their terms (the text but for holders and id) are the same."""
    one = ethlicense.compose(base, clauses=first, holders=names, year=year)
    two = ethlicense.compose(base, clauses=second, holders=other_names, year=year)

    def terms(rendered: ethlicense.RenderedLicense) -> str:
        text = rendered.text.replace(rendered.license_id, "ID")
        notice = rendered.base.copyright_format.format(year=year, holders=", ".join(rendered.spec.holders))
        return text.replace(notice, "NOTICE") if rendered.spec.holders else text

    assert (one.license_id == two.license_id) == (terms(one) == terms(two))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(RESTRICTABLE_BASES), clause_sets(), clause_sets(), holders, years)
def test_adding_restrictions_never_raises_compliance(
    base: str, some: list[ConfiguredClause], more: list[ConfiguredClause], names: list[str], year: int
) -> None:
    """A superset of clauses fails at least the criteria of the subset."""
    extra = [item for item in more if item.id not in {chosen.id for chosen in some}]
    smaller = ethlicense.compose(base, clauses=some, holders=names, year=year)
    larger = ethlicense.compose(base, clauses=[*some, *extra], holders=names, year=year)
    assert set(smaller.assessment.criteria) <= set(larger.assessment.criteria)
    assert larger.osi_open_source <= smaller.osi_open_source


@pytest.mark.property
@given(value=st.text(), multiline=st.booleans())
@example(value="\u034f", multiline=False)
@example(value="a\U000e0101b\u202e", multiline=True)
@example(value="x\u00a0\u3164", multiline=False)
def test_hidden_character_fast_path_agrees_with_the_category_walk(value: str, multiline: bool) -> None:
    """The isprintable() shortcut in find_hidden_character never changes its answer: the first refused character."""
    import unicodedata  # noqa: PLC0415 - only this test needs it

    from ethlicense._text import find_hidden_character, is_invisible_printable  # noqa: PLC0415

    refused = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
    expected = next(
        (
            c
            for c in value
            if not (multiline and c == "\n") and (unicodedata.category(c) in refused or is_invisible_printable(c))
        ),
        None,
    )
    assert find_hidden_character(value, multiline=multiline) == expected
