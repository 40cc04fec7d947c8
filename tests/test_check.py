# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""``ethlicense.check``: the base license, what was added, how it is classified, and the verdict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import ethlicense
from ethlicense import _classify
from ethlicense.assess import restriction_criteria
from ethlicense.catalog import default_catalog
from ethlicense.check import (
    MAX_FILE_BYTES,
    AdditionKind,
    CheckResult,
    FindingKind,
    Position,
    Verdict,
    check_bytes,
    check_data,
    check_file,
    check_paths,
    check_text,
    find_license_files,
    format_check_json,
    format_check_text,
)
from ethlicense.check._files import decode_license_bytes, license_file_name
from ethlicense.check._index import _INDEX_RESOURCE, index_document, resource_bytes, write_index_document
from ethlicense.check._result import PROSE_KINDS
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.errors import LicenseFileError
from tests.check_corpus import (
    HOLDER,
    YEAR,
    all_cases,
    base_text,
    composite,
    fill_copyright,
    place,
    same_text_groups,
)
from tests.conftest import sample_arguments
from tests.snippets import run_document

LICENSES = load_spdx_licenses().licenses
OSI_IDS = sorted(license_id for license_id, entry in LICENSES.items() if entry.osi_approved)
CATALOG = default_catalog()
ROOT = Path(__file__).resolve().parent.parent
MIT = base_text("MIT")
MILITARY = "The Software may not be used for military purposes."
#: The criteria a restriction on fields of endeavor fails (OSD 6, DFSG 6, FSF freedom 0), and one on persons.
FIELDS = restriction_criteria(ethlicense.Restriction.FIELDS_OF_ENDEAVOR)
PERSONS = restriction_criteria(ethlicense.Restriction.PERSONS_OR_GROUPS)


def _kinds(result: CheckResult) -> set[AdditionKind]:
    return {addition.kind for addition in result.additions if addition.kind is not AdditionKind.STRUCTURE}


# --- the SPDX License List ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("license_id", OSI_IDS)
def test_every_osi_license_with_its_copyright_line_is_open_source(license_id: str) -> None:
    """Each OSI-approved SPDX license, copyright line filled in, is named (or a same-text one) and open source."""
    result = check_text(fill_copyright(license_id))
    assert result.base_license in same_text_groups()[license_id]
    assert result.osi_open_source, result.violations
    assert result.restrictions == ()
    assert result.violations == ()


@pytest.mark.parametrize(
    ("license_id", "criterion"),
    [("JSON", "OSD-6"), ("Hippocratic-2.1", "OSD-6")],
)
def test_ethical_spdx_licenses_are_named_and_their_restrictions_listed(license_id: str, criterion: str) -> None:
    """A whole non-OSI ethical license is not open source, is named by its SPDX id, and its restrictions are listed."""
    result = check_text(fill_copyright(license_id))
    assert (result.base_license, result.osi_open_source) == (license_id, False)
    assert "OSI-approved" in result.criteria
    assert criterion in result.criteria
    assert all(item.position is Position.BASE for item in result.restrictions)
    assert any(criterion in item.criteria for item in result.restrictions)


def test_the_json_license_restriction_is_its_good_not_evil_sentence() -> None:
    """The JSON license's one restriction is the sentence about good and evil, a field of endeavor."""
    result = check_text(fill_copyright("JSON"))
    assert [(item.text, item.restricts.value, item.criteria) for item in result.restrictions] == [
        ("The Software shall be used for Good, not Evil.", "fields-of-endeavor", ("OSD-6",))
    ]


@pytest.mark.parametrize("license_id", ["PolyForm-Noncommercial-1.0.0", "CC-BY-NC-4.0", "BUSL-1.1", "SSPL-1.0"])
def test_other_non_osi_licenses_are_named_and_not_open_source(license_id: str) -> None:
    """Non-OSI licenses on the SPDX list are identified and judged not open source because they are not approved."""
    result = check_text(fill_copyright(license_id))
    assert (result.base_license, result.osi_open_source) == (license_id, False)
    assert result.violations[0].criterion == "OSI-approved"


# --- ethlicense's own composites -----------------------------------------------------------------------------------


def _compose(base: str, clause_ids: tuple[str, ...]) -> ethlicense.RenderedLicense:
    return ethlicense.compose(
        base,
        clauses=[ethlicense.clause(item, **sample_arguments(CATALOG.clause(item))) for item in clause_ids],
        holders=[HOLDER],
        year=YEAR,
        allow_void_restrictions=not CATALOG.base(base).accepts_restrictions,
    )


@pytest.mark.parametrize("base", sorted(CATALOG.bases))
@pytest.mark.parametrize("clause_id", sorted(CATALOG.clauses))
def test_every_composite_names_its_base_and_clause(base: str, clause_id: str) -> None:
    """Each base with each clause (void restrictions allowed where refused) gets render's own verdict back."""
    rendered = _compose(base, (clause_id,))
    result = check_text(rendered.text)
    assert result.base_license == base
    assert not result.osi_open_source
    assert result.clauses == (clause_id,)
    assert result.criteria == rendered.assessment.criteria
    assert result.declared_license == rendered.license_id
    kinds = {finding.kind for finding in result.findings}
    assert {FindingKind.COMPOSITE, FindingKind.DECLARED_LICENSE} <= kinds
    voids = not CATALOG.base(base).accepts_restrictions
    assert (FindingKind.RESTRICTIONS_VOID in kinds) == voids
    assert [item.clause for item in result.restrictions] == [clause_id] * len(result.restrictions)


