# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense header`: the license header for source files, from the configuration or the options."""

from __future__ import annotations

from pathlib import Path

import pytest

import ethlicense
from tests.cli_helpers import run, run_process

#: The two SPDX tags, assembled so that REUSE tools do not read them as this file's own.
COPYRIGHT_TAG = "SPDX-" + "FileCopyrightText:"
LICENSE_TAG = "SPDX-" + "License-" + "Identifier:"
CONFIG = '[license]\nbase = "MIT"\nholders = ["Jane Doe"]\nyear = 2026\n[[clauses]]\nid = "military"\n'
MILITARY_ID = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026).license_id


def test_reuse_reads_the_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The header command's output, pasted into a file, is what REUSE reads as its license and copyright."""
    pytest.importorskip("reuse")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    code, header, _ = run("header", "--lang", "py")
    assert code == 0
    assert header == f"# {COPYRIGHT_TAG} 2026 Jane Doe\n# {LICENSE_TAG} {MILITARY_ID}\n"
    (tmp_path / "tool.py").write_text(header + "print('hi')\n", encoding="utf-8")
    from reuse.extract import extract_reuse_info  # noqa: PLC0415 - only this test needs reuse

    info = extract_reuse_info((tmp_path / "tool.py").read_text(encoding="utf-8"))
    assert {str(expression) for expression in info.spdx_expressions} == {MILITARY_ID}
    assert [notice.name for notice in info.copyright_notices] == ["Jane Doe"]


def test_header_needs_a_license(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a configuration, --license-id is needed; holders then default from the project."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("header", "--lang", "py")
    assert code == 2
    assert "pass --license-id ID" in err
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nauthors = [{name = "Py Author"}]\n')
    code, out, err = run("header", "--lang", "sh", "--license-id", "MIT", "--year", "2026")
    assert code == 0
    assert out == f"# {COPYRIGHT_TAG} 2026 Py Author\n# {LICENSE_TAG} MIT\n"
    assert "from pyproject.toml [project] authors" in err


@pytest.mark.subprocess
def test_real_header(tmp_path: Path) -> None:
    """`ethlicense header` in a child process prints the configured license's header."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    result = run_process("header", "--lang", "c", folder=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"/*\n * {COPYRIGHT_TAG} 2026 Jane Doe\n * {LICENSE_TAG} {MILITARY_ID}\n */\n"
