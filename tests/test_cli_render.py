# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense render`: the text, the verdict, the formats, --output, user clauses and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import ethlicense
from tests.cli_helpers import run, run_process

ORGANIZATIONS = "named-organizations.organizations=Palantir Technologies Inc.;Microsoft Corporation"


def test_render_bare_mit_is_the_library_text() -> None:
    """`render MIT` prints exactly the text the library renders, and an open-source verdict on stderr."""
    code, out, err = run("render", "MIT", "--holder", "Jane Doe", "--year", "2026")
    assert code == 0
    assert out == ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text
    assert "MIT: open source" in err


def test_render_with_clauses_prints_the_verdict_on_stderr() -> None:
    """Clauses are rendered, and stderr names the criteria and clauses that fail."""
    code, out, err = run("render", "MIT", "--clause", "military", "--clause", "ice-collaborators", "--holder", "J")
    assert code == 0
    assert "A2. " in out
    assert "A3. " in out
    assert "not open source" in err
    assert "OSD-5 (ice-collaborators)" in err
    assert "OSD-6 (military)" in err


def test_render_quiet_prints_no_verdict() -> None:
    """--quiet keeps stderr empty."""
    code, _, err = run("render", "MIT", "--clause", "military", "--holder", "J", "--quiet")
    assert (code, err) == (0, "")


def test_render_set_passes_list_parameters() -> None:
    """--set fills a list parameter from ';'-separated items."""
    code, out, _ = run("render", "MIT", "--clause", "named-organizations", "--set", ORGANIZATIONS, "--holder", "J")
    assert code == 0
    assert "Palantir Technologies Inc." in out
    assert "Microsoft Corporation" in out


