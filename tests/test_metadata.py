# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Package metadata kept in step with the license: checked by verify, updated by build when asked."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._metadata import metadata_files
from ethlicense.build import build_project, verify_project
from ethlicense.cli import cli

PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "toy"  # the distribution name
version = "1.0"
license = "MIT"
classifiers = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: MIT License",
]

# The project's license, for ethlicense.
[tool.ethlicense.license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026

[[tool.ethlicense.clauses]]
id = "military"
"""

RENDERED = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
LICENSE_ID = RENDERED.license_id


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Python project configured in pyproject.toml, whose metadata still says MIT; the current folder."""
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return tmp_path


@pytest.mark.usefixtures("project")
def test_verify_fails_while_pyproject_says_mit() -> None:
    """[tool.ethlicense] with [project] license = "MIT" fails verify, one line for the file, until --metadata."""
    assert run("build", "-q")[0] == 0
    code, out, err = run("verify")
    assert code == 1
    assert out == (
        f"pyproject.toml: [project] license is 'MIT', not {LICENSE_ID!r}; [project] has no license-files; "
        "expected ['LICENSE']; [project] classifiers has 'License :: OSI Approved :: MIT License', which PEP 639 "
        "forbids beside a license expression\n"
    )
    assert err == (
        "1 metadata file names another license: pyproject.toml; run `ethlicense build --metadata` to update it\n"
    )
    code, _, _ = run("build", "--metadata", "-q")
    assert code == 0
    assert run("verify") == (0, "pyproject.toml: all 2 outputs and 1 metadata file match\n", "")


def test_update_keeps_comments_and_layout(project: Path) -> None:
    """Only the license values change in pyproject.toml: comments, order and the tool table stay."""
    build_project(metadata=True)
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    expected = PYPROJECT.replace('license = "MIT"', f'license = "{LICENSE_ID}"\nlicense-files = ["LICENSE"]')
    assert text == expected.replace('    "License :: OSI Approved :: MIT License",\n', "")
    data = tomllib.loads(text)["project"]
    assert data["license"] == LICENSE_ID
    assert data["license-files"] == ["LICENSE"]


def test_build_without_metadata_leaves_the_file_and_says_so(project: Path) -> None:
    """A plain build does not touch pyproject.toml; it notes the mismatch and the option that fixes it."""
    code, _, err = run("build", "-q")
    assert code == 0
    assert (project / "pyproject.toml").read_text(encoding="utf-8") == PYPROJECT
    assert "note: pyproject.toml: [project] license is 'MIT'" in err
    assert "(`ethlicense build --metadata` updates it)" in err


def test_config_asks_for_metadata(project: Path) -> None:
    """`[outputs] metadata = true` makes a plain build update the metadata."""
    with (project / "pyproject.toml").open("a", encoding="utf-8") as file:
        file.write("\n[tool.ethlicense.outputs]\nmetadata = true\n")
    result = build_project()
    assert [report.path for report in result.metadata] == ["pyproject.toml"]
    assert verify_project().ok


def test_package_json_keeps_its_indentation(tmp_path: Path) -> None:
    """package.json gets SEE LICENSE IN, after "version", in the file's own indentation and line ending."""
    (tmp_path / "package.json").write_text('{\n\t"name": "toy",\n\t"version": "1.0.0",\n\t"main": "i.js"\n}\n')
    (found,) = metadata_files(tmp_path, RENDERED)
    assert found.problems == ("no \"license\"; expected 'SEE LICENSE IN LICENSE'",)
    assert found.expected == (
        '{\n\t"name": "toy",\n\t"version": "1.0.0",\n\t"license": "SEE LICENSE IN LICENSE",\n\t"main": "i.js"\n}\n'
    )
    plain = ethlicense.compose("MIT", holders=["A"], year=2026)
    (tmp_path / "package.json").write_text(json.dumps({"name": "toy", "license": "ISC"}, indent=2))
    (found,) = metadata_files(tmp_path, plain)
    assert found.expected == '{\n  "name": "toy",\n  "license": "MIT"\n}'


def test_cargo_uses_license_file_for_a_license_ref(tmp_path: Path) -> None:
    """Cargo.toml: a LicenseRef means license-file and no license key; a listed id means license only."""
    (tmp_path / "Cargo.toml").write_text('[package]\nname = "toy"\nlicense = "MIT"  # keep\n\n[dependencies]\n')
    (found,) = metadata_files(tmp_path, RENDERED, license_file="docs/LICENSE")
    assert len(found.problems) == 2
    assert found.expected == '[package]\nname = "toy"\nlicense-file = "docs/LICENSE"\n\n[dependencies]\n'
    (tmp_path / "Cargo.toml").write_text(found.expected)
    (found,) = metadata_files(tmp_path, ethlicense.compose("MIT", holders=["A"], year=2026))
    assert found.expected == '[package]\nname = "toy"\nlicense = "MIT"\n\n[dependencies]\n'


def test_readme_badge_is_checked_only_when_present(tmp_path: Path) -> None:
    """A shields.io license badge is replaced; a README without one is in step."""
    (tmp_path / "README.md").write_text("# Toy\n\nNo badge here.\n")
    assert metadata_files(tmp_path, RENDERED) == ()
    badge = "[![License: MIT](https://img.shields.io/badge/license-MIT-blue)](LICENSE)"
    (tmp_path / "README.md").write_text(f"# Toy\n\n{badge} and text\n")
    (found,) = metadata_files(tmp_path, RENDERED)
    assert found.problems == (f"the license badge does not show {LICENSE_ID!r}",)
    assert found.expected == f"# Toy\n\n{ethlicense.spdx.readme_badge(RENDERED)} and text\n"


def test_pyproject_without_project_table_is_left_alone(tmp_path: Path) -> None:
    """A pyproject.toml with no [project] table (another tool's metadata) has nothing to check."""
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n")
    assert metadata_files(tmp_path, RENDERED) == ()


def test_invalid_metadata_is_an_error(tmp_path: Path) -> None:
    """A package.json that is not JSON is an error naming the file."""
    (tmp_path / "package.json").write_text("{not json")
    with pytest.raises(ethlicense.EthLicenseError, match=r"package\.json: not valid JSON"):
        metadata_files(tmp_path, RENDERED)


def test_license_files_is_required_only_for_a_license_ref(tmp_path: Path) -> None:
    """A listed id needs no license-files key (backends ship LICENSE* anyway); a LicenseRef's text must be listed."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nlicense = "MIT"\n')
    (found,) = metadata_files(tmp_path, ethlicense.compose("MIT", holders=["A"], year=2026))
    assert found.in_step
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nlicense = "MIT"\nlicense-files = ["COPYING"]\n')
    (found,) = metadata_files(tmp_path, ethlicense.compose("MIT", holders=["A"], year=2026))
    assert found.problems == ("[project] license-files does not include 'LICENSE'",)
    assert 'license-files = ["COPYING", "LICENSE"]' in found.expected
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nlicense = "MIT"\nlicense-files = ["LICEN[CS]E*"]\n'
    )
    (found,) = metadata_files(tmp_path, ethlicense.compose("MIT", holders=["A"], year=2026))
    assert found.in_step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"name":"toy","license":"MIT"}\n', '{"name":"toy","license":"SEE LICENSE IN LICENSE"}\n'),
        ('{"name": "toy", "license": "MIT"}', '{"name": "toy", "license": "SEE LICENSE IN LICENSE"}'),
        (
            '{\n  "name": "toy",\n  "license": "MIT"\n}\n',
            '{\n  "name": "toy",\n  "license": "SEE LICENSE IN LICENSE"\n}\n',
        ),
        (
            '{\r\n    "name": "toy"\r\n}\r\n',
            '{\r\n    "name": "toy",\r\n    "license": "SEE LICENSE IN LICENSE"\r\n}\r\n',
        ),
    ],
)
def test_package_json_keeps_its_spacing(tmp_path: Path, text: str, expected: str) -> None:
    """Compact, spaced, indented and CRLF files keep their form when the license is set."""
    (tmp_path / "package.json").write_bytes(text.encode())
    (found,) = metadata_files(tmp_path, RENDERED)
    assert found.expected == expected
