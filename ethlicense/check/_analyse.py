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
import re
from collections.abc import Sequence
from typing import Final

from ethlicense import _classify
from ethlicense._additions import AdditionKind
from ethlicense._budget import BudgetExceededError, check_time, time_limit
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.check import _textparts as parts
from ethlicense.check._base_text import (
    absorbed_passages,
    base_findings,
    dice_similarity,
    locate_cached,
    minor_only,
    names_base,
    no_base_finding,
    reference_region,
    spelling_slip,
    word_list,
)
from ethlicense.check._blocks import paragraph_block
from ethlicense.check._composite import layout_additions
from ethlicense.check._index import spdx_index
from ethlicense.check._locate import closest_license, locate_base
from ethlicense.check._located import Located, Piece
from ethlicense.check._notices import inside_notices, own_compact
from ethlicense.check._result import Addition, CheckResult, Finding, FindingKind, Position, Verdict
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._state import Region, State, add_addition, position_of
from ethlicense.check._verdict import (
    TRUSTED_COVERAGE,
    declared_finding,
    judge_outcome,
    unbinding_finding,
    verdict_of,
    void_finding,
)

__all__ = ["analyse"]

# ---------------------------------------------------------------------------------------------------------------
# The analysis
# ---------------------------------------------------------------------------------------------------------------


#: At most this many other licenses are looked for in one text.
_MAX_OTHER_LICENSES: Final = 100
#: Another license's text is aligned only when this share of its telling word pairs is in a stretch.
_OTHER_ALIGN_SCORE: Final = 0.8
#: How many of the HTML tags inside a base are named as minor differences.
_SHOWN_TAGS: Final = 4
#: No license text is shorter than this many characters.
_SHORTEST_LICENSE: Final = 200


def _other_licenses(state: State, start: int, end: int) -> list[tuple[int, int]]:
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
        state.regions.append(Region(load_spdx_licenses().licenses[located.license_id], inner_start, inner_end))
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


#: A Markdown heading line: one to six "#", then a few words that end without a sentence's full stop.
_HEADING_LINE: Final = re.compile(r"[ \t]*#{1,6}[ \t]+([^\n.;]{1,60}?)[ \t#]*")


