# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense show`: one clause in full."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli_helpers import run, run_process


def test_show_prints_text_parameters_sources_and_rationale() -> None:
    """`show` prints everything about a clause."""
    code, out, _ = run("show", "named-organizations")
    assert code == 0
    for heading in ("Parameters:", "organizations (string-list, required)", "Template:", "Sources:", "Rationale:"):
        assert heading in out
    data = json.loads(run("show", "military", "--format", "json")[1])
    assert data["id"] == "military"
    assert data["criteria"] == ["OSD-6", "DFSG-6", "FSF-0"]


def test_show_suggests_the_nearest_clause_id() -> None:
    """A misspelt id is one line on stderr with the nearest id, and exit code 2."""
    code, out, err = run("show", "named-organisations")
    assert (code, out) == (2, "")
    assert re.search(r"Did you mean (?:'[^']+' or )*'named-organizations'", err)
    assert len(err.strip().splitlines()) == 1


@pytest.mark.subprocess
def test_real_show() -> None:
    """The installed command shows a clause in a child process."""
    result = run_process("show", "military", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "No military use"