def test_render_json_has_the_documented_keys() -> None:
    """--format json gives text, license_id, name, osi_open_source, violations, clauses and provenance."""
    code, out, _ = run(
        "render",
        "MIT",
        "--clause",
        "named-organizations",
        "--set",
        ORGANIZATIONS,
        "--holder",
        "J",
        "--year",
        "2026",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert {"text", "license_id", "name", "osi_open_source", "violations", "clauses", "provenance"} <= set(data)
    assert data["osi_open_source"] is False
    assert data["license_id"].startswith("LicenseRef-MIT-with-named-organizations-")
    assert {"criterion": "OSD-5", "clause": "named-organizations"}.items() <= data["violations"][0].items()
    assert set(data["violations"][0]) == {"criterion", "clause", "reason"}
    assert data["clauses"][0]["arguments"]["organizations"] == ["Palantir Technologies Inc.", "Microsoft Corporation"]
    assert data["provenance"]["clauses"][0]["sources"]


def test_render_markdown_and_provenance_formats() -> None:
    """--format markdown gives headings; --format provenance gives the sources report."""
    _, markdown, _ = run("render", "MIT", "--clause", "military", "--holder", "J", "--format", "markdown")
    assert markdown.startswith("# Conditional license based on the MIT License")
    _, report, _ = run("render", "MIT", "--clause", "military", "--holder", "J", "--format", "provenance")
    assert "## Clause `military`" in report
    assert "| OSD-6 | military |" in report


def test_output_file_is_written_and_never_clobbered(tmp_path: Path) -> None:
    """-o writes the file; a second run refuses without --force and keeps the old content."""
    target = tmp_path / "LICENSE"
    assert run("render", "MIT", "--holder", "J", "--year", "2026", "-o", str(target))[0] == 0
    first = target.read_text(encoding="utf-8")
    code, out, err = run("render", "MIT", "--holder", "K", "-o", str(target))
    assert code == 2
    assert "exists" in err
    assert "--force" in err
    assert out == ""
    assert target.read_text(encoding="utf-8") == first
    assert run("render", "MIT", "--holder", "K", "--year", "2026", "-o", str(target), "--force")[0] == 0
    assert "2026 K" in target.read_text(encoding="utf-8")
    assert [path.name for path in tmp_path.iterdir()] == ["LICENSE"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "MTI", "--holder", "J"], re.compile(r"Did you mean (?:'[^']+' or )*'MIT'")),
        (
            ["render", "MIT", "--clause", "militry", "--holder", "J"],
            re.compile(r"Did you mean (?:'[^']+' or )*'military'"),
        ),
        (["render", "MIT", "--clause", "named-organizations", "--holder", "J"], "'organizations': required"),
        (["render", "MIT", "--holder", "J", "--year", "1900"], "year"),
        (["render", "MIT", "--holder", "J\u202eX"], "U+202E"),
        (["render", "GPL-3.0-only", "--clause", "military"], "does not accept restriction clauses"),
        (["render", "MIT", "--set", "military.x=1", "--holder", "J"], "is not chosen"),
        (["render", "MIT", "--clause", "military", "--set", "bad", "--holder", "J"], "CLAUSE.PARAMETER=VALUE"),
        (["render", "MIT"], "copyright holder"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str], message: str | re.Pattern[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad input gives exit code 2 and one readable line on stderr, never a traceback.

    A suggestion is matched as a pattern: the id expected may follow others that are as near.
    """
    monkeypatch.chdir(tmp_path)  # no project here to take a default holder from
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert message.search(err) if isinstance(message, re.Pattern) else message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_clause_file_adds_user_clauses(tmp_path: Path) -> None:
    """--clause-file defines and adds user clauses, judged like built-in ones."""
    path = tmp_path / "mining.toml"
    path.write_text(
        'id = "no-crypto-mining"\ntitle = "No cryptocurrency mining"\nrestricts = ["fields-of-endeavor"]\n'
        'text = "The Software may not be used to mine cryptocurrency."\n',
        encoding="utf-8",
    )
    code, out, _ = run("render", "MIT", "--clause-file", str(path), "--holder", "J", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["clauses"][0]["id"] == "no-crypto-mining"
    assert "mine cryptocurrency" in data["text"]
    assert {item["criterion"] for item in data["violations"]} == {"OSD-6", "DFSG-6", "FSF-0"}
    code, out, _ = run("clauses", "--clause-file", str(path))
    assert "no-crypto-mining" in out


def test_broken_clause_file_names_the_field(tmp_path: Path) -> None:
    """A clause file with a bad field gives one line naming the file and the field."""
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\ntitle = "X"\nrestricts = ["everything"]\ntext = "T"\n', encoding="utf-8")
    code, _, err = run("render", "MIT", "--clause-file", str(path), "--holder", "J")
    assert code == 2
    assert "bad.toml" in err
    assert "restricts" in err


@pytest.mark.parametrize("license_id", ["LicenseRef-MIT-TC", "LicenseRef-Apache", "LicenseRef-AGPL"])
def test_aliased_license_ref_is_refused_on_the_command_line(license_id: str) -> None:
    """The CLI refuses the id with one line and exit code 2, before anything is written."""
    code, out, err = run("render", "MIT", "--clause", "military", "--holder", "A", "--license-id", license_id)
    assert code == 2
    assert out == ""
    assert "read by SPDX tools as" in err
    assert err.count("\n") == 1


@pytest.mark.subprocess
def test_real_render() -> None:
    """The installed command renders in a child process: the text on stdout, the verdict on stderr."""
    result = run_process("render", "MIT", "--clause", "military", "--holder", "Jane Doe", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert "Copyright (c) 2026 Jane Doe" in result.stdout
    assert "not open source" in result.stderr


@pytest.mark.subprocess
def test_real_render_refusal_is_one_line() -> None:
    """An unknown base in a child process: exit code 2, one line on stderr, no traceback, nothing on stdout."""
    result = run_process("render", "MTI")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: unknown base license 'MTI'")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_clause_file_may_restrict_the_source_code(tmp_path: Path) -> None:
    """A user clause that keeps the source back is judged by OSD 2, and its text reads as that kind."""
    path = tmp_path / "binaries.toml"
    path.write_text(
        'id = "binaries-only"\ntitle = "Binaries only"\nrestricts = ["source-code"]\n'
        'text = "You may redistribute the Software solely as compiled binaries."\n',
        encoding="utf-8",
    )
    code, out, _ = run("render", "MIT", "--clause-file", str(path), "--holder", "J", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {item["criterion"] for item in data["violations"]} == {"OSD-2", "DFSG-2", "FSF-1"}
    assert data["warnings"] == []  # the declared kind is what the text reads as
    path.write_text(path.read_text(encoding="utf-8").replace("source-code", "distribution"), encoding="utf-8")
    code, out, _ = run("render", "MIT", "--clause-file", str(path), "--holder", "J", "--format", "json")
    assert any("reads as source-code (OSD-2)" in warning for warning in json.loads(out)["warnings"])
