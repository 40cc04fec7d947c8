# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The state of one analysis: the text, the base found in it, and the additions recorded so far."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ethlicense import _classify
from ethlicense._additions import AdditionKind
from ethlicense.catalog import Catalog
from ethlicense.check import _textparts as parts
from ethlicense.check._criterion import kind_named_after, ranked_kinds, restriction_beyond_condition
from ethlicense.check._result import Addition, Finding, Position
from ethlicense.check._spdx_data import SpdxLicense
from ethlicense.models import Clause, Restriction


@dataclasses.dataclass(frozen=True, slots=True)
class Region:
    """Where the text of one SPDX license lies in the checked text."""

    license: SpdxLicense
    start: int
    end: int


@dataclasses.dataclass
class State:
    text: str
    """The text analysed: the checked text, with ethlicense's layout blanked out when it has it."""
    shapes: Sequence[parts.ClauseShape]
    catalog: Catalog
    original: str = ""
    """The checked text."""
    base_name: str = ""
    additions: list[Addition] = dataclasses.field(default_factory=list)
    findings: list[Finding] = dataclasses.field(default_factory=list)
    regions: list[Region] = dataclasses.field(default_factory=list)
    similarity: float | None = None
    """The Dice similarity of the text to the guessed license, when there is no base."""
    minor: list[str] = dataclasses.field(default_factory=list)
    """Differences from the base in markup, punctuation or spelling only."""


def add_addition(  # noqa: PLR0913 - one parameter per field
    state: State,
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
    text = (state.original or state.text)[start:end]
    if clause is None and kind is AdditionKind.CONDITION and classification.binding:
        # The rules read a binding condition that names no target; the model may be far surer it restricts.
        criterion = restriction_beyond_condition(text)
        named = kind_named_after(criterion) if criterion is not None else None
        if named is not None:
            kind, restricts = AdditionKind.RESTRICTION, (named,)
    if clause is None and kind is AdditionKind.RESTRICTION:
        restricts = ranked_kinds(text, restricts)  # the rules read the kinds; the model says which comes first
    state.additions.append(
        Addition(
            text=text,
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


def position_of(start: int, end: int, base: Region | None) -> Position:
    if base is None:
        return Position.WHOLE
    if end <= base.start:
        return Position.BEFORE
    if start >= base.end:
        return Position.AFTER
    return Position.INSIDE
