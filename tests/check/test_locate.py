# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Locating a base license: the strategies, each on its own, and the order they are tried in."""

from __future__ import annotations

import pytest

import ethlicense
from ethlicense.check._locate import STRATEGIES, locate_base
from ethlicense.check._locate_aligned import locate_aligned
from ethlicense.check._locate_region import locate_region
from ethlicense.check._locate_whole import locate_whole
from ethlicense.check._located import LocateQuery
from ethlicense.check._normalise import compact_form, normalise_for_matching
from ethlicense.check._spdx_data import spdx_license

MIT = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text
ADDED = "The Software may not be used by Zqxv Corporation.\n\n"
#: MIT with a sentence put between its first and second paragraphs.
INSIDE = MIT.replace(
    "\n\nThe above copyright notice", "\n\nZqxv Corporation may not use it.\n\nThe above copyright notice"
)


def _query(text: str) -> LocateQuery:
    normal = normalise_for_matching(text)
    return LocateQuery(text, normal, compact_form(normal))


def test_strategies_are_tried_whole_then_region_then_aligned() -> None:
    """The list of strategies is the order of the module's description: whole, region, aligned."""
    assert (locate_whole, locate_region, locate_aligned) == STRATEGIES


def test_whole_finds_a_license_text_and_nothing_else() -> None:
    """A bare license is found whole; a license with a sentence above it is not, and whole says so with None."""
    located = locate_whole(_query(MIT))
    assert located is not None
    assert (located.license_id, located.method, located.pieces) == ("MIT", "whole", ())
    assert locate_whole(_query(ADDED + MIT)) is None


def test_region_finds_the_license_and_what_lies_around_it() -> None:
    """Text above a license is a piece before the region the template matches."""
    located = locate_region(_query(ADDED + MIT))
    assert located is not None
    assert (located.license_id, located.method) == ("MIT", "region")
    assert located.pieces[0].position == "before"
    assert located.pieces[0].start == 0
    assert ADDED.strip() in (ADDED + MIT)[located.pieces[0].start : located.pieces[0].end]


def test_aligned_isolates_a_sentence_inside_the_license() -> None:
    """A sentence put inside the license is a piece ``inside``; the rest is confirmed as the license."""
    located = locate_aligned(_query(INSIDE))
    assert located is not None
    assert located.license_id == "MIT"
    assert located.confirmed
    inside = [INSIDE[piece.start : piece.end].strip() for piece in located.pieces if piece.position == "inside"]
    assert inside == ["Zqxv Corporation may not use it."]


@pytest.mark.parametrize("text", [MIT, ADDED + MIT, INSIDE, "Not a license at all, only words.", ""])
def test_locate_base_is_the_first_strategy_that_locates(text: str) -> None:
    """``locate_base`` gives what the first strategy to find something gives, or None."""
    if not text:
        assert locate_base(text) is None
        return
    expected = next((found for found in (strategy(_query(text)) for strategy in STRATEGIES) if found), None)
    assert locate_base(text) == expected


def _as_html(text: str, title: str) -> str:
    """Return *text* as an HTML page: a title and heading, each paragraph in ``<p>`` tags."""
    paragraphs = [" ".join(paragraph.split()) for paragraph in text.split("\n\n") if paragraph.strip()]
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    head = f'<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
    return f"{head}<h1>{title}</h1>\n{body}\n</body>\n</html>\n"


def test_html_tags_do_not_make_a_relative_of_the_license_win() -> None:
    """Apache-2.0's terms in HTML tags are Apache-2.0, not a license that differs from it, and open source."""
    terms = spdx_license("Apache-2.0").text.split("APPENDIX")[0]
    html = _as_html(terms, "Apache License 2.0")
    located = locate_base(html)
    assert located is not None
    assert located.license_id == "Apache-2.0"
    result = ethlicense.check.check_text(html)
    assert result.base_license == "Apache-2.0"
    assert result.verdict is ethlicense.check.Verdict.OPEN_SOURCE
    assert not result.restrictions


def test_a_clause_in_its_own_html_paragraph_is_reported_alone() -> None:
    """A clause between ``</p>`` and ``<p>`` is a paragraph of its own, not a fragment of the sentence before."""
    html = _as_html(
        INSIDE.replace("Copyright (c)", "Copyright &copy;").replace(
            "Zqxv Corporation may not use it.", "<strong>Zqxv clause.</strong> Zqxv Corporation may not use it."
        ),
        "MIT License",
    )
    result = ethlicense.check.check_text(html)
    assert result.verdict is ethlicense.check.Verdict.NOT_OPEN_SOURCE
    quoted = [addition.text for addition in result.additions if "Zqxv" in addition.text]
    assert quoted
    assert all("Permission is hereby granted" not in text for text in quoted)
