# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Hostile or broken input gives one error line and exit code 2, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._io import MAX_INPUT_BYTES
from ethlicense.build import build_project
from ethlicense.cli import cli
from ethlicense.config import load_config, parse_config
from ethlicense.errors import ArgumentTypeError, CatalogError, ConfigFileError, EthLicenseError

CONFIG = '[license]\nbase = "MIT"\nholders = ["Jane Doe"]\nyear = 2026\n\n[provenance]\ngit = false\n'
DEEP_ARRAY = "x = " + "[" * 500 + "]" * 500 + "\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def one_line_exit_2(*args: str, env: dict[str, str] | None = None) -> str:
    """Run the CLI and return its error line, asserting exit code 2, one line and no traceback."""
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


# --- the library: wrong types ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "options", "field"),
    [
        (None, {}, "base"),
        (5, {}, "base"),
        (b"MIT", {}, "base"),
        ("MIT", {"holders": [None]}, "holders[0]"),
        ("MIT", {"holders": None}, "holders"),
        ("MIT", {"holders": ["A"], "name": 5}, "name"),
        ("MIT", {"holders": ["A"], "clauses": [None]}, "clauses[0]"),
        ("MIT", {"holders": ["A"], "clauses": "military"}, "clauses"),
        ("MIT", {"holders": ["A"], "venue": ["x"]}, "venue"),
    ],
)
def test_compose_refuses_wrong_types(base: object, options: dict[str, object], field: str) -> None:
    """A wrong type raises ArgumentTypeError, which is an EthLicenseError and a TypeError, naming the field."""
    with pytest.raises(ArgumentTypeError) as caught:
        ethlicense.compose(base, **options)  # type: ignore[arg-type]
    assert isinstance(caught.value, EthLicenseError)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == field


@pytest.mark.parametrize("value", [None, 5, b"military"])
def test_clause_refuses_wrong_types(value: object) -> None:
    """clause() with neither an id nor a Clause raises ArgumentTypeError."""
    with pytest.raises(ArgumentTypeError, match="clause"):
        ethlicense.clause(value)  # type: ignore[arg-type]


# --- templates ------------------------------------------------------------------------------------------


def test_a_failing_filter_is_a_catalog_error(tmp_path: Path) -> None:
    """A sandboxed filter's own assertion (truncate with a too-short length) is one line, not a traceback."""
    clause_file = tmp_path / "clause.toml"
    clause_file.write_text(
        'id = "trunc"\ntitle = "T"\nrestricts = ["fields-of-endeavor"]\n'
        "template = \"{{ 'abcdef'|truncate(2) }} may not be used.\"\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match="AssertionError"):
        ethlicense.compose("MIT", holders=["A"], clauses=ethlicense.load_clause_file(clause_file))
    assert "AssertionError" in one_line_exit_2("render", "MIT", "--holder", "A", "--clause-file", str(clause_file))


# --- TOML and JSON nested too deeply ------------------------------------------------------------------


def test_deep_toml_in_the_configuration(tmp_path: Path) -> None:
    """Arrays nested 500 deep in ethlicense.toml are a ConfigFileError, not a RecursionError."""
    with pytest.raises(ConfigFileError, match="nested too deeply"):
        parse_config(CONFIG + DEEP_ARRAY, path=tmp_path / "ethlicense.toml")
    (tmp_path / "ethlicense.toml").write_text(CONFIG + DEEP_ARRAY, encoding="utf-8")
    one_line_exit_2("build", "--config", str(tmp_path / "ethlicense.toml"))


def test_deep_toml_in_an_unrelated_pyproject_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A [tool.x] table nested 500 deep in pyproject.toml is an error naming the file, not a traceback."""
    inline = "x = " + "{a = " * 500 + "1" + "}" * 500 + "\n"
    (tmp_path / "pyproject.toml").write_text(
        "[tool.ethlicense.license]\nbase = 'MIT'\nholders = ['A']\nyear = 2026\n[tool.x]\n" + inline,
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigFileError, match=r"pyproject\.toml"):
        load_config(tmp_path / "pyproject.toml")
    line = one_line_exit_2("build")
    assert "pyproject.toml" in line
    assert "nested too deeply" in line


def test_deep_toml_in_a_clause_file(tmp_path: Path) -> None:
    """A clause file nested 500 deep is a CatalogError."""
    clause_file = tmp_path / "clause.toml"
    clause_file.write_text(DEEP_ARRAY, encoding="utf-8")
    with pytest.raises(CatalogError, match="nested too deeply"):
        ethlicense.load_clause_file(clause_file)


def test_a_deeply_nested_build_record(tmp_path: Path) -> None:
    """A build record of 100,000 '[' is reported as broken, in one line."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / ".ethlicense.lock").write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(EthLicenseError, match="nested too deeply"):
        build_project(tmp_path / "ethlicense.toml")
    one_line_exit_2("build", "--config", str(tmp_path / "ethlicense.toml"))


@pytest.mark.parametrize("entry", ["/etc/passwd", "../outside", "a/../../b", "C:/x", "a\\b", "./LICENSE"])
def test_record_entries_outside_the_project_are_refused(tmp_path: Path, entry: str) -> None:
    """A record entry with an absolute or '..' path makes the record broken: nothing outside is read or kept."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    digest = "0" * 64
    record = {"format": 1, "optional_outputs": [], "files": {entry: {"kind": "license", "sha256": [digest]}}}
    (tmp_path / ".ethlicense.lock").write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(EthLicenseError, match="not a path inside the project folder"):
        build_project(tmp_path / "ethlicense.toml")


# --- special and oversized files ------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_as_configuration_or_clause_file() -> None:
    """--config /dev/zero and --clause-file /dev/zero are refused at once, not read without end."""
    assert "character device" in one_line_exit_2("build", "--config", "/dev/zero")
    assert "character device" in one_line_exit_2("render", "MIT", "--holder", "A", "--clause-file", "/dev/zero")


@needs_fifo
def test_fifos_are_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO given as configuration or clause file is refused without waiting for a writer (a real process)."""
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    for args in (["build", "--config", str(fifo)], ["render", "MIT", "--holder", "A", "--clause-file", str(fifo)]):
        done = subprocess.run(
            [sys.executable, "-m", "ethlicense", *args], capture_output=True, text=True, timeout=30, check=False
        )
        assert done.returncode == 2, done.stderr
        assert "FIFO" in done.stderr
        assert "Traceback" not in done.stderr


@needs_fifo
def test_a_fifo_named_pyproject_does_not_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO called pyproject.toml beside ethlicense.toml is not read while looking for the configuration."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    os.mkfifo(tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    assert load_config().config.license.base == "MIT"


def test_oversized_configuration_and_clause_files(tmp_path: Path) -> None:
    """Files larger than the input limit are refused with the limit in the message."""
    big = tmp_path / "big.toml"
    big.write_text(CONFIG + "#" * MAX_INPUT_BYTES + "\n", encoding="utf-8")
    with pytest.raises(ConfigFileError, match="larger than"):
        load_config(big)
    with pytest.raises(CatalogError, match="larger than"):
        ethlicense.load_clause_file(big)


# --- init without answers -------------------------------------------------------------------------------


def test_init_interactive_with_no_input_is_one_line(tmp_path: Path) -> None:
    """`init --interactive < /dev/null` ends with a clear error and exit code 2, not "Aborted!" and 1."""
    done = subprocess.run(
        [sys.executable, "-m", "ethlicense", "init", "--interactive"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Aborted" not in done.stderr
    assert "standard input ended" in done.stderr
    assert not (tmp_path / "ethlicense.toml").exists()
