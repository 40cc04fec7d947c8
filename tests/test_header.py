# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Source-file headers (`ethlicense header`) and shell completion of base and clause ids."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._header import COMMENT_STYLES, source_header
from ethlicense.cli import cli

#: The two SPDX tags, assembled so that REUSE tools do not read them as this file's own.
COPYRIGHT_TAG = "SPDX-" + "FileCopyrightText:"
LICENSE_TAG = "SPDX-" + "License-" + "Identifier:"
CONFIG = '[license]\nbase = "MIT"\nholders = ["Jane Doe"]\nyear = 2026\n[[clauses]]\nid = "military"\n'
MILITARY_ID = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026).license_id


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("py", f"# {COPYRIGHT_TAG} 2026 A\n# {COPYRIGHT_TAG} 2026 B\n# {LICENSE_TAG} MIT\n"),
        ("js", f"// {COPYRIGHT_TAG} 2026 A\n// {COPYRIGHT_TAG} 2026 B\n// {LICENSE_TAG} MIT\n"),
        ("c", f"/*\n * {COPYRIGHT_TAG} 2026 A\n * {COPYRIGHT_TAG} 2026 B\n * {LICENSE_TAG} MIT\n */\n"),
        ("html", f"<!--\n{COPYRIGHT_TAG} 2026 A\n{COPYRIGHT_TAG} 2026 B\n{LICENSE_TAG} MIT\n-->\n"),
        ("sql", f"-- {COPYRIGHT_TAG} 2026 A\n-- {COPYRIGHT_TAG} 2026 B\n-- {LICENSE_TAG} MIT\n"),
    ],
)
def test_header_in_each_comment_style(language: str, expected: str) -> None:
    """One tagged line per holder and one for the license, in the language's comment syntax."""
    assert source_header("MIT", ["A", "B"], 2026, language) == expected


def test_header_refuses_unknown_language_and_hidden_characters() -> None:
    """An unknown language lists the known ones; a holder with a line break could forge a tag line."""
    with pytest.raises(ethlicense.InvalidSpecError, match="known: c, cpp"):
        source_header("MIT", ["A"], 2026, "cobol")
    with pytest.raises(ethlicense.EthLicenseError):
        source_header("MIT", [f"A\n{LICENSE_TAG} GPL-3.0-only"], 2026, "py")


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
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    command = [found] if found else [sys.executable, "-m", "ethlicense"]
    result = subprocess.run(
        [*command, "header", "--lang", "c"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"/*\n * {COPYRIGHT_TAG} 2026 Jane Doe\n * {LICENSE_TAG} {MILITARY_ID}\n */\n"


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
