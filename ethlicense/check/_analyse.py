# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The work behind :func:`ethlicense.check.check_text`: locate the base, split what was added, judge.

The steps: look for hidden characters; find ethlicense's own layout (:func:`ethlicense.check._textparts.find_layout`)
and set its parts aside, so that the rest is the base license with whatever else was added; locate the base
license (:mod:`ethlicense.check._locate`); cut every piece of text that is not the base into paragraphs, recognising
other SPDX licenses' texts; classify each paragraph (:mod:`ethlicense._classify`) and each section of the
layout (a catalog clause, or conditions read like any other); then turn the binding ones into restrictions and
violations.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import Final

from ethlicense import _layout_markers as markers
from ethlicense._copyright import NOTICE_WORDS, RAW_NOTICE
from ethlicense.assess import restriction_reasons
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.check import _classify
from ethlicense.check import _textparts as parts
from ethlicense.check._budget import BudgetExceededError, check_time, time_limit
from ethlicense.check._index import spdx_index
from ethlicense.check._locate import closest_license, locate_base
from ethlicense.check._located import Located, Piece
from ethlicense.check._normalise import normalise_for_matching
from ethlicense.check._result import (
    PROSE_KINDS,
    Addition,
    AdditionKind,
    CheckResult,
    Finding,
    FindingKind,
    FoundRestriction,
    Position,
    Verdict,
)
from ethlicense.check._spdx_data import SpdxLicense, load_spdx_licenses
from ethlicense.models import Clause, Restriction, Violation

__all__ = ["analyse"]

# ---------------------------------------------------------------------------------------------------------------
# The analysis
# ---------------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Region:
    """Where the text of one SPDX license lies in the checked text."""

    license: SpdxLicense
    start: int
    end: int


@dataclasses.dataclass
class _State:
    text: str
    """The text analysed: the checked text, with ethlicense's layout blanked out when it has it."""
    shapes: Sequence[parts.ClauseShape]
    catalog: Catalog
    original: str = ""
    """The checked text."""
    base_name: str = ""
    additions: list[Addition] = dataclasses.field(default_factory=list)
    findings: list[Finding] = dataclasses.field(default_factory=list)
    regions: list[_Region] = dataclasses.field(default_factory=list)
    similarity: float | None = None
    """The Dice similarity of the text to the guessed license, when there is no base."""
    minor: list[str] = dataclasses.field(default_factory=list)
    """Differences from the base in markup, punctuation or spelling only."""


def _addition(  # noqa: PLR0913 - one parameter per field
    state: _State,
    start: int,
    end: int,
    position: Position,
    classification: _classify.Classification,
    *,
    clause: Clause | None = None,
    replaces: str | None = None,
    kind: AdditionKind | None = None,
    license_id: str | None = None,
) -> None:
    restricts = (
        clause.restricts if clause is not None else tuple(Restriction(item) for item in classification.restricts)
    )
    if kind is None:
        kind = AdditionKind.RESTRICTION if clause is not None else AdditionKind(classification.kind)
    state.additions.append(
        Addition(
            text=(state.original or state.text)[start:end],
            position=position,
            kind=kind,
            restricts=restricts,
            clause=clause.id if clause is not None else None,
            replaces=replaces,
            license_id=license_id,
            start=start,
            end=end,
            cue=classification.cue,
        )
    )


#: At most this many other licenses are looked for in one text.
_MAX_OTHER_LICENSES: Final = 100
#: Another license's text is aligned only when this share of its telling word pairs is in a stretch.
_OTHER_ALIGN_SCORE: Final = 0.8
#: No license text is shorter than this many characters.
_SHORTEST_LICENSE: Final = 200


def _other_licenses(state: _State, start: int, end: int) -> list[tuple[int, int]]:
    """Record the regions of other SPDX licenses' texts inside ``[start, end)``; return the stretches left over."""
    pending = [(start, end)]
    left: list[tuple[int, int]] = []
    while pending:
        first, after = pending.pop()
        if len(state.regions) > _MAX_OTHER_LICENSES or len(state.text[first:after].strip()) < _SHORTEST_LICENSE:
            left.append((first, after))
            continue
        located = locate_base(state.text[first:after], min_align_score=_OTHER_ALIGN_SCORE)
        if located is None or (
            located.method == "aligned"
            and (not located.confirmed or located.missing or not _harmless_inside(state.text[first:after], located))
        ):
            left.append((first, after))
            continue
        inner_start, inner_end = first, after
        for item in located.pieces:
            if item.position == "before":
                inner_start = first + item.end
            elif item.position == "after":
                inner_end = first + item.start
        inner_start, inner_end = _trim(state.text, inner_start, inner_end)
        state.regions.append(_Region(load_spdx_licenses().licenses[located.license_id], inner_start, inner_end))
        pending.extend([(inner_end, after), (first, inner_start)])
    return sorted(left)


