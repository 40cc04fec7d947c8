# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense`` command: a thin layer over the library.

Every command parses its options, calls one library function and prints a formatter's output. Errors
raised on purpose (:class:`~ethlicense.errors.EthLicenseError`) become one line on stderr and exit code 2.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from click.shell_completion import CompletionItem

from ethlicense._parameters import parse_settings
from ethlicense._time import MAX_YEAR, MIN_YEAR
from ethlicense._version import __version__
from ethlicense.catalog import Catalog, default_catalog, load_clause_file
from ethlicense.compose import clause as configure_clause
from ethlicense.compose import compose
from ethlicense.errors import EthLicenseError
from ethlicense.formats import (
    FORMATS,
    bases_data,
    clause_data,
    clauses_data,
    dumps,
    format_bases,
    format_clause,
    format_clauses,
    format_license,
    verdict_line,
)
from ethlicense.models import Clause

__all__ = ["cli", "main"]

_Callback = TypeVar("_Callback", bound=Callable[..., Any])


class _Failure(click.ClickException):
    """An :class:`EthLicenseError` as the CLI shows it: one line, exit code 2."""

    exit_code = 2


#: Commands that live in their own modules, imported only when that command runs (name -> "module:attribute"),
#: so that ``ethlicense render`` never pays for what ``check`` or ``build`` import.
_LAZY_COMMANDS: dict[str, str] = {
    "build": "ethlicense.cli.project:build",
    "check": "ethlicense.cli.check:check",
    "consent": "ethlicense.cli.project:consent",
    "header": "ethlicense.cli.header:header",
    "init": "ethlicense.cli.project:init",
    "serve": "ethlicense.web._cli:serve",
    "verify": "ethlicense.cli.project:verify",
}


class _Group(click.Group):
    """A click group that turns library errors into one readable line (the only place that does).

    It also loads the commands listed in ``_LAZY_COMMANDS`` on first use.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _LAZY_COMMANDS and cmd_name not in self.commands:
            module_name, _, attribute = _LAZY_COMMANDS[cmd_name].partition(":")
            command = getattr(importlib.import_module(module_name), attribute)
            if not isinstance(command, click.Command):
                msg = f"{_LAZY_COMMANDS[cmd_name]} is not a click command"
                raise TypeError(msg)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:  # noqa: ANN401 - click's own signature
        try:
            return super().invoke(ctx)
        except EthLicenseError as error:
            raise _Failure(" ".join(error.command_line_message().split())) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(version=__version__, prog_name="ethlicense")
def cli() -> None:
    """Compose a license from a base license and restriction clauses, and see what it costs.

    \b
    Examples:
      ethlicense render MIT --holder "Jane Doe"
      ethlicense render MIT --clause military --holder "Jane Doe" -o LICENSE
      ethlicense clauses
      ethlicense show named-organizations
    """


def complete_base(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete a base license id for the shell (``ethlicense render M<Tab>``), with each base's name."""
    folded = incomplete.casefold()
    return [
        CompletionItem(base.id, help=base.name)
        for base in sorted(default_catalog().bases.values(), key=lambda item: item.id)
        if base.id.casefold().startswith(folded)
    ]


