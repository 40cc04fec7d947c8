# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The project commands ``init``, ``build``, ``verify`` and ``consent``: a thin layer over :mod:`ethlicense.build`.

:mod:`ethlicense.cli` loads this module only when one of these commands runs.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ethlicense._color import echo, styled_diff, styled_verdict
from ethlicense._defaults import default_holders
from ethlicense._io import write_atomic
from ethlicense._parameters import convert, parse_settings
from ethlicense._time import default_year
from ethlicense._toml import dumps
from ethlicense.build import Action, BuildResult, OutputKind, VerifyResult, build_project, verify_project
from ethlicense.catalog import Catalog, default_catalog, suggest
from ethlicense.cli import complete_base, complete_clause
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
from ethlicense.formats import dumps as dumps_json
from ethlicense.formats import verdict_line
from ethlicense.models import Clause, ParameterKind, ParameterValue

__all__ = ["build", "consent", "init", "verify"]

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
    for report in result.metadata:
        click.echo(f"{prefix}{'update' if result.dry_run else 'updated'} {report.path} (license metadata)")
    if not result.plan.update_metadata:
        for found in result.plan.metadata:
            if not found.in_step:
                click.echo(
                    f"note: {found.path}: {'; '.join(found.problems)} (`ethlicense build --metadata` updates it)",
                    err=True,
                )
    for path in result.stale:
        click.echo(
            f"note: {path} was written by an earlier build and is no longer produced; it is left in place "
            "(delete it if nothing needs it)",
            err=True,
        )
    if not quiet:
        echo(styled_verdict(result.plan.rendered, verdict_line(result.plan.rendered)), err=True)
        click.echo("")
        click.echo("\n".join(result.plan.hints()))


@click.command()
@_config_option
@_output_options
@click.option(
    "--metadata/--no-metadata",
    default=None,
    help=(
        "Update the license in pyproject.toml, package.json, Cargo.toml and the README badge, keeping the "
        "rest of each file. [default: [outputs] metadata, false]"
    ),
)
@click.option("--force", is_flag=True, help="Replace files that ethlicense did not write, or that were edited since.")
@click.option("--dry-run", "-n", is_flag=True, help="List what would be written, and write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the files, not the verdict and the metadata hints.")
def build(  # noqa: PLR0913 - click passes one parameter per option
    config_path: Path | None,
    output: Path | None,
    spdx: bool | None,
    reuse: bool | None,
    metadata: bool | None,
    force: bool,
    dry_run: bool,
    quiet: bool,
) -> None:
    """Write LICENSE and PROVENANCE.md from ethlicense.toml (or [tool.ethlicense] in pyproject.toml).

    Everything is rendered and validated before the first file is written, and each file is replaced
    atomically. A file that ethlicense did not write, or that was edited since, is only replaced with
    --force; .ethlicense.lock records what was written (commit it). --spdx and --reuse stay on for later
    builds until --no-spdx or --no-reuse. With --metadata the license in pyproject.toml (PEP 639
    license and license-files), package.json, Cargo.toml and a README license badge is updated too,
    keeping comments and layout; without it, a note says which of them name another license.
    Afterwards the lines for pyproject.toml, package.json and a README badge are printed.

    \b
    Examples:
      ethlicense build
      ethlicense build --metadata
      ethlicense build --spdx --reuse
      ethlicense build --dry-run
      ethlicense build --config other.toml -o OUT_LICENSE --force
    """
    loaded = _load(config_path)
    result = build_project(
        loaded,
        force=force,
        dry_run=dry_run,
        spdx=spdx,
        reuse=reuse,
        metadata=metadata,
        license_path=_license_path(output, loaded),
    )
    _report_build(result, quiet=quiet)
    if result.refused and not force:
        raise OutputOwnershipError([(item.path, item.refused or "") for item in result.refused])


# --- verify -------------------------------------------------------------------------------------------


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _build_command(result: VerifyResult, options: Sequence[str]) -> str:
    """Return the build command that puts the drifted files right (with --force, --metadata where needed)."""
    words = ["ethlicense", "build", *options]
    if any(drift.needs_force for drift in result.drift):
        words.append("--force")
    if any(drift.problem == "metadata" for drift in result.drift) and not result.plan.update_metadata:
        words.append("--metadata")
    return " ".join(words)


