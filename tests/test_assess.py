# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The verdict: derived from what clauses restrict, complete, and citing criterion and clause."""

from __future__ import annotations

import pytest

import ethlicense
from ethlicense.assess import criteria, restriction_violations
from ethlicense.models import Clause, Restriction

EXPECTED = {
    Restriction.PERSONS_OR_GROUPS: {"OSD-5", "DFSG-5", "FSF-0"},
    Restriction.FIELDS_OF_ENDEAVOR: {"OSD-6", "DFSG-6", "FSF-0"},
    Restriction.CONDUCT: {"OSD-6", "DFSG-6", "FSF-0"},
    Restriction.DISTRIBUTION: {"OSD-1", "DFSG-1", "FSF-2"},
    Restriction.MODIFICATION: {"OSD-3", "DFSG-3", "FSF-1", "FSF-3"},
    Restriction.ADDITIONAL_AGREEMENT: {"OSD-7", "DFSG-7"},
    Restriction.PRODUCT_SPECIFIC: {"OSD-8", "DFSG-8"},
    Restriction.OTHER_SOFTWARE: {"OSD-9", "DFSG-9"},
    Restriction.TECHNOLOGY: {"OSD-10"},
}


def _clause(restriction: Restriction) -> Clause:
    return Clause(id="user-clause", title="User clause", restricts=(restriction,), template="Text.")


@pytest.mark.parametrize(("restriction", "expected"), EXPECTED.items())
def test_each_restriction_fails_its_criteria(restriction: Restriction, expected: set[str]) -> None:
    """Every kind of restriction maps to the criteria it fails, each with a reason naming the clause."""
    violations = restriction_violations(_clause(restriction))
    assert {item.criterion for item in violations} == expected
    assert all(item.clause == "user-clause" and '"User clause"' in item.reason for item in violations)


def test_every_cited_criterion_is_defined() -> None:
    """Every criterion a restriction can fail has a title and a URL."""
    defined = criteria()
    for expected in EXPECTED.values():
        assert expected <= set(defined)
    assert all(item.url.startswith("https://") for item in defined.values())


def test_builtin_clauses_fail_what_the_issue_says() -> None:
    """Built-in clauses fail OSD-5 for persons and OSD-6 for fields and conduct."""
    catalog = ethlicense.default_catalog()
    persons = {"named-organizations", "ice-collaborators"}
    for clause_id, clause in catalog.clauses.items():
        failed = {item.criterion for item in restriction_violations(clause)}
        assert ("OSD-5" in failed) == (clause_id in persons), clause_id
        if clause_id not in persons:
            assert {"OSD-6", "DFSG-6", "FSF-0"} <= failed, clause_id


def test_every_violation_is_reported_not_just_the_first() -> None:
    """Two clauses give the violations of both."""
    lic = ethlicense.compose(
        "MIT",
        clauses=["military", ethlicense.clause("named-organizations", organizations=["X"])],
        holders=["A"],
        year=2026,
    )
    assert set(lic.assessment.criteria) == {"OSD-5", "DFSG-5", "FSF-0", "OSD-6", "DFSG-6"}
    assert {v.clause for v in lic.violations} == {"military", "named-organizations"}
    assert lic.assessment.fsf_free is False
    assert lic.assessment.debian_free is False


def test_consequences_are_spelt_out() -> None:
    """A restricted license lists what it costs: OSI, detectors, Debian, policies, GPL, relicensing."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    assert {item.id for item in lic.assessment.consequences} >= {
        "not-open-source",
        "detectors",
        "corporate-policies",
        "debian-non-free",
        "fsf-non-free",
        "gpl-incompatible",
        "relicensing",
    }


def test_apache_composite_carries_the_section_4_note() -> None:
    """Apache-2.0 with restrictions notes that upstream Apache code stays Apache-2.0."""
    lic = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["A"], year=2026)
    assert any("section 4" in note and "must not be called Apache-2.0" in note for note in lic.assessment.notes)


def test_sublicensable_base_notes_how_conditions_travel() -> None:
    """MIT allows sublicensing, so the verdict explains how the conditions are bound to every copy."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    assert any("sublicense" in note for note in lic.assessment.notes)
    assert "no one may distribute or sublicense" in lic.text


@pytest.mark.parametrize("base", sorted(ethlicense.default_catalog().bases))
def test_bare_bases_are_open_source(base: str) -> None:
    """Every shipped base is OSI-approved and, bare, judged open source with no violations."""
    lic = ethlicense.compose(base, holders=["A"], year=2026)
    assert lic.osi_open_source is True
    assert lic.violations == ()
