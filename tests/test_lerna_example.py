# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""examples/lerna-2018: the committed outputs are a fresh build, valid SPDX, REUSE-compliant, verifiable."""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from spdx_tools.spdx.parser.parse_anything import parse_file
from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

from ethlicense.build import Action, build_project, plan_build, verify_project
from ethlicense.cli import cli
from ethlicense.config import load_config
from tests.conftest import reuse_command

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "lerna-2018"
LICENSE_ID = load_config(EXAMPLE / "ethlicense.toml").rendered.license_id
OUTPUTS = [
    "LICENSE",
    "PROVENANCE.md",
    "LICENSE.spdx.json",
    f"LICENSES/{LICENSE_ID}.txt",
    "REUSE.toml",
]


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example outside any git repository, made the current folder."""
    target = tmp_path / "lerna-2018"
    shutil.copytree(EXAMPLE, target)
    monkeypatch.chdir(target)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return target


def test_committed_outputs_equal_a_fresh_build() -> None:
    """Every committed output is byte for byte what the configuration gives now."""
    plan = plan_build(EXAMPLE / "ethlicense.toml", environ={})
    assert [item.path for item in plan.files] == OUTPUTS
    for item in plan.files:
        committed = (EXAMPLE / item.path).read_bytes()
        assert committed == item.text.encode("utf-8"), f"{item.path} is stale; run `ethlicense build` in {EXAMPLE}"


def test_the_copy_builds_without_changes(copy: Path) -> None:
    """Building the copy writes nothing: its outputs and record are already up to date."""
    result = build_project(copy / "ethlicense.toml", environ={})
    assert [(item.path, item.action) for item in result.files] == [(path, Action.UNCHANGED) for path in OUTPUTS]
    assert result.manifest.action is Action.UNCHANGED
    assert result.plan.rendered.license_id == LICENSE_ID


def test_configuration_names_sixteen_organizations_and_the_ice_clause() -> None:
    """The configuration reproduces the 2018 list of sixteen organizations plus ice-collaborators."""
    config = tomllib.loads((EXAMPLE / "ethlicense.toml").read_text(encoding="utf-8"))
    assert config["license"] == {
        "base": "MIT",
        "holders": ["Lerna Contributors"],
        "year": 2018,
        "name": "Lerna License (2018)",
    }
    named, ice = config["clauses"]
    assert named["id"] == "named-organizations"
    assert ice == {"id": "ice-collaborators"}
    organizations = named["organizations"]
    assert len(organizations) == len(set(organizations)) == 16
    license_text = (EXAMPLE / "LICENSE").read_text(encoding="utf-8")
    for organization in organizations:
        assert f"- {organization}\n" in license_text
    for short_name in ("Microsoft", "Palantir", "Amazon", "Northeastern", "Ernst & Young", "Thomson Reuters"):
        assert any(item.startswith((short_name, f"The {short_name}")) for item in organizations)
    assert "This list was drawn up on 2018-08-28" in license_text
    assert "Copyright (c) 2018 Lerna Contributors" in license_text


def test_spdx_document_validates() -> None:
    """The committed SPDX document validates with spdx-tools and declares the LicenseRef."""
    document = parse_file(str(EXAMPLE / "LICENSE.spdx.json"))
    assert validate_full_spdx_document(document) == []
    data = json.loads((EXAMPLE / "LICENSE.spdx.json").read_text(encoding="utf-8"))
    assert data["creationInfo"]["created"] == "2026-12-02T00:00:00Z"
    (package,) = data["packages"]
    assert (package["name"], package["licenseDeclared"]) == ("lerna", LICENSE_ID)
    (extracted,) = data["hasExtractedLicensingInfos"]
    assert extracted["extractedText"] == (EXAMPLE / "LICENSE").read_text(encoding="utf-8")
    assert "https://github.com/lerna/lerna/pull/1616" in extracted["seeAlsos"]


def test_provenance_has_verdict_sources_and_relicensing() -> None:
    """PROVENANCE.md gives the criteria failed, the sources and the relicensing notes."""
    report = (EXAMPLE / "PROVENANCE.md").read_text(encoding="utf-8")
    for expected in (
        "| OSD-5 | named-organizations |",
        "| OSD-5 | ice-collaborators |",
        "https://github.com/lerna/lerna/pull/1633",
        "## Relicensing",
        "**Earlier releases keep their license.**",
        "`ethlicense consent` makes it from the git history",
    ):
        assert expected in report


def test_readme_tells_the_timeline() -> None:
    """The README dates the change and its reversal by their pull requests."""
    readme = (EXAMPLE / "README.md").read_text(encoding="utf-8")
    for expected in ("#1616", "28 August 2018", "#1633", "29 August 2018", "SEE LICENSE IN LICENSE"):
        assert expected in readme


def test_verify_passes_then_reports_a_hand_edit(copy: Path) -> None:
    """`ethlicense verify` passes on the copy, then exits 1 with a diff once LICENSE is edited by hand."""
    runner = CliRunner()
    passed = runner.invoke(cli, ["verify"], catch_exceptions=False)
    assert passed.exit_code == 0, passed.output
    assert passed.stdout == "ethlicense.toml: all 5 outputs match\n"
    license_file = copy / "LICENSE"
    license_file.write_text(
        license_file.read_text(encoding="utf-8").replace("Canon Inc\n", "Canon\n"), encoding="utf-8"
    )
    failed = runner.invoke(cli, ["verify"], catch_exceptions=False)
    assert failed.exit_code == 1
    assert "-- Canon\n+- Canon Inc\n" in failed.stdout
    assert "LICENSE (differs)" in failed.stderr
    assert not verify_project(copy / "ethlicense.toml", environ={}).ok


@pytest.mark.subprocess
def test_reuse_lint_passes(copy: Path) -> None:
    """The example, copied out of this repository, is compliant with the REUSE specification."""
    result = subprocess.run(
        [*reuse_command(), "--root", str(copy), "lint"], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Used licenses: {LICENSE_ID}, MIT" in result.stdout
