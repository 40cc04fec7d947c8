# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Building and verifying a project's license files: atomicity, ownership, SPDX, REUSE and provenance."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spdx_tools.spdx.parser.parse_anything import parse_file
from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

import ethlicense
from ethlicense import _io, build
from ethlicense._manifest import read_manifest
from ethlicense.build import Action, build_project, plan_build, verify_project
from ethlicense.config import load_config
from ethlicense.errors import ConfigFileError, EthLicenseError, GitHistoryError, OutputOwnershipError
from ethlicense.formats import build_notes, format_build
from ethlicense.provenance import Contributor, Relicensing, consent_json, consent_markdown, relicensing_from_git

CONFIG = """\
[license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026

[[clauses]]
id = "military"

[spdx]
package_name = "demo"
"""

HAS_GIT = shutil.which("git") is not None

#: The id of MIT with the military clause, as composed now (it ends with a digest of the terms).
MILITARY_ID = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026).license_id


def _project(folder: Path, text: str = CONFIG) -> Path:
    path = folder / "ethlicense.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _files(folder: Path) -> dict[str, bytes]:
    """Return every file under *folder* by relative path (the configuration included)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_build_writes_license_provenance_and_record(tmp_path: Path) -> None:
    """A first build creates LICENSE, PROVENANCE.md and the record; the texts are the library's."""
    config = _project(tmp_path)
    result = build_project(config)
    assert [(item.path, item.action) for item in result.files] == [
        ("LICENSE", Action.CREATE),
        ("PROVENANCE.md", Action.CREATE),
    ]
    assert result.manifest.action is Action.CREATE
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8") == rendered.text
    provenance = (tmp_path / "PROVENANCE.md").read_text(encoding="utf-8")
    assert provenance.startswith(f"# Provenance of {rendered.name}\n")
    assert "## Relicensing" in provenance
    assert "| OSD-6 | military |" in provenance
    record = read_manifest(tmp_path / ".ethlicense.lock")
    assert set(record.files) == {"LICENSE", "PROVENANCE.md"}
    assert record.files["LICENSE"].kind == "license"
    assert record.files["LICENSE"].sha256 == (result.plan.files[0].sha256,)
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_second_build_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing changed, a build reports every file unchanged and writes nothing."""
    config = _project(tmp_path)
    build_project(config, spdx=True, reuse=True)
    before = _files(tmp_path)

    def no_writes(*_: object) -> None:
        pytest.fail("an unchanged build staged a file")

    monkeypatch.setattr(build, "stage_file", no_writes)
    result = build_project(config)
    assert {item.action for item in result.files} == {Action.UNCHANGED}
    assert result.manifest.action is Action.UNCHANGED
    assert _files(tmp_path) == before


def test_outputs_are_deterministic(tmp_path: Path) -> None:
    """Two projects with the same configuration get byte-identical outputs."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        build_project(_project(folder), spdx=True, reuse=True)
    assert _files(first) == _files(second)
    for content in _files(first).values():
        text = content.decode("utf-8")
        assert text.endswith("\n")
        assert not text.endswith("\n\n")
        assert "\r" not in text


def test_foreign_file_is_refused_without_force(tmp_path: Path) -> None:
    """An existing LICENSE that ethlicense did not write is kept, and nothing else is written either."""
    config = _project(tmp_path)
    (tmp_path / "LICENSE").write_text("Someone else's license\n", encoding="utf-8")
    with pytest.raises(OutputOwnershipError) as caught:
        build_project(config)
    assert caught.value.paths == (("LICENSE", "not written by ethlicense"),)
    assert isinstance(caught.value, FileExistsError)
    assert sorted(_files(tmp_path)) == ["LICENSE", "ethlicense.toml"]
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8") == "Someone else's license\n"
    build_project(config, force=True)
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8").startswith("Conditional license based on the MIT License")


