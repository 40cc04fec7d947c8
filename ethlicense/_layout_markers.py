# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The paragraphs ethlicense's own layouts write around a base license, exported as data for ``check``.

``render`` puts a base's text into a layout: a title, perhaps an ``SPDX-License-Identifier`` line, an
introduction, "Part 1" and "Part 2" headings, a lead-in sentence and sections (``A1. ...``) of definitions,
clauses, breach and cure, and general terms. :func:`layout_markers` says which paragraphs those are for a base,
each with its role, so that ``check`` recognises the layout as ``render`` writes it today without knowing how it
is rendered. The markers are learnt once per base by rendering it with sentinel clauses and values, which become
wildcards (:data:`WILDCARD`); every paragraph is given in the form of :func:`marker_key`, which a reader must
put its own paragraphs in to compare them.

>>> markers = layout_markers("MIT")
>>> sorted({role for role, _ in markers.paragraphs})
['identifier', 'lead-in', 'structure', 'terms', 'title']
>>> sorted(set(markers.section_titles.values()))
['breach', 'definitions', 'general']
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Final

from ethlicense.catalog import default_catalog
from ethlicense.models import Clause, Restriction

__all__ = [
    "IDENTIFIER_ROLE",
    "LEAD_IN_ROLE",
    "LEGACY_MARKERS",
    "SECTION_HEADING",
    "STRUCTURE_ROLE",
    "TERMS_ROLE",
    "TITLE_ROLE",
    "WILDCARD",
    "LayoutMarkers",
    "layout_markers",
    "marker_key",
]

#: What a paragraph of the layout is.
TITLE_ROLE: Final = "title"
IDENTIFIER_ROLE: Final = "identifier"
STRUCTURE_ROLE: Final = "structure"
LEAD_IN_ROLE: Final = "lead-in"
TERMS_ROLE: Final = "terms"

#: Stands for any text (a base's name, a clause's title, a license id) in a marker paragraph.
WILDCARD: Final = "\x00"

#: A section heading of the layout, a paragraph of one line: ``A2. No military use`` (``1.2.`` before 0.2),
#: perhaps as a Markdown heading.
SECTION_HEADING: Final = re.compile(r"(?:#{1,6}[ \t]*)?(A|1\.)(\d+)\.[ \t]+(\S[^\n]*?)[ \t]*")

_HEADING_MARK: Final = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_NUMBER: Final = re.compile(r"\d+(?:\.\d+)*")
_ENUMERATOR: Final = re.compile(r"^\([a-z]\) ")
_QUOTES: Final = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})
_DASHES: Final = re.compile("[\u2010-\u2015\u2212]")
#: A Markdown code fence line, which the Markdown rendering puts around license text.
_FENCE: Final = re.compile(r"^[ \t]*```[\w-]*[ \t]*$", re.MULTILINE)
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def marker_key(paragraph: str) -> str:
    r"""Return a paragraph in the form the layout's paragraphs are compared in.

    Lower case, one space for any whitespace, straight quotes, no Markdown heading marks, every number ``0`` and
    a leading ``(b)`` as ``(a)``: what varies with the number of clauses, the cure period or the catalog version
    does not count, nor does rewrapping.

    >>> marker_key("## A12. Breach\n and   cure (30 days)")
    'a0. breach and cure (0 days)'
    """
    text = _HEADING_MARK.sub("", paragraph).translate(_QUOTES)
    text = _DASHES.sub("-", " ".join(text.lower().split()))
    return _ENUMERATOR.sub("(a) ", _NUMBER.sub("0", text))


@dataclasses.dataclass(frozen=True, slots=True)
class LayoutMarkers:
    """The paragraphs of a layout as ``render`` writes it around one base.

    Attributes:
        paragraphs: ``(role, paragraph)`` pairs, the paragraph in :func:`marker_key` form with :data:`WILDCARD`
            for what varies; roles are ``title``, ``identifier``, ``structure`` (introduction, part headings),
            ``lead-in`` and ``terms`` (the layout's own sections).
        section_titles: The layout's own section titles (:func:`marker_key` form), each with its place:
            ``definitions``, ``breach`` or ``general``.
    """

    paragraphs: tuple[tuple[str, str], ...]
    section_titles: Mapping[str, str]


#: The sentinel values a base is rendered with to learn its layout; they become wildcards.
_SENTINELS: Final = ("Zqxv First Sentinel", "Zqxv Second Sentinel", "Zqxvlaw", "Zqxvvenue", "LicenseRef-Zqxv-sentinel")
_SENTINEL_HOLDER: Final = "Zqxv Holder"


def _sentinel_clauses() -> list[Clause]:
    return [
        Clause(
            id=f"zqxv-sentinel-{letter}",
            title=title,
            restricts=(Restriction.FIELDS_OF_ENDEAVOR,),
            template=f"Zqxv sentinel text {letter}.",
        )
        for letter, title in zip("ab", _SENTINELS[:2], strict=True)
    ]


def _paragraphs(text: str) -> list[str]:
    return [chunk.strip() for chunk in _PARAGRAPH_BREAK.split(text) if chunk.strip()]


