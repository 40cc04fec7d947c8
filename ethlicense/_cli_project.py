# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The project commands ``init``, ``build`` and ``verify``: a thin layer over :mod:`ethlicense.build`.

:mod:`ethlicense.cli` loads this module only when one of these commands runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ethlicense._io import write_atomic
from ethlicense._parameters import convert, parse_settings
from ethlicense._time import default_year
from ethlicense._toml import dumps
from ethlicense.build import Action, BuildResult, VerifyResult, build_project, verify_project
from ethlicense.catalog import Catalog, default_catalog, suggest
from ethlicense.compose import clause as configure_clause
from ethlicense.config import (
    CONFIG_FILE_NAME,
    PYPROJECT_FILE_NAME,
    LoadedConfig,
    load_config,
    parse_config,
)
from ethlicense.errors import (
    EthLicenseError,
    InvalidSpecError,
    OutputExistsError,
    OutputOwnershipError,
    ParameterError,
)
from ethlicense.formats import verdict_line
from ethlicense.models import Clause, ParameterKind, ParameterValue

__all__ = ["build", "init", "verify"]

_INIT_COMMENT = (
    "The license of this project, for ethlicense: `ethlicense build` writes LICENSE and PROVENANCE.md\n"
    "from this file and `ethlicense verify` checks them. Every key is described in ethlicense's\n"
    "docs/configuration.md."
)


def _config_option(function: Any) -> Any:  # noqa: ANN401 - a click decorator
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help=f"The configuration file. [default: {CONFIG_FILE_NAME}, else [tool.ethlicense] in {PYPROJECT_FILE_NAME}]",
    )(function)


