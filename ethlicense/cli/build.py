# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense build`` command: a thin layer over :func:`ethlicense.build.build_project`.

It also defines the options that choose the outputs (:func:`output_options`), which ``verify`` takes too.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import click

from ethlicense._color import echo, styled_verdict
from ethlicense._outputs import all_outputs
from ethlicense.build import build_project
from ethlicense.cli.common import config_option, force_option, quiet_option
from ethlicense.config import LoadedConfig, load_config
from ethlicense.errors import OutputOwnershipError
from ethlicense.formats import build_notes, format_build, verdict_line

__all__ = ["build", "license_path", "output_options"]


def output_options(function: Any, *, edits: bool = False) -> Any:  # noqa: ANN401 - a click decorator
    """Add ``--output`` and a ``--NAME/--no-NAME`` flag per optional output (with *edits*, file-editing ones too)."""
    options = [
        click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE",
            help="Write the license text to FILE (inside the project folder) instead of [outputs] license.",
        ),
    ]
    options += [
        click.option(f"--{output.name}/--no-{output.name}", default=None, help=output.flag_help)
        for output in all_outputs()
        if output.optional and (edits or not output.edits)
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


@click.command()
@config_option()
@functools.partial(output_options, edits=True)
@force_option("Replace files that ethlicense did not write, or that were edited since.")
@click.option("--dry-run", "-n", is_flag=True, help="List what would be written, and write nothing.")
@quiet_option("Print only the files, not the verdict and the metadata hints.")
def build(
    config_path: Path | None,
    output: Path | None,
    force: bool,
    dry_run: bool,
    quiet: bool,
    **switches: bool | None,
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
    path = license_path(output, loaded)
    result = build_project(loaded, force=force, dry_run=dry_run, license_path=path, environ=None, **switches)
    click.echo(format_build(result), nl=False)
    click.echo(build_notes(result), nl=False, err=True)
    if not quiet:
        echo(styled_verdict(result.plan.rendered, verdict_line(result.plan.rendered)), err=True)
        click.echo("")
        click.echo("\n".join(result.plan.hints()))
    if result.refused and not force:
        raise OutputOwnershipError([(item.path, item.refused or "") for item in result.refused])
