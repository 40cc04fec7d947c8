# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The layout markers ``render`` exports for ``check``: each marker is a paragraph ``render`` writes."""

from __future__ import annotations

import re

import pytest

import ethlicense
from ethlicense._layout_markers import (
    LEGACY_MARKERS,
    SECTION_HEADING,
    TITLE_ROLE,
    WILDCARD,
    layout_markers,
    marker_key,
)
from ethlicense.catalog import default_catalog
from ethlicense.render import render_text

BASES = sorted(default_catalog().bases)


def _compiled(key: str) -> re.Pattern[str]:
    return re.compile(".+?".join(re.escape(part) for part in key.split(WILDCARD)))


@pytest.mark.parametrize("base_id", ["MIT", "Apache-2.0", "BSD-3-Clause"])
def test_every_marker_is_a_paragraph_of_a_rendered_composite(base_id: str) -> None:
    """Each marker, wildcards filled, is a paragraph of a composite of the base (one or two clauses) as rendered."""
    keys: list[str] = []
    for clauses, law in ((["military"], None), (["military", "mass-surveillance"], "Germany")):
        lic = ethlicense.compose(
            base_id, clauses=clauses, holders=["Jane Doe"], year=2026, governing_law=law, venue=law and "Berlin"
        )
        rendered = render_text(lic.spec, markdown=True)
        keys.extend(marker_key(paragraph) for paragraph in re.split(r"\n\s*\n", rendered))
    markers = layout_markers(base_id)
    assert markers.paragraphs
    for role, key in markers.paragraphs:
        assert any(_compiled(key).fullmatch(paragraph) for paragraph in keys), (role, key)


@pytest.mark.parametrize("base_id", BASES)
def test_every_base_has_a_title_and_its_own_sections(base_id: str) -> None:
    """Every built-in base's layout has a title and the definitions, breach and general sections."""
    markers = layout_markers(base_id)
    assert TITLE_ROLE in {role for role, _ in markers.paragraphs}
    assert sorted(set(markers.section_titles.values())) == ["breach", "definitions", "general"]


def test_the_base_text_and_the_clauses_are_not_markers() -> None:
    """Neither the base's own words nor a clause's text are taken for the layout's."""
    keys = " ".join(key for _, key in layout_markers("MIT").paragraphs)
    assert "permission is hereby granted" not in keys
    assert "military" not in keys


def test_marker_key_evens_out_what_varies() -> None:
    """Numbers, quotes, dashes, wrapping and heading marks do not count."""
    assert marker_key("## A3. \u201cBreach\u201d \u2013 cure\n within 30 days") == marker_key(
        'A1. "breach" - cure within 7 days'
    )


def test_section_heading_reads_both_numberings() -> None:
    """``A2. Title`` (today) and ``1.2. Title`` (0.1), as Markdown headings too."""
    assert SECTION_HEADING.fullmatch("### A2. No military use")
    assert SECTION_HEADING.fullmatch("1.2. No military use")
    assert SECTION_HEADING.fullmatch("Part 1. Additional Conditions") is None


def test_legacy_markers_keep_the_0_1_wording() -> None:
    """The 0.1 layout's Part 1 heading and lead-in are among the legacy markers."""
    keys = [key for _, key in LEGACY_MARKERS.paragraphs]
    assert "part 0. additional conditions" in keys
    assert any(key.startswith("the permission granted in part 0") for key in keys)