@pytest.mark.parametrize("base", sorted(CATALOG.bases))
def test_the_layout_s_own_terms_are_reported_as_such(base: str) -> None:
    """Definitions, breach and cure, general terms and the lead-in are layout terms: not restrictions, not harmless."""
    chosen = ("mass-surveillance", "military")
    result = check_text(_compose(base, chosen).text)
    layout = [item for item in result.additions if item.kind is AdditionKind.LAYOUT_TERMS]
    assert [item.cue for item in layout] == ["lead-in", "A1. Definitions", "A4. Breach, notice and cure", "A5. General"]
    assert all(not item.binding and item.kind not in PROSE_KINDS for item in layout)
    sections = [item for item in result.additions if item.clause]
    assert [item.text.split("\n", 1)[0] for item in sections] == ["A2. No mass surveillance", "A3. No military use"]
    assert {item.kind for item in result.additions} <= {
        AdditionKind.RESTRICTION,
        AdditionKind.LAYOUT_TERMS,
        AdditionKind.STRUCTURE,
        AdditionKind.LICENSE_NOTICE,
        AdditionKind.COPYRIGHT,
    }
    [notice] = [item for item in result.additions if item.kind is AdditionKind.LICENSE_NOTICE]
    assert notice.license_id == result.declared_license
    assert notice.license_id is not None
    assert notice.license_id.startswith(f"LicenseRef-{base}-with-mass-surveillance-military-")
    expected = Position.BEFORE if CATALOG.base(base).layout == "two-part" else None
    for item in [*layout, *sections]:
        assert item.position is (expected or item.position)
        assert item.position is not Position.BEFORE or expected is Position.BEFORE


@pytest.mark.parametrize("base", ["MIT", "BSD-2-Clause", "Zlib", "Apache-2.0", "GPL-3.0-only"])
def test_a_markdown_composite_with_several_clauses_is_recognised(base: str) -> None:
    """The Markdown rendering, with its fences and headings, gives the same verdict and clauses."""
    from ethlicense.formats import format_license  # noqa: PLC0415 - the renderer, only for this test

    chosen = ("military", "named-organizations")
    rendered = _compose(base, chosen)
    result = check_text(format_license(rendered, "markdown"))
    assert (result.base_license, result.osi_open_source, result.clauses) == (base, False, chosen)
    assert result.criteria == rendered.assessment.criteria
    assert FindingKind.MODIFIED_BASE not in {finding.kind for finding in result.findings}


def test_an_edited_composite_is_still_read_whole() -> None:
    """A restriction added to a composite's own terms, or to its base text, is found besides the clauses."""
    rendered = _compose("MIT", ("military",))
    inside_terms = rendered.text.replace(
        "(b) Notice.", "You may not use the Software for gambling services.\n\n(b) Notice.", 1
    )
    inside_base = rendered.text.replace(
        "The above copyright notice", "The Software may not be used by Example Corp.\n\nThe above copyright notice", 1
    )
    for text, extra in [(inside_terms, "fields-of-endeavor"), (inside_base, "persons-or-groups")]:
        result = check_text(text)
        assert (result.base_license, result.osi_open_source, result.clauses) == ("MIT", False, ("military",))
        assert {item.restricts.value for item in result.restrictions if item.clause is None} == {extra}


def test_a_composite_of_the_earlier_layout_is_recognised() -> None:
    """A composite in ethlicense 0.1's layout (Part 1 with sections 1.1..., Part 2 the base) keeps its verdict."""
    mit = base_text("MIT")
    text = (
        "MIT License with Additional Conditions (No military use)\n\nThis license consists of Part 1, Additional "
        "Conditions, and Part 2, the MIT License terms. It is\nnot the MIT License: Part 1 limits what Part 2 "
        "permits.\n\nPart 1. Additional Conditions\n\nThe permission granted in Part 2 is given only subject "
        "to the conditions in this Part 1. These\nconditions are part of the permission notice and of the license "
        "terms in Part 2. They must be included\nin all copies or substantial portions of the Software, and no "
        "one may distribute or sublicense the\nSoftware, or grant any license to it, on terms that leave them "
        'out. Anyone who breaks a condition\nhas no permission under Part 2.\n\nIn this license, "the Software" '
        "means the work licensed under it, whatever name Part 2 gives that work.\n\n1.1. No military use\n\n"
        "The Software may not be used, directly or as part of other software, to design, develop, produce,\ntest, "
        "maintain, operate or deploy weapons, weapon systems or munitions.\n\nPart 2. MIT License\n\n" + mit
    )
    result = check_text(text)
    assert (result.base_license, result.osi_open_source, result.clauses) == ("MIT", False, ("military",))
    assert result.criteria == FIELDS
    assert any(item.kind is FindingKind.COMPOSITE for item in result.findings)
    assert {item.kind for item in result.additions} <= {
        AdditionKind.RESTRICTION,
        AdditionKind.LAYOUT_TERMS,
        AdditionKind.STRUCTURE,
    }


def test_numbered_sections_alone_are_not_taken_for_the_layout() -> None:
    """A text with sections A1, A2 and the words "Additional Conditions", but none of the layout's, is read as prose."""
    addition = (
        "Additional Conditions\n\nA1. Scope\n\nWe kindly ask that you tell us about your project.\n\n"
        "A2. Contact\n\nPlease write to the maintainers. This is a request, not a condition."
    )
    result = check_text(place(addition, MIT, "after"))
    assert (result.base_license, result.osi_open_source) == ("MIT", True)
    assert FindingKind.COMPOSITE not in {finding.kind for finding in result.findings}