def complete_clause(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete a built-in clause id for the shell (``ethlicense show mil<Tab>``), with each clause's title."""
    return [
        CompletionItem(clause.id, help=clause.title)
        for clause in sorted(default_catalog().clauses.values(), key=lambda item: item.id)
        if clause.id.startswith(incomplete)
    ]


def _clause_file_option(function: _Callback) -> _Callback:
    return click.option(
        "--clause-file",
        "clause_files",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="TOML file of user-defined clauses (repeatable).",
    )(function)


def _user_clauses(clause_files: Sequence[Path]) -> list[Clause]:
    return [clause for path in clause_files for clause in load_clause_file(path)]


def _emit(text: str, output: str | None, *, force: bool) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
    else:
        from ethlicense._io import write_atomic  # noqa: PLC0415 - only with --output: keeps start-up light

        write_atomic(output, text, force=force)
        click.echo(f"wrote {output}", err=True)


def _format_option(choices: Sequence[str], default: str) -> Callable[[_Callback], _Callback]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def _project_defaults(holders: tuple[str, ...], year: int | None) -> tuple[tuple[str, ...], int | None, list[str]]:
    """Fill in holders and year that were not given from the project in the current folder.

    Returns the holders, the year and a note for each default used, to print once the command succeeds.
    """
    if holders and year is not None:
        return holders, year, []
    from ethlicense._defaults import default_holders, default_year_from_project  # noqa: PLC0415 - lazy

    notes = []
    if not holders:
        found = default_holders(Path.cwd())
        if found is not None:
            holders = found.value
            names = ", ".join(repr(name) for name in holders)
            noun = "holder" if len(holders) == 1 else "holders"
            notes.append(f"note: {noun} {names} from {found.source} (give --holder to choose)")
    if year is None:
        found_year = default_year_from_project(Path.cwd())
        if found_year is not None:
            year = found_year.value
            notes.append(f"note: year {year} from {found_year.source} (give --year to choose)")
    return holders, year, notes


@cli.command()
@click.argument("base", shell_complete=complete_base)
@click.option(
    "--clause",
    "-c",
    "clause_ids",
    multiple=True,
    metavar="ID",
    shell_complete=complete_clause,
    help="Add a restriction clause (repeatable).",
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="CLAUSE.PARAM=VALUE",
    help="Set a clause parameter; separate list items with ';' (repeatable).",
)
@_clause_file_option
@click.option(
    "--holder",
    "holders",
    multiple=True,
    metavar="NAME",
    help=(
        "Copyright holder (repeatable). [default: the configuration's holders, else pyproject.toml's "
        "[project] authors, else git config user.name]"
    ),
)
@click.option(
    "--year",
    type=int,
    help=(
        f"Copyright year ({MIN_YEAR}-{MAX_YEAR}). [default: the configuration's year, else this year or "
        "SOURCE_DATE_EPOCH's]"
    ),
)
@click.option("--name", help="Name of the license (a restricted license may not take a base's name).")
@click.option(
    "--license-id",
    help="LicenseRef- id to use instead of the derived one (not one SPDX tools read as another license).",
)
@click.option(
    "--allow-void-restrictions",
    is_flag=True,
    help="Render clauses on a base that forbids them (GPL family, MPL-2.0) anyway; the verdict says why they fail.",
)
@click.option(
    "--cure-days",
    type=click.IntRange(1, 365),
    default=30,
    show_default=True,
    help="Days a licensee has to end a breach after a notice, before its permissions end.",
)
@click.option("--governing-law", metavar="LAW", help='Law that governs the license, e.g. "the State of New York".')
@click.option("--venue", metavar="COURTS", help='Courts that hear disputes, e.g. "New York County, New York".')
@_format_option(FORMATS, "text")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write to FILE instead of stdout ('-' is stdout); only a regular file or a new path is written.",
)
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the verdict line on stderr.")
def render(  # noqa: PLR0913 - one parameter per option
    base: str,
    clause_ids: tuple[str, ...],
    settings: tuple[str, ...],
    clause_files: tuple[Path, ...],
    holders: tuple[str, ...],
    year: int | None,
    name: str | None,
    license_id: str | None,
    allow_void_restrictions: bool,
    cure_days: int,
    governing_law: str | None,
    venue: str | None,
    output_format: str,
    output: str | None,
    force: bool,
    quiet: bool,
) -> None:
    """Render BASE with the chosen clauses.

    BASE is an SPDX id (see `ethlicense bases`). Clauses in --clause-file files are added too. With no
    clauses the output is the base's canonical SPDX text; where that text has no copyright line (GPL
    family, MPL-2.0, BSL-1.0) a note on stderr says where the holders' notice belongs. With clauses,
    the Additional Conditions define who is bound, how a breach is noticed and cured (--cure-days),
    and, if given, the governing law and courts. Unless --quiet, a one-line verdict goes to stderr, so
    stdout holds only the license.

    \b
    Examples:
      ethlicense render MIT --holder "Jane Doe" --year 2026
      ethlicense render MIT --clause military --clause ice-collaborators --holder "Jane Doe"
      ethlicense render MIT --clause named-organizations \\
          --set "named-organizations.organizations=Palantir Technologies Inc.;Microsoft Corporation" \\
          --holder "Jane Doe" --format json
    """
    holders, year, notes = _project_defaults(holders, year)
    user_clauses = _user_clauses(clause_files)
    catalog: Catalog = default_catalog().with_clauses(user_clauses)
    chosen = list(dict.fromkeys([*clause_ids, *(item.id for item in user_clauses)]))
    arguments = parse_settings(settings, chosen)
    configured = [configure_clause(catalog.clause(key), **arguments.get(key, {})) for key in chosen]
    rendered = compose(
        base,
        clauses=configured,
        holders=holders,
        year=year,
        name=name,
        license_id=license_id,
        allow_void_restrictions=allow_void_restrictions,
        cure_days=cure_days,
        governing_law=governing_law,
        venue=venue,
        catalog=catalog,
    )
    _emit(format_license(rendered, output_format), output, force=force)
    if not quiet:
        for note in notes:
            click.echo(note, err=True)
    if not quiet and output_format in {"text", "markdown"}:
        from ethlicense._color import echo, styled_verdict  # noqa: PLC0415 - only for the text formats

        echo(styled_verdict(rendered, verdict_line(rendered)), err=True)
        if rendered.notice_elsewhere:
            click.echo(
                f"note: the {rendered.base.id} text has no copyright line; put {rendered.notice_elsewhere!r} in a "
                "NOTICE file or in the headers of your source files",
                err=True,
            )