def test_hand_edit_is_refused_and_force_overwrites(tmp_path: Path) -> None:
    """A file edited since the build needs force; without it the build writes nothing at all."""
    config = _project(tmp_path)
    build_project(config)
    edited = (tmp_path / "LICENSE").read_text(encoding="utf-8") + "An extra line.\n"
    (tmp_path / "LICENSE").write_text(edited, encoding="utf-8")
    config.write_text(CONFIG.replace("2026", "2027"), encoding="utf-8")
    provenance = (tmp_path / "PROVENANCE.md").read_bytes()
    with pytest.raises(OutputOwnershipError, match="edited since ethlicense wrote it"):
        build_project(config)
    assert (tmp_path / "PROVENANCE.md").read_bytes() == provenance
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8") == edited
    result = build_project(config, force=True)
    assert {item.action for item in result.files} == {Action.UPDATE}
    assert "2027 Jane Doe" in (tmp_path / "LICENSE").read_text(encoding="utf-8")


def test_identical_existing_file_is_adopted(tmp_path: Path) -> None:
    """A file that already holds exactly the new content needs no force (a fresh clone without the record)."""
    config = _project(tmp_path)
    build_project(config)
    (tmp_path / ".ethlicense.lock").unlink()
    result = build_project(config)
    assert {item.action for item in result.files} == {Action.UNCHANGED}
    assert result.manifest.action is Action.CREATE


def test_dry_run_writes_nothing_and_lists_refusals(tmp_path: Path) -> None:
    """--dry-run reports what would happen, including refusals, and leaves the folder as it was."""
    config = _project(tmp_path)
    (tmp_path / "LICENSE").write_text("other\n", encoding="utf-8")
    result = build_project(config, dry_run=True, spdx=True)
    assert result.dry_run
    assert [(item.path, item.action, item.refused) for item in result.files] == [
        ("LICENSE", Action.UPDATE, "not written by ethlicense"),
        ("PROVENANCE.md", Action.CREATE, None),
        ("LICENSE.spdx.json", Action.CREATE, None),
    ]
    assert sorted(_files(tmp_path)) == ["LICENSE", "ethlicense.toml"]


def test_failure_while_staging_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If any file cannot be staged, no file is renamed, temporary files are removed, new folders too."""
    config = _project(
        tmp_path, CONFIG.replace("[spdx]", '[outputs]\nprovenance = "docs/legal/PROVENANCE.md"\n\n[spdx]')
    )
    build_project(config)
    config.write_text(config.read_text(encoding="utf-8").replace("2026", "2027"), encoding="utf-8")
    before = _files(tmp_path)
    real_stage = _io.stage_file
    calls: list[Path] = []

    def failing_stage(path: Path, text: str) -> _io.StagedFile:
        calls.append(Path(path))
        if Path(path).name == "REUSE.toml":
            msg = "disk full"
            raise EthLicenseError(msg)
        return real_stage(path, text)

    monkeypatch.setattr(build, "stage_file", failing_stage)
    with pytest.raises(EthLicenseError, match="disk full"):
        build_project(config, reuse=True)
    assert len(calls) == 4  # LICENSE, PROVENANCE.md, LICENSES/<id>.txt, then REUSE.toml failed
    assert _files(tmp_path) == before
    assert not (tmp_path / "LICENSES").exists()


def test_interrupted_build_is_recovered_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that dies between renames leaves old and new files that the next build still accepts."""
    config = _project(tmp_path)
    build_project(config)
    old_provenance = (tmp_path / "PROVENANCE.md").read_bytes()
    config.write_text(CONFIG.replace("2026", "2027"), encoding="utf-8")
    real_commit = _io.commit_staged
    committed: list[Path] = []

    def dying_commit(staged: _io.StagedFile) -> None:
        if len(committed) == 2:  # the pending record and LICENSE are in place; then the process "dies"
            raise KeyboardInterrupt
        committed.append(staged.target)
        real_commit(staged)

    monkeypatch.setattr(build, "commit_staged", dying_commit)
    with pytest.raises(KeyboardInterrupt):
        build_project(config)
    assert committed == [tmp_path / ".ethlicense.lock", tmp_path / "LICENSE"]
    assert "2027 Jane Doe" in (tmp_path / "LICENSE").read_text(encoding="utf-8")
    assert (tmp_path / "PROVENANCE.md").read_bytes() == old_provenance
    assert len(read_manifest(tmp_path / ".ethlicense.lock").files["LICENSE"].sha256) == 2
    monkeypatch.setattr(build, "commit_staged", real_commit)
    # Back to the old configuration, or on to the new one: both are accepted without force.
    config.write_text(CONFIG, encoding="utf-8")
    build_project(config, dry_run=False)
    config.write_text(CONFIG.replace("2026", "2027"), encoding="utf-8")
    build_project(config)
    assert verify_project(config).ok
    assert len(read_manifest(tmp_path / ".ethlicense.lock").files["LICENSE"].sha256) == 1