@pytest.mark.parametrize("base", sorted(CATALOG.bases))
def test_every_bare_base_is_open_source_with_or_without_copyright_lines(base: str) -> None:
    """A bare base, rendered with holders, without them, or as the SPDX text itself, is that license, unchanged.

    Where two SPDX licenses share one text (``GPL-3.0-only`` and ``GPL-3.0-or-later``), either may be named.
    """
    texts = [ethlicense.compose(base, holders=[HOLDER], year=YEAR).text, LICENSES[base].text]
    # A GNU "-or-later" license has its "-only" sibling's text (the choice is made in each file's notice), so a
    # license text alone can be reported as either.
    same_text = {license_id for license_id, entry in LICENSES.items() if entry.text == LICENSES[base].text}
    if not CATALOG.base(base).requires_holders:
        texts.append(ethlicense.compose(base, year=YEAR).text)
    for text in texts:
        result = check_text(text)
        assert result.base_license in same_text, result.base_license
        assert (result.osi_open_source, result.violations) == (True, ())
        assert result.additions == ()
        assert result.findings == ()


def test_a_bare_rendering_is_open_source_without_additions() -> None:
    """Ethlicense's rendering of a bare base is that base, open source, with nothing added."""
    result = check_text(MIT)
    assert (result.base_license, result.osi_open_source, result.additions) == ("MIT", True, ())


# --- additions ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("position", ["before", "after", "inside", "after-copyright"])
def test_a_restriction_anywhere_makes_mit_not_open_source(position: str) -> None:
    """A use restriction above, below, inside, or right after the copyright line of MIT fails OSD 6."""
    result = check_text(place(MILITARY, MIT, position))
    assert (result.base_license, result.osi_open_source, result.criteria) == ("MIT", False, FIELDS)
    [restriction] = result.restrictions
    assert (restriction.text, restriction.restricts.value, restriction.clause) == (MILITARY, "fields-of-endeavor", None)


@pytest.mark.parametrize(
    ("text", "restricts"),
    [
        (
            "No permission is granted to employees, agents or contractors of Example Defense Corp.",
            {"persons-or-groups"},
        ),
        ("Licensees must comply with all applicable labor laws, including those on working hours.", {"conduct"}),
        ("Use of the Software is conditional upon acceptance of the Terms of Service.", {"additional-agreement"}),
        ("All other programs distributed on the same medium must be free software.", {"other-software"}),
        ("You may not sell the Software.", {"distribution"}),
        ("You may not modify, adapt or translate the Software.", {"modification"}),
        (
            "The Software may not be used by the military or for the development of weapons.",
            {"persons-or-groups", "fields-of-endeavor"},
        ),
        ("You must display the words 'Powered by ExampleLib' in your product's user interface.", set()),
    ],
)
def test_each_kind_of_restriction_fails_its_criterion(text: str, restricts: set[str]) -> None:
    """Restrictions on who, what for, conduct, agreements, other software, selling and changing fail their criteria.

    The criteria are those ``ethlicense.assess`` gives each kind of restriction; binding text that restricts
    nothing in particular fails only ``OSI-approved``.
    """
    result = check_text(place(text, base_text("BSD-3-Clause"), "before"))
    assert not result.osi_open_source
    assert {item.restricts.value for item in result.restrictions} == restricts
    expected = {item for kind in restricts for item in restriction_criteria(ethlicense.Restriction(kind))}
    assert set(result.criteria) == (expected or {"OSI-approved"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We kindly ask that you do not use this for weapons. This is a request, not a condition.", "request"),
        ("We believe software should serve people. This statement does not modify the license.", "statement"),
        ("Contributions are accepted under the same license.", "contribution-note"),
        ("This package bundles zlib, which is licensed under the zlib License.", "third-party-notice"),
        ("Example Widgets License", "title"),
        # REUSE-IgnoreStart
        ("SPDX-License-Identifier: MIT", "license-notice"),
        # REUSE-IgnoreEnd
        ("Example is a trademark of Example Labs; this license grants no right to use it.", "trademark-notice"),
    ],
)
def test_harmless_additions_keep_mit_open_source(text: str, kind: str) -> None:
    """Requests, statements, notes and notices added to MIT bind no one: still open source, the addition classified."""
    result = check_text(place(text, MIT, "after"))
    assert (result.base_license, result.osi_open_source, result.violations) == ("MIT", True, ())
    assert AdditionKind(kind) in _kinds(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We kindly ask that you do not use this for weapons. This is a request, not a condition.", True),
        ("We believe software should serve people.\n\nPlease cite our paper.", True),
        # Text the rules do not judge by its prose: a copyright line, a title, a license notice.
        ("Copyright (c) 2026 Example Labs", False),
        ("Example Widgets License", False),
        # REUSE-IgnoreStart
        ("SPDX-License-Identifier: MIT", False),
        # REUSE-IgnoreEnd
        # Not open source: the verdict already says what binds.
        ("The Software may not be used for military purposes.", False),
    ],
)
def test_an_open_source_verdict_with_added_prose_says_how_it_was_judged(text: str, *, expected: bool) -> None:
    """Prose judged to bind no one leaves the text open source with a finding that asks for a reading."""
    result = check_text(place(text, MIT, "after"))
    findings = [item for item in result.findings if item.kind is FindingKind.UNBINDING_ADDITIONS]
    assert bool(findings) == expected
    if expected:
        assert result.osi_open_source
        prose = sum(addition.kind in PROSE_KINDS for addition in result.additions)
        assert findings[0].message.startswith(f"{prose} added passage")
        assert "read " in findings[0].message


