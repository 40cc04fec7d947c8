# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense build`: the files it writes, what it refuses, and its configuration errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ethlicense
from tests.cli_helpers import PROJECT_CONFIG, make_project, run, run_process

#: The id of MIT with the military clause, as composed now (it ends with a digest of the terms).
MILITARY_ID = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026).license_id


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an ethlicense.toml, made the current folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return make_project(tmp_path)


@pytest.mark.usefixtures("project")
def test_build_prints_files_verdict_and_hints() -> None:
    """Build lists each file, the verdict on stderr and the PEP 639, npm and badge lines on stdout."""
    code, out, err = run("build", "--spdx", "--reuse")
    assert code == 0, err
    assert out.splitlines()[:6] == [
        "created LICENSE",
        "created PROVENANCE.md",
        "created LICENSE.spdx.json",
        f"created LICENSES/{MILITARY_ID}.txt",
        "created REUSE.toml",
        "created .ethlicense.lock",
    ]
    assert f'license = "{MILITARY_ID}"' in out
    assert 'license-files = ["LICENSE"]' in out
    assert '"license": "SEE LICENSE IN LICENSE",' in out
    assert f"https://img.shields.io/badge/license-{MILITARY_ID.replace('-', '--')}-lightgrey" in out
    assert f"{MILITARY_ID}: not open source: fails OSD-6 (military)" in err
    code, out, err = run("build", "-q")
    assert (code, err) == (0, "")
    assert out == "".join(
        f"unchanged {name}\n"
        for name in (
            "LICENSE",
            "PROVENANCE.md",
            "LICENSE.spdx.json",
            f"LICENSES/{MILITARY_ID}.txt",
            "REUSE.toml",
            ".ethlicense.lock",
        )
    )


def test_build_dry_run_writes_nothing(project: Path) -> None:
    """--dry-run says what it would do and writes nothing; a refusal is listed, then exit 2."""
    code, out, _ = run("build", "--dry-run", "-q")
    assert code == 0
    assert out == "would create LICENSE\nwould create PROVENANCE.md\nwould create .ethlicense.lock\n"
    assert sorted(path.name for path in project.iterdir()) == ["ethlicense.toml"]
    (project / "LICENSE").write_text("mine\n", encoding="utf-8")
    code, out, err = run("build", "-n", "-q")
    assert code == 2
    assert "would refuse LICENSE (not written by ethlicense; needs --force)" in out
    assert err == ("Error: refusing to overwrite 'LICENSE' (not written by ethlicense); pass --force to replace it\n")
    assert (project / "LICENSE").read_text(encoding="utf-8") == "mine\n"


def test_build_refuses_a_hand_edit_until_forced(project: Path) -> None:
    """A hand-edited LICENSE stops the build with one line; --force replaces it."""
    assert run("build", "-q")[0] == 0
    license_file = project / "LICENSE"
    license_file.write_text(license_file.read_text(encoding="utf-8") + "extra\n", encoding="utf-8")
    code, _, err = run("build", "-q")
    assert code == 2
    assert err == (
        "Error: refusing to overwrite 'LICENSE' (edited since ethlicense wrote it); pass --force to replace it\n"
    )
    code, out, _ = run("build", "-q", "--force")
    assert code == 0
    assert out.startswith("updated LICENSE\n")


def test_build_with_other_config_and_output(project: Path) -> None:
    """--config names another file; -o puts the license text elsewhere inside the project."""
    (project / "other.toml").write_text(PROJECT_CONFIG.replace("Jane Doe", "Other Holder"), encoding="utf-8")
    (project / "out").mkdir()
    code, out, err = run("build", "--config", "other.toml", "-o", "out/OUT_LICENSE", "-q")
    assert code == 0, err
    assert out.startswith("created out/OUT_LICENSE\n")
    assert "Other Holder" in (project / "out" / "OUT_LICENSE").read_text(encoding="utf-8")
    code, _, err = run("build", "-o", str(project.parent / "LICENSE"))
    assert code == 2
    assert "is outside the project folder" in err


def test_configuration_error_is_one_line(project: Path) -> None:
    """A broken configuration: one line naming file, line and key; exit 2; nothing written."""
    (project / "ethlicense.toml").write_text(PROJECT_CONFIG.replace("year", "yeer"), encoding="utf-8")
    for command in ("build", "verify"):
        code, out, err = run(command)
        assert code == 2
        assert out == ""
        assert err == (
            "Error: ethlicense.toml:4: license.yeer: unknown key; did you mean 'year'? (and 1 more problem)\n"
        )
    (project / "ethlicense.toml").write_text("[license\n", encoding="utf-8")
    code, _, err = run("build")
    assert code == 2
    assert re.fullmatch(r"Error: ethlicense\.toml:1: not valid TOML: .+\n", err)
    assert sorted(path.name for path in project.iterdir()) == ["ethlicense.toml"]


def test_no_configuration_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a configuration, build says how to make one."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("build")
    assert code == 2
    assert "run `ethlicense init` or pass --config" in err


@pytest.mark.subprocess
def test_real_build(tmp_path: Path) -> None:
    """`ethlicense build --spdx --reuse` in a child process writes every output."""
    result = run_process("build", "--spdx", "--reuse", folder=make_project(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"created LICENSES/{MILITARY_ID}.txt" in result.stdout
    assert (tmp_path / "LICENSE.spdx.json").is_file()
