# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Parts of a license text that ``check`` looks for.

Paragraphs, hidden characters, ethlicense's own layout and its clauses, and the standard notices that apply a
license by reference.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Final

from ethlicense._cues import HTML_TAG
from ethlicense._layout_markers import (
    IDENTIFIER_ROLE,
    LEAD_IN_ROLE,
    LEGACY_MARKERS,
    SECTION_HEADING,
    STRUCTURE_ROLE,
    TERMS_ROLE,
    TITLE_ROLE,
    WILDCARD,
    LayoutMarkers,
    layout_markers,
    marker_key,
)
from ethlicense._text import is_invisible_printable
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.check._checker import remembered
from ethlicense.check._normalise import normalise_for_matching
from ethlicense.check._result import Finding, FindingKind
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.models import Clause
from ethlicense.models import Layout as BaseLayout

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
    return code > _DELETE and (unicodedata.category(character) in {"Cc", "Cf"} or is_invisible_printable(character))


def hidden_characters_finding(text: str) -> Finding | None:
    """Return a finding listing the hidden or reordering characters in *text*, or ``None`` when there are none.

    Bidirectional controls, zero-width characters, the byte order mark (except as the very first character),
    every other control or format character but tab, newline, carriage return and form feed, and printable
    characters that show as nothing (variation selectors, which can encode whole sentences, tags, fillers,
    the combining grapheme joiner) can make a text display differently from how it reads.
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


#: An HTML tag, a comment or a document type declaration: layout, never wording of a license.
_HTML_TAG: Final = HTML_TAG
#: The names of HTML tags that end or start a block (a paragraph, a heading, a list item, a line break).
_BLOCK: Final = r"</?(?:p|div|li|ul|ol|h[1-6]|br|tr|td|th|blockquote|pre|body)\b[^<>]{0,300}>"
#: A block tag, then perhaps other tags, at the end of a text.
_BLOCK_TAGS_AT_END: Final = re.compile(_BLOCK + r"(?:\s*<[^<>]{0,300}>)*\s*$", re.IGNORECASE)
#: Perhaps some tags, then a block tag, at the start of a text.
_BLOCK_TAGS_AT_START: Final = re.compile(r"^\s*(?:<[^<>]{0,300}>\s*)*?" + _BLOCK, re.IGNORECASE)


def without_tags(text: str) -> str:
    """Return *text* with its HTML tags blanked out by as many spaces (offsets stay those of *text*)."""
    if "<" not in text:
        return text
    return _HTML_TAG.sub(lambda found: " " * len(found.group()), text)


def html_tags(text: str, start: int, end: int) -> list[str]:
    """Return the HTML tags of ``text[start:end]``, each once, in text order (locating reads past them)."""
    if "<" not in text[start:end]:
        return []
    return list(dict.fromkeys(found.group() for found in _HTML_TAG.finditer(text, start, end)))


def at_paragraph_edges(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` starts and ends at line boundaries (so it is paragraphs, not words).

    An HTML tag that ends or starts a block (``</p>``, ``<li>``, ``<br>``...) is a line boundary too.
    """
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    if "<" in text:
        before = _BLOCK_TAGS_AT_END.sub("\n", before[-2000:]) if _BLOCK_TAGS_AT_END.search(before[-2000:]) else before
        after = _BLOCK_TAGS_AT_START.sub("\n", after[:2000]) if _BLOCK_TAGS_AT_START.search(after[:2000]) else after
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