def test_a_bare_license_has_no_finding_about_additions() -> None:
    """MIT with its copyright line only has nothing added, so nothing to read."""
    assert check_text(MIT).findings == ()


def test_a_disclaimer_paragraph_covers_its_section() -> None:
    """A paragraph saying the text above is not a condition makes that text a request, even if phrased as a must."""
    addition = (
        "Ethical use\n\nYou must not use this software to build weapons.\n\nThis request is not part of the license."
    )
    result = check_text(place(addition, MIT, "before"))
    assert result.osi_open_source
    assert AdditionKind.REQUEST in _kinds(result)


def test_a_restriction_stays_binding_next_to_an_unrelated_request() -> None:
    """A request that disclaims only itself does not make a restriction in another paragraph harmless."""
    addition = f"{MILITARY}\n\nWe also kindly ask, though this is not a condition, that you tell us about your project."
    result = check_text(place(addition, MIT, "before"))
    assert (result.osi_open_source, result.criteria) == (False, FIELDS)


@pytest.mark.parametrize("separator", ["\n", ". "])
def test_a_restriction_in_the_copyright_paragraph_is_not_swallowed(separator: str) -> None:
    """Text after the copyright notice in its own paragraph, which the license match accepts, is still read."""
    notice = f"Copyright (c) {YEAR} {HOLDER}"
    result = check_text(MIT.replace(notice, f"{notice}{separator}The Software may not be used for military purposes."))
    assert (result.base_license, result.osi_open_source) == ("MIT", False)
    assert "OSD-6" in result.criteria


def test_several_copyright_lines_stay_harmless() -> None:
    """More notices in the copyright paragraph, or "All rights reserved.", are not additions at all."""
    notice = f"Copyright (c) {YEAR} {HOLDER}"
    for extra in ["\nCopyright (c) 2025 John Roe", ". All rights reserved."]:
        result = check_text(MIT.replace(notice, notice + extra))
        assert (result.osi_open_source, result.additions) == (True, ())


def test_words_inserted_inside_a_sentence_are_found_and_classified() -> None:
    """An exception inserted into MIT's grant is isolated exactly and read as a restriction on persons."""
    inserted = ", except employees of Example Arms Inc.,"
    text = MIT.replace("to any person obtaining", f"to any person{inserted} obtaining")
    result = check_text(text)
    assert (result.base_license, result.osi_open_source, result.criteria) == ("MIT", False, PERSONS)
    [addition] = [item for item in result.additions if item.binding]
    assert (addition.position, addition.restricts) == (Position.INSIDE, (ethlicense.Restriction.PERSONS_OR_GROUPS,))
    assert inserted.strip(", ") in addition.text


def test_changed_wording_is_a_change_of_its_own() -> None:
    """Replacing MIT's "without restriction" is reported with the words it replaces, and fails OSI approval."""
    result = check_text(MIT.replace("without restriction", "with the restrictions below"))
    assert (result.base_license, result.osi_open_source, result.criteria) == ("MIT", False, ("OSI-approved",))
    changes = [item for item in result.additions if item.kind is AdditionKind.CHANGE]
    assert changes
    assert all(item.replaces for item in changes)


def test_a_paragraph_inside_apache_terms_is_isolated() -> None:
    """A paragraph inserted inside Apache-2.0's terms (which no contiguous match can find) is found by alignment."""
    apache = base_text("Apache-2.0")
    where = apache.index("You must give any other recipients")
    result = check_text(apache[:where] + f"{MILITARY}\n\n" + apache[where:])
    assert (result.base_license, result.criteria) == ("Apache-2.0", FIELDS)
    assert [item.position for item in result.restrictions] == [Position.INSIDE]


def test_an_unknown_license_gets_no_base_but_its_restrictions() -> None:
    """A text on no SPDX license is not open source, names the closest license, and lists what it restricts."""
    result = check_text("You may use, copy and share this program for any purpose except weapons development.")
    assert (result.base_license, result.osi_open_source) == (None, False)
    assert result.criteria == ("OSI-approved", *FIELDS)
    assert FindingKind.NO_BASE in {finding.kind for finding in result.findings}


def test_a_license_notice_applies_its_license_by_reference() -> None:
    """A file holding only Apache-2.0's standard notice is judged as Apache-2.0, with a finding saying so."""
    notice = (
        f'Copyright {YEAR} {HOLDER}\n\nLicensed under the Apache License, Version 2.0 (the "License");\n'
        "you may not use this file except in compliance with the License.\nYou may obtain a copy of the License "
        "at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in "
        'writing, software\ndistributed under the License is distributed on an "AS IS" BASIS,\nWITHOUT '
        "WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for the specific "
        "language governing permissions and\nlimitations under the License.\n"
    )
    result = check_text(notice)
    assert (result.base_license, result.osi_open_source) == ("Apache-2.0", True)
    assert FindingKind.LICENSE_REFERENCE in {finding.kind for finding in result.findings}


def test_several_licenses_in_one_file() -> None:
    """The first license of a file is its base; the others are listed, and a non-OSI one makes it not open source."""
    result = check_text(f"{MIT}\n\nBundled code:\n\n{fill_copyright('BSD-2-Clause')}")
    assert (result.base_license, result.osi_open_source) == ("MIT", True)
    assert [item.license_id for item in result.additions if item.kind is AdditionKind.OTHER_LICENSE] == ["BSD-2-Clause"]
    bundled = check_text(f"{MIT}\n\nBundled code:\n\n{fill_copyright('JSON')}")
    assert (bundled.base_license, bundled.osi_open_source) == ("MIT", False)
    assert set(FIELDS) <= set(bundled.criteria)


