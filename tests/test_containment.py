# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""build writes, deletes and reads only inside the project folder, one build at a time."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ethlicense import _project
from ethlicense._project import contained, project_lock
from ethlicense.build import build_project, verify_project
from ethlicense.cli import cli
from ethlicense.errors import EthLicenseError, OutsideProjectError, ProjectBusyError

CONFIG = '[license]\nbase = "MIT"\nholders = ["Jane Doe"]\nyear = 2026\n\n[provenance]\ngit = false\n'


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, with a file named as a leftover temporary file would be."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / ".LICENSE.ethlicense-a1b2c3d4.tmp").write_text("precious", encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a configuration."""
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    return folder


def test_an_output_through_a_symlinked_folder_is_refused(project: Path, outside: Path) -> None:
    """An output `sub/LICENSE` where `sub` links elsewhere is refused; nothing there is written or deleted."""
    (project / "sub").symlink_to(outside, target_is_directory=True)
    config = project / "ethlicense.toml"
    config.write_text(CONFIG + '\n[outputs]\nlicense = "sub/LICENSE"\n', encoding="utf-8")
    with pytest.raises(OutsideProjectError, match="sub/LICENSE"):
        build_project(config)
    with pytest.raises(OutsideProjectError):
        build_project(config, force=True)
    with pytest.raises(OutsideProjectError):
        verify_project(config)
    assert sorted(path.name for path in outside.iterdir()) == [".LICENSE.ethlicense-a1b2c3d4.tmp"]
    assert (outside / ".LICENSE.ethlicense-a1b2c3d4.tmp").read_text(encoding="utf-8") == "precious"


def test_a_symlinked_licenses_folder_is_refused(project: Path, outside: Path) -> None:
    """`build --reuse` with LICENSES/ linked elsewhere writes nothing there (one line and exit 2 in the CLI)."""
    (project / "LICENSES").symlink_to(outside, target_is_directory=True)
    result = CliRunner().invoke(cli, ["build", "--reuse", "--config", str(project / "ethlicense.toml")])
    assert result.exit_code == 2
    assert "not inside the project folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(path.name for path in outside.iterdir()) == [".LICENSE.ethlicense-a1b2c3d4.tmp"]
    assert not (project / "LICENSE").exists()


def test_a_symlinked_output_file_is_refused(project: Path, outside: Path) -> None:
    """LICENSE linking to a file elsewhere is neither read nor replaced, even with --force."""
    target = outside / "victim"
    target.write_text("victim", encoding="utf-8")
    (project / "LICENSE").symlink_to(target)
    with pytest.raises(OutsideProjectError):
        build_project(project / "ethlicense.toml", force=True)
    assert target.read_text(encoding="utf-8") == "victim"
    assert (project / "LICENSE").is_symlink()


def test_a_symlinked_folder_inside_the_project_is_fine(project: Path) -> None:
    """A link that stays inside the project folder is followed like a plain folder."""
    (project / "real").mkdir()
    (project / "docs").symlink_to(project / "real", target_is_directory=True)
    config = project / "ethlicense.toml"
    config.write_text(CONFIG + '\n[outputs]\nlicense = "docs/LICENSE"\n', encoding="utf-8")
    build_project(config)
    assert (project / "real" / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert verify_project(config).ok


@pytest.mark.parametrize("path", ["/etc/passwd", "../x", "a/../../x", "", "C:/x", "a\\b"])
def test_contained_refuses_paths_that_leave(tmp_path: Path, path: str) -> None:
    """Absolute paths, '..' and drive letters are refused before anything is resolved."""
    with pytest.raises(OutsideProjectError):
        contained(tmp_path, path)


def test_a_second_build_waits_then_fails_clearly(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While another process holds the project lock, a build waits for it and then says what is wrong."""
    monkeypatch.setattr(_project, "LOCK_TIMEOUT", 0.3)
    holder = os.open(project, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        with pytest.raises(ProjectBusyError, match="another ethlicense build is running"):
            build_project(project / "ethlicense.toml")
        with pytest.raises(ProjectBusyError):
            verify_project(project / "ethlicense.toml")
    finally:
        os.close(holder)
    assert not (project / "LICENSE").exists()
    build_project(project / "ethlicense.toml")
    assert verify_project(project / "ethlicense.toml").ok


def test_shared_locks_do_not_exclude_each_other(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify (a shared lock) runs while another reader holds the lock."""
    monkeypatch.setattr(_project, "LOCK_TIMEOUT", 0.3)
    build_project(project / "ethlicense.toml")
    with project_lock(project, shared=True):
        assert verify_project(project / "ethlicense.toml").ok
        with pytest.raises(ProjectBusyError):
            build_project(project / "ethlicense.toml", force=True)


def _build_in_child(config: str) -> str:
    """Build in a worker process; return the error, or "" on success."""
    try:
        build_project(config, reuse=True)
    except EthLicenseError as error:
        return str(error)
    return ""


def test_thirty_pairs_of_concurrent_builds_all_succeed(project: Path) -> None:
    """Two builds started together in one project both succeed, 30 times: none deletes the other's files."""
    texts = [CONFIG, CONFIG.replace("Jane Doe", "John Roe")]
    config = str(project / "ethlicense.toml")
    failures: list[str] = []
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for index in range(30):
            (project / "ethlicense.toml").write_text(texts[index % 2], encoding="utf-8")
            failures += [error for error in pool.map(_build_in_child, [config, config], chunksize=1) if error]
            assert verify_project(config).ok
    assert failures == []
    assert not list(project.rglob("*.tmp"))


def test_records_are_not_read_outside(project: Path, outside: Path) -> None:
    """A stale record entry whose folder now links elsewhere is refused, not hashed."""
    build_project(project / "ethlicense.toml")
    record = (project / ".ethlicense.lock").read_text(encoding="utf-8")
    (project / ".ethlicense.lock").write_text(record.replace('"LICENSE"', '"sub/LICENSE"'), encoding="utf-8")
    (project / "sub").symlink_to(outside, target_is_directory=True)
    with pytest.raises(EthLicenseError, match="not inside the project folder"):
        build_project(project / "ethlicense.toml")
