# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense serve` as the group registers it; the server itself is tested in test_web.py."""

from __future__ import annotations

import pytest

from ethlicense.cli.serve import serve
from ethlicense.web._cli import serve as web_serve
from tests.cli_helpers import run, run_process


def test_serve_is_the_web_apps_command() -> None:
    """The group's serve is the command that lives with the web app, and its help loads without starting it."""
    assert serve is web_serve
    code, out, _ = run("serve", "--help")
    assert code == 0
    assert "--port INTEGER RANGE" in out
    assert "ethlicense serve --port 8080" in out


@pytest.mark.subprocess
def test_real_serve_help() -> None:
    """The installed command shows serve's help in a child process, without the web extra's libraries."""
    result = run_process("serve", "--help")
    assert result.returncode == 0, result.stderr
    assert "Start the license builder in the browser" in result.stdout
