# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Judge a license against the Open Source Definition, the DFSG and the Free Software Definition.

The verdict is derived from what each clause restricts (see ``data/criteria.toml``), so user-defined
clauses are judged exactly like built-in ones, and every finding names its criterion and its clause.

>>> from ethlicense.compose import make_spec
>>> verdict = assess(make_spec("MIT", clauses=["military"], holders=["A"], year=2026))
>>> verdict.osi_open_source, verdict.criteria
(False, ('OSD-6', 'DFSG-6', 'FSF-0'))
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ethlicense._resources import read_data_toml
from ethlicense.models import (
    Assessment,
    BaseLicense,
    Clause,
    Consequence,
    LicenseSpec,
    Restriction,
    Violation,
)

__all__ = [
    "Criterion",
    "assess",
    "criteria",
    "named_criterion",
    "restriction_criteria",
    "restriction_reasons",
    "restriction_violations",
]


def __dir__() -> list[str]:
    return __all__


@dataclass(frozen=True)
class Criterion:
    """One criterion of a standard (``OSD-5``): its title, where it is defined, and its own words.

    >>> criteria()["OSD-5"].quote
    'The license must not discriminate against any person or group of persons.'
    """

    id: str
    title: str
    url: str
    quote: str
    """The criterion's operative sentence, word for word; every reason for failing it rests on it."""


@dataclass(frozen=True)
class _Rules:
    criteria: Mapping[str, Criterion]
    reasons: Mapping[Restriction, Mapping[str, str]]
    consequences: Mapping[str, str]


@functools.cache
def _rules() -> _Rules:
    data = read_data_toml("criteria.toml")
    criteria_table = {
        key: Criterion(id=key, title=value["title"], url=value["url"], quote=value["quote"])
        for key, value in data["criteria"].items()
    }
    reasons = {Restriction(key): dict(value) for key, value in data["restrictions"].items()}
    return _Rules(criteria_table, reasons, dict(data["consequences"]))


def criteria() -> Mapping[str, Criterion]:
    """Return every criterion ethlicense can cite, by id."""
    return _rules().criteria


def restriction_criteria(restriction: Restriction) -> tuple[str, ...]:
    """Return the criteria a restriction of this kind fails, the one it is named after first.

    >>> restriction_criteria(Restriction.FIELDS_OF_ENDEAVOR)
    ('OSD-6', 'DFSG-6', 'FSF-0')
    """
    return tuple(_rules().reasons[restriction])


def named_criterion(restriction: Restriction) -> str | None:
    """Return the Open Source Definition criterion a kind of restriction is named after, or ``None``.

    >>> named_criterion(Restriction.SOURCE_CODE)
    'OSD-2'
    """
    return next((criterion for criterion in restriction_criteria(restriction) if criterion.startswith("OSD-")), None)


def restriction_reasons(restriction: Restriction, title: str) -> list[tuple[str, str]]:
    """Return each criterion a restriction of this kind fails, with the reason, for a passage called *title*.

    >>> restriction_reasons(Restriction.FIELDS_OF_ENDEAVOR, "No weapons")[0][0]
    'OSD-6'
    """
    return [(criterion, reason.format(title=title)) for criterion, reason in _rules().reasons[restriction].items()]


def restriction_violations(clause: Clause) -> list[Violation]:
    """Return the violations caused by *clause*, derived from what it restricts."""
    violations: list[Violation] = []
    for restriction in clause.restricts:
        for criterion, reason in _rules().reasons[restriction].items():
            violations.append(
                Violation(criterion=criterion, clause=clause.id, reason=reason.format(title=clause.title))
            )
    return violations


def _voids_restrictions(base: BaseLicense) -> bool:
    """Return whether *base* lets recipients remove restrictions added to it (the GPL-3.0 family)."""
    return not base.accepts_restrictions and base.restrictions_removable


def _consequences(violations: Iterable[Violation], base: BaseLicense) -> list[Consequence]:
    text = _rules().consequences
    failed = {violation.criterion.split("-")[0] for violation in violations}
    chosen = ["not-open-source", "package-metadata", "detectors", "corporate-policies"]
    if "DFSG" in failed:
        chosen.append("debian-non-free")
    if "FSF" in failed:
        chosen.append("fsf-non-free")
    if base.accepts_restrictions:
        chosen.append("gpl-incompatible")
    elif _voids_restrictions(base):
        chosen.append("restrictions-void")
    else:
        chosen.append("restrictions-contradictory")
    chosen.append("relicensing")
    return [Consequence(id=key, text=text[key]) for key in chosen]


def _notes(base: BaseLicense) -> list[str]:
    notes = []
    if base.restriction_note:
        notes.append(base.restriction_note)
    if base.sublicensable:
        notes.append(
            f"{base.id} lets recipients sublicense, and a sublicense could leave the conditions out. The text "
            "therefore makes them conditions of the grant itself, part of the license terms that travel with "
            "every copy, and says that no one may sublicense or distribute the software on terms that leave them "
            "out. That binds those who take the software under this license; it does not change what "
            "contributors granted under the plain base license (see the relicensing consequence), and no court "
            "has tested such wording."
        )
    return notes


def assess(spec: LicenseSpec) -> Assessment:
    """Return the verdict on *spec*: every criterion it fails, with the clause that causes it.

    A license is open source only when it is an OSI-approved base with no clauses. For a base that refuses
    restrictions, rendered with ``allow_void_restrictions``, the verdict says what becomes of them: removable
    by every recipient on the GPL-3.0 family, contradicting the base's own terms on GPL-2.0 and MPL-2.0.
    """
    base = spec.base
    violations: list[Violation] = []
    if not base.osi_approved:
        violations.append(
            Violation(criterion="OSI-approved", clause=None, reason=f"{base.id} is not an OSI-approved license.")
        )
    for configured in spec.clauses:
        for violation in restriction_violations(configured.clause):
            if violation not in violations:
                violations.append(violation)
    listed_free = True if base.osi_approved or base.fsf_libre else None
    if not spec.clauses:
        return Assessment(
            osi_open_source=base.osi_approved,
            fsf_free=base.fsf_libre,
            debian_free=listed_free,
            violations=tuple(violations),
        )
    failed = {violation.criterion.split("-")[0] for violation in violations}
    return Assessment(
        osi_open_source=False,
        fsf_free=False if "FSF" in failed else base.fsf_libre,
        debian_free=False if "DFSG" in failed else listed_free,
        violations=tuple(violations),
        consequences=tuple(_consequences(violations, base)),
        notes=tuple(_notes(base)),
        restrictions_removable=_voids_restrictions(base),
    )
