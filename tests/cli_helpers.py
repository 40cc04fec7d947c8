# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Running ``ethlicense`` in the tests: in process through click's runner, or as the installed command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ethlicense.cli import cli


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def installed_command() -> list[str]:
    """Return the installed ``ethlicense`` script beside this Python, else ``python -m ethlicense``."""
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "ethlicense"]


def run_process(*args: str, folder: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command in a child process (in *folder*), without ``SOURCE_DATE_EPOCH``."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [*installed_command(), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        timeout=60,
    )


#: A project's configuration: MIT with the military clause, without git provenance.
PROJECT_CONFIG = """\
[license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026

[[clauses]]
id = "military"

[provenance]
git = false
"""


def make_project(folder: Path) -> Path:
    """Write :data:`PROJECT_CONFIG` as ``ethlicense.toml`` in *folder* and return *folder*."""
    (folder / "ethlicense.toml").write_text(PROJECT_CONFIG, encoding="utf-8")
    return folder
