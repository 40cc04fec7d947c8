# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense`` group: its commands, version and help, and loading each command only when it runs.

Each command has its own tests in ``test_cli_<command>.py``, with one real subprocess run each.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ethlicense
import ethlicense.cli
from ethlicense.cli import COMMANDS, cli
from tests.cli_helpers import run, run_process

#: The modules of ethlicense/cli/ that are not commands.
SUPPORT_MODULES = {"__init__", "common", "completion"}


def test_every_module_of_the_package_is_a_command() -> None:
    """ethlicense/cli/ holds the commands (one module each, named after it) and their shared helpers, nothing else."""
    folder = Path(ethlicense.cli.__file__).parent
    modules = {path.stem for path in folder.glob("*.py")} - SUPPORT_MODULES
    assert modules == set(COMMANDS)
    context = cli.make_context("ethlicense", ["--help"], resilient_parsing=True)
    assert cli.list_commands(context) == sorted(COMMANDS)
    for name in COMMANDS:
        command = cli.get_command(context, name)
        assert command is not None
        assert command.name == name


def test_version_and_help() -> None:
    """--version prints the package version and --help lists every command with its summary."""
    assert run("--version")[1] == f"ethlicense, version {ethlicense.__version__}\n"
    help_text = run("--help")[1]
    for command in COMMANDS:
        assert re.search(rf"^  {command} +\S", help_text, re.MULTILINE), command


def test_every_command_has_examples() -> None:
    """Every command's --help ends with examples of that command."""
    for command in COMMANDS:
        code, out, _ = run(command, "--help")
        assert code == 0
        assert "Examples:" in out, command
        assert f"  ethlicense {command}" in out, command


def test_an_unknown_command_is_a_usage_error() -> None:
    """A misspelt command is click's usage error: exit code 2, the usage and the error on stderr, no traceback."""
    result = run_process("rendr")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("Usage: ethlicense [OPTIONS] COMMAND [ARGS]...")
    assert result.stderr.endswith("Error: No such command 'rendr'.\n")


#: Prints which of ethlicense's modules a command loaded: the command runs in the child, then the list.
_LOADED = """
import json, sys
from ethlicense.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(name for name in sys.modules if name.startswith("ethlicense"))))
"""


def _loaded_by(*args: str) -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-c", _LOADED, *args], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(completed.stdout.splitlines()[-1]))


@pytest.mark.subprocess
def test_a_command_loads_only_its_own_module() -> None:
    """`render` loads the render module and the shared helpers, not the other commands or what they need."""
    loaded = _loaded_by("render", "MIT", "--holder", "J", "--year", "2026", "--quiet")
    commands = {name.removeprefix("ethlicense.cli.") for name in loaded if name.startswith("ethlicense.cli.")}
    assert commands == {"render", "common", "completion"}
    assert not loaded & {"ethlicense.config", "ethlicense.build", "ethlicense.check", "ethlicense.web"}
    loaded = _loaded_by("bases")
    assert "ethlicense.cli.render" not in loaded
    assert "ethlicense.cli.bases" in loaded


@pytest.mark.subprocess
@pytest.mark.parametrize("runner", ["script", "module"])
def test_the_script_and_python_m_run_the_same_group(runner: str) -> None:
    """The ``ethlicense`` script and ``python -m ethlicense`` both run the group."""
    if runner == "script":
        result = run_process("--version")
    else:
        result = subprocess.run(
            [sys.executable, "-m", "ethlicense", "--version"], capture_output=True, text=True, check=False, timeout=60
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ethlicense, version {ethlicense.__version__}\n"
