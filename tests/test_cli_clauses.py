# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense clauses`: the clauses, what they restrict and the criteria they fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ethlicense
from tests.cli_helpers import run, run_process


def test_clauses_lists_restrictions_and_criteria() -> None:
    """`clauses` lists every clause with what it restricts and the criteria it fails."""
    code, out, _ = run("clauses")
    assert code == 0
    assert "named-organizations" in out
    assert "persons-or-groups" in out
    assert "OSD-5" in out
    data = json.loads(run("clauses", "--format", "json")[1])
    assert {item["id"] for item in data} == set(ethlicense.default_catalog().clauses)
    assert all(item["criteria"] and item["sources"] for item in data)


def test_clauses_lists_the_clause_files_clauses(tmp_path: Path) -> None:
    """--clause-file adds the file's clauses to the list, judged like the built-in ones."""
    path = tmp_path / "mining.toml"
    path.write_text(
        'id = "no-crypto-mining"\ntitle = "No cryptocurrency mining"\nrestricts = ["fields-of-endeavor"]\n'
        'text = "The Software may not be used to mine cryptocurrency."\n',
        encoding="utf-8",
    )
    code, out, _ = run("clauses", "--clause-file", str(path), "--format", "json")
    assert code == 0
    (added,) = [item for item in json.loads(out) if item["id"] == "no-crypto-mining"]
    assert added["criteria"] == ["OSD-6", "DFSG-6", "FSF-0"]


@pytest.mark.subprocess
def test_real_clauses() -> None:
    """The installed command lists the clauses in a child process."""
    result = run_process("clauses")
    assert result.returncode == 0, result.stderr
    for clause_id in ethlicense.default_catalog().clauses:
        assert clause_id in result.stdout