def test_configuration_error_writes_nothing(tmp_path: Path) -> None:
    """A bad configuration stops the build before any file is touched."""
    config = _project(tmp_path, CONFIG.replace('id = "military"', 'id = "militery"'))
    with pytest.raises(ConfigFileError, match=r"Did you mean (?:'[^']+' or )*'military'"):
        build_project(config)
    assert sorted(_files(tmp_path)) == ["ethlicense.toml"]


def test_optional_outputs_stay_on_until_switched_off(tmp_path: Path) -> None:
    """--spdx and --reuse are remembered in the record; --no-spdx drops the SPDX document from later builds."""
    config = _project(tmp_path)
    build_project(config, spdx=True, reuse=True)
    plan = plan_build(config)
    assert plan.optional_outputs == ("reuse", "spdx")
    assert [item.kind for item in plan.files] == [
        "license",
        "provenance",
        "spdx",
        "reuse-license",
        "reuse-toml",
    ]
    result = build_project(config, spdx=False)
    assert result.stale == ("LICENSE.spdx.json",)
    assert (tmp_path / "LICENSE.spdx.json").exists()
    assert plan_build(config).optional_outputs == ("reuse",)
    # The left-over file is still known as ethlicense's, so switching SPDX on again needs no force.
    build_project(config, spdx=True)


def test_include_in_configuration(tmp_path: Path) -> None:
    """[outputs] include builds the optional outputs on every run; paths come from [outputs]."""
    text = CONFIG.replace(
        "[spdx]", '[outputs]\nlicense = "COPYING"\nspdx = "sbom/license.spdx.json"\ninclude = ["spdx"]\n\n[spdx]'
    )
    result = build_project(_project(tmp_path, text))
    assert [item.path for item in result.files] == ["COPYING", "PROVENANCE.md", "sbom/license.spdx.json"]
    assert (tmp_path / "sbom" / "license.spdx.json").is_file()
    assert 'license-files = ["COPYING"]' in result.plan.hints()
    assert '"license": "SEE LICENSE IN COPYING",' in result.plan.hints()


def test_changed_license_id_leaves_the_old_reuse_text(tmp_path: Path) -> None:
    """When the license id changes, the old LICENSES/ file is reported, kept, and still known as ours."""
    config = _project(tmp_path)
    build_project(config, reuse=True)
    old = f"LICENSES/{MILITARY_ID}.txt"
    config.write_text(CONFIG.replace('id = "military"', 'id = "mass-surveillance"'), encoding="utf-8")
    result = build_project(config)
    assert result.stale == (old,)
    assert (tmp_path / old).exists()
    assert old in read_manifest(tmp_path / ".ethlicense.lock").files