def test_a_user_clause_from_another_catalog_is_recognised() -> None:
    """Clauses of a catalog passed to check_text are recognised by id, like the built-in ones."""
    clause = ethlicense.Clause(
        id="no-mining",
        title="No cryptocurrency mining",
        restricts=(ethlicense.Restriction.FIELDS_OF_ENDEAVOR,),
        template="The Software may not be used to mine cryptocurrency or to operate mining pools.",
    )
    catalog = CATALOG.with_clauses([clause])
    rendered = ethlicense.compose("MIT", clauses=[clause], holders=[HOLDER], year=YEAR, catalog=catalog)
    assert check_text(rendered.text, catalog=catalog).clauses == ("no-mining",)
    assert check_text(rendered.text, catalog=catalog).criteria == rendered.assessment.criteria
    assert check_text(rendered.text).clauses == ()
    assert check_text(rendered.text).criteria == rendered.assessment.criteria


#: Written variants whose criteria are knowingly not matched: "Production deployments require an enterprise
#: agreement" is read as restricting a field (production use) as well as requiring an agreement; losing the
#: license for "any construction or mining project on indigenous land without ... consent" is read as a field
#: (mining) rather than as conduct, which since conduct also fails OSD 5 gives other criteria; a duty to "grant
#: their employees ... paid parental leave" (conduct) is led by persons or groups, which the criterion model
#: (ethlicense.check._criterion) finds far likelier for a passage about "anyone" and "employees".
KNOWN_CRITERIA_DIFFERENCES = frozenset(
    {
        "restriction:fresh-agreement-enterprise",
        "restriction:blind-conduct-indigenous-consent",
        "restriction:blind-conduct-parental-leave",
    }
)


def test_the_written_variants_tuned_on_are_classified_right_in_their_first_base() -> None:
    """Every written variant the rules were tuned on gets the expected verdict and criteria in its first base.

    All of dev, heldout, fresh and blind have been tuned on, each after its first, blind measurement.
    """
    seen: set[str] = set()
    wrong = []
    for case in all_cases():
        item = case.id.split("@")[0]
        if case.split not in {"dev", "heldout", "fresh", "blind"} or item in seen or item in KNOWN_CRITERIA_DIFFERENCES:
            continue
        seen.add(item)
        result = check_text(case.text)
        expected = Verdict.OPEN_SOURCE if case.open_source else Verdict.NOT_OPEN_SOURCE
        if item in KNOWN_REVIEW:
            expected = Verdict.NEEDS_REVIEW
        if result.verdict is not expected or frozenset(result.criteria) != case.criteria:
            wrong.append((case.id, result.verdict, result.criteria))
    assert len(seen) > 200
    assert wrong == []


#: Harmless additions the rules cannot give a reason for, which therefore need review (the safe answer).
KNOWN_REVIEW = frozenset(
    {
        "harmless:heldout-disclaimer-audit",  # "do not rely on it for safety-critical systems": advice
        "harmless:blind-statement-employer-same-terms",  # "It holds no special rights": a fact about the employer
    }
)


# --- the classifier ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "restricts"),
    [
        ("The Software may not be used for mass surveillance.", "restriction", ("fields-of-endeavor",)),
        ("Please do not use the Software for mass surveillance.", "request", ()),
        ("The Software should not be used for mass surveillance.", "unclear", ()),
        ("We believe the Software should not be used for mass surveillance.", "statement", ()),
        ("The Software may not be used by Example Corp.", "restriction", ("persons-or-groups",)),
        ("This condition does not apply to medical care.", "exemption", ()),
        ("You must keep the above copyright notice in all copies.", "license-notice", ()),
        ("IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM.", "disclaimer", ()),
        ("You may also use the examples without attribution.", "permission", ()),
        ("You must include a link to our website in every copy.", "condition", ()),
        # Denials without "may not": neither/nor, in no event, does not cover, reserved for, outside the grant.
        (
            "Neither Example Corp. nor its parent has any right to use the Software.",
            "restriction",
            ("persons-or-groups",),
        ),
        ("In no event may members of the Example Party run the Software.", "restriction", ("persons-or-groups",)),
        ("In no event shall the authors be liable for any claim.", "disclaimer", ()),
        ("In no event will the licensor be responsible for how you use it.", "disclaimer", ()),
        ("The grant does not cover defence contractors.", "restriction", ("persons-or-groups",)),
        ("Use of the Software is reserved for charitable purposes.", "restriction", ("fields-of-endeavor",)),
        ("Any commercial use lies outside the grant.", "restriction", ("fields-of-endeavor",)),
        ("Copies are never to be sold or rented.", "restriction", ("distribution",)),
        # A class of organizations as the subject of a denial.
        (
            "Hedge funds with more than ten traders may not make use of the Software.",
            "restriction",
            ("persons-or-groups",),
        ),
        (
            "Tobacco companies and their subsidiaries are barred from this license.",
            "restriction",
            ("persons-or-groups",),
        ),
        ("Use of the Software to sort job applicants is prohibited.", "restriction", ("fields-of-endeavor",)),
        ("Use of the Software to surveil people is prohibited.", "restriction", ("fields-of-endeavor",)),
        # Payments and agreements; the other party of a consent or a payment is not restricted.
        # A payment is distribution first (OSD 1: "shall not require a royalty or other fee"), and an agreement.
        ("A royalty of two percent is payable on each sale.", "restriction", ("distribution", "additional-agreement")),
        ("No fee is payable for any use of the Software.", "statement", ()),
        (
            "You need written approval from Example Labs GmbH before each release.",
            "restriction",
            ("additional-agreement",),
        ),
        (
            "A charge of 5 euros per device is payable to Example Ltd.",
            "restriction",
            ("distribution", "additional-agreement"),
        ),
        # Modification and other software.
        ("The Software may be copied only in its original, unaltered form.", "restriction", ("modification",)),
        ("Changes to the code are excluded from the grant.", "restriction", ("modification",)),
        ("Any image that contains the Software shall contain only free software.", "restriction", ("other-software",)),
        # Statements that the license restricts nothing bind no one.
        (
            "Some people say it must not be used by banks; the license places no limit on who may use it.",
            "statement",
            (),
        ),
        ("Older releases prohibited military use; that restriction was removed in version 3.", "statement", ()),
    ],
)
def test_classify_paragraph(sentence: str, kind: str, restricts: tuple[str, ...]) -> None:
    """Binding force and its target are told apart from requests, advice, statements, notices and permissions."""
    result = _classify.classify_paragraph(sentence)
    assert (result.kind, result.restricts) == (kind, restricts)


