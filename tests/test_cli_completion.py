# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Shell completion: the commands and options from click, base and clause ids from the catalog."""

from __future__ import annotations

import os
import subprocess

import pytest
from click.testing import CliRunner

from ethlicense._header import COMMENT_STYLES
from ethlicense.cli import cli
from tests.cli_helpers import installed_command


def _complete(*words: str) -> list[str]:
    """Return click's completions for the command line *words* (the last one incomplete), as bash gets them."""
    environment = {
        "_ETHLICENSE_COMPLETE": "bash_complete",
        "COMP_WORDS": " ".join(words),
        "COMP_CWORD": str(len(words) - 1),
    }
    result = CliRunner().invoke(cli, [], env=environment, prog_name="ethlicense")
    return [line.split(",", 1)[1] for line in result.output.splitlines()]


def test_shell_completion_of_ids() -> None:
    """Base and clause ids complete in render, show and init, from the catalog."""
    assert _complete("ethlicense", "render", "Apa") == ["Apache-2.0"]
    assert "MIT" in _complete("ethlicense", "render", "m")
    assert _complete("ethlicense", "show", "mil") == ["military"]
    assert _complete("ethlicense", "render", "MIT", "--clause", "named") == ["named-organizations"]
    assert _complete("ethlicense", "init", "--base", "Apa") == ["Apache-2.0"]
    assert _complete("ethlicense", "init", "--clause", "mil") == ["military"]
    assert set(_complete("ethlicense", "header", "--lang", "p")) == {k for k in COMMENT_STYLES if k.startswith("p")}


def test_commands_complete() -> None:
    """The command names complete, the lazily loaded ones included."""
    assert _complete("ethlicense", "ch") == ["check"]
    assert set(_complete("ethlicense", "")) >= {"render", "build", "verify", "check", "serve"}


@pytest.mark.subprocess
def test_real_completion() -> None:
    """The installed command answers bash's completion request in a child process."""
    environment = {
        **os.environ,
        "_ETHLICENSE_COMPLETE": "bash_complete",
        "COMP_WORDS": "ethlicense render Apa",
        "COMP_CWORD": "2",
    }
    result = subprocess.run(
        [*installed_command()], capture_output=True, text=True, check=False, env=environment, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["plain,Apache-2.0"]
