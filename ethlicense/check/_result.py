# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The result of a check: verdicts, positions, kinds of addition, findings, and the limits a check keeps to."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import model_validator

from ethlicense._additions import BINDING_KINDS, AdditionKind
from ethlicense._model import FrozenModel
from ethlicense.models import Restriction, Violation

#: Files larger than this are skipped with a finding rather than read.
MAX_FILE_BYTES = 10 * 1024 * 1024


#: Seconds of analysis allowed per text; a text that needs more gets the verdict "needs review" with a
#: ``too-complex`` finding. Ordinary license files take a few hundredths of a second.
TIME_BUDGET_SECONDS = 5.0


class Position(StrEnum):
    """Where a piece of text lies relative to the base license's text."""

    BEFORE = "before"
    """Above the base license's text."""
    INSIDE = "inside"
    """Inside it: between its paragraphs, inside a sentence, or in place of some of its words."""
    AFTER = "after"
    """Below it."""
    BASE = "base"
    """In the base license's own terms (for licenses that are not open source themselves)."""
    WHOLE = "whole"
    """Anywhere in a text in which no base license was found."""


class Verdict(StrEnum):
    """The verdict on a license text."""

    OPEN_SOURCE = "open-source"
    """An OSI-approved license, with additions recognised as harmless, each for a stated reason."""
    NOT_OPEN_SOURCE = "not-open-source"
    """A restriction was found, the base is not OSI-approved, or the base's own terms were changed."""
    NEEDS_REVIEW = "needs-review"
    """Neither could be established: a person must read the passages named under ``review``."""


#: The kinds of addition judged, by reading their prose, to bind no one; a restriction worded in a way the rules
#: do not know lands in one of these, so an open-source verdict with any of them carries a finding saying so.
PROSE_KINDS = frozenset(
    {
        AdditionKind.REQUEST,
        AdditionKind.STATEMENT,
        AdditionKind.CONTRIBUTION_NOTE,
        AdditionKind.THIRD_PARTY_NOTICE,
        AdditionKind.DISCLAIMER,
        AdditionKind.TRADEMARK_NOTICE,
        AdditionKind.PERMISSION,
        AdditionKind.EXEMPTION,
        AdditionKind.DEFINITION,
        AdditionKind.NOTE,
    }
)


class FindingKind(StrEnum):
    """What a finding is about."""

    HIDDEN_CHARACTERS = "hidden-characters"
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    UNREADABLE = "unreadable"
    NO_BASE = "no-base"
    MODIFIED_BASE = "modified-base"
    OTHER_LICENSE = "other-license"
    RESTRICTIONS_VOID = "restrictions-void"
    COMPOSITE = "composite"
    LICENSE_REFERENCE = "license-reference"
    DECLARED_LICENSE = "declared-license"
    UNBINDING_ADDITIONS = "unbinding-additions"
    NEEDS_REVIEW = "needs-review"
    TOO_COMPLEX = "too-complex"
    MINOR_DIFFERENCES = "minor-differences"
    INTERNAL_ERROR = "internal-error"


class Finding(FrozenModel):
    """Something a reader of the verdict should know: a problem with the input, or a note on the text."""

    kind: FindingKind
    message: str


class Addition(FrozenModel):
    """A piece of text that is not the base license's text, and what it is."""

    text: str
    position: Position
    kind: AdditionKind
    restricts: tuple[Restriction, ...] = ()
    clause: str | None = None
    """The id of the catalog clause this is, when recognised."""
    replaces: str | None = None
    """For a change, the base license's wording it replaces (in the normal form of the SPDX guidelines)."""
    license_id: str | None = None
    """For another license's text, its SPDX id; for an ``SPDX-License-Identifier`` line, the id it declares."""
    start: int
    """Offset in the checked text."""
    end: int
    cue: str = ""
    """The words that decided the classification."""

    @property
    def binding(self) -> bool:
        """Whether this addition binds the licensee."""
        return self.kind in BINDING_KINDS


