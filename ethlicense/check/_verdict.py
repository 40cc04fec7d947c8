# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The verdict on an analysed text, from its additions, its base and how the base was found."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Final

from ethlicense import _classify
from ethlicense._additions import AdditionKind
from ethlicense.assess import restriction_reasons
from ethlicense.check import _textparts as parts
from ethlicense.check._base_text import compact_words
from ethlicense.check._license_restrictions import known_restrictions
from ethlicense.check._located import Located
from ethlicense.check._result import PROSE_KINDS, Addition, Finding, FindingKind, FoundRestriction, Position, Verdict
from ethlicense.check._state import Region, State, position_of
from ethlicense.models import Restriction, Violation

_TITLE_LIMIT: Final = 60


#: An alignment the template does not confirm still names the base when this share of its wording is there.
TRUSTED_COVERAGE: Final = 0.95


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


def verdict_of(state: State, base: Region | None, located: Located | None) -> _Verdict:  # noqa: C901, PLR0912 - one rule per source of a violation
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
        position = Position.BASE if region is base else position_of(region.start, region.end, base)
        present = compact_words(state.text[region.start : region.end])
        for sentence, classification in known_restrictions(region.license.license_id):
            if compact_words(sentence) not in present:
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
        _removed_rights(state, located, verdict)
    return verdict


#: Rights a base grants, by what leaving them out of its grant restricts (``modify`` taken out: changes).
_REMOVED_RIGHTS: Final = (
    (Restriction.MODIFICATION, re.compile(r"\b(?:modify|merge|adapt|derivative)\b")),
    (Restriction.DISTRIBUTION, re.compile(r"\b(?:sell|sublicense|distribute|redistribute|publish|copy|fee)\b")),
    (Restriction.FIELDS_OF_ENDEAVOR, re.compile(r"\bany\s+purpose\b")),
)

#: "with or" left out before what the base let the licensee choose (``with or without modification``).
_WITH_OR: Final = re.compile(r"\bwith\s+or\b")
_LEFT_CHOICE: Final = re.compile(r"\W*without\s+(modification|fee)\b", re.IGNORECASE)

#: Words of a grant: the sentence the left-out rights were taken from.
_GRANT_SENTENCE: Final = re.compile(r"\b(?:permission|permitted|granted|grants?|rights?)\b", re.IGNORECASE)


def _removed_rights(state: State, located: Located, verdict: _Verdict) -> None:
    """Report the rights left out of the base's grant (``Permission to use, copy and distribute``, ``modify`` gone).

    The grant's sentence, as the text has it, is quoted; wording left out elsewhere stays a change of the base.
    """
    text = state.original or state.text
    for item, at in zip(located.missing, located.missing_at, strict=False):
        removed = [restriction for restriction, pattern in _REMOVED_RIGHTS if pattern.search(item)]
        choice = _LEFT_CHOICE.match(text, min(at, len(text))) if _WITH_OR.search(item) else None
        if choice is not None:
            # "with or without modification" made "without modification": the choice is taken away.
            modification = choice.group(1).lower() == "modification"
            removed.append(Restriction.MODIFICATION if modification else Restriction.DISTRIBUTION)
        if not removed or len(item.split()) > _REMOVED_WORDS:
            continue
        start, end = parts.sentence_span(text, min(at, len(text)), min(at, len(text)))
        sentence = text[start:end].strip()
        if not sentence or _GRANT_SENTENCE.search(sentence) is None:
            continue
        known = {(" ".join(found.text.split()), found.restricts) for found in verdict.restrictions}
        for restriction in removed:
            if (" ".join(sentence.split()), restriction) not in known:
                verdict.restrict(sentence, restriction, _title(sentence), Position.INSIDE)


#: The most words left out of a grant that are read as rights taken away (more is a sentence gone).
_REMOVED_WORDS: Final = 8


def _quoted(state: State, addition: Addition) -> str:
    """Return the text to quote for *addition*: itself, or for words put inside a sentence, the whole sentence."""
    text = state.original or state.text
    if parts.at_paragraph_edges(text, addition.start, addition.end):
        return addition.text
    start, end = parts.sentence_span(text, addition.start, addition.end)
    return text[start:end]


def void_finding(state: State, base: Region | None) -> None:
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


def judge_outcome(state: State, base: Region | None, verdict: _Verdict) -> tuple[Verdict, tuple[Addition, ...]]:
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


def _review_message(base: Region | None, unclear: Sequence[Addition], *, modified: bool) -> str:
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


def declared_finding(state: State, declared: str | None, base: Region | None) -> None:
    """Report an ``SPDX-License-Identifier`` line that declares a license other than the base found."""
    if declared is None or (base is not None and declared == base.license.license_id):
        return
    message = f"the text declares its license as {declared} (SPDX-License-Identifier)"
    if base is not None and declared.startswith("LicenseRef-"):
        message += f": a LicenseRef- id, so it claims to be a license of its own, not {base.license.license_id}"
    elif base is not None:
        message += f", but the license text found is {base.license.license_id}"
    state.findings.append(Finding(kind=FindingKind.DECLARED_LICENSE, message=message))


def unbinding_finding(state: State, *, open_source: bool) -> None:
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
