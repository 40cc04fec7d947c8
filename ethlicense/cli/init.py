# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense init`` command: writes ``ethlicense.toml``, asking on a terminal for what the options leave out."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from ethlicense._defaults import default_holders
from ethlicense._io import write_atomic
from ethlicense._parameters import convert, parse_settings
from ethlicense._time import default_year
from ethlicense._toml import dumps
from ethlicense.catalog import Catalog, default_catalog, suggest
from ethlicense.cli.common import (
    clause_option,
    config_option,
    force_option,
    holder_option,
    name_option,
    set_option,
    year_option,
)
from ethlicense.cli.completion import complete_base
from ethlicense.compose import clause as configure_clause
from ethlicense.config import CONFIG_FILE_NAME, PYPROJECT_FILE_NAME, parse_config
from ethlicense.errors import EthLicenseError, InvalidSpecError, OutputExistsError, ParameterError
from ethlicense.models import Clause, ParameterKind, ParameterValue

__all__ = ["init"]

_INIT_COMMENT = (
    "The license of this project, for ethlicense: `ethlicense build` writes LICENSE and PROVENANCE.md\n"
    "from this file and `ethlicense verify` checks them. Every key is described in ethlicense's\n"
    "docs/configuration.md."
)


def _split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(";") if item.strip()]


def _toml_ready(value: ParameterValue) -> object:
    return list(value) if isinstance(value, tuple) else value


def _prompt_value(clause: Clause, name: str) -> ParameterValue:
    parameter = clause.parameter(name)
    if parameter is None:  # pragma: no cover - only called with the clause's own parameters
        raise KeyError(name)
    hint = " (separate items with ';')" if parameter.kind is ParameterKind.STRING_LIST else ""

    def check(text: str) -> ParameterValue:
        try:
            return convert(clause, parameter, text)
        except EthLicenseError as error:
            raise click.BadParameter(str(error)) from None

    result: ParameterValue = click.prompt(f"{clause.id}: {parameter.description}{hint}", value_proc=check)
    return result


def _choose_clauses(catalog: Catalog) -> list[str]:
    def check(text: str) -> list[str]:
        chosen = [item for item in text.replace(",", " ").split() if item]
        for clause_id in chosen:
            try:
                catalog.clause(clause_id)
            except EthLicenseError as error:
                raise click.BadParameter(str(error)) from None
        return chosen

    click.echo("Clauses: " + ", ".join(sorted(catalog.clauses)) + " (details: ethlicense show ID)")
    chosen: list[str] = click.prompt(
        "Clauses to add (ids separated by spaces; Enter for none)", default="", show_default=False, value_proc=check
    )
    return chosen


def _ask_license(  # noqa: PLR0913 - the answers so far, all needed
    catalog: Catalog,
    base: str | None,
    holders: Sequence[str],
    year: int | None,
    *,
    interactive: bool,
    folder: Path,
) -> tuple[str, list[str], int]:
    def check_base(text: str) -> str:
        try:
            return catalog.base(text.strip()).id
        except EthLicenseError as error:
            raise click.BadParameter(str(error)) from None

    if base is None:
        base = click.prompt("Base license (SPDX id)", default="MIT", value_proc=check_base) if interactive else "MIT"
    chosen_holders = list(holders)
    found = None if chosen_holders else default_holders(folder, use_configuration=False)
    if not chosen_holders and interactive:
        chosen_holders = click.prompt(
            "Copyright holders (separate several with ';')",
            default="; ".join(found.value) if found else None,
            value_proc=_split_list,
        )
    elif not chosen_holders and found is not None:
        chosen_holders = list(found.value)
        noun = "holder" if len(chosen_holders) == 1 else "holders"
        names = ", ".join(repr(name) for name in chosen_holders)
        click.echo(f"note: {noun} {names} from {found.source} (give --holder to choose)", err=True)
    if year is None:
        year = click.prompt("Copyright year", default=default_year(), type=int) if interactive else default_year()
    return catalog.base(str(base)).id, chosen_holders, int(year)


def _unknown_parameter(clause: Clause, name: str) -> ParameterError:
    known = [parameter.name for parameter in clause.parameters]
    hints = suggest(name, known)
    did_you_mean = f"; did you mean {' or '.join(map(repr, hints))}?" if hints else ""
    return ParameterError(
        clause.id, name, f"no such parameter (parameters: {', '.join(known) or 'none'}){did_you_mean}"
    )


