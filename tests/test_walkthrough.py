# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A maintainer's walk-through, end to end, with the real commands.

A toy Python project with three git authors is given a restricted license, gains a fourth contributor, and
is built into a wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "toy"  # a toy package
version = "1.0"
authors = [{name = "Toy Authors", email = "toy@example.org"}]
license = "MIT"
classifiers = ["License :: OSI Approved :: MIT License"]
"""

AUTHORS = [("Ada Lovelace", "ada@example.org"), ("Bo Chen", "bo@example.org"), ("Cy Diaz", "cy@example.org")]


def _environment(author: tuple[str, str] = AUTHORS[0]) -> dict[str, str]:
    name, email = author
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    environment.pop("SOURCE_DATE_EPOCH", None)
    environment.update(GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email)
    return environment


def _git(folder: Path, *arguments: str, author: tuple[str, str] = AUTHORS[0]) -> None:
    subprocess.run(
        ["git", "-C", str(folder), "-c", "commit.gpgsign=false", *arguments],  # noqa: S607 - git from PATH
        check=True,
        capture_output=True,
        env=_environment(author),
        timeout=60,
    )


def _commit(folder: Path, name: str, author: tuple[str, str]) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"# {name} by {author[0]}\n", encoding="utf-8")
    _git(folder, "add", "-A", author=author)
    _git(folder, "commit", "-q", "-m", f"add {name}", author=author)


def _ethlicense(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    command = [found] if found else [sys.executable, "-m", "ethlicense"]
    return subprocess.run(
        [*command, *args], cwd=folder, capture_output=True, text=True, check=False, env=_environment(), timeout=60
    )


@pytest.mark.subprocess
def test_walkthrough(tmp_path: Path) -> None:
    """init, build --metadata, a new contributor, verify still passes, consent lists names, the wheel says so."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    project = tmp_path / "toy"
    project.mkdir()
    _git(project, "init", "-q")
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    for index, author in enumerate(AUTHORS):
        _commit(project, f"toy/part{index}.py", author)
    (project / "toy" / "__init__.py").write_text("", encoding="utf-8")

    init = _ethlicense(project, "init", "--base", "MIT", "--clause", "military", "--year", "2026")
    assert init.returncode == 0, init.stderr
    assert "note: holder 'Toy Authors' from pyproject.toml [project] authors" in init.stderr
    verdict = _ethlicense(project, "verify")
    assert verdict.returncode == 1  # nothing built yet, and pyproject.toml says MIT

    built = _ethlicense(project, "build", "--metadata")
    assert built.returncode == 0, built.stderr
    assert "updated pyproject.toml (license metadata)" in built.stdout
    project_table = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    license_id = project_table["license"]
    assert license_id.startswith("LicenseRef-MIT-with-military-")
    assert project_table["license-files"] == ["LICENSE"]
    assert "classifiers" in project_table
    assert project_table["classifiers"] == []
    assert "# a toy package" in (project / "pyproject.toml").read_text(encoding="utf-8")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "relicense")

    _commit(project, "toy/new.py", ("Dee Newcomer", "dee@example.org"))
    verified = _ethlicense(project, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout == "ethlicense.toml: all 2 outputs and 1 metadata file match\n"

    consent = _ethlicense(project, "consent")
    assert consent.returncode == 0, consent.stderr
    assert "4 people." in consent.stdout
    for name in ("Ada Lovelace", "Bo Chen", "Cy Diaz", "Dee Newcomer"):
        assert f"- {name}\n" in consent.stdout
    assert "@example.org" not in consent.stdout

    wheel = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(project)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert wheel.returncode == 0, wheel.stderr
    (built_wheel,) = (tmp_path / "dist").glob("toy-1.0-*.whl")
    with zipfile.ZipFile(built_wheel) as archive:
        metadata = archive.read("toy-1.0.dist-info/METADATA").decode("utf-8")
        license_text = archive.read("toy-1.0.dist-info/licenses/LICENSE").decode("utf-8")
    assert f"License-Expression: {license_id}\n" in metadata
    assert "License-File: LICENSE\n" in metadata
    assert "Classifier: License ::" not in metadata
    assert "military" in license_text.casefold()
