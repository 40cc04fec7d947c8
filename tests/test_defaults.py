# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Holder and year defaults from the project, a string as one holder, and how errors name options."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._defaults import default_holders, default_year_from_project
from ethlicense.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("holder", ["JaneDoe", "Jane Doe"])
def test_a_string_is_one_holder(holder: str) -> None:
    """holders="Jane Doe" is one holder: never split into letters, never an empty-holder error."""
    rendered = ethlicense.compose("MIT", holders=holder, year=2026)
    assert rendered.spec.holders == (holder,)
    assert f"Copyright (c) 2026 {holder}\n" in rendered.text


def test_defaults_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration's holders win over pyproject authors, which win over git user.name."""
    assert default_holders(tmp_path) is None
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=60)  # noqa: S607 - git from PATH
        subprocess.run(["git", "-C", str(tmp_path), "config", "user.name", "Git Person"], check=True, timeout=60)  # noqa: S607
        found = default_holders(tmp_path)
        assert found is not None
        assert (found.value, found.source) == (("Git Person",), "git config user.name")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nauthors = [{name = "Py Author"}, {email = "e@x"}]\n'
    )
    found = default_holders(tmp_path)
    assert found is not None
    assert (found.value, found.source) == (("Py Author",), "pyproject.toml [project] authors")
    (tmp_path / "ethlicense.toml").write_text('[license]\nbase = "MIT"\nholders = ["Configured"]\nyear = 2020\n')
    found = default_holders(tmp_path)
    assert found is not None
    assert found.value == ("Configured",)
    without_configuration = default_holders(tmp_path, use_configuration=False)
    assert without_configuration is not None
    assert without_configuration.value == ("Py Author",)
    year = default_year_from_project(tmp_path)
    assert year is not None
    assert (year.value, year.source) == (2020, "ethlicense.toml [license] year")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("render", "MIT")
    assert code == 0
    assert "Copyright (c) 2020 Configured\n" in out
    assert "note: holder 'Configured' from ethlicense.toml [license] holders (give --holder to choose)\n" in err
    assert "note: year 2020 from ethlicense.toml [license] year (give --year to choose)\n" in err
    code, _, err = run("render", "MIT", "--holder", "X", "--year", "2026")
    assert code == 0
    assert "note:" not in err


def test_errors_speak_python_or_command_line() -> None:
    """The library names parameters, the command names options; one file is 'it', several are 'them'."""
    one = ethlicense.OutputOwnershipError([("LICENSE", "edited since ethlicense wrote it")])
    assert str(one).endswith("pass force=True to replace it")
    assert one.command_line_message().endswith("pass --force to replace it")
    two = ethlicense.OutputOwnershipError([("LICENSE", "x"), ("NOTICE", "y")])
    assert two.command_line_message().endswith("pass --force to replace them")
    refused = ethlicense.RestrictionRefusedError("GPL-3.0-only", "It is void.")
    assert "allow_void_restrictions=True" in str(refused)
    assert "--allow-void-restrictions" in refused.command_line_message()
    assert "allow_void_restrictions" not in refused.command_line_message()


def test_interactive_init_offers_the_project_authors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, init offers pyproject.toml's authors as the holders; Enter accepts them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nauthors = [{name = "A"}, {name = "B"}]\n')
    result = CliRunner().invoke(cli, ["init", "--interactive"], input="MIT\n\n2026\n\n", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "[A; B]" in result.output
    assert 'holders = ["A", "B"]' in (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")


def test_verify_advice_is_a_command_that_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a change of configuration, verify advises a plain build, and that build makes verify pass."""
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "ethlicense.toml"
    config.write_text('[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n')
    assert run("build", "-q")[0] == 0
    config.write_text(config.read_text().replace('"A"', '"B"'))
    code, _, err = run("verify")
    assert code == 1
    advice = err.rsplit("run `", 1)[1].split("`", 1)[0]
    assert advice == "ethlicense build"
    assert run(*advice.split()[1:])[0] == 0
    assert run("verify")[0] == 0