def _harmless_inside(text: str, located: Located) -> bool:
    """Return whether every piece inside an aligned license is inserted text that binds no one."""
    return all(
        piece.replaced is None and not _classify.classify_paragraph(text[piece.start : piece.end]).binding
        for piece in located.pieces
        if piece.position == "inside"
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _piece(state: _State, piece: Piece) -> None:
    """Classify one piece of text that is not the base license."""
    check_time()
    position = Position(piece.position)
    fragment = state.text[piece.start : piece.end]
    if position is Position.INSIDE and _word_list(fragment) == _word_list(piece.replaced or ""):
        # Markup (HTML tags, emphasis), punctuation or spelling, put in or in place of the same words.
        state.minor.append(fragment.strip() or repr(fragment))
        classification = _classify.Classification(_classify.STRUCTURE, cue="markup or punctuation")
        _addition(state, piece.start, piece.end, position, classification, kind=AdditionKind.STRUCTURE)
        return
    if piece.replaced is not None:
        classification = _classify.classify_fragment(fragment, *parts.around(state.text, piece.start, piece.end))
        if not classification.binding:
            classification = _classify.Classification(_classify.CHANGE, cue=fragment.strip()[:80])
        _addition(state, piece.start, piece.end, position, classification, replaces=piece.replaced)
        return
    if position is Position.INSIDE and not parts.at_paragraph_edges(state.text, piece.start, piece.end):
        context = parts.around(state.text, piece.start, piece.end)
        classification = _classify.classify_fragment(" ".join(state.text[piece.start : piece.end].split()), *context)
        _addition(state, piece.start, piece.end, position, classification)
        return
    for start, end in _other_licenses(state, piece.start, piece.end):
        _paragraph_block(state, parts.paragraphs(state.text, start, end), position)


def _paragraph_block(state: _State, paragraphs: Sequence[parts.Paragraph], position: Position) -> None:
    """Classify consecutive paragraphs of added text."""
    if paragraphs:
        _plain_block(state, paragraphs, position, binding_context=False)


def _clause_section(state: _State, part: parts.LayoutPart, position: Position) -> None:
    """Record one section of Additional Conditions: a catalog clause when recognised, else classified as binding."""
    clause = parts.recognise_clause(part.body, part.title, state.shapes, whole=True)
    if clause is not None:
        cue = f"clause {clause.id}: {clause.title}"
        classification = _classify.Classification(_classify.RESTRICTION, cue=cue)
        _addition(state, part.start, part.end, position, classification, clause=clause)
        return
    body = [paragraph for paragraph in part.body.split("\n\n") if paragraph.strip()]
    results = _classify.classify_block(body or [part.title], binding_context=True)
    restricts = tuple(dict.fromkeys(category for item in results for category in item.restricts))
    if restricts:
        classification = _classify.Classification(_classify.RESTRICTION, restricts, results[0].cue)
    elif any(item.kind == _classify.REQUEST for item in results) and not any(item.binding for item in results):
        classification = _classify.Classification(_classify.REQUEST, cue=part.title)
    else:
        classification = _classify.Classification(_classify.CONDITION, cue=part.title)
    _addition(state, part.start, part.end, position, classification)


_LAYOUT_KINDS: Final = {
    markers.TITLE_ROLE: AdditionKind.STRUCTURE,
    markers.STRUCTURE_ROLE: AdditionKind.STRUCTURE,
    markers.IDENTIFIER_ROLE: AdditionKind.LICENSE_NOTICE,
    markers.LEAD_IN_ROLE: AdditionKind.LAYOUT_TERMS,
    markers.TERMS_ROLE: AdditionKind.LAYOUT_TERMS,
}


def _layout_additions(state: _State, layout: parts.Layout, base: _Region | None) -> None:
    """Record the parts of ethlicense's layout: its structure, its own terms, and the clauses' sections."""
    original = state.original
    pending: list[parts.LayoutPart] = []

    def flush() -> None:
        if pending:
            first, last = pending[0], pending[-1]
            cue = first.section or ("lead-in" if first.role == markers.LEAD_IN_ROLE else "")
            kind = _LAYOUT_KINDS[first.role]
            license_id = (
                parts.declared_license(original[first.start : last.end]) if first.role == "identifier" else None
            )
            position = _position(first.start, last.end, base)
            classification = _classify.Classification(_classify.STRUCTURE, cue=cue)
            _addition(
                state,
                first.start,
                last.end,
                position,
                classification,
                kind=kind,
                license_id=license_id[0] if license_id else None,
            )
            pending.clear()

    for part in layout.parts:
        mergeable = part.role == markers.TERMS_ROLE and part.section
        if not (mergeable and pending and pending[-1].role == part.role and pending[-1].section == part.section):
            flush()
        if part.role == parts.CLAUSE_ROLE:
            _clause_section(state, part, _position(part.start, part.end, base))
        elif part.role == parts.OTHER_ROLE:
            position = _position(part.start, part.end, base)
            [classification] = _classify.classify_block([original[part.start : part.end]], binding_context=True)
            clause = None
            if classification.kind == _classify.RESTRICTION:
                clause = parts.recognise_clause(original[part.start : part.end], "", state.shapes, whole=False)
            _addition(state, part.start, part.end, position, classification, clause=clause)
        else:
            pending.append(part)
            if not mergeable:
                flush()
    flush()
    state.findings.append(Finding(kind=FindingKind.COMPOSITE, message=_composite_message(layout, base)))


def _composite_message(layout: parts.Layout, base: _Region | None) -> str:
    sections = f"sections {layout.sections[0].split('.')[0]} to {layout.sections[-1].split('.')[0]}"
    name = f"the {base.license.name}" if base is not None else "the base license"
    if layout.style == parts.INTEGRATED:
        return (
            f"the text uses ethlicense's layout: Additional Conditions ({sections}) inside the list of conditions "
            f"of {name}, whose title is left out"
        )
    if layout.style == parts.TWO_PART:
        return (
            f"the text uses ethlicense's layout: Part 1 states Additional Conditions ({sections}) on {name} in Part 2"
        )
    return "the text uses ethlicense 0.1's layout: Part 1 states Additional Conditions on the license in Part 2"


def _plain_block(
    state: _State, paragraphs: Sequence[parts.Paragraph], position: Position, *, binding_context: bool
) -> None:
    check_time()
    results = _classify.classify_block([paragraph.text for paragraph in paragraphs], binding_context=binding_context)
    index = 0
    while index < len(paragraphs):
        paragraph, classification = paragraphs[index], results[index]
        last = index
        if classification.binding and paragraph.text.rstrip().endswith(":"):
            # A binding sentence that introduces a list (of organizations, of uses) binds with its items.
            while last + 1 < len(paragraphs) and not results[last + 1].binding and _is_list(paragraphs[last + 1].text):
                last += 1
        clause = None
        text = state.text[paragraph.start : paragraphs[last].end]
        if classification.kind == _classify.RESTRICTION:
            clause = parts.recognise_clause(text, "", state.shapes, whole=False)
        _addition(state, paragraph.start, paragraphs[last].end, position, classification, clause=clause)
        index = last + 1


#: A list item has at most this many words.
_LIST_ITEM_WORDS: Final = 16


def _is_list(paragraph: str) -> bool:
    """Return whether *paragraph* is a list: short lines (names, uses), none of them a sentence with a verb of force."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    return bool(lines) and all(
        len(line.split()) <= _LIST_ITEM_WORDS and not _classify.classify_paragraph(line).binding for line in lines
    )


# ---------------------------------------------------------------------------------------------------------------
# The verdict
# ---------------------------------------------------------------------------------------------------------------

_TITLE_LIMIT: Final = 60
#: An alignment the template does not confirm still names the base when this share of its wording is there.
_TRUSTED_COVERAGE: Final = 0.95


def _title(addition_text: str) -> str:
    flat = " ".join(addition_text.split())
    return flat if len(flat) <= _TITLE_LIMIT else flat[: _TITLE_LIMIT - 3].rstrip() + "..."


def _reasons(restriction: Restriction, title: str) -> list[tuple[str, str]]:
    """Return the criteria *restriction* fails and why: the Open Source Definition's, Debian's and the FSF's.

    These are the rules :func:`ethlicense.assess.assess` applies to a clause, so that a composite of ``compose``
    gets the criteria its assessment gave.
    """
    return restriction_reasons(restriction, title)


@dataclasses.dataclass
class _Verdict:
    restrictions: list[FoundRestriction] = dataclasses.field(default_factory=list)
    violations: list[Violation] = dataclasses.field(default_factory=list)

    def violate(self, criterion: str, reason: str, clause: str | None = None) -> None:
        violation = Violation(criterion=criterion, clause=clause, reason=reason)
        if violation not in self.violations:
            self.violations.append(violation)

    def restrict(
        self, text: str, restriction: Restriction, title: str, position: Position, clause: str | None = None
    ) -> None:
        reasons = _reasons(restriction, title)
        self.restrictions.append(
            FoundRestriction(
                text=text,
                restricts=restriction,
                criteria=tuple(criterion for criterion, _ in reasons if criterion.startswith("OSD-")),
                clause=clause,
                position=position,
            )
        )
        for criterion, reason in reasons:
            self.violate(criterion, reason, clause)


@functools.lru_cache(maxsize=256)
def _known_restrictions(license_id: str) -> tuple[tuple[str, _classify.Classification], ...]:
    """Return the restrictions in the SPDX text of *license_id* (found once per license)."""
    return tuple(_classify.license_restrictions(load_spdx_licenses().licenses[license_id].text))


def _position(start: int, end: int, base: _Region | None) -> Position:
    if base is None:
        return Position.WHOLE
    if end <= base.start:
        return Position.BEFORE
    if start >= base.end:
        return Position.AFTER
    return Position.INSIDE


def _verdict(state: _State, base: _Region | None, located: Located | None) -> _Verdict:  # noqa: C901, PLR0912 - one rule per source of a violation
    verdict = _Verdict()
    if base is None:
        verdict.violate(
            "OSI-approved",
            "No license on the SPDX License List was found in the text, so it is not an OSI-approved license.",
        )
    elif not base.license.osi_approved:
        verdict.violate(
            "OSI-approved", f"{base.license.license_id} ({base.license.name}) is not an OSI-approved license."
        )
    regions = [*([base] if base is not None else []), *(region for region in state.regions if region != base)]
    for region in regions:
        if region is not base and not region.license.osi_approved:
            verdict.violate(
                "OSI-approved",
                f"The text includes {region.license.license_id} ({region.license.name}), which is not OSI-approved.",
            )
        if region.license.osi_approved:
            continue
        position = Position.BASE if region is base else _position(region.start, region.end, base)
        present = _compact_words(state.text[region.start : region.end])
        for sentence, classification in _known_restrictions(region.license.license_id):
            if _compact_words(sentence) not in present:
                continue  # a sentence of the license's SPDX text that this text does not have
            for category in classification.restricts:
                verdict.restrict(sentence, Restriction(category), _title(sentence), position)
    if base is None:
        for sentence, classification in _classify.license_restrictions(state.text):
            if any(region.start <= state.text.find(sentence[:40]) < region.end for region in state.regions):
                continue
            for category in classification.restricts:
                verdict.restrict(sentence, Restriction(category), _title(sentence), Position.WHOLE)
    clause_titles = {clause.id: clause.title for clause in state.catalog.clauses.values()}
    base_id = base.license.license_id if base is not None else "the license"
    for addition in state.additions:
        if addition.kind is AdditionKind.RESTRICTION and (base is not None or addition.clause):
            quoted = _quoted(state, addition)
            title = clause_titles.get(addition.clause or "", "") or _title(quoted)
            for restriction in addition.restricts:
                verdict.restrict(quoted, restriction, title, addition.position, addition.clause)
        elif addition.kind in {AdditionKind.CONDITION, AdditionKind.CHANGE} and base is not None:
            what = "changes the wording of" if addition.kind is AdditionKind.CHANGE else "adds a binding condition to"
            verdict.violate(
                "OSI-approved",
                f'"{_title(addition.text)}" {what} {base_id}; the result is a license of its own, not the '
                f"OSI-approved {base_id}, even if it fails no particular criterion of the Open Source Definition.",
            )
    if located is not None and base is not None and not located.confirmed:
        verdict.violate(
            "OSI-approved",
            f"The text differs from {base_id} in ways the SPDX Matching Guidelines treat as material; it is not "
            "the OSI-approved license.",
        )
    if located is not None and base is not None and located.missing:
        missing = "; ".join(f'"{_title(item)}"' for item in located.missing)
        verdict.violate(
            "OSI-approved",
            f"The text leaves out wording of {base_id} ({missing}); the result is not the OSI-approved license.",
        )
    return verdict


def _quoted(state: _State, addition: Addition) -> str:
    """Return the text to quote for *addition*: itself, or for words put inside a sentence, the whole sentence."""
    text = state.original or state.text
    if parts.at_paragraph_edges(text, addition.start, addition.end):
        return addition.text
    start, end = parts.sentence_span(text, addition.start, addition.end)
    return text[start:end]


_MARKUP: Final = re.compile(r"<[^<>\n]{0,200}>|&[a-z]{2,8};|&#\d{1,6};")


def _word_list(text: str) -> list[str]:
    """Return the words of *text* without markup and punctuation, in the normal form of the SPDX guidelines."""
    return re.findall(r"[a-z0-9]+", normalise_for_matching(_MARKUP.sub(" ", text)))


def _minor_only(text: str, license_id: str) -> bool:
    """Return whether *text* has the words of the SPDX text of *license_id*, in order, with at most a notice above.

    Such a text differs from the license only in punctuation, markup or spelling (which the normal form
    evens out), so it means the same.
    """
    license_words = _word_list(_without_notice_paragraphs(load_spdx_licenses().licenses[license_id].text))
    words = _word_list(_without_notice_paragraphs(text))
    if not license_words or len(words) < len(license_words):
        return False
    joined, wanted = " ".join(words), " ".join(license_words)
    found = joined.find(wanted)
    if found < 0 or joined[found + len(wanted) :].strip():
        return False
    return len(joined[:found].split()) <= _NOTICE_WORDS_LIMIT


#: Words allowed above a license's text (a title and copyright lines) for it to differ only in minor ways.
_NOTICE_WORDS_LIMIT: Final = 60


def _without_notice_paragraphs(text: str) -> str:
    """Return *text* without the paragraphs that begin like a copyright notice (the template's placeholders)."""
    kept = [
        paragraph
        for paragraph in _RAW_PARAGRAPH_BREAK.split(text)
        if not _classify.starts_like_notice(paragraph.strip())
    ]
    return "\n\n".join(kept)


def _compact_words(text: str) -> str:
    """Return *text* as lower-case words and digits only, one space apart, for a test of containment."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _void_finding(state: _State, base: _Region | None) -> None:
    if base is None or not any(item.binding for item in state.additions):
        return
    license_id = base.license.license_id
    catalog_base = state.catalog.bases.get(license_id)
    if catalog_base is not None and not catalog_base.accepts_restrictions:
        note = catalog_base.restriction_note
    elif re.match(r"^(?:A|L)?GPL-", license_id):
        note = f"{license_id} forbids further restrictions and lets recipients remove them."
    else:
        return
    state.findings.append(Finding(kind=FindingKind.RESTRICTIONS_VOID, message=note))


def _base_region(text: str, located: Located) -> tuple[int, int]:
    """Return where the base license of *located* lies in *text* (the stretch between the outer pieces)."""
    start, end = 0, len(text)
    for piece in located.pieces:
        if piece.position == "before" and piece.replaced is None:
            start = max(start, piece.end)
        elif piece.position == "after" and piece.replaced is None:
            end = min(end, piece.start)
    return _trim(text, start, end)


def _choose_base(state: _State, located: Located, region: _Region) -> _Region:
    """Return the base: the located license, or another license found wholly before it (the first is the base)."""
    if located.method == "aligned":
        return region
    earlier = [item for item in state.regions if item.end <= region.start]
    if not earlier:
        return region
    first = min(earlier, key=lambda item: item.start)
    state.regions.remove(first)
    state.regions.append(region)
    return first


def _reposition(state: _State, base: _Region) -> None:
    state.additions = [
        addition.model_copy(update={"position": _position(addition.start, addition.end, base)})
        if addition.position in {Position.BEFORE, Position.AFTER}
        else addition
        for addition in state.additions
    ]


def _record_other_licenses(state: _State, base: _Region | None) -> None:
    """List the SPDX licenses found in the text besides the base, as additions and findings."""
    for region in state.regions:
        if region is base:
            continue
        state.additions.append(
            Addition(
                text=state.text[region.start : region.end],
                position=_position(region.start, region.end, base),
                kind=AdditionKind.OTHER_LICENSE,
                license_id=region.license.license_id,
                start=region.start,
                end=region.end,
                cue=region.license.name,
            )
        )
        state.findings.append(
            Finding(
                kind=FindingKind.OTHER_LICENSE,
                message=f"the text also holds {region.license.license_id} ({region.license.name})",
            )
        )


def analyse(
    text: str, *, path: str | None = None, catalog: Catalog | None = None, time_budget: float | None = None
) -> CheckResult:
    """Check *text* within *time_budget* seconds (see :func:`ethlicense.check.check_text`)."""
    catalog = catalog or default_catalog()
    shapes = parts.default_shapes() if catalog is default_catalog() else parts.shapes(catalog)
    # What every check needs is loaded before the clock starts, so that running out of time never interrupts it.
    load_spdx_licenses()
    spdx_index()
    try:
        with time_limit(time_budget):
            return _analyse(text, path=path, catalog=catalog, shapes=shapes)
    except BudgetExceededError:
        return _too_complex(path, time_budget)


def _too_complex(path: str | None, time_budget: float | None) -> CheckResult:
    message = f"too complex to analyse within the time budget of {time_budget:g} seconds; a person must read the text"
    return CheckResult(
        path=path,
        base_license=None,
        verdict=Verdict.NEEDS_REVIEW,
        osi_open_source=None,
        findings=(Finding(kind=FindingKind.TOO_COMPLEX, message=message),),
    )


def _analyse(text: str, *, path: str | None, catalog: Catalog, shapes: Sequence[parts.ClauseShape]) -> CheckResult:
    layout = parts.find_layout(text, catalog)
    state = _State(layout.masked(text) if layout is not None else text, shapes, catalog, original=text)
    hidden = parts.hidden_characters_finding(text)
    if hidden is not None:
        state.findings.append(hidden)
    if not text.strip():
        state.findings.append(Finding(kind=FindingKind.EMPTY, message="the text is empty"))
        return CheckResult(
            path=path, base_license=None, osi_open_source=False, findings=tuple(state.findings), skipped=True
        )
    base, located, trusted, guess = _find_base(state, layout)
    if base is not None and state.minor:
        shown = "; ".join(repr(item) for item in dict.fromkeys(state.minor) if item)[:200]
        state.findings.append(
            Finding(
                kind=FindingKind.MINOR_DIFFERENCES,
                message=(
                    f"the text differs from {base.license.license_id} only in punctuation, markup or spelling, "
                    f"which do not change its meaning{': ' + shown if shown else ''}"
                ),
            )
        )
    if layout is not None:
        _layout_additions(state, layout, base)
    _record_other_licenses(state, base)
    if base is not None:
        _inside_notices(state, base)
    _void_finding(state, base)
    declared = parts.declared_license(text)
    _declared_finding(state, declared[0] if declared else None, base)
    verdict = _verdict(state, base, located if base is not None and located is not None and trusted else None)
    outcome, review = _outcome(state, base, verdict)
    _unbinding_finding(state, open_source=outcome is Verdict.OPEN_SOURCE)
    return CheckResult(
        path=path,
        base_license=base.license.license_id if base is not None else None,
        base_name=base.license.name if base is not None else None,
        license_id_guess=guess,
        guess_similarity=state.similarity if guess is not None else None,
        verdict=outcome,
        osi_open_source=None if outcome is Verdict.NEEDS_REVIEW else outcome is Verdict.OPEN_SOURCE,
        review=review,
        restrictions=tuple(verdict.restrictions),
        violations=tuple(verdict.violations),
        findings=tuple(state.findings),
        additions=tuple(sorted(state.additions, key=lambda item: (item.start, item.end))),
        clauses=tuple(dict.fromkeys(item.clause for item in state.additions if item.clause)),
        declared_license=declared[0] if declared else None,
    )


def _outcome(state: _State, base: _Region | None, verdict: _Verdict) -> tuple[Verdict, tuple[Addition, ...]]:
    """Return the verdict, and the passages that make it "needs review".

    Not open source: a restriction, a binding condition or change of the base's terms, or a license in the text
    that is not OSI-approved. Open source: an OSI-approved base whose every addition is recognised as harmless.
    Needs review: anything else, namely prose the rules cannot place, a base that differs from its SPDX text in
    ways that were not read as additions, no base at all, or hidden characters anywhere in the text.
    """
    unclear = tuple(item for item in state.additions if item.kind is AdditionKind.UNCLEAR)
    # Without a base, "changes" are only differences from the closest license: what they say decides.
    changed = {AdditionKind.CONDITION, AdditionKind.CHANGE} if base is not None else {AdditionKind.CONDITION}
    binding = any(item.kind in changed for item in state.additions)
    not_approved = any(
        not region.license.osi_approved for region in (*state.regions, *([base] if base is not None else []))
    )
    if verdict.restrictions or binding or not_approved:
        return Verdict.NOT_OPEN_SOURCE, ()
    if base is None or verdict.violations or unclear:
        message = _review_message(base, unclear, modified=bool(verdict.violations))
        state.findings.append(Finding(kind=FindingKind.NEEDS_REVIEW, message=message))
        return Verdict.NEEDS_REVIEW, unclear
    if any(finding.kind is FindingKind.HIDDEN_CHARACTERS for finding in state.findings):
        message = (
            "the text holds hidden characters (see the hidden-characters finding), which can carry words no reader "
            "sees: read it with them shown before relying on it"
        )
        state.findings.append(Finding(kind=FindingKind.NEEDS_REVIEW, message=message))
        return Verdict.NEEDS_REVIEW, ()
    return Verdict.OPEN_SOURCE, ()


def _review_message(base: _Region | None, unclear: Sequence[Addition], *, modified: bool) -> str:
    reasons: list[str] = []
    if base is None:
        reasons.append("no license on the SPDX License List was recognised in the text")
    elif modified:
        reasons.append(f"the text differs from {base.license.license_id} in ways not read as additions")
    if unclear:
        count = len(unclear)
        reasons.append(
            f"{count} added passage{'s read' if count != 1 else ' reads'} as if {'they' if count != 1 else 'it'} "
            "might bind, but the rules recognise neither a restriction nor a reason it is harmless"
        )
    return "; ".join(reasons) + ": a person must read the text before relying on it"


def _find_base(state: _State, layout: parts.Layout | None) -> tuple[_Region | None, Located | None, bool, str | None]:
    """Locate the base license of the text analysed and classify what is not the base.

    Returns:
        The base's region (``None`` when there is none), how it was located, whether the location is trusted,
        and the closest license when there is no base.
    """
    text = state.text
    licenses = load_spdx_licenses().licenses
    located = _locate(text)
    trusted = located is not None and (
        located.method != "aligned" or located.confirmed or located.coverage >= _TRUSTED_COVERAGE
    )
    base: _Region | None = None
    guess: str | None = None
    if located is not None and trusted:
        license_id = _named_base(located.license_id, layout)
        state.base_name = licenses[license_id].name
        start, end = _base_region(text, located)
        located_region = _Region(licenses[license_id], max(start, layout.base_start if layout else 0), end)
        for piece in located.pieces:
            _piece(state, piece)
        base = _choose_base(state, located, located_region)
        if base is not located_region:
            _reposition(state, base)
        if located.method == "aligned" and not located.confirmed and not located.missing:
            minor = _minor_only(text[base.start : base.end], base.license.license_id) and not any(
                item.binding for item in state.additions
            )
            if minor or (state.minor and _only_minor_pieces(state, located)):
                located = dataclasses.replace(located, confirmed=True)
                state.minor.append("")
        _base_findings(state, base, located)
    else:
        reference = parts.reference(text)
        if reference is not None:
            base = _reference_region(state, reference)
        else:
            closest = closest_license(text)
            guess = located.license_id if located is not None else (closest[0] if closest else None)
            if guess is not None:
                state.similarity = dice_similarity(text, guess)
            state.findings.append(_no_base_finding(located, guess, state.similarity))
            if located is not None:
                for piece in located.pieces:
                    _piece(state, piece)
    return base, located, trusted, guess


def _only_minor_pieces(state: _State, located: Located) -> bool:
    """Return whether every piece inside the base was a minor difference (markup, punctuation, spelling)."""
    return all(
        any(item.start == piece.start and item.kind is AdditionKind.STRUCTURE for item in state.additions)
        for piece in located.pieces
        if piece.position == "inside"
    )


def _named_base(license_id: str, layout: parts.Layout | None) -> str:
    """Return the base an ethlicense layout names, when its text is that of *license_id* (GPL-3.0-or-later...)."""
    if layout is None:
        return license_id
    for named in layout.bases:
        if named in load_spdx_licenses().licenses and _own_compact(named) == _own_compact(license_id):
            return named
    return license_id


def _declared_finding(state: _State, declared: str | None, base: _Region | None) -> None:
    """Report an ``SPDX-License-Identifier`` line that declares a license other than the base found."""
    if declared is None or (base is not None and declared == base.license.license_id):
        return
    message = f"the text declares its license as {declared} (SPDX-License-Identifier)"
    if base is not None and declared.startswith("LicenseRef-"):
        message += f": a LicenseRef- id, so it claims to be a license of its own, not {base.license.license_id}"
    elif base is not None:
        message += f", but the license text found is {base.license.license_id}"
    state.findings.append(Finding(kind=FindingKind.DECLARED_LICENSE, message=message))


def _unbinding_finding(state: _State, *, open_source: bool) -> None:
    """Note on an open-source verdict that added prose was judged to bind no one, and by what."""
    prose = [item for item in state.additions if item.kind in PROSE_KINDS]
    if open_source and prose:
        passages = "1 added passage was" if len(prose) == 1 else f"{len(prose)} added passages were"
        state.findings.append(
            Finding(
                kind=FindingKind.UNBINDING_ADDITIONS,
                message=(
                    f"{passages} judged to bind no one by rules for English prose that miss some wordings they "
                    f"do not know; read {'it' if len(prose) == 1 else 'them'} before relying on this verdict"
                ),
            )
        )


@functools.lru_cache(maxsize=256)
def _own_compact(license_id: str) -> str:
    """Return the SPDX text of *license_id* in the compact normal form (made once per license)."""
    return "".join(normalise_for_matching(load_spdx_licenses().licenses[license_id].text).split())


def _at_paragraph_start(text: str, position: int) -> bool:
    """Return whether *position* starts a paragraph (after a blank line, or at the start of the text)."""
    before = position - 1
    while before >= 0 and text[before] in _BLANKS:
        before -= 1
    if before < 0:
        return True
    if text[before] != "\n":
        return False
    before -= 1
    while before >= 0 and text[before] in _BLANKS:
        before -= 1
    return before < 0 or text[before] == "\n"


_BLANKS: Final = frozenset(" \t\r\f\v")


def _notice_paragraph_starts(text: str) -> list[int]:
    """Return the offsets of the paragraphs of *text* that begin like a copyright notice, in order."""
    lower = text.lower()
    starts: set[int] = set()
    for word in NOTICE_WORDS:
        position = lower.find(word)
        while position >= 0:
            if _at_paragraph_start(text, position):
                starts.add(position)
            position = lower.find(word, position + len(word))
    return sorted(starts)


_NOTICE_SENTENCE_END: Final = re.compile(r"(?<=[.;!?])\s+(?=[A-Z\"'(])")


def _inside_notices(state: _State, base: _Region) -> None:
    """Classify what follows a copyright notice in its own paragraph, which the license's match accepts unread.

    The SPDX Matching Guidelines let a copyright notice stand above a license or in its copyright line, and the
    matcher takes a whole paragraph that begins like a notice for one. Words after the notice in that paragraph
    (``Copyright 2026 Jane Doe. The Software may not be used for weapons.``) would otherwise go unseen.
    """
    covered = [(addition.start, addition.end) for addition in state.additions]
    text = state.text
    for start in _notice_paragraph_starts(text):
        following = _RAW_PARAGRAPH_BREAK.search(text, start)
        end = following.start() if following is not None else len(text.rstrip())
        paragraph = parts.Paragraph(start, end, text[start:end].strip())
        if any(first <= paragraph.start and paragraph.end <= last for first, last in covered):
            continue
        if "".join(normalise_for_matching(paragraph.text).split()) in _own_compact(base.license.license_id):
            continue  # a paragraph of the license's own text that begins with a notice
        extra = _after_notices(text, paragraph)
        if extra is None:
            continue
        classification = _classify.classify_paragraph(text[extra[0] : extra[1]])
        if classification.binding:
            _addition(state, extra[0], extra[1], _position(extra[0], extra[1], base), classification)


def _after_notices(text: str, paragraph: parts.Paragraph) -> tuple[int, int] | None:
    """Return the span of a notice paragraph's text that is not a copyright notice, if there is any."""
    first: int | None = None
    position = paragraph.start
    for line in text[paragraph.start : paragraph.end].split("\n"):
        line_end = position + len(line)
        if first is None:
            if _classify.starts_like_notice(line):
                # The notice's own sentence ends the line's notice; a further sentence on the line is not one.
                following = _NOTICE_SENTENCE_END.search(line)
                if following is not None and not _classify.starts_like_notice(line[following.end() :]):
                    first = position + following.end()
            elif line.strip():
                first = position + len(line) - len(line.lstrip())
        position = line_end + 1
    if first is None:
        return None
    return first, paragraph.end


#: The license of each text found whole, by the text with its leading copyright paragraphs left out, as raw text.
#: The next text that differs from it only in those paragraphs (the same license with other copyright lines,
#: as in a tree of dependencies) is the same license whole, and skips normalising and matching. Bounded.
_WHOLE_BY_RAW_TEXT: dict[str, str] = {}
_WHOLE_BY_RAW_TEXT_LIMIT: Final = 4096
_RAW_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n")


#: Comment markers at the start of a line, which the normal form drops only there (with ``*`` and ``#`` at the end
#: of a line): a text holding none normalises the same however its lines are wrapped.
_LINE_START_MARKER: Final = re.compile(r"^[^\S\n]*(?:/[/*]|\*|#|;|%|--)", re.MULTILINE)


def _has_line_markers(text: str) -> bool:
    """Return whether *text* has comment markers where lines start or end (checked cheaply first)."""
    if not any(character in text for character in "*#;%/-"):
        return False
    if _LINE_START_MARKER.search(text) is not None:
        return True
    return ("*" in text or "#" in text) and any(line.rstrip().endswith(("*", "#", "*/")) for line in text.splitlines())


def _raw_key(text: str) -> str:
    """Return *text* without its leading copyright paragraphs, with line wrapping undone when that is immaterial."""
    paragraphs = _RAW_PARAGRAPH_BREAK.split(text.strip())
    first = 0
    while first < len(paragraphs) - 1 and RAW_NOTICE.match(paragraphs[first]):
        first += 1
    kept = paragraphs[first:]
    if not _has_line_markers(text):
        kept = [" ".join(paragraph.split()) for paragraph in kept]
        return "\n\n".join(kept)
    return "\x00" + "\n\n".join(kept)


def _locate(text: str) -> Located | None:
    """Locate the base license of *text*, reusing what an earlier text that differs only in copyright lines gave."""
    key = _raw_key(text)
    known = _WHOLE_BY_RAW_TEXT.get(key)
    if known is not None:
        return Located(known, "whole")
    located = locate_base(text)
    if located is not None and located.method == "whole":
        if len(_WHOLE_BY_RAW_TEXT) >= _WHOLE_BY_RAW_TEXT_LIMIT:
            _WHOLE_BY_RAW_TEXT.clear()
        _WHOLE_BY_RAW_TEXT[key] = located.license_id
    return located


def _base_findings(state: _State, base: _Region, located: Located) -> None:
    license_id = base.license.license_id
    if located.method == "aligned" and not located.confirmed:
        state.findings.append(
            Finding(
                kind=FindingKind.MODIFIED_BASE,
                message=(
                    f"the text differs from {license_id} in ways the SPDX Matching Guidelines treat as material, "
                    "beyond the additions listed"
                ),
            )
        )
    if located.missing:
        state.findings.append(
            Finding(
                kind=FindingKind.MODIFIED_BASE,
                message=f"wording of {license_id} is missing: " + "; ".join(repr(item) for item in located.missing),
            )
        )


_URL_ONLY: Final = re.compile(r"\s*<?https?://\S+>?\s*")


def _reference_region(state: _State, reference: tuple[str, int, int]) -> _Region:
    """Take the paragraphs of a standard license notice as the base; classify the rest of the text."""
    license_id, match_start, match_end = reference
    text = state.text
    paragraphs = parts.paragraphs(text, 0, len(text))
    first = next(index for index, paragraph in enumerate(paragraphs) if paragraph.end > match_start)
    last = next(index for index, paragraph in enumerate(paragraphs) if paragraph.end >= match_end)
    while last + 1 < len(paragraphs) and (
        _URL_ONLY.fullmatch(paragraphs[last + 1].text) is not None
        or _classify.classify_paragraph(paragraphs[last + 1].text).kind
        in {_classify.LICENSE_NOTICE, _classify.DISCLAIMER, _classify.STRUCTURE}
    ):
        last += 1
    region = _Region(load_spdx_licenses().licenses[license_id], paragraphs[first].start, paragraphs[last].end)
    state.base_name = region.license.name
    state.findings.append(
        Finding(
            kind=FindingKind.LICENSE_REFERENCE,
            message=(
                f"the text applies {license_id} by its standard notice; the license's own text is not in it, so "
                f"the verdict assumes the unmodified {license_id}"
            ),
        )
    )
    if paragraphs[first].start > 0:
        _plain_block(state, paragraphs[:first], Position.BEFORE, binding_context=False)
    if last + 1 < len(paragraphs):
        _plain_block(state, paragraphs[last + 1 :], Position.AFTER, binding_context=False)
    return region


def dice_similarity(text: str, license_id: str) -> float:
    """Return the Dice coefficient of the word sets of *text* and of the SPDX text of *license_id* (0 to 1).

    As licensee computes it: twice the words in common over the words of both, each text without its copyright
    notices, in the normal form of the SPDX guidelines.
    """
    words = set(_word_list(_without_notice_paragraphs(text)))
    license_words = set(_word_list(_without_notice_paragraphs(load_spdx_licenses().licenses[license_id].text)))
    if not words or not license_words:
        return 0.0
    return round(2 * len(words & license_words) / (len(words) + len(license_words)), 3)


def _no_base_finding(located: Located | None, guess: str | None, similarity: float | None) -> Finding:
    if located is not None:
        return Finding(
            kind=FindingKind.MODIFIED_BASE,
            message=(
                f"the text resembles {located.license_id} ({located.coverage:.0%} of its wording is there; Dice "
                f"similarity {similarity or 0:.2f}) but differs from it in ways the SPDX Matching Guidelines treat "
                f"as material: {located.license_id} is a best guess, not a match, and the verdict comes from what "
                "the text says"
            ),
        )
    closest = f"; the closest is {guess} (Dice similarity {similarity or 0:.2f}), a guess" if guess else ""
    return Finding(
        kind=FindingKind.NO_BASE, message=f"no license on the SPDX License List was found in the text{closest}"
    )
