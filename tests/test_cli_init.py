# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense init`: the configuration from flags, or from questions on a terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_helpers import PROJECT_CONFIG, make_project, run, run_process

INIT_HEADER = (
    "# The license of this project, for ethlicense: `ethlicense build` writes LICENSE and PROVENANCE.md\n"
    "# from this file and `ethlicense verify` checks them. Every key is described in ethlicense's\n"
    "# docs/configuration.md.\n"
    "\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an ethlicense.toml, made the current folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return make_project(tmp_path)


def test_init_with_flags_writes_deterministic_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Flags alone give a fixed file that builds; running again with --force gives the same bytes."""
    monkeypatch.chdir(tmp_path)
    args = ["init", "--base", "mit", "--holder", 'Jane "JD" Doe', "--clause", "military", "--year", "2026"]
    args += ["--clause", "named-organizations", "--set", "named-organizations.organizations=A Corp.;B \\ Inc."]
    args += ["--set", "named-organizations.effective_date=2026-02-01", "--no-input"]
    code, _, err = run(*args)
    assert code == 0, err
    assert "wrote ethlicense.toml; next: ethlicense build" in err
    text = (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")
    assert text == INIT_HEADER + (
        "[license]\n"
        'base = "MIT"\n'
        'holders = ["Jane \\"JD\\" Doe"]\n'
        "year = 2026\n"
        "\n"
        "[[clauses]]\n"
        'id = "military"\n'
        "\n"
        "[[clauses]]\n"
        'id = "named-organizations"\n'
        'organizations = ["A Corp.", "B \\\\ Inc."]\n'
        "effective_date = 2026-02-01\n"
    )
    assert run(*args, "--force")[0] == 0
    assert (tmp_path / "ethlicense.toml").read_text(encoding="utf-8") == text
    code, out, _ = run("build", "-q")
    assert code == 0
    assert "B \\ Inc." in (tmp_path / "LICENSE").read_text(encoding="utf-8")
    assert "created LICENSE" in out


def test_init_refuses_to_overwrite(project: Path) -> None:
    """An existing ethlicense.toml is kept unless --force."""
    code, _, err = run("init", "--holder", "X", "--no-input")
    assert code == 2
    assert err == "Error: 'ethlicense.toml' exists; pass --force to overwrite it\n"
    assert (project / "ethlicense.toml").read_text(encoding="utf-8") == PROJECT_CONFIG


def test_init_asks_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Interactive init asks for base, holders, year, clauses and required parameters, re-asking on errors."""
    monkeypatch.chdir(tmp_path)
    answers = "MTI\nMIT\nJane Doe; John Roe\n2026\nmilitery\nnamed-organizations military\nA Corp.;B Inc.\n"
    code, out, err = run("init", "--interactive", stdin=answers)
    assert code == 0, err
    assert re.search(r"unknown base license 'MTI'\. Did you mean (?:'[^']+' or )*'MIT'", out + err)
    assert "unknown clause 'militery'" in out + err
    text = (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")
    assert 'holders = ["Jane Doe", "John Roe"]' in text
    assert 'id = "named-organizations"\norganizations = ["A Corp.", "B Inc."]' in text
    assert 'id = "military"' in text


def test_init_without_a_terminal_asks_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not on a terminal, init behaves as --no-input: MIT, this year, and a holder must be given."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    code, _, err = run("init")
    assert code == 2
    assert err.startswith("Error: ethlicense.toml:")
    assert "license.holders: MIT has a copyright line to fill in" in err
    assert not (tmp_path / "ethlicense.toml").exists()
    assert run("init", "--holder", "Jane Doe")[0] == 0
    assert "year = 2026\n" in (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--clause", "militery"], "unknown clause 'militery'. Did you mean "),
        (["--clause", "military", "--set", "military.alow_humanitarian=true"], "did you mean 'allow_humanitarian'?"),
        (["--clause", "military", "--set", "military=true"], "expected CLAUSE.PARAMETER=VALUE"),
        (["--set", "military.allow_humanitarian=true"], "clause 'military' is not chosen"),
        (["--clause", "named-organizations"], "required; give it with --set named-organizations.organizations=VALUE"),
        (["--base", "GPL-3.0-only", "--clause", "military"], "license.base: GPL-3.0-only does not accept"),
        (["--year", "3000"], "license.year: input should be less than or equal to 2100"),
        (["--config", "pyproject.toml"], "init writes a file of its own"),
    ],
)
def test_init_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    """Bad flags are one line on stderr, exit code 2, and no file."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("init", "--holder", "Jane Doe", "--no-input", *args)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.subprocess
def test_real_init(tmp_path: Path) -> None:
    """`ethlicense init` in a child process, without a terminal, writes the file from flags."""
    result = run_process(
        "init", "--base", "MIT", "--holder", "X", "--clause", "military", "--year", "2026", folder=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert 'id = "military"' in (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")