def _markdown_heading(text: str, start: int, end: int) -> bool:
    """Return whether *text*[start:end] is the words of a heading line that binds no one.

    The line is a Markdown heading, or set off by rules on both sides (``--- end of license text ---``).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    heading = _HEADING_LINE.fullmatch(line)
    fragment = text[start:end].strip()
    if fragment and fragment in line and _classify.is_marker_line(line):
        return True  # "--- end of license text ---": the rules were normalised away, the words are the piece
    if heading is None or not fragment or not heading.group(1).strip().endswith(fragment):
        return False
    return not _classify.classify_paragraph(heading.group(1)).binding


def _piece(state: State, piece: Piece, license_id: str) -> None:
    """Classify one piece of text that is not the base license (*license_id*, the base it was located in)."""
    check_time()
    position = Position(piece.position)
    fragment = state.text[piece.start : piece.end]
    if position is Position.INSIDE and (
        word_list(fragment) == word_list(piece.replaced or "")
        or names_base(fragment, piece.replaced, license_id)
        or spelling_slip(fragment, piece.replaced, license_id)
        or _markdown_heading(state.text, piece.start, piece.end)
    ):
        # Markup (HTML tags, emphasis), punctuation or spelling, put in or in place of the same words; a heading
        # that only names the base, or a Markdown heading put in between its parts; one word misspelt.
        state.minor.append(fragment.strip() or repr(fragment))
        classification = _classify.Classification(_classify.STRUCTURE, cue="markup or punctuation")
        add_addition(state, piece.start, piece.end, position, classification, kind=AdditionKind.STRUCTURE)
        return
    if piece.replaced is not None:
        classification = _classify.classify_fragment(fragment, *parts.around(state.text, piece.start, piece.end))
        if not classification.binding:
            classification = _classify.Classification(_classify.CHANGE, cue=fragment.strip()[:80])
        add_addition(state, piece.start, piece.end, position, classification, replaces=piece.replaced)
        return
    if position is Position.INSIDE and not parts.at_paragraph_edges(state.text, piece.start, piece.end):
        context = parts.around(state.text, piece.start, piece.end)
        classification = _classify.classify_fragment(state.text[piece.start : piece.end], *context)
        add_addition(state, piece.start, piece.end, position, classification)
        return
    in_conditions = position is Position.INSIDE and _in_list_of_conditions(state.text, piece.start)
    for start, end in _other_licenses(state, piece.start, piece.end):
        paragraph_block(state, parts.paragraphs(state.text, start, end), position, in_conditions=in_conditions)


#: A base's list of conditions opening (``provided that the following conditions are met:``).
_CONDITIONS_OPENING: Final = re.compile(
    r"(?:following\s+conditions?|conditions?\s+(?:are|is)\s+met|subject\s+to\s+the\s+following)[^\n]{0,40}:",
    re.IGNORECASE,
)
#: A list item's marker at the start of a paragraph.
_ITEM_MARKER: Final = re.compile(r"\s*(?:\(?[0-9a-z]{1,3}[.)]|[-*\u2022])\s")
#: How far back a list of conditions may have opened.
_CONDITIONS_REACH: Final = 3000


def _in_list_of_conditions(text: str, start: int) -> bool:
    """Return whether an item put at *start* continues the base's list of conditions (``3. The redistributor ...``).

    Such an item is one more condition of the license, binding by its place even without a binding word.
    """
    return _ITEM_MARKER.match(text, start) is not None and (
        _CONDITIONS_OPENING.search(text, max(0, start - _CONDITIONS_REACH), start) is not None
    )


# ---------------------------------------------------------------------------------------------------------------
# The verdict
# ---------------------------------------------------------------------------------------------------------------


def _base_region(text: str, located: Located) -> tuple[int, int]:
    """Return where the base license of *located* lies in *text* (the stretch between the outer pieces)."""
    start, end = 0, len(text)
    for piece in located.pieces:
        if piece.position == "before" and piece.replaced is None:
            start = max(start, piece.end)
        elif piece.position == "after" and piece.replaced is None:
            end = min(end, piece.start)
    return _trim(text, start, end)


def _choose_base(state: State, located: Located, region: Region) -> Region:
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


def _reposition(state: State, base: Region) -> None:
    state.additions = [
        addition.model_copy(update={"position": position_of(addition.start, addition.end, base)})
        if addition.position in {Position.BEFORE, Position.AFTER}
        else addition
        for addition in state.additions
    ]


def _record_other_licenses(state: State, base: Region | None) -> None:
    """List the SPDX licenses found in the text besides the base, as additions and findings."""
    for region in state.regions:
        if region is base:
            continue
        state.additions.append(
            Addition(
                text=state.text[region.start : region.end],
                position=position_of(region.start, region.end, base),
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
    state = State(layout.masked(text) if layout is not None else text, shapes, catalog, original=text)
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
        layout_additions(state, layout, base)
    _record_other_licenses(state, base)
    if base is not None:
        inside_notices(state, base)
    void_finding(state, base)
    declared = parts.declared_license(text)
    declared_finding(state, declared[0] if declared else None, base)
    verdict = verdict_of(state, base, located if base is not None and located is not None and trusted else None)
    outcome, review = judge_outcome(state, base, verdict)
    unbinding_finding(state, open_source=outcome is Verdict.OPEN_SOURCE)
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


def _find_base(state: State, layout: parts.Layout | None) -> tuple[Region | None, Located | None, bool, str | None]:
    """Locate the base license of the text analysed and classify what is not the base.

    Returns:
        The base's region (``None`` when there is none), how it was located, whether the location is trusted,
        and the closest license when there is no base.
    """
    text = state.text
    licenses = load_spdx_licenses().licenses
    located = locate_cached(text)
    trusted = located is not None and (
        located.method != "aligned" or located.confirmed or located.coverage >= TRUSTED_COVERAGE
    )
    base: Region | None = None
    guess: str | None = None
    if located is not None and trusted:
        license_id = _named_base(located.license_id, layout)
        state.base_name = licenses[license_id].name
        start, end = _base_region(text, located)
        located_region = Region(licenses[license_id], max(start, layout.base_start if layout else 0), end)
        for piece in located.pieces:
            _piece(state, piece, located.license_id)
        base = _choose_base(state, located, located_region)
        # Tags inside the base were blanked out to locate it: markup, a minor difference.
        state.minor.extend(parts.html_tags(text, base.start, base.end)[:_SHOWN_TAGS])
        if base is not located_region:
            _reposition(state, base)
        if located.method == "aligned" and not located.confirmed and not located.missing:
            minor = minor_only(text[base.start : base.end], base.license.license_id) and not any(
                item.binding for item in state.additions
            )
            if minor or (state.minor and _only_minor_pieces(state, located)):
                located = dataclasses.replace(located, confirmed=True)
                state.minor.append("")
        base_findings(state, base, located)
        absorbed_passages(state, base)
    else:
        reference = parts.reference(text)
        if reference is not None:
            base = reference_region(state, reference)
        else:
            closest = closest_license(text)
            guess = located.license_id if located is not None else (closest[0] if closest else None)
            if guess is not None:
                state.similarity = dice_similarity(text, guess)
            state.findings.append(no_base_finding(located, guess, state.similarity))
            if located is not None:
                for piece in located.pieces:
                    _piece(state, piece, located.license_id)
    return base, located, trusted, guess


def _only_minor_pieces(state: State, located: Located) -> bool:
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
        if named in load_spdx_licenses().licenses and own_compact(named) == own_compact(license_id):
            return named
    return license_id