def test_license_path_option_and_collisions(tmp_path: Path) -> None:
    """The license may be written elsewhere in the project, never over the configuration or the record."""
    config = _project(tmp_path)
    result = build_project(config, license_path="./dist/LICENSE.txt")
    assert result.files[0].path == "dist/LICENSE.txt"
    with pytest.raises(ConfigFileError, match="outputs stay inside the project folder"):
        build_project(config, license_path="../LICENSE")
    other = tmp_path / "other.toml"
    other.write_text(CONFIG + '\n[outputs]\nprovenance = "other.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigFileError, match="is both the provenance output and the configuration file"):
        build_project(other)


def test_broken_record_is_an_error(tmp_path: Path) -> None:
    """A damaged .ethlicense.lock is reported with what to do, not silently ignored."""
    config = _project(tmp_path)
    (tmp_path / ".ethlicense.lock").write_text("{not json", encoding="utf-8")
    with pytest.raises(EthLicenseError, match="restore it from version control"):
        build_project(config)
    (tmp_path / ".ethlicense.lock").write_text(
        '{"format": 1, "files": {"LICENSE": {"kind": "license"}}}', encoding="utf-8"
    )
    with pytest.raises(EthLicenseError, match="SHA-256"):
        build_project(config)


def test_output_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    """A folder where an output should go is an error, whatever force says."""
    config = _project(tmp_path)
    (tmp_path / "LICENSE").mkdir()
    with pytest.raises(EthLicenseError, match="is a folder"):
        build_project(config, force=True)


# --- verify -------------------------------------------------------------------------------------------


def test_verify_passes_then_reports_drift(tmp_path: Path) -> None:
    """Verify is clean after a build, then reports an edited file with a diff and a missing one."""
    config = _project(tmp_path)
    build_project(config, spdx=True)
    assert verify_project(config).ok
    license_file = tmp_path / "LICENSE"
    license_file.write_text(license_file.read_text(encoding="utf-8").replace("Jane Doe", "John Roe"), encoding="utf-8")
    (tmp_path / "LICENSE.spdx.json").unlink()
    result = verify_project(config)
    assert not result.ok
    assert [(item.path, item.problem) for item in result.drift] == [
        ("LICENSE", "differs"),
        ("LICENSE.spdx.json", "missing"),
    ]
    diff = result.drift[0].diff
    assert diff.startswith("--- LICENSE (on disk)\n+++ LICENSE (from ethlicense.toml)\n")
    assert "-Copyright (c) 2026 John Roe" in diff
    assert "+Copyright (c) 2026 Jane Doe" in diff


def test_verify_notices_a_changed_configuration(tmp_path: Path) -> None:
    """Changing the configuration without rebuilding is drift."""
    config = _project(tmp_path)
    build_project(config)
    config.write_text(CONFIG.replace("Jane Doe", 'Jane Doe", "John Roe'), encoding="utf-8")
    assert [item.path for item in verify_project(config).drift] == ["LICENSE", "PROVENANCE.md"]


def test_verify_shows_a_missing_final_newline(tmp_path: Path) -> None:
    """A file that lost its final newline shows it in the diff."""
    config = _project(tmp_path)
    build_project(config)
    license_file = tmp_path / "LICENSE"
    license_file.write_bytes(license_file.read_bytes().rstrip(b"\n"))
    (drift,) = verify_project(config).drift
    assert "\\ No newline at end of file" in drift.diff


# --- SPDX ---------------------------------------------------------------------------------------------


def _spdx(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "LICENSE.spdx.json").read_text(encoding="utf-8"))
    return data


def test_spdx_document_validates_and_declares_the_license_ref(tmp_path: Path) -> None:
    """The SPDX document parses and validates with spdx-tools and carries the license's full text."""
    build_project(_project(tmp_path), spdx=True)
    document = parse_file(str(tmp_path / "LICENSE.spdx.json"))
    assert validate_full_spdx_document(document) == []
    data = _spdx(tmp_path)
    (package,) = data["packages"]
    assert package["name"] == "demo"
    assert package["licenseDeclared"] == MILITARY_ID
    (extracted,) = data["hasExtractedLicensingInfos"]
    assert extracted["licenseId"] == MILITARY_ID
    assert extracted["extractedText"] == (tmp_path / "LICENSE").read_text(encoding="utf-8")
    assert extracted["name"].startswith("Conditional license based on the MIT License")
    assert extracted["seeAlsos"]
    assert "Criteria failed: OSD-6" in extracted["comment"]