class FoundRestriction(FrozenModel):
    """One restriction found in the text, with the Open Source Definition criteria it fails.

    The result's ``violations`` list these and the criteria of Debian's guidelines and the FSF's definition that
    the same restriction fails.
    """

    text: str
    restricts: Restriction
    criteria: tuple[str, ...]
    clause: str | None = None
    position: Position


class CheckResult(FrozenModel):
    """The verdict on one license text.

    The JSON keys ``base_license``, ``verdict``, ``osi_open_source``, ``restrictions`` (each with ``text``,
    ``restricts``, ``criteria`` and ``clause``), ``violations`` (each with ``criterion`` and ``reason``),
    ``review`` and ``findings`` are stable.
    """

    path: str | None = None
    base_license: str | None
    """The SPDX id of the license the text is or builds on, or ``None``."""
    base_name: str | None = None
    license_id_guess: str | None = None
    """The most similar SPDX license when the text is not (based on) one, or when the match is uncertain."""
    guess_similarity: float | None = None
    """How similar the text is to ``license_id_guess``: the Dice coefficient of their word sets (0 to 1)."""
    verdict: Verdict = Verdict.NEEDS_REVIEW
    """Open source, not open source, or needs review (see the module's description)."""
    osi_open_source: bool | None
    """True for the verdict "open source", False for "not open source", ``None`` for "needs review"."""
    restrictions: tuple[FoundRestriction, ...] = ()
    violations: tuple[Violation, ...] = ()
    findings: tuple[Finding, ...] = ()
    additions: tuple[Addition, ...] = ()
    clauses: tuple[str, ...] = ()
    """The ids of ethlicense catalog clauses recognised in the text."""
    declared_license: str | None = None
    """The license the text declares on an ``SPDX-License-Identifier`` line, if it has one (``LicenseRef-...`` for
    a license of its own, such as ethlicense's composites)."""
    review: tuple[Addition, ...] = ()
    """The passages a person must read before relying on the text: those that make the verdict "needs review"."""
    skipped: bool = False
    """True when the file could not be checked (binary, too large, unreadable, empty)."""

    @model_validator(mode="before")
    @classmethod
    def _check_verdict(cls, data: Any) -> Any:  # noqa: ANN401 - pydantic hands over the raw input
        """Derive the verdict from ``osi_open_source`` when only that is given; a skipped file needs review."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if data.get("skipped"):
            data["verdict"], data["osi_open_source"] = Verdict.NEEDS_REVIEW, None
        elif "verdict" not in data:
            value = data.get("osi_open_source")
            data["verdict"] = (
                Verdict.NEEDS_REVIEW if value is None else Verdict.OPEN_SOURCE if value else Verdict.NOT_OPEN_SOURCE
            )
        else:
            verdict = Verdict(data["verdict"])
            data["osi_open_source"] = None if verdict is Verdict.NEEDS_REVIEW else verdict is Verdict.OPEN_SOURCE
        return data

    @property
    def criteria(self) -> tuple[str, ...]:
        """The distinct criteria failed, in order of first appearance.

        For a composite of ``compose``, these are the criteria of its assessment: each restriction fails the
        criteria of the Open Source Definition (``OSD-6``), Debian's guidelines (``DFSG-6``) and the Free
        Software Definition (``FSF-0``) that ``ethlicense.assess`` derives from what it restricts.
        """
        return tuple(dict.fromkeys(violation.criterion for violation in self.violations))

    @property
    def main_criterion(self) -> str | None:
        """The main criterion the text fails: the one a reader should hear first.

        It is the first criterion of the first restriction in ``restrictions``: restrictions come in the order of
        the text, and those of one passage in the order the passage names what it restricts (``OSD-5`` for "may
        not be used by banks for gambling", ``OSD-6`` for "may not be used for gambling by banks"), unless the
        criterion model (``ethlicense.check._criterion``, counted over check's labelled written sets) finds
        another criterion far likelier to be named first (it does for both of these: the field). Without
        restrictions it is the first criterion of ``violations`` (``OSI-approved`` for a binding condition that
        fails no particular criterion); ``None`` when the text fails none.
        """
        for restriction in self.restrictions:
            if restriction.criteria:
                return restriction.criteria[0]
        return self.violations[0].criterion if self.violations else None
