# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Colour on a terminal (verdicts, diffs); none when piped or when NO_COLOR is set."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ethlicense.cli import cli

ESCAPE = "\x1b["
RENDER = ["render", "MIT", "--clause", "military", "--holder", "A", "--year", "2026"]


def run(args: list[str], *, terminal: bool, env: dict[str, str] | None = None) -> Result:
    """Invoke the CLI as if its output were a terminal (``terminal``) or a pipe."""
    return CliRunner().invoke(cli, args, color=terminal, env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_color_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)


def test_verdict_is_coloured_on_a_terminal_only() -> None:
    """The verdict line is yellow on a terminal, plain in a pipe and with NO_COLOR."""
    coloured = run(RENDER, terminal=True).stderr
    assert "\x1b[33m\x1b[1mLicenseRef-MIT-with-military" in coloured
    assert ESCAPE not in run(RENDER, terminal=False).stderr
    assert ESCAPE not in run(RENDER, terminal=True, env={"NO_COLOR": "1"}).stderr
    assert ESCAPE in run(RENDER, terminal=True, env={"NO_COLOR": ""}).stderr  # empty means unset
    assert ESCAPE not in run(RENDER, terminal=True).stdout  # the license text itself is never styled


def test_verify_diff_is_coloured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The diff from `verify` has red removals and green additions on a terminal, and none with NO_COLOR."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ethlicense.toml").write_text('[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n')
    assert run(["build", "-q"], terminal=False).exit_code == 0
    (tmp_path / "LICENSE").write_text((tmp_path / "LICENSE").read_text().replace("2026 A", "2026 B"))
    result = run(["verify"], terminal=True)
    assert result.exit_code == 1
    assert "\x1b[31m-Copyright (c) 2026 B\x1b[0m\n" in result.stdout
    assert "\x1b[32m+Copyright (c) 2026 A\x1b[0m\n" in result.stdout
    assert ESCAPE not in run(["verify"], terminal=True, env={"NO_COLOR": "1"}).output


@pytest.mark.subprocess
def test_no_colour_in_a_pipe() -> None:
    """The installed command, its output piped, writes no escape codes."""
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    command = [found] if found else [sys.executable, "-m", "ethlicense"]
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    result = subprocess.run(
        [*command, *RENDER], capture_output=True, text=True, check=False, timeout=60, env=environment
    )
    assert result.returncode == 0
    assert "not open source" in result.stderr
    assert ESCAPE not in result.stderr + result.stdout
