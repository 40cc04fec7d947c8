# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The verdict: derived from what clauses restrict, complete, citing criterion and clause, resting on its words."""

from __future__ import annotations

import json
import re

import pytest

import ethlicense
from ethlicense.assess import criteria, restriction_criteria, restriction_violations
from ethlicense.catalog import clause_from_mapping
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.formats import format_license
from ethlicense.models import Clause, Restriction

EXPECTED = {
    Restriction.PERSONS_OR_GROUPS: {"OSD-5", "DFSG-5", "FSF-0", "OSD-1", "DFSG-1", "OSD-7", "DFSG-7", "FSF-2", "FSF-3"},
    Restriction.FIELDS_OF_ENDEAVOR: {"OSD-6", "DFSG-6", "FSF-0"},
    Restriction.CONDUCT: {"OSD-6", "DFSG-6", "FSF-0", "OSD-5", "DFSG-5"},
    Restriction.DISTRIBUTION: {"OSD-1", "DFSG-1", "FSF-2"},
    Restriction.MODIFICATION: {"OSD-3", "DFSG-3", "FSF-1", "FSF-3"},
    Restriction.ADDITIONAL_AGREEMENT: {"OSD-7", "DFSG-7"},
    Restriction.PRODUCT_SPECIFIC: {"OSD-8", "DFSG-8"},
    Restriction.OTHER_SOFTWARE: {"OSD-9", "DFSG-9"},
    Restriction.TECHNOLOGY: {"OSD-10"},
}

#: The criterion each kind is named after, which the verdict lists first.
NAMED_AFTER = {
    Restriction.PERSONS_OR_GROUPS: "OSD-5",
    Restriction.FIELDS_OF_ENDEAVOR: "OSD-6",
    Restriction.CONDUCT: "OSD-6",
    Restriction.DISTRIBUTION: "OSD-1",
    Restriction.MODIFICATION: "OSD-3",
    Restriction.ADDITIONAL_AGREEMENT: "OSD-7",
    Restriction.PRODUCT_SPECIFIC: "OSD-8",
    Restriction.OTHER_SOFTWARE: "OSD-9",
    Restriction.TECHNOLOGY: "OSD-10",
}


def _clause(restriction: Restriction) -> Clause:
    return Clause(id="user-clause", title="User clause", restricts=(restriction,), template="Text.")


def _persons() -> ethlicense.ConfiguredClause:
    return ethlicense.clause("named-organizations", organizations=["Example Corporation"])


@pytest.mark.parametrize(("restriction", "expected"), EXPECTED.items())
def test_each_restriction_fails_its_criteria(restriction: Restriction, expected: set[str]) -> None:
    """Every kind of restriction maps to the criteria it fails, each with a reason naming the clause."""
    violations = restriction_violations(_clause(restriction))
    assert {item.criterion for item in violations} == expected
    assert all(item.clause == "user-clause" and '"User clause"' in item.reason for item in violations)
    assert restriction_criteria(restriction)[0] == NAMED_AFTER[restriction]


@pytest.mark.parametrize("restriction", list(Restriction))
def test_every_reason_quotes_its_criterion(restriction: Restriction) -> None:
    """Each reason quotes words of its own criterion's sentence, so the verdict rests on what the criterion says."""
    defined = criteria()
    for violation in restriction_violations(_clause(restriction)):
        quoted = [part for part in re.findall(r'"([^"]+)"', violation.reason) if part != "User clause"]
        sentence = defined[violation.criterion].quote.casefold()
        assert quoted, violation
        assert all(part.casefold() in sentence for part in quoted), violation


def test_every_criterion_is_defined_with_its_sentence() -> None:
    """The ten OSD criteria, DFSG 1 to 9 and the four freedoms are defined, each with a URL and one sentence."""
    defined = criteria()
    expected = {f"OSD-{n}" for n in range(1, 11)} | {f"DFSG-{n}" for n in range(1, 10)} | {f"FSF-{n}" for n in range(4)}
    assert set(defined) == expected
    for expected_criteria in EXPECTED.values():
        assert expected_criteria <= set(defined)
    for key, item in defined.items():
        assert item.id == key
        assert item.url.startswith("https://")
        assert item.quote.endswith("."), key
        assert ". " not in item.quote, key
    assert defined["OSD-5"].quote == defined["DFSG-5"].quote
    assert defined["FSF-0"].quote == "The freedom to run the program as you wish, for any purpose (freedom 0)."
    assert "to all to whom the program is redistributed" in defined["OSD-7"].quote


def test_builtin_clauses_fail_what_the_issue_says() -> None:
    """Persons clauses fail OSD 5, 1 and 7; conduct clauses OSD 5 and 6; use clauses OSD 6 alone."""
    catalog = ethlicense.default_catalog()
    persons = {"named-organizations", "ice-collaborators"}
    conduct = {"human-rights", "labor-rights"}
    for clause_id, clause in catalog.clauses.items():
        failed = {item.criterion for item in restriction_violations(clause)}
        assert ("OSD-5" in failed) == (clause_id in persons | conduct), clause_id
        assert ("OSD-7" in failed) == (clause_id in persons), clause_id
        assert ("OSD-1" in failed) == (clause_id in persons), clause_id
        if clause_id not in persons:
            assert {"OSD-6", "DFSG-6", "FSF-0"} <= failed, clause_id