def _clause_tables(
    catalog: Catalog, clause_ids: Sequence[str], settings: Sequence[str], *, interactive: bool
) -> list[dict[str, object]]:
    """Return the ``[[clauses]]`` tables for the chosen clauses, asking for missing required values."""
    arguments = parse_settings(settings, clause_ids)
    tables = []
    for clause_id in dict.fromkeys(clause_ids):
        clause = catalog.clause(clause_id)
        values: dict[str, ParameterValue] = {}
        for name, text in arguments.get(clause_id, {}).items():
            parameter = clause.parameter(name)
            if parameter is None:
                raise _unknown_parameter(clause, name)
            values[name] = convert(clause, parameter, text)
        for parameter in clause.parameters:
            if parameter.required and parameter.name not in values:
                if not interactive:
                    hint = f"required; give it with --set {clause.id}.{parameter.name}=VALUE ({parameter.description})"
                    raise ParameterError(clause.id, parameter.name, hint)
                values[parameter.name] = _prompt_value(clause, parameter.name)
        configure_clause(clause, **values)
        tables.append({"id": clause.id, **{key: _toml_ready(value) for key, value in values.items()}})
    return tables


@click.command()
@config_option("Where to write the configuration.", default=Path(CONFIG_FILE_NAME), show_default=True)
@click.option(
    "--base",
    metavar="ID",
    shell_complete=complete_base,
    help="SPDX id of the base license (see `ethlicense bases`). [default: MIT]",
)
@holder_option("pyproject.toml's [project] authors, else git config user.name")
@year_option("this year, or SOURCE_DATE_EPOCH's")
@clause_option()
@set_option()
@name_option()
@click.option(
    "--interactive/--no-input",
    default=None,
    help="Ask for what the options leave out, or never ask. [default: ask on a terminal]",
)
@force_option("Overwrite an existing configuration file.")
def init(  # noqa: PLR0913 - click passes one parameter per option
    config_path: Path,
    base: str | None,
    holders: tuple[str, ...],
    year: int | None,
    clause_ids: tuple[str, ...],
    settings: tuple[str, ...],
    name: str | None,
    interactive: bool | None,
    force: bool,
) -> None:
    """Write ethlicense.toml, asking for the base, holders, year and clauses on a terminal.

    Options answer the questions in advance; with --no-input nothing is asked (the base defaults to MIT
    and the year to this one). The file is validated before it is written, and an existing one is kept
    unless --force.

    \b
    Examples:
      ethlicense init
      ethlicense init --base MIT --holder "Jane Doe" --clause military --year 2026 --no-input
      ethlicense init --base MIT --holder "Lerna Contributors" --year 2018 \\
          --clause named-organizations --set "named-organizations.organizations=Palantir Technologies Inc." \\
          --no-input
    """
    if config_path.name == PYPROJECT_FILE_NAME:
        msg = (
            f"init writes a file of its own; to use {PYPROJECT_FILE_NAME}, put the same tables under [tool.ethlicense]"
        )
        raise InvalidSpecError(msg)
    if config_path.exists() and not force:
        raise OutputExistsError(str(config_path))
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    catalog = default_catalog()
    try:
        base_id, chosen_holders, chosen_year = _ask_license(
            catalog, base, holders, year, interactive=interactive, folder=config_path.parent
        )
        chosen = list(clause_ids) if clause_ids or not interactive else _choose_clauses(catalog)
        tables = _clause_tables(catalog, chosen, settings, interactive=interactive)
    except click.Abort:
        if sys.stdin is not None and sys.stdin.isatty():
            raise  # Ctrl-C or Ctrl-D at a terminal: the user stopped on purpose
        msg = (
            "standard input ended before every question was answered; give the answers as options "
            "(--base, --holder, --year, --clause, --set) with --no-input"
        )
        raise InvalidSpecError(msg) from None
    data = {
        "license": {"base": base_id, "holders": chosen_holders, "year": chosen_year, "name": name},
        "clauses": tables or None,
    }
    text = "".join(f"# {line}\n" for line in _INIT_COMMENT.splitlines()) + "\n" + dumps(data)
    parse_config(text, path=config_path)
    write_atomic(config_path, text, force=force)
    click.echo(f"wrote {config_path}; next: ethlicense build", err=True)