@functools.cache
def layout_markers(base_id: str) -> LayoutMarkers:
    """Return the paragraphs of the layout ``render`` writes around the built-in base *base_id*.

    The layout does not depend on the clauses; a catalog adds clauses only, so the built-in bases are the ones.
    Learnt once per base (a few milliseconds) by rendering it with sentinel clauses in Markdown.

    Raises:
        UnknownLicenseError: *base_id* is not a built-in base.
    """
    from ethlicense.compose import compose  # noqa: PLC0415 - compose imports this package's renderer
    from ethlicense.render import render_text  # noqa: PLC0415 - likewise

    catalog = default_catalog()
    clauses = _sentinel_clauses()
    sentinel_catalog = catalog.with_clauses(clauses)
    base = catalog.base(base_id)
    # Each paragraph keyed on its own, as the layout's paragraphs are: a base's own "(b)" paragraph (UPL-1.0's)
    # then compares as "(a)" on both sides.
    bare_text = compose(base_id, holders=[_SENTINEL_HOLDER], year=2026, catalog=catalog).text
    bare = "".join("".join(marker_key(paragraph).split()) for paragraph in _paragraphs(bare_text))
    found: dict[str, str] = {}
    titles: dict[str, str] = {}
    for count, law in ((1, None), (2, _SENTINELS[2])):
        rendered = compose(
            base_id,
            clauses=clauses[:count],
            holders=[_SENTINEL_HOLDER],
            year=2026,
            license_id=_SENTINELS[4],
            allow_void_restrictions=not base.accepts_restrictions,
            governing_law=law,
            venue=_SENTINELS[3] if law else None,
            catalog=sentinel_catalog,
        )
        markdown = render_text(rendered.spec, markdown=True, catalog=sentinel_catalog, license_id=_SENTINELS[4])
        _learn(markdown, base.name, bare, found, titles)
    return LayoutMarkers(tuple((role, key) for key, role in found.items()), titles)


def _learn(text: str, base_name: str, bare: str, found: dict[str, str], titles: dict[str, str]) -> None:
    """Record the layout's paragraphs in the Markdown rendering *text* of a base with sentinel clauses.

    Every paragraph that is neither the base's own text, nor a copyright notice, nor a sentinel clause's section
    is the layout's: its key, with the sentinels and the base's name as wildcards, goes into *found* with its
    role; the titles of the sections that are not clauses go into *titles*, by their place.
    """
    wildcards = [marker_key(value) for value in (*_SENTINELS, base_name)]
    items = _paragraphs(_FENCE.sub("", text))
    headings = [index for index, item in enumerate(items) if SECTION_HEADING.fullmatch(item)]
    sentinel_titles = {marker_key(title) for title in _SENTINELS[:2]}
    in_clause = False
    for index, item in enumerate(items):
        heading = SECTION_HEADING.fullmatch(item)
        if heading is not None:
            title = marker_key(heading.group(3))
            in_clause = title in sentinel_titles
            if not in_clause:
                place = headings.index(index)
                titles[title] = "definitions" if place == 0 else "general" if place == len(headings) - 1 else "breach"
            continue
        key = marker_key(item)
        if in_clause or _SENTINEL_HOLDER in item or "".join(key.split()) in bare:
            continue
        for value in wildcards:
            key = key.replace(value, WILDCARD)
        if index == 0:
            role = TITLE_ROLE
        elif key.startswith("spdx-license-identifier:"):
            role = IDENTIFIER_ROLE
        elif item.startswith("#") or not headings:
            role = STRUCTURE_ROLE
        elif index < headings[0]:
            role = LEAD_IN_ROLE if index == headings[0] - 1 else STRUCTURE_ROLE
        else:
            role = TERMS_ROLE
        found.setdefault(key, role)


#: The paragraphs of the layout of ethlicense 0.1 (Part 1 with sections 1.1, 1.2..., then Part 2), which texts
#: written then still have: fixed wording, so kept here as it was (the base's name and titles are wildcards).
LEGACY_MARKERS: Final = LayoutMarkers(
    tuple(
        (role, marker_key(text))
        for role, text in (
            (TITLE_ROLE, "\x00 with Additional Conditions (\x00)"),
            (
                STRUCTURE_ROLE,
                (
                    "This license consists of Part 1, Additional Conditions, and Part 2, the \x00 terms. It is not "
                    "the \x00: Part 1 limits what Part 2 permits."
                ),
            ),
            (STRUCTURE_ROLE, "Part 1. Additional Conditions"),
            (
                LEAD_IN_ROLE,
                (
                    "The permission granted in Part 2 is given only subject to the conditions in this Part 1. These "
                    "conditions are part of the permission notice and of the license terms in Part 2. They must be "
                    "included in all copies or substantial portions of the Software, and no one may distribute or "
                    "sublicense the Software, or grant any license to it, on terms that leave them out. Anyone who "
                    "breaks a condition has no permission under Part 2."
                ),
            ),
            (
                TERMS_ROLE,
                (
                    'In this license, "the Software" means the work licensed under it, whatever name Part 2 gives '
                    "that work."
                ),
            ),
            (STRUCTURE_ROLE, "Part 2. \x00"),
        )
    ),
    {},
)