def test_persons_verdict_lists_the_criterion_it_is_named_after_first() -> None:
    """A restriction on persons fails OSD 5 first, then free redistribution, distribution of license, freedoms 2-3."""
    lic = ethlicense.compose("MIT", clauses=[_persons()], holders=["A"], year=2026)
    assert lic.assessment.criteria == (
        "OSD-5",
        "DFSG-5",
        "FSF-0",
        "OSD-1",
        "DFSG-1",
        "OSD-7",
        "DFSG-7",
        "FSF-2",
        "FSF-3",
    )
    reasons = {item.criterion: item.reason for item in lic.violations}
    assert "any party" in reasons["OSD-1"]
    assert "all to whom the program is redistributed" in reasons["OSD-7"]


def test_every_violation_is_reported_not_just_the_first() -> None:
    """Two clauses give the violations of both."""
    lic = ethlicense.compose("MIT", clauses=["military", _persons()], holders=["A"], year=2026)
    assert set(lic.assessment.criteria) == EXPECTED[Restriction.PERSONS_OR_GROUPS] | {"OSD-6", "DFSG-6"}
    assert {v.clause for v in lic.violations} == {"military", "named-organizations"}
    assert {v.criterion for v in lic.violations if v.clause == "military"} == {"OSD-6", "DFSG-6", "FSF-0"}
    assert lic.assessment.fsf_free is False
    assert lic.assessment.debian_free is False


def test_consequences_are_spelt_out() -> None:
    """A restricted license lists what it costs: OSI, detectors, Debian, policies, GPL, relicensing."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    ids = [item.id for item in lic.assessment.consequences]
    assert ids == [
        "not-open-source",
        "package-metadata",
        "detectors",
        "corporate-policies",
        "debian-non-free",
        "fsf-non-free",
        "gpl-incompatible",
        "relicensing",
    ]
    assert lic.assessment.restrictions_removable is False


def _consequence(lic: ethlicense.RenderedLicense, key: str) -> str:
    return next(item.text for item in lic.assessment.consequences if item.id == key)


def test_gpl_consequence_allows_private_combination() -> None:
    """Combining with GPL code stays allowed privately (GPL-3.0 section 2); only conveying the combination is barred."""
    text = _consequence(ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026), "gpl-incompatible")
    assert "section 2" in text
    assert "You may make, run and propagate covered works that you do not convey" in text
    assert "convey" in text.split("privately", 1)[1]
    assert "cannot be combined" not in text


def test_detectors_consequence_points_to_the_measurements() -> None:
    """The detectors consequence names no figures, says some read the base, and points to the id and the docs."""
    text = _consequence(ethlicense.compose("ISC", clauses=["military"], holders=["A"], year=2026), "detectors")
    assert not re.search(r"\d", text)
    assert "differ" in text
    assert "base license" in text
    assert "LicenseRef id as an SPDX license identifier" in text
    assert "SPDX-License-" + "Identifier" not in text  # a tag here would make REUSE misread PROVENANCE.md
    assert "docs/detectors.md" in text


def test_relicensing_consequence_names_the_real_gap() -> None:
    """Sublicensing allows adding terms; contributors' grants and earlier releases are what stay on the base."""
    text = _consequence(ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026), "relicensing")
    assert "sublicense" in text
    assert "Apache-2.0 section 4" in text
    assert "contributors" in text
    assert "earlier license" in text


@pytest.mark.parametrize(
    ("base", "consequence", "removable", "cited"),
    [
        ("GPL-3.0-only", "restrictions-void", True, "you may remove that term"),
        ("AGPL-3.0-only", "restrictions-void", True, "you may remove that term"),
        ("LGPL-3.0-only", "restrictions-void", True, "you may remove that term"),
        ("GPL-2.0-only", "restrictions-contradictory", False, "You may not impose any further restrictions"),
        ("MPL-2.0", "restrictions-contradictory", False, "You may not attempt to alter or restrict"),
    ],
)
def test_refusing_bases_say_what_becomes_of_the_restrictions(
    base: str, consequence: str, removable: bool, cited: str
) -> None:
    """GPL-3.0's family voids added restrictions; GPL-2.0 and MPL-2.0 forbid them without a right to remove them."""
    lic = ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026, allow_void_restrictions=True)
    ids = {item.id for item in lic.assessment.consequences}
    assert consequence in ids
    assert not ids & ({"restrictions-void", "restrictions-contradictory", "gpl-incompatible"} - {consequence})
    assert lic.assessment.restrictions_removable is removable
    assert cited in _consequence(lic, consequence)