def test_classify_fragment_reads_the_words_around_it() -> None:
    """An inserted word narrows a grant through its sentence: "peaceful" before "purpose" restricts a field."""
    result = _classify.classify_fragment(
        "peaceful", "distribute this software for any ", " purpose with or without fee"
    )
    assert (result.kind, result.restricts) == ("restriction", ("fields-of-endeavor",))
    assert _classify.classify_fragment("with", "to deal in the Software ", " restriction").kind == "change"


# --- hidden characters and bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\x07", "\u00ad"])
def test_hidden_characters_are_reported(character: str) -> None:
    """Bidirectional controls, zero-width and other control or format characters inside a text are a finding."""
    result = check_text(MIT.replace("Permission is", f"Permission{character} is", 1))
    [finding] = [finding for finding in result.findings if finding.kind is FindingKind.HIDDEN_CHARACTERS]
    assert "may display differently from how it reads" in finding.message
    assert f"U+{ord(character):04X}" in finding.message


def test_a_leading_byte_order_mark_and_ordinary_whitespace_are_not_hidden_characters() -> None:
    """A byte order mark at the very start, tabs, carriage returns and form feeds are ordinary."""
    result = check_text("\ufeff" + MIT.replace("\n", "\r\n").replace("MIT License", "MIT\tLicense\f"))
    assert FindingKind.HIDDEN_CHARACTERS not in {finding.kind for finding in result.findings}


def test_an_empty_text_is_skipped_with_a_finding() -> None:
    """Empty or blank text gives a skipped result that needs review, with an "empty" finding."""
    result = check_text(" \n\t\n")
    assert (result.skipped, result.osi_open_source, [item.kind for item in result.findings]) == (
        True,
        None,
        [FindingKind.EMPTY],
    )


def test_check_file_reads_utf8_utf16_and_latin1(tmp_path: Path) -> None:
    """UTF-8, UTF-16 with a byte order mark, and Latin-1 (with a finding) are all read and checked."""
    utf16 = tmp_path / "utf16"
    utf16.write_bytes(MIT.encode("utf-16"))
    latin1 = tmp_path / "latin1"
    latin1.write_bytes(MIT.replace("Jane Doe", "Jos\u00e9 Doe").encode("latin-1"))
    assert check_file(utf16).base_license == "MIT"
    result = check_file(latin1)
    assert (result.base_license, result.osi_open_source) == ("MIT", True)
    assert [item.kind for item in result.findings] == [FindingKind.UNDECODABLE]
    assert "Jos\u00e9" in result.additions[0].text if result.additions else True


@pytest.mark.parametrize(
    ("content", "kind"),
    [(b"\x7fELF\x02\x01\x01\x00\x00\x00", FindingKind.BINARY), (b"", FindingKind.EMPTY)],
)
def test_binary_and_empty_files_are_skipped(tmp_path: Path, content: bytes, kind: FindingKind) -> None:
    """A binary or empty file gives a skipped result with a finding, not an error."""
    path = tmp_path / "LICENSE"
    path.write_bytes(content)
    result = check_file(path)
    assert (result.skipped, result.osi_open_source, result.path) == (True, None, str(path))
    assert result.verdict is Verdict.NEEDS_REVIEW
    assert kind in {finding.kind for finding in result.findings}


def test_a_file_over_the_size_limit_is_skipped_without_reading_it(tmp_path: Path) -> None:
    """A file over 10 MB is skipped with a note."""
    path = tmp_path / "LICENSE"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    result = check_file(path)
    assert result.skipped
    assert [finding.kind for finding in result.findings] == [FindingKind.TOO_LARGE]


def test_bad_paths_raise_license_file_error(tmp_path: Path) -> None:
    """A missing path, a folder, or a dangling link named explicitly is an error that names the path."""
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "nowhere")
    for path, problem in [
        (tmp_path / "missing", "cannot be read"),
        (tmp_path, "is a folder"),
        (link, "cannot be read"),
    ]:
        with pytest.raises(LicenseFileError, match=problem) as caught:
            check_file(path)
        assert caught.value.path == str(path)
        assert isinstance(caught.value, OSError)


