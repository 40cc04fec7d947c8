# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Properties of ``ethlicense check``: what compose writes, check reads back; harmless text changes nothing."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ethlicense
from ethlicense.check import FindingKind, check_text
from tests.check_corpus import DATA, base_text, place
from tests.property.strategies import CATALOG, RESTRICTABLE_BASES, clause_sets, holders, years

pytestmark = pytest.mark.property

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPEN_BASES = sorted(key for key in CATALOG.bases if CATALOG.bases[key].osi_approved)
HARMLESS = [
    item["text"].replace("{base_name}", "license below").replace("{base_id}", "MIT")
    for item in tomllib.loads((DATA / "harmless.toml").read_text(encoding="utf-8"))["item"]
    if item["split"] == "dev"
]
HIDDEN = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c"]


@SETTINGS
@given(
    base=st.sampled_from(RESTRICTABLE_BASES),
    clauses=clause_sets(min_size=1),
    names=holders,
    year=years,
)
def test_check_reads_back_what_compose_writes(
    base: str, clauses: list[ethlicense.ConfiguredClause], names: list[str], year: int
) -> None:
    """A composite with any clauses and parameters is not open source, names its base, every clause and its criteria."""
    rendered = ethlicense.compose(base, clauses=clauses, holders=names, year=year)
    result = check_text(rendered.text)
    assert result.base_license == base
    assert not result.osi_open_source
    assert set(result.clauses) == {item.id for item in clauses}
    assert result.criteria == rendered.assessment.criteria


@SETTINGS
@given(
    base=st.sampled_from(OPEN_BASES),
    addition=st.sampled_from(HARMLESS),
    position=st.sampled_from(["before", "after", "inside", "after-copyright"]),
)
def test_a_harmless_addition_never_changes_the_verdict(base: str, addition: str, position: str) -> None:
    """An OSI-approved base with a request, statement, notice or note added anywhere stays open source."""
    result = check_text(place(addition, base_text(base), position))
    assert result.osi_open_source, (result.violations, result.additions)
    assert result.base_license is not None


@SETTINGS
@given(text=st.text(max_size=400))
def test_check_text_never_raises_and_is_deterministic(text: str) -> None:
    """Any text, however odd, gives a result, the same result every time."""
    first = check_text(text)
    assert first == check_text(text)
    assert first.osi_open_source is not True or first.base_license is not None
    assert first.osi_open_source == {"open-source": True, "not-open-source": False, "needs-review": None}[first.verdict]


@SETTINGS
@given(
    base=st.sampled_from(OPEN_BASES),
    character=st.sampled_from(HIDDEN),
    fraction=st.floats(min_value=0.05, max_value=0.95),
)
def test_a_hidden_character_anywhere_is_reported(base: str, character: str, fraction: float) -> None:
    """A bidirectional control or zero-width character put anywhere in a license is a finding."""
    text = base_text(base)
    where = int(len(text) * fraction)
    result = check_text(text[:where] + character + text[where:])
    assert FindingKind.HIDDEN_CHARACTERS in {finding.kind for finding in result.findings}
