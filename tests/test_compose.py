# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The public API: compose(), clause(), and the errors bad input gets."""

from __future__ import annotations

import datetime
import re

import pytest

import ethlicense
from ethlicense.compose import default_year


def test_issue_example_works_end_to_end() -> None:
    """The example from the project's first issue composes, names and judges the license."""
    lic = ethlicense.compose(
        "MIT",
        clauses=["military", ethlicense.clause("named-organizations", organizations=["Palantir Technologies Inc."])],
        holders=["Jane Doe"],
        year=2026,
    )
    assert lic.license_id.startswith("LicenseRef-")
    assert lic.osi_open_source is False
    assert ("OSD-5", "named-organizations") in {(v.criterion, v.clause) for v in lic.violations}
    assert ("OSD-6", "military") in {(v.criterion, v.clause) for v in lic.violations}
    assert "Palantir Technologies Inc." in lic.text
    assert [item.id for item in lic.provenance.clauses] == ["military", "named-organizations"]


def test_bare_base_keeps_its_spdx_id_and_name() -> None:
    """Without clauses the license is its base: SPDX id, SPDX name, open source."""
    lic = ethlicense.compose("Apache-2.0", holders=["Jane Doe"], year=2026)
    assert (lic.license_id, lic.name, lic.osi_open_source) == ("Apache-2.0", "Apache License 2.0", True)
    assert lic.violations == ()


