# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""ethlicense's own layout in a text (a composite of compose): its parts as additions, its clauses by id."""

from __future__ import annotations

from typing import Final

from ethlicense import _classify
from ethlicense import _layout_markers as markers
from ethlicense._additions import AdditionKind
from ethlicense.check import _textparts as parts
from ethlicense.check._result import Finding, FindingKind, Position
from ethlicense.check._state import Region, State, add_addition, position_of


def _clause_section(state: State, part: parts.LayoutPart, position: Position) -> None:
    """Record one section of Additional Conditions: a catalog clause when recognised, else classified as binding."""
    clause = parts.recognise_clause(part.body, part.title, state.shapes, whole=True)
    if clause is not None:
        cue = f"clause {clause.id}: {clause.title}"
        classification = _classify.Classification(_classify.RESTRICTION, cue=cue)
        add_addition(state, part.start, part.end, position, classification, clause=clause)
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
    add_addition(state, part.start, part.end, position, classification)


_LAYOUT_KINDS: Final = {
    markers.TITLE_ROLE: AdditionKind.STRUCTURE,
    markers.STRUCTURE_ROLE: AdditionKind.STRUCTURE,
    markers.IDENTIFIER_ROLE: AdditionKind.LICENSE_NOTICE,
    markers.LEAD_IN_ROLE: AdditionKind.LAYOUT_TERMS,
    markers.TERMS_ROLE: AdditionKind.LAYOUT_TERMS,
}


def layout_additions(state: State, layout: parts.Layout, base: Region | None) -> None:
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
            position = position_of(first.start, last.end, base)
            classification = _classify.Classification(_classify.STRUCTURE, cue=cue)
            add_addition(
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
            _clause_section(state, part, position_of(part.start, part.end, base))
        elif part.role == parts.OTHER_ROLE:
            position = position_of(part.start, part.end, base)
            [classification] = _classify.classify_block([original[part.start : part.end]], binding_context=True)
            clause = None
            if classification.kind == _classify.RESTRICTION:
                clause = parts.recognise_clause(original[part.start : part.end], "", state.shapes, whole=False)
            add_addition(state, part.start, part.end, position, classification, clause=clause)
        else:
            pending.append(part)
            if not mergeable:
                flush()
    flush()
    state.findings.append(Finding(kind=FindingKind.COMPOSITE, message=_composite_message(layout, base)))


def _composite_message(layout: parts.Layout, base: Region | None) -> str:
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
