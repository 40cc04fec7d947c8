# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Parts of a license text that ``check`` looks for.

Paragraphs, hidden characters, ethlicense's own layout and its clauses, and the standard notices that apply a
license by reference.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from ethlicense._matching import load_spdx_licenses, normalise_for_matching
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.check import Finding, FindingKind
from ethlicense.models import Clause

# ---------------------------------------------------------------------------------------------------------------
# Hidden characters
# ---------------------------------------------------------------------------------------------------------------

#: A text of printable ASCII and ordinary line breaks alone, which hides nothing (the common case, checked fast).
_PLAIN_TEXT: Final = re.compile(r"[\t\n\r\f\x20-\x7e]*")
#: The first printable ASCII character, DEL, and the last C1 control character.
_SPACE: Final = 0x20
_DELETE: Final = 0x7F
_LAST_C1: Final = 0x9F
#: Control characters a text file may hold without hiding anything.
_ALLOWED_CONTROLS: Final = frozenset("\t\n\r\f")
_MAX_LISTED: Final = 5


def _hidden(character: str) -> bool:
    if character in _ALLOWED_CONTROLS:
        return False
    code = ord(character)
    if code < _SPACE or _DELETE <= code <= _LAST_C1:
        return True
    return code > _DELETE and unicodedata.category(character) in {"Cc", "Cf"}


def hidden_characters_finding(text: str) -> Finding | None:
    """Return a finding listing the hidden or reordering characters in *text*, or ``None`` when there are none.

    Bidirectional controls, zero-width characters, the byte order mark (except as the very first character)
    and every other control or format character but tab, newline, carriage return and form feed can make a
    text display differently from how it reads.
    """
    if _PLAIN_TEXT.fullmatch(text) is not None:
        return None
    suspicious = {character for character in set(text) if _hidden(character)}
    if text.startswith("\ufeff") and text.count("\ufeff") == 1:
        suspicious.discard("\ufeff")
    if not suspicious:
        return None
    places: list[str] = []
    count = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        for column, character in enumerate(line, start=1):
            if character in suspicious and not (line_number == 1 and column == 1 and character == "\ufeff"):
                count += 1
                if len(places) < _MAX_LISTED:
                    name = unicodedata.name(character, "control character")
                    places.append(f"U+{ord(character):04X} {name} at line {line_number}, column {column}")
    more = f" and {count - len(places)} more" if count > len(places) else ""
    return Finding(
        kind=FindingKind.HIDDEN_CHARACTERS,
        message=(
            f"the text may display differently from how it reads: it holds {count} hidden or reordering "
            f"character{'s' if count != 1 else ''} ({'; '.join(places)}{more})"
        ),
    )


# ---------------------------------------------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------------------------------------------

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclasses.dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str