#: How far back and forward a sentence around some words is looked for.
_SENTENCE_REACH: Final = 4000


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the whole sentence(s) of *text* that ``text[start:end]`` lies in.

    A sentence ends at ``.``, ``;``, ``:``, ``!`` or ``?`` followed by whitespace, or at a paragraph break; words
    put inside a sentence of a license are reported with that whole sentence, never as a fragment.
    """
    first = max(0, start - _SENTENCE_REACH)
    for found in _SENTENCE_END.finditer(text, first, start):
        first = found.end()
    if first == max(0, start - _SENTENCE_REACH) and first > 0:
        first = start  # no sentence start within reach: keep the words as they are
    last = _SENTENCE_END.search(text, max(end - 1, start), min(len(text), end + _SENTENCE_REACH))
    stop = last.start() + 1 if last is not None else min(len(text), end + _SENTENCE_REACH)
    while first < stop and text[first].isspace():
        first += 1
    while stop > first and text[stop - 1].isspace():
        stop -= 1
    return min(first, start), max(stop, end)


# ---------------------------------------------------------------------------------------------------------------
# ethlicense's own layout, and its clauses
# ---------------------------------------------------------------------------------------------------------------

#: Where ethlicense's layout may be: its texts always say "Additional Conditions" (searched first, cheaply).
_ADDITIONAL_CONDITIONS: Final = re.compile(r"Additional\s+Conditions")
#: A Markdown code fence line, which the Markdown rendering puts around license text.
_FENCE: Final = re.compile(r"^[ \t]*```[\w-]*[ \t]*$", re.MULTILINE)
#: No paragraph of the layout is longer than this many characters (its longest has well under a thousand).
_LONGEST_PARAGRAPH: Final = 4000
_LICENSE_REF_BASE: Final = re.compile(r"LicenseRef-(\S+?)-with-")

#: What a paragraph of the layout is (``LayoutPart.role``).
#: ``title``, ``identifier``, ``structure``, ``lead-in`` and ``terms`` are the layout's own paragraphs, as
#: ``render`` exports them (:mod:`ethlicense._layout_markers`).
CLAUSE_ROLE: Final = "clause"
OTHER_ROLE: Final = "other"


def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(".+?".join(re.escape(part) for part in key.split(WILDCARD)))


@dataclasses.dataclass(frozen=True, slots=True)
class _Patterns:
    """The paragraphs of the layout as rendered for some bases: patterns by role, section titles by role."""

    paragraphs: tuple[tuple[str, re.Pattern[str]], ...]
    section_titles: Mapping[str, str]

    def role(self, paragraph: str, roles: Sequence[str] = ()) -> str | None:
        """Return the role of the layout paragraph *paragraph* is (one of *roles*, if given), or ``None``."""
        if len(paragraph) > _LONGEST_PARAGRAPH:
            return None  # longer than any of the layout's, and costly to compare with its wildcards
        key = marker_key(paragraph)
        for role, pattern in self.paragraphs:
            if (not roles or role in roles) and pattern.fullmatch(key) is not None:
                return role
        return None


@remembered("layout-patterns")
def _base_patterns(base_id: str) -> _Patterns:
    """Return the patterns of the layout ``render`` writes around *base_id* (from its exported markers)."""
    return _compiled_patterns(layout_markers(base_id))


def _compiled_patterns(markers: LayoutMarkers) -> _Patterns:
    return _Patterns(tuple((role, _pattern(key)) for role, key in markers.paragraphs), markers.section_titles)


@remembered("legacy-patterns")
def _legacy_patterns() -> _Patterns:
    return _compiled_patterns(LEGACY_MARKERS)


@dataclasses.dataclass(frozen=True, slots=True)
class LayoutPart:
    """A stretch of ethlicense's layout in a text.

    Attributes:
        start: Its offset in the text.
        end: The offset just past it.
        role: ``title``, ``identifier`` (the ``SPDX-License-Identifier`` line), ``structure`` (introduction,
            part headings, Markdown fences), ``lead-in`` (the sentence that brings the Additional Conditions into
            the license), ``terms`` (definitions, breach and cure, general terms), ``clause`` (a section of
            conditions: heading and text) or ``other`` (a paragraph inside the layout's own sections that is not
            the layout's wording).
        section: The heading of the section it is in, if any.
        title: For a clause, the title in its heading.
        body: For a clause, its text without the heading.
    """

    start: int
    end: int
    role: str
    section: str = ""
    title: str = ""
    body: str = ""


#: How the Additional Conditions are placed (``Layout.style``).
INTEGRATED: Final = "integrated"
TWO_PART: Final = "two-part"
LEGACY: Final = "legacy"
#: How many paragraphs that are not the layout's may lie between paragraphs of its last section.
_MAX_GAP: Final = 3
_NOT_NEWLINE: Final = re.compile(r"[^\n]")


@dataclasses.dataclass(frozen=True, slots=True)
class Layout:
    """ethlicense's layout, as found in a text.

    Attributes:
        style: ``integrated`` (the Additional Conditions inside the base's own list of conditions), ``two-part``
            (Part 1 the conditions, Part 2 the base) or ``legacy`` (ethlicense 0.1's Part 1 and Part 2).
        parts: The stretches of the layout, in text order.
        bases: The catalog bases the layout names (its identifier, title, introduction), likeliest first.
        sections: The section headings, in order.
        base_start: Where the base's text begins at the earliest (after Part 2's heading); 0 when integrated.
    """

    style: str
    parts: tuple[LayoutPart, ...]
    bases: tuple[str, ...]
    sections: tuple[str, ...]
    base_start: int = 0

    def masked(self, text: str) -> str:
        """Return *text* with every part blanked out (line breaks kept, so offsets and paragraphs stay)."""
        return _blank(text, [(part.start, part.end) for part in self.parts])


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    pieces: list[str] = []
    last = 0
    for first, end in sorted(spans):
        start = max(first, last)
        pieces.extend([text[last:start], _NOT_NEWLINE.sub(" ", text[start:end])])
        last = max(last, end)
    pieces.append(text[last:])
    return "".join(pieces)


def _heading_run(items: Sequence[Paragraph]) -> list[tuple[int, re.Match[str]]]:
    """Return the layout's section headings: the first run numbered 1, 2, 3... of one kind (``A`` or ``1.``)."""
    run: list[tuple[int, re.Match[str]]] = []
    for index, item in enumerate(items):
        heading = SECTION_HEADING.fullmatch(item.text)
        if heading is None:
            continue
        if run and heading.group(1) == run[0][1].group(1) and int(heading.group(2)) == len(run) + 1:
            run.append((index, heading))
        elif not run and heading.group(2) == "1":
            run = [(index, heading)]
    return run


def _named_bases(header: str, catalog: Catalog) -> list[str]:
    """Return the catalog bases that *header* names: in its ``LicenseRef-`` id, then by name (longest first)."""
    found: list[str] = []
    reference = _LICENSE_REF_BASE.search(header)
    if reference is not None and reference.group(1) in catalog.bases:
        found.append(reference.group(1))
    key = marker_key(header)
    for base in sorted(catalog.bases.values(), key=lambda item: (-len(item.name), item.id)):
        if base.id not in found and marker_key(base.name) in key:
            found.append(base.id)
    return found


def _patterns_for(bases: Sequence[str], catalog: Catalog, *, legacy: bool) -> list[_Patterns]:
    if legacy:
        return [_legacy_patterns()]
    known = default_catalog().bases
    return [_base_patterns(base_id) for base_id in (bases or sorted(catalog.bases)) if base_id in known]


def _role(patterns: Sequence[_Patterns], paragraph: str, roles: Sequence[str] = ()) -> str | None:
    for item in patterns:
        role = item.role(paragraph, roles)
        if role is not None:
            return role
    return None


def _section_role(patterns: Sequence[_Patterns], title: str, place: int, count: int) -> str:
    """Return ``terms`` for the layout's own sections (definitions first, breach and general last), else ``clause``."""
    expected = (
        "definitions" if place == 0 else "general" if place == count - 1 else "breach" if place == count - 2 else ""
    )
    key = marker_key(title)
    return (
        TERMS_ROLE if expected and any(item.section_titles.get(key) == expected for item in patterns) else CLAUSE_ROLE
    )


#: The roles only ethlicense's own wording has, one of which a text must have to be taken for its layout.
_EVIDENCE: Final = frozenset({TITLE_ROLE, LEAD_IN_ROLE, TERMS_ROLE})
_HEADER_ROLES: Final = (TITLE_ROLE, IDENTIFIER_ROLE, STRUCTURE_ROLE, LEAD_IN_ROLE, TERMS_ROLE)


def find_layout(text: str, catalog: Catalog) -> Layout | None:  # noqa: C901, PLR0912 - one branch per part of the layout
    """Return ethlicense's layout in *text*, if the text uses it (a composite of ``compose``, perhaps edited).

    The layout's own wording is read from the markers ``render`` exports for the bases it names
    (:func:`ethlicense._layout_markers.layout_markers`), so that it is recognised as ``render`` writes it today;
    the clauses' sections are returned for the caller to recognise.
    """
    if _ADDITIONAL_CONDITIONS.search(text) is None:
        return None
    fences = [(match.start(), match.end()) for match in _FENCE.finditer(text)]
    unfenced = _blank(text, fences) if fences else text
    items = paragraphs(unfenced, 0, len(unfenced))
    run = _heading_run(items)
    if not run:
        return None
    legacy = run[0][1].group(1) != "A"
    first = run[0][0]
    bases = _named_bases(unfenced[: items[first].start], catalog)
    patterns = _patterns_for(bases, catalog, legacy=legacy)
    parts = [LayoutPart(start, end, STRUCTURE_ROLE) for start, end in fences]
    for item in items[:first]:
        role = _role(patterns, item.text, _HEADER_ROLES)
        if role is not None:
            parts.append(LayoutPart(item.start, item.end, role))
    count = len(run)
    end_index = len(items)
    for place, (index, heading) in enumerate(run):
        title = heading.group(3)
        name = f"{heading.group(1)}{heading.group(2)}. {title}"
        role = CLAUSE_ROLE if legacy else _section_role(patterns, title, place, count)
        if place + 1 < count:
            stop = run[place + 1][0]
        elif role == TERMS_ROLE:
            stop = _last_terms_end(patterns, items, index)
        else:
            stop = next(
                (
                    later
                    for later in range(index + 1, len(items))
                    if _role(patterns, items[later].text, (STRUCTURE_ROLE,))
                ),
                len(items),
            )
        end_index = stop
        body = items[index + 1 : stop]
        if role == CLAUSE_ROLE:
            end = body[-1].end if body else items[index].end
            text_of_body = "\n\n".join(item.text for item in body)
            parts.append(LayoutPart(items[index].start, end, CLAUSE_ROLE, name, title, text_of_body))
            continue
        parts.append(LayoutPart(items[index].start, items[index].end, TERMS_ROLE, name))
        for item in body:
            known = _role(patterns, item.text, (TERMS_ROLE,)) is not None
            parts.append(LayoutPart(item.start, item.end, TERMS_ROLE if known else OTHER_ROLE, name))
    base_start = 0
    two_part = False
    for item in items[end_index:]:
        if _role(patterns, item.text, (STRUCTURE_ROLE,)) is None:
            break
        parts.append(LayoutPart(item.start, item.end, STRUCTURE_ROLE))
        base_start, two_part = item.end, True
    if not any(part.role in _EVIDENCE for part in parts):
        return None  # numbered sections, but nothing of ethlicense's own wording: not its layout
    if not two_part and not legacy and bases:
        two_part = catalog.base(bases[0]).layout is BaseLayout.TWO_PART  # Part 2's heading was taken out
    style = LEGACY if legacy else TWO_PART if two_part else INTEGRATED
    sections = tuple(f"{heading.group(1)}{heading.group(2)}. {heading.group(3)}" for _, heading in run)
    return Layout(style, tuple(sorted(parts, key=lambda part: part.start)), tuple(bases), sections, base_start)


#: An ``SPDX-License-Identifier`` line (in a comment, perhaps), and the expression it declares.
_IDENTIFIER: Final = re.compile(
    r"^[ \t#*/;%<!-]*SPDX-License-Identifier" + r":[ \t]*(?P<expression>[^\n]*?)[ \t]*(?:\*/|-->)?[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)


def declared_license(text: str) -> tuple[str, int, int] | None:
    """Return the license expression the first ``SPDX-License-Identifier`` line of *text* declares, and its span."""
    if "spdx-license-identifier" not in text.lower():
        return None
    match = _IDENTIFIER.search(text)
    if match is None or not match.group("expression"):
        return None
    return match.group("expression"), match.start(), match.end()


def _last_terms_end(patterns: Sequence[_Patterns], items: Sequence[Paragraph], heading: int) -> int:
    """Return the index just past the last paragraph of the layout's last section, which the base's text follows."""
    last = heading
    for index in range(heading + 1, len(items)):
        if index - last > _MAX_GAP or SECTION_HEADING.fullmatch(items[index].text):
            break
        role = _role(patterns, items[index].text)
        if role == TERMS_ROLE:
            last = index
        elif role is not None:
            break
    return last + 1


_JINJA: Final = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.DOTALL)
_MIN_PRECISION: Final = 0.3
_MIN_RECALL: Final = 0.5
_MIN_TITLED_RECALL: Final = 0.3
_MIN_TITLED_PRECISION: Final = 0.5
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


@remembered("clause-shapes")
def default_shapes() -> list[ClauseShape]:
    return shapes(default_catalog())


def recognise_clause(body: str, title: str, shapes: Sequence[ClauseShape], *, whole: bool) -> Clause | None:
    """Return the catalog clause whose template *body* (with heading *title*) was rendered from, if any.

    Two shares of word pairs decide: how much of the clause's template the body holds (*recall*, which the
    parameters of a clause hardly change) and how much of the body comes from the template (*precision*,
    lowered by long parameter values such as a list of organizations). With *whole*, the body is a whole
    numbered section of ethlicense's layout: most of the template must be there (less when the heading is the
    clause's title, or none when the body comes mostly from the template). Otherwise the body is one paragraph
    found elsewhere: it must come almost entirely from the template and share a good run of it.
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
            # Under the clause's own title, a body mostly of its template's wording is that clause, even when it
            # holds little of it (an earlier version of the clause, or one branch of a long template).
            accepted = accepted or (titled and precision >= _MIN_TITLED_PRECISION)
        else:
            accepted = precision >= _MIN_LOOSE_PRECISION and shared >= _MIN_LOOSE_SHARED
        if accepted and (best is None or (recall, shape.clause.id) > best[:2]):
            best = (recall, shape.clause.id, shape.clause)
    return best[2] if best else None


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