def test_spdx_creation_time_and_namespace(tmp_path: Path) -> None:
    """Created: the configured time, else SOURCE_DATE_EPOCH, else 1 January of the year; namespace is stable."""
    config = _project(tmp_path)
    default = plan_build(config, spdx=True, environ={})
    data = json.loads(default.files[2].text)
    assert data["creationInfo"]["created"] == "2026-01-01T00:00:00Z"
    assert data["documentNamespace"].startswith(
        "https://spdx.org/spdxdocs/ethlicense/demo-LicenseRef-MIT-with-military-"
    )
    epoch = plan_build(config, spdx=True, environ={"SOURCE_DATE_EPOCH": "1767312000"})
    assert json.loads(epoch.files[2].text)["creationInfo"]["created"] == "2026-01-02T00:00:00Z"
    config.write_text(
        CONFIG + 'namespace = "https://example.org/spdx/demo-1"\ncreated = 2025-05-05T05:05:05Z\n', encoding="utf-8"
    )
    configured = json.loads(plan_build(config, spdx=True, environ={"SOURCE_DATE_EPOCH": "1"}).files[2].text)
    assert configured["creationInfo"]["created"] == "2025-05-05T05:05:05Z"
    assert configured["documentNamespace"] == "https://example.org/spdx/demo-1"
    with pytest.raises(ConfigFileError, match=r"ethlicense\.toml:9: spdx: SOURCE_DATE_EPOCH: 'soon' is not"):
        plan_build(_project(tmp_path), spdx=True, environ={"SOURCE_DATE_EPOCH": "soon"})


def test_spdx_package_name_from_pyproject(tmp_path: Path) -> None:
    """Without [spdx] package_name, the package is named after pyproject.toml's project."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "from-pyproject"\n', encoding="utf-8")
    config = _project(tmp_path, CONFIG.replace('[spdx]\npackage_name = "demo"\n', ""))
    assert load_config(config).package_name() == "from-pyproject"
    data = json.loads(plan_build(config, spdx=True, environ={}).files[2].text)
    assert data["packages"][0]["name"] == "from-pyproject"


def test_invalid_namespace_is_a_configuration_error(tmp_path: Path) -> None:
    """spdx-tools' validation problems come back as one configuration error line."""
    config = _project(tmp_path, CONFIG + 'namespace = "not a uri"\n')
    with pytest.raises(ConfigFileError) as caught:
        build_project(config, spdx=True)
    assert str(caught.value).startswith(f"{config}:9: spdx: the SPDX document does not validate")
    assert "\n" not in str(caught.value)
    assert sorted(_files(tmp_path)) == ["ethlicense.toml"]


# --- REUSE --------------------------------------------------------------------------------------------


def test_reuse_outputs(tmp_path: Path) -> None:
    """--reuse writes the license text under LICENSES/ and a REUSE.toml covering the project."""
    build_project(_project(tmp_path), reuse=True)
    license_text = (tmp_path / "LICENSE").read_text(encoding="utf-8")
    assert (tmp_path / "LICENSES" / f"{MILITARY_ID}.txt").read_text(encoding="utf-8") == license_text
    reuse = (tmp_path / "REUSE.toml").read_text(encoding="utf-8")
    assert f'SPDX-License-Identifier = "{MILITARY_ID}"' in reuse
    assert 'SPDX-FileCopyrightText = "2026 Jane Doe"' in reuse


def test_reuse_needs_a_holder(tmp_path: Path) -> None:
    """REUSE needs a copyright holder even for a base without a copyright line."""
    text = CONFIG.replace('"MIT"', '"BSL-1.0"').replace('holders = ["Jane Doe"]\n', "")
    config = _project(tmp_path, text)
    with pytest.raises(ConfigFileError, match="cannot write the REUSE files: holders"):
        build_project(config, reuse=True)


def _reuse_command() -> list[str]:
    script = Path(sys.executable).with_name("reuse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reuse"]