def test_restricted_license_is_never_named_as_its_base() -> None:
    """A composite has a LicenseRef id and a name that is not the base's."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    assert re.fullmatch(r"LicenseRef-MIT-with-military-[0-9a-f]{10}", lic.license_id)
    assert lic.name != "MIT License"
    assert not lic.name.startswith("MIT")
    assert lic.text.splitlines()[0] == lic.name


@pytest.mark.parametrize("name", ["MIT License", "mit", "Apache License 2.0", "  MIT   license "])
def test_restricted_license_may_not_take_a_base_name(name: str) -> None:
    """A composite named like a base license is refused."""
    with pytest.raises(ethlicense.InvalidSpecError, match="name of its own"):
        ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, name=name)


def test_custom_name_and_license_id_are_used() -> None:
    """A chosen name and LicenseRef id appear in the result."""
    lic = ethlicense.compose(
        "MIT", clauses=["military"], holders=["A"], year=2026, name="Peaceful License", license_id="LicenseRef-Peace"
    )
    assert (lic.name, lic.license_id) == ("Peaceful License", "LicenseRef-Peace")
    assert lic.text.startswith("Peaceful License\n")


@pytest.mark.parametrize("license_id", ["MIT", "LicenseRef-", "LicenseRef-has space", "LicenseRef-x_y"])
def test_malformed_license_id_is_refused(license_id: str) -> None:
    """Only well-formed LicenseRef ids are accepted."""
    with pytest.raises(ethlicense.InvalidSpecError, match="license_id"):
        ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, license_id=license_id)


def test_unknown_base_suggests_the_nearest() -> None:
    """A misspelt base id names the nearest known ids."""
    with pytest.raises(ethlicense.UnknownLicenseError, match=r"Did you mean (?:'[^']+' or )*'Apache-2\.0'") as caught:
        ethlicense.compose("Apache2.0", holders=["A"])
    assert caught.value.license_id == "Apache2.0"
    assert isinstance(caught.value, LookupError)


def test_base_id_case_is_forgiven() -> None:
    """Base ids match regardless of case."""
    assert ethlicense.compose("mit", holders=["A"], year=2026).license_id == "MIT"


def test_unknown_clause_suggests_the_nearest() -> None:
    """A misspelt clause id names the nearest known ids."""
    with pytest.raises(ethlicense.UnknownClauseError, match=r"Did you mean (?:'[^']+' or )*'military'"):
        ethlicense.compose("MIT", clauses=["militery"], holders=["A"])


def test_missing_required_parameter_is_named() -> None:
    """A required parameter left out is named in the error."""
    with pytest.raises(ethlicense.ParameterError, match="'organizations': required") as caught:
        ethlicense.compose("MIT", clauses=["named-organizations"], holders=["A"])
    assert (caught.value.clause_id, caught.value.parameter) == ("named-organizations", "organizations")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"organizations": 42}, "expected a list of strings"),
        ({"organizations": []}, "at least one"),
        ({"organizations": ["A", "A"]}, "listed twice"),
        ({"organizations": ["A"], "effective_date": "yesterday"}, "YYYY-MM-DD"),
        ({"organizations": ["A"], "colour": "red"}, "no such parameter"),
    ],
)
def test_wrongly_typed_parameter_is_named(arguments: dict[str, object], message: str) -> None:
    """Parameters of the wrong type or shape are refused with a message naming them."""
    with pytest.raises(ethlicense.ParameterError, match=message):
        ethlicense.clause("named-organizations", **arguments)


def test_parameters_accept_command_line_strings() -> None:
    """Lists, dates and booleans can be given as strings, as the command line does."""
    configured = ethlicense.clause(
        "named-organizations",
        organizations="Palantir Technologies Inc.; Microsoft Corporation",
        effective_date="2018-08-28",
    )
    assert configured.arguments["organizations"] == ("Palantir Technologies Inc.", "Microsoft Corporation")
    assert configured.arguments["effective_date"] == datetime.date(2018, 8, 28)
    assert ethlicense.clause("military", allow_humanitarian="no").arguments["allow_humanitarian"] is False


@pytest.mark.parametrize(
    "hidden",
    ["\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\x1b", "\n", "\u2028"],
)
def test_hidden_characters_are_refused_in_every_user_string(hidden: str) -> None:
    """Control, bidirectional and zero-width characters are refused in holders, names and parameters."""
    with pytest.raises(ethlicense.UnsafeTextError, match=rf"U\+{ord(hidden):04X}"):
        ethlicense.compose("MIT", holders=[f"Jane{hidden}Doe"], year=2026)
    with pytest.raises(ethlicense.UnsafeTextError):
        ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, name=f"Name{hidden}")
    with pytest.raises(ethlicense.UnsafeTextError):
        ethlicense.clause("named-organizations", organizations=[f"Evil{hidden}Corp"])


@pytest.mark.parametrize("year", [1969, 2101, -1])
def test_year_outside_range_is_refused(year: int) -> None:
    """Years outside 1970-2100 are refused."""
    with pytest.raises(ethlicense.InvalidSpecError, match="year"):
        ethlicense.compose("MIT", holders=["A"], year=year)


@pytest.mark.parametrize("year", [1970, 2100])
def test_year_range_is_inclusive(year: int) -> None:
    """The first and last accepted years render."""
    assert f"Copyright (c) {year} A" in ethlicense.compose("MIT", holders=["A"], year=year).text


def test_year_defaults_to_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a year, SOURCE_DATE_EPOCH decides it, for reproducible builds."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1535414400")
    assert default_year() == 2018
    assert "Copyright (c) 2018 A" in ethlicense.compose("MIT", holders=["A"]).text


def test_the_same_clause_twice_is_refused() -> None:
    """Choosing one clause twice is an error, not a duplicated section."""
    with pytest.raises(ethlicense.ClauseConflictError, match="more than once"):
        ethlicense.compose("MIT", clauses=["military", "military"], holders=["A"])


@pytest.mark.parametrize("base", ["GPL-2.0-only", "GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only"])
def test_gpl_family_refuses_restrictions_and_says_why(base: str) -> None:
    """GPL-family bases refuse restriction clauses, citing the section that voids them."""
    with pytest.raises(ethlicense.RestrictionRefusedError, match=r"section (6|7)") as caught:
        ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026)
    assert caught.value.license_id == base


def test_gpl_override_renders_with_a_removable_verdict() -> None:
    """With the override, a GPL composite renders and its verdict says the restrictions are removable."""
    lic = ethlicense.compose(
        "GPL-3.0-only", clauses=["military"], holders=["A"], year=2026, allow_void_restrictions=True
    )
    assert lic.assessment.restrictions_removable is True
    assert any("section 7" in note for note in lic.assessment.notes)
    assert "restrictions-void" in {item.id for item in lic.assessment.consequences}
    assert lic.osi_open_source is False


def test_user_defined_clause_is_rendered_and_assessed() -> None:
    """A clause defined in Python is validated, rendered and judged by what it restricts."""
    mining = ethlicense.Clause(
        id="no-crypto-mining",
        title="No cryptocurrency mining",
        restricts=(ethlicense.Restriction.FIELDS_OF_ENDEAVOR,),
        template="The Software may not be used to mine cryptocurrency{{ '.' if strict else ', except for tests.' }}",
        parameters=(
            ethlicense.Parameter(
                name="strict",
                kind=ethlicense.ParameterKind.BOOLEAN,
                description="No exception for tests.",
                default=True,
            ),
        ),
    )
    lic = ethlicense.compose("MIT", clauses=[mining], holders=["A"], year=2026)
    assert "may not be used to mine cryptocurrency." in lic.text
    assert {v.criterion for v in lic.violations} == {"OSD-6", "DFSG-6", "FSF-0"}
    assert lic.provenance.clauses[0].builtin is False


def test_rendering_is_deterministic() -> None:
    """The same inputs give the same bytes and the same hash."""
    first = ethlicense.compose("BSD-3-Clause", clauses=["military"], holders=["A"], year=2026)
    second = ethlicense.compose("BSD-3-Clause", clauses=["military"], holders=["A"], year=2026)
    assert first.text == second.text
    assert first.sha256 == second.sha256


def test_distinct_parameterisations_get_distinct_ids() -> None:
    """A clause with other parameter values is another text, so it gets another id; the same inputs, the same id."""
    with_exception = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    without = ethlicense.compose(
        "MIT", clauses=[ethlicense.clause("military", allow_humanitarian=False)], holders=["A"], year=2026
    )
    one_list = ethlicense.clause("named-organizations", organizations=["Example Corp."])
    other_list = ethlicense.clause("named-organizations", organizations=["Other Corp."])
    first = ethlicense.compose("MIT", clauses=[one_list], holders=["A"], year=2026)
    second = ethlicense.compose("MIT", clauses=[other_list], holders=["A"], year=2026)
    assert with_exception.license_id != without.license_id
    assert first.license_id != second.license_id
    assert first.license_id == ethlicense.compose("MIT", clauses=[one_list], holders=["A"], year=2026).license_id
    assert all(item.license_id.startswith("LicenseRef-MIT-with-") for item in (without, first, second))


def test_holders_and_year_do_not_change_the_id() -> None:
    """The copyright notice is not part of the terms: other holders or another year keep the id."""
    one = ethlicense.compose("BSD-3-Clause", clauses=["military"], holders=["A"], year=2026)
    two = ethlicense.compose("BSD-3-Clause", clauses=["military"], holders=["B", "C"], year=2030)
    assert one.license_id == two.license_id
    assert one.text != two.text


def test_the_text_states_its_id_and_catalog_version() -> None:
    """The identification term names the id and the catalog version the conditions were drafted with."""
    lic = ethlicense.compose("ISC", clauses=["military"], holders=["A"], year=2026)
    flat = " ".join(lic.text.split())
    version = ethlicense.default_catalog().versions.catalog
    assert f"This license is identified as {lic.license_id}" in flat
    assert f"drafted with ethlicense's clause catalog {version}" in flat


@pytest.mark.parametrize("base", ["BSL-1.0", "Zlib"])
def test_bases_that_exempt_binaries_get_conditions_for_every_form(base: str) -> None:
    """Where the base's notice rule spares object code, the conditions cover every form, and the verdict says so."""
    lic = ethlicense.compose(base, clauses=["military"], holders=["A"], year=2026)
    flat = " ".join(lic.text.split())
    assert "These Additional Conditions apply to the Software in every form and to every copy of it" in flat
    assert any("every form" in note for note in lic.assessment.notes)


@pytest.mark.parametrize("name", ["MIT License (ethical edition)", "mit license with conditions", "Apache-2.0 plus"])
def test_a_restricted_name_may_not_begin_with_a_base_name(name: str) -> None:
    """A restricted license's name that begins with a base's name or id is refused."""
    with pytest.raises(ethlicense.InvalidSpecError, match="begins with the name of"):
        ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, name=name)


def test_repr_is_short() -> None:
    """A model's repr names it without its templates and texts: a few hundred characters, not thousands."""
    configured = ethlicense.clause("military")
    rendered = ethlicense.compose("MIT", clauses=[configured], holders=["A"], year=2026)
    assert repr(configured) == "ConfiguredClause(clause=<Clause 'military'>, arguments={'allow_humanitarian': True})"
    assert len(repr(configured.clause)) < 400
    assert repr(configured.clause).startswith("Clause(id='military', version=")
    assert "template=<" in repr(configured.clause)
    assert len(repr(rendered)) < 400
    assert rendered.license_id in repr(rendered)
    assert repr(rendered.spec) == (
        "LicenseSpec(base=<BaseLicense 'MIT'>, clauses=(<ConfiguredClause 'military'>,), holders=('A',), year=2026)"
    )