@cli.command()
@_format_option(("text", "json"), "text")
def bases(output_format: str) -> None:
    """List the base licenses: id, name, family, OSI and FSF status, whether restrictions are accepted.

    Then what each base permits, requires and limits. FSF "not listed" means the FSF's list does not mention
    the license (unknown, not non-free). Restrictions "refused (void)": the base lets every recipient remove
    them; "refused (contradictory)": they would contradict its terms. With --format json, each base also
    carries its points with the words of its text that say so, and fsf_libre is true, false or null.

    \b
    Examples:
      ethlicense bases
      ethlicense bases --format json
    """
    catalog = default_catalog()
    click.echo(dumps(bases_data(catalog)) if output_format == "json" else format_bases(catalog), nl=False)


@cli.command()
@_clause_file_option
@_format_option(("text", "json"), "text")
def clauses(clause_files: tuple[Path, ...], output_format: str) -> None:
    """List the clauses: id, title, what each restricts, and the criteria it fails.

    \b
    Examples:
      ethlicense clauses
      ethlicense clauses --format json
      ethlicense clauses --clause-file my-clauses.toml
    """
    catalog = default_catalog().with_clauses(_user_clauses(clause_files))
    click.echo(dumps(clauses_data(catalog)) if output_format == "json" else format_clauses(catalog), nl=False)


@cli.command()
@click.argument("clause_id", shell_complete=complete_clause)
@_clause_file_option
@_format_option(("text", "json"), "text")
def show(clause_id: str, clause_files: tuple[Path, ...], output_format: str) -> None:
    """Show one clause: its text, parameters, the criteria it fails, sources and rationale.

    \b
    Examples:
      ethlicense show military
      ethlicense show named-organizations --format json
      ethlicense show my-clause --clause-file my-clauses.toml
    """
    catalog = default_catalog().with_clauses(_user_clauses(clause_files))
    clause = catalog.clause(clause_id)
    click.echo(dumps(clause_data(clause)) if output_format == "json" else format_clause(clause), nl=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``ethlicense`` command.

    Pydantic plugins are switched off for the command's own process unless ``PYDANTIC_DISABLE_PLUGINS`` is
    already set: ethlicense uses none, and looking them up scans every installed distribution's entry points,
    which was a large share of a command's start-up time.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli.main(args=list(argv) if argv is not None else None, prog_name="ethlicense")