@pytest.mark.subprocess
def test_built_project_passes_reuse_lint(tmp_path: Path) -> None:
    """A project built with --reuse (configuration, lock and SPDX document included) passes reuse lint."""
    build_project(_project(tmp_path), spdx=True, reuse=True)
    result = subprocess.run(
        [*_reuse_command(), "--root", str(tmp_path), "lint"], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("base", ["Apache-2.0", "GPL-3.0-only"])
def test_notice_file_where_the_license_needs_one(tmp_path: Path, base: str) -> None:
    """Apache-2.0 with conditions gets a NOTICE that carries Part 1; a bare base with no copyright line, its notice."""
    clauses = '[[clauses]]\nid = "military"\n' if base == "Apache-2.0" else ""
    config = f'[license]\nbase = "{base}"\nholders = ["Jane Doe"]\nyear = 2026\n{clauses}'
    result = build_project(_project(tmp_path, config), spdx=True, reuse=True)
    assert ("NOTICE", Action.CREATE) in [(item.path, item.action) for item in result.files]
    notice = (tmp_path / "NOTICE").read_text(encoding="utf-8")
    rendered = ethlicense.compose(base, clauses=["military"] if clauses else [], holders=["Jane Doe"], year=2026)
    assert notice.startswith(("Copyright 2026 Jane Doe\n", "Copyright (C) 2026 Jane Doe\n"))
    assert rendered.license_id in notice
    if clauses:
        assert "Part 1. Additional Conditions" in notice
        assert "A2. No military use" in notice
        assert "Section 4(d)" in notice
    assert verify_project(_project(tmp_path, config)).ok
    lint = subprocess.run(
        [*_reuse_command(), "--root", str(tmp_path), "lint"], capture_output=True, text=True, check=False, timeout=120
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_no_notice_file_for_mit(tmp_path: Path) -> None:
    """A license whose text carries everything (MIT with conditions) gets no NOTICE file."""
    build_project(_project(tmp_path))
    assert not (tmp_path / "NOTICE").exists()


# --- git history --------------------------------------------------------------------------------------


def _git(folder: Path, *arguments: str, author: str = "A", email: str = "a@example.org") -> None:
    environment = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": email,
    }
    subprocess.run(
        ["git", "-C", str(folder), "-c", "commit.gpgsign=false", *arguments],  # noqa: S607 - git from PATH
        check=True,
        capture_output=True,
        env=environment,
        timeout=60,
    )


def _commit(folder: Path, name: str, author: str, email: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{name} by {author}\n", encoding="utf-8")
    _git(folder, "add", name, author=author, email=email)
    _git(folder, "commit", "-q", "-m", f"add {name}", author=author, email=email)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository whose project folder ``pkg/`` has three authors, one of them twice."""
    if not HAS_GIT:
        pytest.skip("git is not installed")
    _git(tmp_path, "init", "-q")
    _commit(tmp_path, "pkg/a.py", "Zoë Zed", "zoe@example.org")
    _commit(tmp_path, "pkg/b.py", "adam Ant", "adam@example.org")
    _commit(tmp_path, "pkg/c.py", "Zoë Zed", "zoe@example.org")
    _commit(tmp_path, "pkg/d.py", "Bea_Bee*", "bea@example.org")
    _commit(tmp_path, "elsewhere/e.py", "Outside Person", "out@example.org")
    return tmp_path


def test_contributors_from_git(repository: Path) -> None:
    """Authors of commits touching the project folder, de-duplicated and sorted case-insensitively."""
    notes = relicensing_from_git(repository / "pkg")
    assert notes.contributors == (
        Contributor("adam Ant", "adam@example.org"),
        Contributor("Bea_Bee*", "bea@example.org"),
        Contributor("Zoë Zed", "zoe@example.org"),
    )
    assert notes.names() == ("adam Ant", "Bea_Bee*", "Zoë Zed")
    assert relicensing_from_git(repository / "pkg") == notes


def test_provenance_does_not_list_contributors(repository: Path) -> None:
    """PROVENANCE.md points to the consent report instead of listing people, so a new contributor keeps it valid."""
    config = _project(repository / "pkg")
    build_project(config)
    report = (repository / "pkg" / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "## Relicensing" in report
    assert "`ethlicense consent`" in report
    assert "Zoë" not in report
    assert "@example.org" not in report
    _commit(repository, "pkg/new.py", "New Person", "new@example.org")
    assert verify_project(config).ok


def test_consent_report_names_only_unless_emails(repository: Path) -> None:
    """The consent report lists each person once, by name; with emails, as Name <email>, Markdown-escaped."""
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    notes = relicensing_from_git(repository / "pkg")
    report = consent_markdown(rendered, notes)
    assert "3 people." in report
    assert "- Bea\\_Bee\\*\n" in report
    assert "@example.org" not in report
    assert "Outside Person" not in report
    with_emails = consent_markdown(rendered, notes, emails=True)
    assert "- Bea\\_Bee\\* \\<bea@example.org\\>\n" in with_emails
    assert consent_json(notes) == {
        "contributors": [{"name": "adam Ant"}, {"name": "Bea_Bee*"}, {"name": "Zoë Zed"}],
        "reason": None,
    }
    assert consent_json(notes, emails=True)["contributors"][0] == {"name": "adam Ant", "email": "adam@example.org"}


def test_repository_without_commits(tmp_path: Path) -> None:
    """A repository without commits gives an empty list, said in words."""
    if not HAS_GIT:
        pytest.skip("git is not installed")
    _git(tmp_path, "init", "-q")
    notes = relicensing_from_git(tmp_path)
    assert notes == Relicensing(())
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    assert "has no commits yet" in consent_markdown(rendered, notes)


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside git, or without git, there is no list and the report says why."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert relicensing_from_git(tmp_path) == Relicensing(None, "not a git repository")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert relicensing_from_git(tmp_path) == Relicensing(None, "git is not installed")


def test_shallow_clone_is_refused(repository: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A shallow clone would give an incomplete list, so it is an error that says what to do."""
    clone = tmp_path_factory.mktemp("clone")
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repository}", str(clone)],  # noqa: S607 - git from PATH
        check=True,
        capture_output=True,
        timeout=60,
    )
    with pytest.raises(GitHistoryError, match="shallow"):
        relicensing_from_git(clone / "pkg")