def _output_options(function: Any) -> Any:  # noqa: ANN401 - a click decorator
    options = [
        click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE",
            help="Write the license text to FILE (inside the project folder) instead of [outputs] license.",
        ),
        click.option(
            "--spdx/--no-spdx",
            default=None,
            help="Include (or leave out) the SPDX 2.3 JSON document. [default: as configured or last built]",
        ),
        click.option(
            "--reuse/--no-reuse",
            default=None,
            help="Include (or leave out) LICENSES/<id>.txt and REUSE.toml. [default: as configured or last built]",
        ),
        click.option(
            "--git/--no-git",
            default=None,
            help="List the contributors from git history in PROVENANCE.md. [default: [provenance] git, true]",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _license_path(output: Path | None, loaded: LoadedConfig) -> str | None:
    """Return --output relative to the project folder, which it must be inside."""
    if output is None:
        return None
    root = loaded.root.resolve()
    target = output.resolve()
    if not target.is_relative_to(root):
        msg = f"--output {str(output)!r} is outside the project folder {str(root)!r}"
        raise click.BadParameter(msg, param_hint="--output")
    return target.relative_to(root).as_posix()


def _load(config_path: Path | None) -> LoadedConfig:
    return load_config(config_path)


# --- build --------------------------------------------------------------------------------------------


def _report_build(result: BuildResult, *, quiet: bool) -> None:
    prefix = "would " if result.dry_run else ""
    verbs = {Action.CREATE: "create", Action.UPDATE: "update"}
    past = {Action.CREATE: "created", Action.UPDATE: "updated"}
    for report in (*result.files, result.manifest):
        if report.action is Action.UNCHANGED:
            click.echo(f"unchanged {report.path}")
        elif report.refused and result.dry_run:
            click.echo(f"would refuse {report.path} ({report.refused}; needs --force)")
        else:
            click.echo(f"{prefix}{verbs[report.action] if result.dry_run else past[report.action]} {report.path}")
    for path in result.stale:
        click.echo(
            f"note: {path} was written by an earlier build and is no longer produced; it is left in place "
            "(delete it if nothing needs it)",
            err=True,
        )
    if not quiet:
        click.echo(verdict_line(result.plan.rendered), err=True)
        click.echo("")
        click.echo("\n".join(result.plan.hints()))


@click.command()
@_config_option
@_output_options
@click.option("--force", is_flag=True, help="Replace files that ethlicense did not write, or that were edited since.")
@click.option("--dry-run", "-n", is_flag=True, help="List what would be written, and write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the files, not the verdict and the metadata hints.")
def build(  # noqa: PLR0913, PLR0917 - click passes one parameter per option
    config_path: Path | None,
    output: Path | None,
    spdx: bool | None,
    reuse: bool | None,
    git: bool | None,
    force: bool,
    dry_run: bool,
    quiet: bool,
) -> None:
    """Write LICENSE and PROVENANCE.md from ethlicense.toml (or [tool.ethlicense] in pyproject.toml).

    Everything is rendered and validated before the first file is written, and each file is replaced
    atomically. A file that ethlicense did not write, or that was edited since, is only replaced with
    --force; .ethlicense.lock records what was written (commit it). --spdx and --reuse stay on for later
    builds until --no-spdx or --no-reuse. Afterwards the lines for pyproject.toml (PEP 639), package.json
    and a README badge are printed.

    \b
    Examples:
      ethlicense build
      ethlicense build --spdx --reuse
      ethlicense build --dry-run
      ethlicense build --config other.toml -o OUT_LICENSE --force
    """  # noqa: D301 - click's \b paragraph marker must stay a real backspace character
    loaded = _load(config_path)
    result = build_project(
        loaded,
        force=force,
        dry_run=dry_run,
        spdx=spdx,
        reuse=reuse,
        git=git,
        license_path=_license_path(output, loaded),
    )
    _report_build(result, quiet=quiet)
    if result.refused and not force:
        raise OutputOwnershipError([(item.path, item.refused or "") for item in result.refused])


# --- verify -------------------------------------------------------------------------------------------


def _report_verify(result: VerifyResult, *, quiet: bool) -> None:
    name = str(result.plan.loaded.path)
    count = len(result.plan.files)
    if result.ok:
        if not quiet:
            click.echo(f"{name}: all {count} outputs match")
        return
    for drift in result.drift:
        if drift.problem == "missing":
            click.echo(f"{drift.path}: missing")
        else:
            click.echo(drift.diff, nl=False)
    click.echo(
        f"{len(result.drift)} of {count} outputs do not match {name}: "
        + ", ".join(f"{drift.path} ({drift.problem})" for drift in result.drift)
        + "; run `ethlicense build` to update them",
        err=True,
    )


@click.command()
@_config_option
@_output_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when the outputs match.")
def verify(  # noqa: PLR0913, PLR0917 - click passes one parameter per option
    config_path: Path | None,
    output: Path | None,
    spdx: bool | None,
    reuse: bool | None,
    git: bool | None,
    quiet: bool,
) -> None:
    """Check that the outputs of `ethlicense build` still match the configuration.

    Exits with 0 when they match; 1 when a file is missing or differs (with a diff from the file to what
    the configuration gives); 2 when the configuration or the project cannot be read. Give the same
    options as to `build`. For CI and for the pre-commit hook `ethlicense-verify`.

    \b
    Examples:
      ethlicense verify
      ethlicense verify --config other.toml --no-git
    """  # noqa: D301 - click's \b paragraph marker must stay a real backspace character
    loaded = _load(config_path)
    result = verify_project(loaded, spdx=spdx, reuse=reuse, git=git, license_path=_license_path(output, loaded))
    _report_verify(result, quiet=quiet)
    if not result.ok:
        click.get_current_context().exit(1)


# --- init ---------------------------------------------------------------------------------------------


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


def _ask_license(
    catalog: Catalog, base: str | None, holders: Sequence[str], year: int | None, *, interactive: bool
) -> tuple[str, list[str], int]:
    def check_base(text: str) -> str:
        try:
            return catalog.base(text.strip()).id
        except EthLicenseError as error:
            raise click.BadParameter(str(error)) from None

    if base is None:
        base = click.prompt("Base license (SPDX id)", default="MIT", value_proc=check_base) if interactive else "MIT"
    chosen_holders = list(holders)
    if not chosen_holders and interactive:
        chosen_holders = click.prompt("Copyright holders (separate several with ';')", value_proc=_split_list)
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
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(CONFIG_FILE_NAME),
    show_default=True,
    metavar="FILE",
    help="Where to write the configuration.",
)
@click.option("--base", metavar="ID", help="SPDX id of the base license (see `ethlicense bases`). [default: MIT]")
@click.option("--holder", "holders", multiple=True, metavar="NAME", help="Copyright holder (repeatable).")
@click.option("--year", type=int, help="Copyright year. [default: this year, or SOURCE_DATE_EPOCH's]")
@click.option("--clause", "clause_ids", multiple=True, metavar="ID", help="Add a restriction clause (repeatable).")
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="CLAUSE.PARAM=VALUE",
    help="Set a clause parameter; separate list items with ';' (repeatable).",
)
@click.option("--name", help="Name of the license (a restricted license may not take a base's name).")
@click.option(
    "--interactive/--no-input",
    default=None,
    help="Ask for what the options leave out, or never ask. [default: ask on a terminal]",
)
@click.option("--force", is_flag=True, help="Overwrite an existing configuration file.")
def init(  # noqa: PLR0913, PLR0917 - click passes one parameter per option
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
    """  # noqa: D301 - click's \b paragraph marker must stay a real backspace character
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
        base_id, chosen_holders, chosen_year = _ask_license(catalog, base, holders, year, interactive=interactive)
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