def _report_verify(result: VerifyResult, *, quiet: bool, options: Sequence[str]) -> None:
    name = str(result.plan.loaded.path)
    outputs = [drift for drift in result.drift if drift.kind is not OutputKind.METADATA]
    metadata = [drift for drift in result.drift if drift.kind is OutputKind.METADATA]
    count = len(result.plan.files)
    if result.ok:
        if not quiet:
            checked = f" and {_plural(len(result.plan.metadata), 'metadata file', 'metadata files')}"
            echo(
                click.style(
                    f"{name}: {'the' if count == 1 else 'all'} {_plural(count, 'output', 'outputs')}"
                    f"{checked if result.plan.metadata else ''} match",
                    fg="green",
                )
            )
        return
    for drift in outputs:
        if drift.problem == "missing":
            click.echo(f"{drift.path}: missing")
        else:
            echo(styled_diff(drift.diff), nl=False)
    for drift in metadata:
        echo(click.style(f"{drift.path}:", bold=True) + f" {drift.detail}")
    parts = []
    if outputs:
        listing = ", ".join(f"{drift.path} ({drift.problem})" for drift in outputs)
        verb = "does" if len(outputs) == 1 else "do"
        parts.append(f"{len(outputs)} of {_plural(count, 'output', 'outputs')} {verb} not match {name}: {listing}")
    if metadata:
        listing = ", ".join(drift.path for drift in metadata)
        noun = "metadata file names" if len(metadata) == 1 else "metadata files name"
        parts.append(f"{len(metadata)} {noun} another license: {listing}")
    pronoun = "it" if len(result.drift) == 1 else "them"
    advice = f"{'; '.join(parts)}; run `{_build_command(result, options)}` to update {pronoun}"
    echo(click.style(advice, fg="red"), err=True)


@click.command()
@_config_option
@_output_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when the outputs match.")
def verify(
    config_path: Path | None,
    output: Path | None,
    spdx: bool | None,
    reuse: bool | None,
    quiet: bool,
) -> None:
    """Check that the outputs of `ethlicense build` still match the configuration.

    The package metadata is checked too: pyproject.toml's [project] license and license-files (PEP
    639), package.json's license, Cargo.toml's license-file, and a README license badge, when present;
    each that names another license gets one line. Exits with 0 when everything matches; 1 when a file
    is missing or differs (with a diff from the file to what the configuration gives); 2 when the
    configuration or the project cannot be read. Give the same options as to `build`. For CI and for
    the pre-commit hook `ethlicense-verify`.

    \b
    Examples:
      ethlicense verify
      ethlicense verify --config other.toml --spdx
    """
    loaded = _load(config_path)
    result = verify_project(loaded, spdx=spdx, reuse=reuse, license_path=_license_path(output, loaded))
    options = [] if config_path is None else ["--config", shlex.quote(str(config_path))]
    options += [] if output is None else ["-o", shlex.quote(str(output))]
    options += [] if spdx is None else ["--spdx" if spdx else "--no-spdx"]
    options += [] if reuse is None else ["--reuse" if reuse else "--no-reuse"]
    _report_verify(result, quiet=quiet, options=options)
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
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(CONFIG_FILE_NAME),
    show_default=True,
    metavar="FILE",
    help="Where to write the configuration.",
)
@click.option(
    "--base",
    metavar="ID",
    shell_complete=complete_base,
    help="SPDX id of the base license (see `ethlicense bases`). [default: MIT]",
)
@click.option(
    "--holder",
    "holders",
    multiple=True,
    metavar="NAME",
    help="Copyright holder (repeatable). [default: pyproject.toml's [project] authors, else git config user.name]",
)
@click.option("--year", type=int, help="Copyright year. [default: this year, or SOURCE_DATE_EPOCH's]")
@click.option(
    "--clause",
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
@click.option("--name", help="Name of the license (a restricted license may not take a base's name).")
@click.option(
    "--interactive/--no-input",
    default=None,
    help="Ask for what the options leave out, or never ask. [default: ask on a terminal]",
)
@click.option("--force", is_flag=True, help="Overwrite an existing configuration file.")
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


# --- consent ------------------------------------------------------------------------------------------


@click.command()
@_config_option
@click.option("--emails", is_flag=True, help="List each contributor as 'Name <email>'. [default: names only]")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout."
)
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
def consent(config_path: Path | None, emails: bool, output_format: str, output: Path | None, force: bool) -> None:
    """List whose consent a change to the configured license needs, from the git history.

    Everyone who authored a commit in the project folder (with .mailmap applied) is listed once, by
    name; --emails adds the addresses. The report is not one of the outputs `verify` checks, so a new
    contributor does not make CI fail: make it when you ask for consent, and keep the answers with it.
    A shallow clone is refused, because its list would be incomplete.

    \b
    Examples:
      ethlicense consent
      ethlicense consent --emails -o CONSENT.md
      ethlicense consent --format json
    """
    from ethlicense.provenance import (  # noqa: PLC0415 - only this command needs them
        Relicensing,
        consent_json,
        consent_markdown,
        relicensing_from_git,
    )

    loaded = _load(config_path)
    if loaded.config.provenance.git:
        relicensing = relicensing_from_git(loaded.root)
    else:
        relicensing = Relicensing(None, "switched off with `[provenance] git = false`")
    if output_format == "json":
        text = dumps_json(consent_json(relicensing, emails=emails))
    else:
        text = consent_markdown(loaded.rendered, relicensing, emails=emails)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text, force=force)
        click.echo(f"wrote {output}", err=True)