def test_creation_time_default_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SOURCE_DATE_EPOCH or a configured time, the document is dated 1 January of the license year."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    plan = plan_build(_project(tmp_path), spdx=True)
    created = json.loads(plan.files[2].text)["creationInfo"]["created"]
    assert datetime.datetime.fromisoformat(created) == datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def test_leftovers_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    """Temporary files named as a build names them are cleaned up; other files are left alone."""
    config = _project(tmp_path)
    build_project(config)
    leftovers = [
        tmp_path / ".LICENSE.ethlicense-a1b2c3d4.tmp",
        tmp_path / "..ethlicense.lock.ethlicense-zz_9yy8x.tmp",
    ]
    unrelated = [
        tmp_path / ".LICENSE.mine.tmp",
        tmp_path / ".LICENSE.a1b2c3d4.tmp",
        tmp_path / ".README.md.ethlicense-a1b2c3d4.tmp",
        tmp_path / ".LICENSE.ethlicense-a1b2c3d4x.tmp",
    ]
    for path in leftovers + unrelated:
        path.write_text("partial", encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.write_text("not ours", encoding="utf-8")
    link = tmp_path / ".PROVENANCE.md.ethlicense-abcdefgh.tmp"
    link.symlink_to(elsewhere)
    build_project(config)
    assert [path.exists() for path in leftovers] == [False, False]
    assert [path.exists() for path in unrelated] == [True] * len(unrelated)
    assert link.is_symlink()
    assert elsewhere.read_text(encoding="utf-8") == "not ours"


def test_build_report_comes_from_the_formatters(tmp_path: Path) -> None:
    """formats.format_build lists each file with what the build does; build_notes has the notes for stderr."""
    config = _project(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\nlicense = "MIT"\n', encoding="utf-8")
    planned = build_project(config, dry_run=True)
    assert format_build(planned) == "would create LICENSE\nwould create PROVENANCE.md\nwould create .ethlicense.lock\n"
    notes = build_notes(planned)
    assert notes.startswith("note: pyproject.toml: [project] license is 'MIT'")
    assert notes.endswith("(`ethlicense build --metadata` updates it)\n")
    updated = build_project(config, metadata=True)
    assert format_build(updated) == (
        "created LICENSE\ncreated PROVENANCE.md\ncreated .ethlicense.lock\nupdated pyproject.toml (license metadata)\n"
    )
    assert build_notes(updated) == ""
    again = build_project(config)
    assert format_build(again) == "unchanged LICENSE\nunchanged PROVENANCE.md\nunchanged .ethlicense.lock\n"
