# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense build`` command: a thin layer over :func:`ethlicense.build.build_project`.

It also defines the options that choose the outputs (:func:`output_options`), which ``verify`` takes too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ethlicense._color import echo, styled_verdict
from ethlicense.build import Action, BuildResult, build_project
from ethlicense.cli.common import config_option, force_option, quiet_option
from ethlicense.config import LoadedConfig, load_config
from ethlicense.errors import OutputOwnershipError
from ethlicense.formats import verdict_line

__all__ = ["build", "license_path", "output_options"]


def output_options(function: Any) -> Any:  # noqa: ANN401 - a click decorator
    """Add ``--output``, ``--spdx/--no-spdx`` and ``--reuse/--no-reuse``: which outputs, and where the license goes."""
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


def license_path(output: Path | None, loaded: LoadedConfig) -> str | None:
    """Return --output relative to the project folder, which it must be inside."""
    if output is None:
        return None
    root = loaded.root.resolve()
    target = output.resolve()
    if not target.is_relative_to(root):
        msg = f"--output {str(output)!r} is outside the project folder {str(root)!r}"
        raise click.BadParameter(msg, param_hint="--output")
    return target.relative_to(root).as_posix()


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
@config_option()
@output_options
@click.option(
    "--metadata/--no-metadata",
    default=None,
    help=(
        "Update the license in pyproject.toml, package.json, Cargo.toml and the README badge, keeping the "
        "rest of each file. [default: [outputs] metadata, false]"
    ),
)
@force_option("Replace files that ethlicense did not write, or that were edited since.")
@click.option("--dry-run", "-n", is_flag=True, help="List what would be written, and write nothing.")
@quiet_option("Print only the files, not the verdict and the metadata hints.")
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
    loaded = load_config(config_path)
    result = build_project(
        loaded,
        force=force,
        dry_run=dry_run,
        spdx=spdx,
        reuse=reuse,
        metadata=metadata,
        license_path=license_path(output, loaded),
    )
    _report_build(result, quiet=quiet)
    if result.refused and not force:
        raise OutputOwnershipError([(item.path, item.refused or "") for item in result.refused])