def paragraphs(text: str, start: int, end: int) -> list[Paragraph]:
    """Return the non-blank paragraphs of ``text[start:end]`` with their offsets in *text*."""
    paragraphs = []
    position = start
    for part in [*_PARAGRAPH_BREAK.finditer(text, start, end), None]:
        stop = part.start() if part is not None else end
        chunk = text[position:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            paragraphs.append(Paragraph(position + lead, stop - trail, chunk.strip()))
        if part is not None:
            position = part.end()
    return paragraphs


def at_paragraph_edges(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` starts and ends at line boundaries (so it is paragraphs, not words)."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith(("\n", "\r")))


_SENTENCE_END: Final = re.compile(r"[.;:!?]\s|\n\s*\n")


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the words of the sentence of *text* before ``start`` and after ``end``, whitespace collapsed."""
    first = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        first = found.end()
    last = _SENTENCE_END.search(text, end)
    stop = last.start() + 1 if last else len(text)
    before = " ".join(text[first:start].split())
    after = " ".join(text[end:stop].split())
    return (before + " " if before else ""), (" " + after if after else "")


# ---------------------------------------------------------------------------------------------------------------
# ethlicense's own layout, and its clauses
# ---------------------------------------------------------------------------------------------------------------

PART_ONE: Final = re.compile(r"^(?:#{1,6}\s*)?part\s+1\.\s+additional\s+conditions\s*$", re.IGNORECASE)
SECTION: Final = re.compile(r"^(?:#{1,6}\s*)?1\.(\d+)\.\s+(\S.*?)\s*$")
PART_TWO: Final = re.compile(r"^(?:#{1,6}\s*)?part\s+2\.\s+\S.*$", re.IGNORECASE)
_JINJA: Final = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.DOTALL)
_MIN_PRECISION: Final = 0.3
_MIN_RECALL: Final = 0.5
_MIN_TITLED_RECALL: Final = 0.3
_MIN_LOOSE_PRECISION: Final = 0.85
_MIN_LOOSE_SHARED: Final = 15


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", normalise_for_matching(text))
    return set(itertools.pairwise(words))


@dataclasses.dataclass(frozen=True, slots=True)
class ClauseShape:
    clause: Clause
    title: str
    pairs: frozenset[tuple[str, str]]


def shapes(catalog: Catalog) -> list[ClauseShape]:
    return [
        ClauseShape(
            clause,
            " ".join(normalise_for_matching(clause.title).split()),
            frozenset(_word_pairs(_JINJA.sub(" ", clause.template))),
        )
        for clause in catalog.clauses.values()
    ]


@functools.cache
def default_shapes() -> list[ClauseShape]:
    return shapes(default_catalog())


def recognise_clause(body: str, title: str, shapes: Sequence[ClauseShape], *, whole: bool) -> Clause | None:
    """Return the catalog clause whose template *body* (with heading *title*) was rendered from, if any.

    Two shares of word pairs decide: how much of the clause's template the body holds (*recall*, which the
    parameters of a clause hardly change) and how much of the body comes from the template (*precision*,
    lowered by long parameter values such as a list of organizations). With *whole*, the body is a whole
    numbered section of ethlicense's layout: most of the template must be there (less when the heading is the
    clause's title). Otherwise the body is one paragraph found elsewhere: it must come almost entirely from the
    template and share a good run of it.
    """
    pairs = _word_pairs(body)
    if not pairs:
        return None
    folded_title = " ".join(normalise_for_matching(title).split())
    best: tuple[float, str, Clause] | None = None
    for shape in shapes:
        shared = len(pairs & shape.pairs)
        recall = shared / max(len(shape.pairs), 1)
        precision = shared / len(pairs)
        if whole:
            titled = bool(title) and folded_title == shape.title
            accepted = precision >= _MIN_PRECISION and recall >= (_MIN_TITLED_RECALL if titled else _MIN_RECALL)
        else:
            accepted = precision >= _MIN_LOOSE_PRECISION and shared >= _MIN_LOOSE_SHARED
        if accepted and (best is None or (recall, shape.clause.id) > best[:2]):
            best = (recall, shape.clause.id, shape.clause)
    return best[2] if best else None


@functools.cache
def layout_paragraphs() -> frozenset[str]:
    """Return the introduction paragraphs of ethlicense's layout, with the base's name taken out (compact form)."""
    from ethlicense.compose import compose  # noqa: PLC0415 - rendering is needed only for composites

    rendered = compose("MIT", clauses=["military"], holders=["A"], year=2026)
    name = rendered.base.name
    known = set()
    for paragraph in paragraphs(rendered.text, 0, rendered.text.index("1.1. ")):
        known.add(layout_key(paragraph.text, name))
    known.add(layout_key(rendered.name.replace("(No military use)", ""), name))
    return frozenset(known)


def layout_key(text: str, base_name: str) -> str:
    """Return *text* in the compact normal form without the base's name or clause titles in parentheses."""
    text = re.sub(r"\([^()]*\)\s*$", "", text.strip())
    return "".join(normalise_for_matching(text.replace(base_name, " ")).split())


# ---------------------------------------------------------------------------------------------------------------
# Licenses applied by reference
# ---------------------------------------------------------------------------------------------------------------

_SPACES: Final = r"[\s#*/;]+"


def _words(*words: str) -> str:
    return _SPACES.join(words)


_REFERENCES: Final = (
    (
        re.compile(_words("licensed", "under", "the", "apache", "license,?", "version", r"2\.0"), re.IGNORECASE),
        "Apache-2.0",
    ),
    (
        re.compile(
            _words(
                "subject",
                "to",
                "the",
                "terms",
                "of",
                "the",
                "mozilla",
                "public",
                "license,?",
                r"v(?:ersion|\.)?\s*2\.0",
            ),
            re.IGNORECASE,
        ),
        "MPL-2.0",
    ),
    (
        re.compile(
            _words("under", "the", "terms", "of", "the", "eclipse", "public", "license", r"(?:v\.?|version)\s*2\.0"),
            re.IGNORECASE,
        ),
        "EPL-2.0",
    ),
)
_GNU_REFERENCE: Final = re.compile(
    _words("under", "the", "terms", "of", "the", "gnu", r"(?P<family>lesser|library|affero)?", "general", "public")
    + _SPACES
    + r"license"
    + r"(?:[\s#*/;,]+as[\s#*/;]+published[\s#*/;]+by[\s#*/;]+the[\s#*/;]+free[\s#*/;]+software[\s#*/;]+foundation)?"
    + r"[\s#*/;,]+(?:either[\s#*/;]+)?version[\s#*/;]+(?P<version>\d(?:\.\d)?)"
    + r"(?P<later>(?:[\s#*/;,]+of[\s#*/;]+the[\s#*/;]+license)?[\s#*/;,]+or[\s#*/;]+\(at[\s#*/;]+your[\s#*/;]+option\)"
    + r"[\s#*/;]+any[\s#*/;]+later[\s#*/;]+version)?",
    re.IGNORECASE,
)


def reference(text: str) -> tuple[str, int, int] | None:
    """Return the SPDX id of a license *text* applies by its standard notice, and where the notice is, if any."""
    licenses = load_spdx_licenses().licenses
    found: list[tuple[int, int, str]] = []
    for pattern, license_id in _REFERENCES:
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), match.end(), license_id))
    gnu = _GNU_REFERENCE.search(text)
    if gnu is not None:
        family = {"lesser": "LGPL", "library": "LGPL", "affero": "AGPL"}.get((gnu.group("family") or "").lower(), "GPL")
        version = gnu.group("version") if "." in gnu.group("version") else gnu.group("version") + ".0"
        license_id = f"{family}-{version}-{'or-later' if gnu.group('later') else 'only'}"
        if license_id in licenses:
            found.append((gnu.start(), gnu.end(), license_id))
    if not found:
        return None
    start, end, license_id = min(found)
    return license_id, start, end
