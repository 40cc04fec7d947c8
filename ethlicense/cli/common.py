# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What the commands share: their common options, one way to write output, and one way to report an error.

:func:`reported_errors` is the only place where an :class:`~ethlicense.errors.EthLicenseError` becomes what the
user sees: one line on stderr (:meth:`~ethlicense.errors.EthLicenseError.command_line_message`, with line breaks
folded) and exit code 2, never a traceback. The group in :mod:`ethlicense.cli` runs every command inside it.

The option decorators keep one spelling, metavar and destination for an option that several commands take,
so ``--holder`` or ``--clause`` means the same in ``render``, ``init`` and ``header``. Where the default
differs between commands, the decorator takes the words that say so. This module is imported on every run,
so it loads nothing that ``import ethlicense`` does not (the configuration, for ``--config``, only when a
command that takes it is loaded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ethlicense._time import MAX_YEAR, MIN_YEAR
from ethlicense.catalog import load_clause_file
from ethlicense.cli.completion import complete_clause
from ethlicense.errors import EthLicenseError
from ethlicense.models import Clause

__all__ = [
    "CommandError",
    "clause_file_option",
    "clause_option",
    "config_option",
    "force_option",
    "format_option",
    "holder_option",
    "name_option",
    "quiet_option",
    "reported_errors",
    "set_option",
    "user_clauses",
    "write_output",
    "year_option",
]

Callback = TypeVar("Callback", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """An :class:`EthLicenseError` as the command line shows it: one line on stderr, exit code 2."""

    exit_code = 2


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn an :class:`EthLicenseError` raised inside the block into a :class:`CommandError` of one line.

    Raises:
        CommandError: The block raised an ``EthLicenseError``; its command-line message, on one line.
    """
    try:
        yield
    except EthLicenseError as error:
        raise CommandError(" ".join(error.command_line_message().split())) from None


# --- options ------------------------------------------------------------------------------------------


def clause_option(*short_names: str) -> Callable[[Callback], Callback]:
    """``--clause ID`` (repeatable; ids complete in the shell), into the parameter ``clause_ids``.

    Args:
        short_names: Other spellings of the option, such as ``"-c"``.
    """
    return click.option(
        "--clause",
        *short_names,
        "clause_ids",
        multiple=True,
        metavar="ID",
        shell_complete=complete_clause,
        help="Add a restriction clause (repeatable).",
    )


def set_option() -> Callable[[Callback], Callback]:
    """``--set CLAUSE.PARAM=VALUE`` (repeatable), into the parameter ``settings``."""
    return click.option(
        "--set",
        "settings",
        multiple=True,
        metavar="CLAUSE.PARAM=VALUE",
        help="Set a clause parameter; separate list items with ';' (repeatable).",
    )


def clause_file_option() -> Callable[[Callback], Callback]:
    """``--clause-file FILE`` (repeatable), into the parameter ``clause_files``."""
    return click.option(
        "--clause-file",
        "clause_files",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="TOML file of user-defined clauses (repeatable).",
    )


def holder_option(default: str) -> Callable[[Callback], Callback]:
    """``--holder NAME`` (repeatable), into the parameter ``holders``.

    Args:
        default: Where the holders come from when none is given, for the help.
    """
    return click.option(
        "--holder",
        "holders",
        multiple=True,
        metavar="NAME",
        help=f"Copyright holder (repeatable). [default: {default}]",
    )


def year_option(default: str, *, show_range: bool = False) -> Callable[[Callback], Callback]:
    """``--year``, an integer, into the parameter ``year``.

    Args:
        default: Where the year comes from when it is not given, for the help.
        show_range: Name the years the command accepts in the help.
    """
    label = f"Copyright year ({MIN_YEAR}-{MAX_YEAR})." if show_range else "Copyright year."
    return click.option("--year", type=int, help=f"{label} [default: {default}]")


def name_option() -> Callable[[Callback], Callback]:
    """``--name``: the license's name."""
    return click.option("--name", help="Name of the license (a restricted license may not take a base's name).")


def config_option(
    help_text: str | None = None, *, default: Path | None = None, show_default: bool = False
) -> Callable[[Callback], Callback]:
    """``--config FILE``, into the parameter ``config_path``.

    Args:
        help_text: The help. [default: "The configuration file." and where it is looked for]
        default: The file when the option is not given. [default: ``None``, for the command to look]
        show_default: Show *default* in the help.
    """
    if help_text is None:
        from ethlicense.config import CONFIG_FILE_NAME, PYPROJECT_FILE_NAME  # noqa: PLC0415 - not on render's path

        help_text = (
            f"The configuration file. [default: {CONFIG_FILE_NAME}, else [tool.ethlicense] in {PYPROJECT_FILE_NAME}]"
        )
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=show_default,
        metavar="FILE",
        help=help_text,
    )


def format_option(
    choices: Sequence[str], default: str, help_text: str = "Output format."
) -> Callable[[Callback], Callback]:
    """``--format``, one of *choices*, into the parameter ``output_format``."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help=help_text,
    )


def force_option(help_text: str = "Overwrite the --output file if it exists.") -> Callable[[Callback], Callback]:
    """``--force``, a flag."""
    return click.option("--force", is_flag=True, help=help_text)


def quiet_option(help_text: str) -> Callable[[Callback], Callback]:
    """``--quiet`` / ``-q``, a flag; *help_text* says what it leaves out."""
    return click.option("--quiet", "-q", is_flag=True, help=help_text)


# --- helpers ------------------------------------------------------------------------------------------


def user_clauses(clause_files: Sequence[Path]) -> list[Clause]:
    """Return the clauses defined in the ``--clause-file`` files, in order."""
    return [clause for path in clause_files for clause in load_clause_file(path)]


def write_output(text: str, output: str | Path | None, *, force: bool) -> None:
    """Print *text*, or with ``--output`` write it atomically (never over a file without ``--force``).

    ``None`` and ``"-"`` (a string, as ``click.Path(allow_dash=True)`` gives it) mean standard output.
    """
    if output is None or output == "-":
        click.echo(text, nl=False)
    else:
        from ethlicense._io import write_atomic  # noqa: PLC0415 - only with --output: keeps start-up light

        write_atomic(output, text, force=force)
        click.echo(f"wrote {output}", err=True)
