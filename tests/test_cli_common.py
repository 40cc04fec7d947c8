# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What the commands share: one way to report an error, one way to write output, one spelling of each option."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ethlicense.cli import cli
from ethlicense.cli.common import CommandError, reported_errors, write_output
from ethlicense.errors import EthLicenseError, OutputOwnershipError
from tests.cli_helpers import run


class _TwoLineError(EthLicenseError):
    def command_line_message(self) -> str:
        return "first line\n  second line\n"


def test_reported_errors_fold_the_command_line_message_into_one_line() -> None:
    """An EthLicenseError becomes a CommandError with exit code 2 and the command-line message on one line."""
    with pytest.raises(CommandError) as caught, reported_errors():
        raise OutputOwnershipError([("LICENSE", "edited"), ("NOTICE", "edited")])
    assert caught.value.exit_code == 2
    assert caught.value.message.endswith("pass --force to replace them")
    assert "force=True" not in caught.value.message
    with pytest.raises(CommandError, match=r"^first line second line$"), reported_errors():
        raise _TwoLineError


def test_other_errors_pass_through() -> None:
    """Only ethlicense's own errors are reported as one line; a bug stays a traceback."""
    with pytest.raises(KeyError), reported_errors():
        raise KeyError("bug")


def test_an_error_inside_a_command_is_one_line_on_stderr() -> None:
    """The group runs each command inside reported_errors: stderr gets 'Error: ' and the one line, exit 2."""

    @click.command()
    def failing() -> None:
        raise _TwoLineError

    cli.add_command(failing, "failing-for-test")
    try:
        result = CliRunner().invoke(cli, ["failing-for-test"])
    finally:
        cli.commands.pop("failing-for-test")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", "Error: first line second line\n")


def test_write_output_prints_or_writes_without_overwriting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """None and '-' print; a path is written once, then refused without force."""
    write_output("text\n", None, force=False)
    write_output("dash\n", "-", force=False)
    assert capsys.readouterr().out == "text\ndash\n"
    target = tmp_path / "OUT"
    write_output("first\n", target, force=False)
    assert capsys.readouterr().err == f"wrote {target}\n"
    with pytest.raises(EthLicenseError, match="exists"):
        write_output("second\n", target, force=False)
    assert target.read_text(encoding="utf-8") == "first\n"
    write_output("second\n", str(target), force=True)
    assert target.read_text(encoding="utf-8") == "second\n"


def _option_help(command: str, option: str) -> str:
    """Return what *command*'s --help says about *option* (its line and the help's continuation lines)."""
    lines = run(command, "--help")[1].splitlines()
    start = next(index for index, line in enumerate(lines) if line.lstrip().startswith(option))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if line.lstrip().startswith("-") or not line.strip():
            break
        block.append(line)
    return " ".join(" ".join(block).split())


@pytest.mark.parametrize(
    "option",
    ["--set CLAUSE.PARAM=VALUE", "--name TEXT"],
)
def test_render_and_init_share_their_clause_options(option: str) -> None:
    """Init takes render's clause and name options from the same place: same spelling, metavar and help."""
    assert _option_help("render", option) == _option_help("init", option)


def test_clause_option_is_the_same_apart_from_renders_short_name() -> None:
    """--clause reads the same in render and init; render also takes -c."""
    assert _option_help("render", "-c, --clause ID") == _option_help("init", "--clause ID").replace(
        "--clause ID", "-c, --clause ID"
    )
