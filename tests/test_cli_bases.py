# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense bases`: the base licenses, as text and as JSON."""

from __future__ import annotations

import json

import pytest

import ethlicense
from tests.cli_helpers import run, run_process


def test_bases_lists_every_base_with_its_flags() -> None:
    """`bases` lists ids, names, OSI approval and whether restrictions are accepted."""
    code, out, _ = run("bases")
    assert code == 0
    assert "MIT License" in out
    assert "GPL-3.0-only" in out
    assert "refused (void)" in out  # GPL-3.0: recipients may remove added restrictions
    assert "refused (contradictory)" in out  # MPL-2.0: they would contradict it
    data = json.loads(run("bases", "--format", "json")[1])
    assert {item["id"] for item in data} == set(ethlicense.default_catalog().bases)


@pytest.mark.subprocess
def test_real_bases() -> None:
    """The installed command lists the bases in a child process."""
    result = run_process("bases", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {item["id"] for item in json.loads(result.stdout)} == set(ethlicense.default_catalog().bases)