def test_check_bytes_decodes_or_skips() -> None:
    """check_bytes reads UTF-16 with a byte order mark, and skips binary or oversized input with a finding."""
    assert check_bytes(MIT.encode("utf-16"), path="x").base_license == "MIT"
    binary = check_bytes(b"\x00\x01\x02", path="x")
    assert (binary.skipped, binary.path, [item.kind for item in binary.findings]) == (True, "x", [FindingKind.BINARY])
    large = check_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert [item.kind for item in large.findings] == [FindingKind.TOO_LARGE]


def test_decode_license_bytes_reports_the_first_bad_byte() -> None:
    """Bytes that are not UTF-8 are decoded as Windows-1252, and the finding names the offending byte."""
    text, findings = decode_license_bytes(b"Copyright \xa9 2026")
    assert text == "Copyright \u00a9 2026"
    assert "byte 10" in findings[0].message


# --- trees of files ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("LICENSE", True),
        ("LICENSE.txt", True),
        ("licence.md", True),
        ("COPYING.LESSER", True),
        ("UNLICENSE", True),
        ("LICENSE-MIT", True),
        ("MIT-LICENSE.txt", True),
        ("license.py", False),
        ("license.json", False),
        ("license_key_index.json.ABOUT", False),
        ("README.md", False),
        ("NOTICE", False),
    ],
)
def test_license_file_names(name: str, expected: bool) -> None:
    """License files are told by name; code, data and other documentation are not license files."""
    assert license_file_name(name) is expected


def _tree(root: Path, count: int) -> list[Path]:
    files = []
    for number in range(count):
        folder = root / f"package-{number:03d}"
        folder.mkdir(parents=True)
        text = place(MILITARY, MIT, "before") if number % 7 == 0 else MIT.replace("Jane Doe", f"Author {number}")
        path = folder / ("LICENSE" if number % 2 else "COPYING.txt")
        path.write_text(text, encoding="utf-8")
        (folder / "module.py").write_text("print('a module, not a license')\n", encoding="utf-8")
        files.append(path)
    (root / ".git").mkdir()
    (root / ".git" / "LICENSE").write_text(MIT, encoding="utf-8")
    return sorted(files)


def test_find_license_files_walks_a_tree_in_order(tmp_path: Path) -> None:
    """Every license file under a folder is found, sorted, skipping .git and non-license files."""
    assert find_license_files(tmp_path) == []
    files = _tree(tmp_path, 5)
    assert find_license_files(tmp_path) == files


def test_check_paths_in_workers_gives_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    """A tree checked by worker processes gives exactly the results, in order, of checking it in one process."""
    files = _tree(tmp_path, 70)
    totals: list[int] = []
    parallel = list(check_paths([tmp_path], recursive=True, jobs=2, on_total=totals.append))
    serial = list(check_paths([tmp_path], recursive=True, jobs=1))
    assert totals == [70]
    assert parallel == serial
    assert [result.path for result in parallel] == [str(path) for path in files]
    assert sum(not result.osi_open_source for result in parallel) == 10


def test_check_paths_refuses_missing_paths_and_folders_without_recursive(tmp_path: Path) -> None:
    """Only with recursive may a folder be given; a missing path is an error either way."""
    with pytest.raises(LicenseFileError, match="does not exist"):
        list(check_paths([tmp_path / "missing"]))
    with pytest.raises(LicenseFileError, match="--recursive"):
        list(check_paths([tmp_path]))


# --- output ------------------------------------------------------------------------------------------------------


def test_json_keys_are_those_promised() -> None:
    """The JSON of a composite has the documented keys, restrictions with text/restricts/criteria/clause.

    The order of the first keys is tested with the report module (tests/check/test_report.py).
    """
    data = check_data(check_text(composite("MIT", ("military",))))
    assert {"restrictions", "violations", "findings", "additions", "clauses"} <= set(data)
    [restriction] = data["restrictions"]
    assert set(restriction) >= {"text", "restricts", "criteria", "clause"}
    assert data["criteria"] == list(FIELDS)
    assert data["declared_license"].startswith("LicenseRef-MIT-with-military-")
    assert (restriction["restricts"], restriction["criteria"], restriction["clause"]) == (
        "fields-of-endeavor",
        ["OSD-6"],
        "military",
    )
    assert {"criterion", "reason"} <= set(data["violations"][0])
    assert json.loads(format_check_json([check_text(MIT)], single=True))["base_license"] == "MIT"
    assert isinstance(json.loads(format_check_json([check_text(MIT), check_text(MIT)])), list)


def test_text_report_is_deterministic_and_normalised() -> None:
    """The report for people has one final newline, no trailing spaces, and is the same every time."""
    results = [check_text(MIT, path="a/LICENSE"), check_text(composite("MIT", ("military",)), path="b/LICENSE")]
    report = format_check_text(results)
    assert report == format_check_text(results)
    assert report.endswith("\n")
    assert not report.endswith("\n\n")
    assert all(line == line.rstrip() for line in report.splitlines())
    assert report.splitlines()[0] == "a/LICENSE: open source"
    assert "b/LICENSE: not open source (fails OSD-6)" in report
    assert report.splitlines()[-1] == "2 files: 1 open source, 1 not open source"


# --- packaging and start-up ----------------------------------------------------------------------------------------


def test_the_shipped_match_index_is_current() -> None:
    """The shipped word-pair index is exactly what scripts/build_match_index.py builds from the shipped SPDX data."""
    assert resource_bytes(_INDEX_RESOURCE) == write_index_document(index_document()), (
        "run python scripts/build_match_index.py"
    )


