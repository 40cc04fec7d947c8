# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Tests for the time rules: year bounds and SOURCE_DATE_EPOCH, shared by every part."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._time import MAX_YEAR, MIN_YEAR, check_year, default_year, source_date_epoch
from ethlicense.cli import cli
from ethlicense.config import parse_config
from ethlicense.errors import InvalidSpecError
from ethlicense.spdx import reuse_toml


@pytest.mark.parametrize(
    "epoch",
    ["99999999999999", "9" * 5000, "-1", "\u00b2", "\u0663", "1e9", "1.5", "0x10", "4133980800"],
)
def test_bad_source_date_epoch_is_one_error(epoch: str) -> None:
    """A huge, negative, non-ASCII or past-2100 SOURCE_DATE_EPOCH is an InvalidSpecError naming it."""
    with pytest.raises(InvalidSpecError, match="SOURCE_DATE_EPOCH"):
        source_date_epoch({"SOURCE_DATE_EPOCH": epoch})


@pytest.mark.parametrize(
    ("epoch", "year"), [("0", 1970), ("00001767225600", 2026), (" 1767225600 ", 2026), ("4102444799", 2099)]
)
def test_source_date_epoch_gives_the_year(epoch: str, year: int) -> None:
    """ASCII digits within range give their year; leading zeros and surrounding blanks are fine."""
    assert default_year({"SOURCE_DATE_EPOCH": epoch}) == year


@pytest.mark.parametrize("epoch", ["", "  "])
def test_blank_source_date_epoch_is_unset(epoch: str) -> None:
    """A blank SOURCE_DATE_EPOCH counts as unset: the year is this one."""
    assert source_date_epoch({"SOURCE_DATE_EPOCH": epoch}) is None
    assert default_year({"SOURCE_DATE_EPOCH": epoch}) == datetime.datetime.now(tz=datetime.UTC).year


@pytest.mark.parametrize("epoch", ["99999999999999", "\u00b2", "-5"])
def test_render_with_bad_epoch_is_one_line_exit_2(epoch: str) -> None:
    """The CLI turns a bad SOURCE_DATE_EPOCH into one line and exit code 2, for every command that reads it."""
    result = CliRunner().invoke(cli, ["render", "MIT", "--holder", "A"], env={"SOURCE_DATE_EPOCH": epoch})
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "SOURCE_DATE_EPOCH" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("year", [MIN_YEAR - 1, MAX_YEAR + 1, True, "2026", 2026.0])
def test_check_year_refuses(year: object) -> None:
    """Years outside the bounds, and values that are not whole numbers, are refused."""
    with pytest.raises(InvalidSpecError, match="year"):
        check_year(year)


@pytest.mark.parametrize("year", [MIN_YEAR - 1, MAX_YEAR + 1])
def test_every_part_uses_the_same_bounds(year: int) -> None:
    """compose, the configuration and the REUSE writer refuse the same years."""
    with pytest.raises(InvalidSpecError):
        ethlicense.compose("MIT", holders=["A"], year=year)
    with pytest.raises(ethlicense.ConfigError, match="year"):
        parse_config(f'[license]\nbase = "MIT"\nholders = ["A"]\nyear = {year}\n', path="ethlicense.toml")
    rendered = ethlicense.compose("MIT", holders=["A"], year=2026)
    with pytest.raises(InvalidSpecError):
        reuse_toml(rendered, ["A"], year)


def test_build_with_a_bad_epoch_is_one_line(tmp_path: Path) -> None:
    """`build --spdx` reads SOURCE_DATE_EPOCH through the same rule: a huge value is one line, exit code 2."""
    config = tmp_path / "ethlicense.toml"
    config.write_text('[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n[provenance]\ngit = false\n', "utf-8")
    result = CliRunner().invoke(
        cli, ["build", "--spdx", "--config", str(config)], env={"SOURCE_DATE_EPOCH": "99999999999999"}
    )
    assert result.exit_code == 2
    assert "SOURCE_DATE_EPOCH" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "LICENSE").exists()
