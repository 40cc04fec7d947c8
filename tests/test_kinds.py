# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A user-defined clause whose text reads as another kind of restriction than it declares is flagged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._kinds import declared_kind_warning, read_restrictions
from ethlicense.cli import cli
from ethlicense.models import Restriction
from tests.conftest import sample_arguments

ACME_WARNING = (
    'clause "acme": declared fields-of-endeavor (OSD-6) but its text reads as persons-or-groups (OSD-5); '
    "check the declaration"
)

ACME_TOML = """\
id = "acme"
title = "No use by Acme"
restricts = ["fields-of-endeavor"]
text = "Acme Corp may not use the Software."
"""


def _clause(text: str, *restricts: Restriction, clause_id: str = "acme") -> ethlicense.Clause:
    return ethlicense.Clause(id=clause_id, title="User clause", restricts=restricts, template=text)


def test_python_clause_declared_wrongly_gets_a_warning() -> None:
    """A clause declared as a field of endeavor whose text names an organization is flagged in the verdict."""
    acme = _clause("Acme Corp may not use the Software.", Restriction.FIELDS_OF_ENDEAVOR)
    lic = ethlicense.compose("MIT", clauses=[acme], holders=["A"], year=2026)
    assert lic.assessment.warnings == (ACME_WARNING,)
    # The verdict still follows the declaration; the warning is what tells the two apart.
    assert lic.assessment.criteria == ("OSD-6", "DFSG-6", "FSF-0")


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        ("Acme Corp may not use the Software.", Restriction.PERSONS_OR_GROUPS),
        ("The Software may not be used to mine cryptocurrency.", Restriction.FIELDS_OF_ENDEAVOR),
        ("You may not sell the Software.", Restriction.DISTRIBUTION),
        ("You must register with the Licensor before using the Software.", Restriction.ADDITIONAL_AGREEMENT),
    ],
)
def test_matching_declaration_gives_no_warning(text: str, declared: Restriction) -> None:
    """A clause whose text reads as the kind it declares renders without warnings."""
    lic = ethlicense.compose("MIT", clauses=[_clause(text, declared)], holders=["A"], year=2026)
    assert lic.assessment.warnings == ()
    assert read_restrictions(text) == (declared,)


def test_reading_that_shares_a_kind_is_not_reported() -> None:
    """A text that reads as the declared kind and another one is not flagged: long texts pick up extra kinds."""
    text = "Acme Corp may not use the Software for military purposes."
    assert set(read_restrictions(text)) == {Restriction.PERSONS_OR_GROUPS, Restriction.FIELDS_OF_ENDEAVOR}
    assert declared_kind_warning(ethlicense.clause(_clause(text, Restriction.FIELDS_OF_ENDEAVOR)), text) is None


def test_text_read_as_no_restriction_is_not_reported() -> None:
    """A text from which the classifier reads no kind is no evidence of a different one."""
    text = "We kindly ask, though it is not a condition, that you not use it for weapons."
    assert read_restrictions(text) == ()
    assert declared_kind_warning(ethlicense.clause(_clause(text, Restriction.FIELDS_OF_ENDEAVOR)), text) is None


def test_every_declared_and_read_kind_is_named() -> None:
    """Several declared kinds are all named, each with its criterion."""
    text = "You may not sell the Software."
    clause = _clause(text, Restriction.FIELDS_OF_ENDEAVOR, Restriction.TECHNOLOGY)
    warning = declared_kind_warning(ethlicense.clause(clause), text)
    assert warning == (
        'clause "acme": declared fields-of-endeavor (OSD-6) and technology (OSD-10) but its text reads as '
        "distribution (OSD-1); check the declaration"
    )


def test_builtin_clause_is_never_compared() -> None:
    """A clause marked as built in is skipped, whatever its text says."""
    clause = ethlicense.Clause(
        id="acme",
        title="User clause",
        restricts=(Restriction.FIELDS_OF_ENDEAVOR,),
        template="Acme Corp may not use the Software.",
        builtin=True,
    )
    assert declared_kind_warning(ethlicense.clause(clause), "Acme Corp may not use the Software.") is None


@pytest.mark.parametrize("clause_id", sorted(ethlicense.default_catalog().clauses))
def test_builtin_catalog_clauses_render_without_warnings(clause_id: str) -> None:
    """Rendering built-in clauses never warns."""
    clause = ethlicense.default_catalog().clauses[clause_id]
    configured = ethlicense.clause(clause, **sample_arguments(clause))
    lic = ethlicense.compose("MIT", clauses=[configured], holders=["A"], year=2026)
    assert lic.assessment.warnings == ()


def test_rendering_builtin_clauses_does_not_load_the_classifier() -> None:
    """Only a license with a user-defined clause imports check's classifier; built-in clauses pay nothing."""
    code = (
        "import sys, ethlicense\n"
        "ethlicense.compose('MIT', clauses=['military'], holders=['A'], year=2026)\n"
        "print('ethlicense._classify' in sys.modules, 'ethlicense._kinds' in sys.modules)\n"
        "user = ethlicense.Clause(id='acme', title='T', restricts=['persons-or-groups'], template='Acme may not.')\n"
        "ethlicense.compose('MIT', clauses=[user], holders=['A'], year=2026)\n"
        "print('ethlicense._classify' in sys.modules, 'ethlicense._kinds' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["False False", "True True"]


def _write_clause_file(directory: Path) -> Path:
    path = directory / "acme.toml"
    path.write_text(ACME_TOML, encoding="utf-8")
    return path


def test_clause_file_warning_is_printed_with_the_verdict(tmp_path: Path) -> None:
    """`render --clause-file` prints the warning on stderr after the verdict line; stdout keeps the license alone."""
    path = _write_clause_file(tmp_path)
    result = CliRunner().invoke(
        cli, ["render", "MIT", "--clause-file", str(path), "--holder", "A", "--year", "2026"], catch_exceptions=False
    )
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith("LicenseRef-MIT-with-acme-")
    assert "fails OSD-6 (acme)" in lines[0]
    assert lines[1] == f"warning: {ACME_WARNING}"
    assert "warning:" not in result.stdout


def test_clause_file_warning_is_in_the_json(tmp_path: Path) -> None:
    """`render --format json` carries the warnings under "warnings"."""
    path = _write_clause_file(tmp_path)
    result = CliRunner().invoke(
        cli,
        ["render", "MIT", "--clause-file", str(path), "--holder", "A", "--year", "2026", "--format", "json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"] == [ACME_WARNING]


def test_builtin_json_has_an_empty_warnings_list() -> None:
    """A license of built-in clauses has an empty "warnings" list in its JSON."""
    result = CliRunner().invoke(
        cli,
        ["render", "MIT", "--clause", "military", "--holder", "A", "--year", "2026", "--format", "json"],
        catch_exceptions=False,
    )
    assert json.loads(result.stdout)["warnings"] == []