@pytest.mark.subprocess
def test_importing_ethlicense_does_not_load_the_matcher() -> None:
    """``import ethlicense`` stays light: the matcher and its data load only when a text is checked."""
    code = "import sys, ethlicense; print(sorted(m for m in sys.modules if m.startswith('ethlicense.')))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = completed.stdout
    assert "'ethlicense.models'" in loaded  # the listing is of the package's modules
    for module in ("_spdx_data", "_normalise", "_templates", "_index", "_locate", "_analyse", "_classify", "_cues"):
        assert f"ethlicense.check.{module}'" not in loaded


def test_the_check_a_tree_example_readme_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands in examples/check-a-tree/README.md give the output shown there."""
    import shutil  # noqa: PLC0415 - only this test copies a folder

    folder = tmp_path / "check-a-tree"
    shutil.copytree(ROOT / "examples" / "check-a-tree", folder)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "120")
    run_document(folder / "README.md", monkeypatch.chdir)
    assert (folder / "geo-tools.json").exists()


def test_a_list_of_named_organizations_is_reported_wholly_as_the_restriction() -> None:
    """A sentence denying the license to "the following entities:" and its list form one restriction, not half notes."""
    mit = base_text("MIT")
    denial = (
        "The following license shall not be granted to the following entities or any subsidiary thereof:\n\n"
        '- "Example Defense Corporation"\n- "Palantir Technologies"\n- "Amazon.com, Inc."\n'
    )
    result = check_text(denial + "\n" + mit)
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    [restriction] = {item.text for item in result.restrictions}
    assert restriction.startswith("The following license shall not be granted")
    assert restriction.endswith('- "Amazon.com, Inc."')
    assert not [item for item in result.additions if item.kind is AdditionKind.NOTE]


@pytest.mark.parametrize(
    ("addition", "verdict"),
    [
        ("No Palantir.", Verdict.NOT_OPEN_SOURCE),
        ("No forks.", Verdict.NOT_OPEN_SOURCE),
        ("No use by any police force is permitted.", Verdict.NOT_OPEN_SOURCE),
        ("Forks of this project by cryptocurrency exchanges are something we never agreed to.", Verdict.NEEDS_REVIEW),
        ("You cannot:", Verdict.NEEDS_REVIEW),
        ("No changes were made to the license text above.", Verdict.OPEN_SOURCE),
        ("You don't need our permission to use this in commercial projects.", Verdict.OPEN_SOURCE),
        ("This project is maintained by Jane.", Verdict.OPEN_SOURCE),
    ],
)
def test_unknown_binding_looking_prose_needs_review_and_is_never_open_source(addition: str, verdict: Verdict) -> None:
    """Short and inverted prohibitions restrict; prose that may bind but is not recognised needs review."""
    result = check_text(addition + "\n\n" + base_text("MIT"))
    assert result.verdict is verdict
    if verdict is Verdict.NEEDS_REVIEW:
        assert [item.text for item in result.review] == [addition]
        assert result.osi_open_source is None
        assert FindingKind.NEEDS_REVIEW in {item.kind for item in result.findings}


def _real_world(kind: str) -> str:
    mit = base_text("MIT")
    lines = mit.splitlines()
    return {
        "markdown-indented": "# License\n\n" + "\n".join("    " + line if line else "" for line in lines) + "\n",
        "markdown-fenced": "# License\n\n```text\n" + mit + "```\n",
        "markdown-emphasis": mit.replace("MIT License", "## MIT License").replace(
            "THE SOFTWARE IS PROVIDED", "**THE SOFTWARE IS PROVIDED**"
        ),
        "extra-commas": mit.replace("without restriction", "without restriction,").replace("do so,", "do so,,"),
        "html": "<p>" + mit.replace("\n\n", "</p>\n<p>") + "</p>\n",
        "comment-wrapped": "/*\n" + "\n".join(" * " + line if line else " *" for line in lines) + "\n */\n",
    }[kind]


@pytest.mark.parametrize(
    "kind",
    ["markdown-indented", "markdown-fenced", "markdown-emphasis", "extra-commas", "html", "comment-wrapped"],
)
def test_real_world_forms_of_mit_are_still_mit_and_open_source(kind: str) -> None:
    """Markdown, HTML, comments and punctuation do not hide the base; minor differences are a finding, not a fault.

    Markdown emphasis and code fences are markup, read past like whitespace; tags and punctuation are findings.
    """
    result = check_text(_real_world(kind))
    assert (result.base_license, result.verdict) == ("MIT", Verdict.OPEN_SOURCE), result.findings
    kinds = {item.kind for item in result.findings}
    assert FindingKind.MODIFIED_BASE not in kinds
    if kind in {"extra-commas", "html"}:
        assert FindingKind.MINOR_DIFFERENCES in kinds


def test_a_heavily_reworded_base_is_a_guess_with_a_similarity_and_needs_review() -> None:
    """A reworded MIT names MIT only as a best guess with its Dice similarity; without a restriction it needs review."""
    mit = base_text("MIT")
    reworded = mit.replace("Permission is hereby granted, free of charge, to any person", "Anyone may, at no cost,")
    reworded = reworded.replace(
        "The above copyright notice and this permission notice shall be included in all", "Keep this in all"
    )
    result = check_text(reworded)
    assert (result.base_license, result.license_id_guess, result.verdict) == (None, "MIT", Verdict.NEEDS_REVIEW)
    assert result.guess_similarity is not None
    assert 0.8 < result.guess_similarity < 1.0
    restricted = check_text(reworded + "\nThe Software may not be used for military purposes.\n")
    assert restricted.verdict is Verdict.NOT_OPEN_SOURCE
    assert "OSD-6" in restricted.criteria