def test_apache_composite_carries_the_section_4_note() -> None:
    """Apache-2.0 with restrictions notes that upstream Apache code stays Apache-2.0."""
    lic = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["A"], year=2026)
    assert any("section 4" in note and "must not be called Apache-2.0" in note for note in lic.assessment.notes)


@pytest.mark.parametrize("base", ["MIT", "Apache-2.0"])
def test_sublicensable_base_notes_how_conditions_travel(base: str) -> None:
    """A base that allows sublicensing gets a note, and the text says what the note claims it says."""
    lic = ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026)
    note = next(note for note in lic.assessment.notes if "sublicense" in note)
    assert note.startswith(f"{base} lets recipients sublicense")
    assert "no court has tested" in note
    flat = " ".join(lic.text.split())
    assert re.search(
        r"No one may sublicense or distribute the Software.{0,80}leave out these Additional Conditions", flat
    )


def test_non_sublicensable_base_has_no_sublicense_note() -> None:
    """ISC grants no right to sublicense, so its verdict has no sublicensing note."""
    lic = ethlicense.compose("ISC", clauses=["military"], holders=["A"], year=2026)
    assert not any("sublicense" in note for note in lic.assessment.notes)


def test_assess_itself_gives_no_warnings() -> None:
    """The verdict of assess() alone has no warnings: they come from reading the rendered text."""
    spec = ethlicense.make_spec("MIT", clauses=["military"], holders=["A"], year=2026)
    assert ethlicense.assess(spec).warnings == ()


@pytest.mark.parametrize("base", sorted(ethlicense.default_catalog().bases))
def test_bare_bases_are_open_source(base: str) -> None:
    """Every shipped base is OSI-approved and, bare, judged open source with no violations."""
    lic = ethlicense.compose(base, holders=["A"], year=2026)
    assert lic.osi_open_source is True
    assert lic.violations == ()
    assert lic.assessment.warnings == ()


# --- FSF and Debian status: yes, no, or not listed ----------------------------------------------------------------


def test_a_base_the_fsf_does_not_list_is_unknown_not_non_free() -> None:
    """Bare 0BSD is absent from the FSF's list: its FSF status is unknown (None, "not listed"), not "no"."""
    lic = ethlicense.compose("0BSD", holders=["A"], year=2026)
    assert lic.base.fsf_libre is None
    assert (lic.assessment.fsf_free, lic.assessment.fsf_status) == (None, "not listed")
    assert (lic.assessment.debian_free, lic.assessment.debian_status) == (True, "yes")
    assert "- Free software (FSF): not listed\n" in format_license(lic, "provenance")
    assert json.loads(format_license(lic, "json"))["fsf_free"] is None


def test_a_base_the_fsf_lists_as_free_is_free() -> None:
    """Bare MIT is on the FSF's list as free."""
    lic = ethlicense.compose("MIT", holders=["A"], year=2026)
    assert (lic.assessment.fsf_free, lic.assessment.fsf_status) == (True, "yes")


def test_a_clause_failing_a_freedom_makes_any_base_non_free() -> None:
    """A use restriction fails FSF freedom 0: "no", whatever the FSF's list says of the base."""
    for base in ("0BSD", "MIT"):
        lic = ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026)
        assert (lic.assessment.fsf_status, lic.assessment.debian_status) == ("no", "no")


def test_a_clause_failing_no_freedom_keeps_the_base_status() -> None:
    """A clause failing only OSD-7 (an additional agreement) leaves the FSF status as the FSF's list has it."""
    agreement = clause_from_mapping(
        {"id": "register", "title": "Register", "restricts": ["additional-agreement"], "text": "Register first."},
        source="test",
    )
    unlisted = ethlicense.compose("0BSD", clauses=[agreement], holders=["A"], year=2026)
    listed = ethlicense.compose("MIT", clauses=[agreement], holders=["A"], year=2026)
    assert (unlisted.assessment.fsf_free, listed.assessment.fsf_free) == (None, True)


def test_the_spdx_data_keeps_three_fsf_values() -> None:
    """The shipped SPDX data records free, non-free and unlisted licenses apart."""
    values = {entry.fsf_libre for entry in load_spdx_licenses().licenses.values()}
    assert values == {True, False, None}


@pytest.mark.parametrize(
    ("base", "removable"),
    [
        ("GPL-3.0-only", True),
        ("GPL-3.0-or-later", True),
        ("GPL-2.0-or-later", True),
        ("LGPL-2.1-or-later", True),
        ("GPL-2.0-only", False),
        ("LGPL-2.1-only", False),
        ("MPL-2.0", False),
        ("EPL-2.0", False),
        ("Unlicense", False),
    ],
)
def test_which_refusing_bases_let_recipients_remove_restrictions(base: str, removable: bool) -> None:
    """GPL-3.0 section 7 (reached from the GNU -or-later ids) lets recipients remove restrictions; the others forbid."""
    lic = ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026, allow_void_restrictions=True)
    assert lic.assessment.restrictions_removable is removable
    consequence = "restrictions-void" if removable else "restrictions-contradictory"
    assert consequence in {item.id for item in lic.assessment.consequences}
