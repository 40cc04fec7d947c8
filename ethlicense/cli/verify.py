# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense verify`` command: a thin layer over :func:`ethlicense.build.verify_project`."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

import click

from ethlicense._color import echo, styled_diff
from ethlicense.build import VerifyResult, verify_project
from ethlicense.cli.build import license_path, output_options
from ethlicense.cli.common import config_option, quiet_option
from ethlicense.config import load_config

__all__ = ["verify"]


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
    outputs = [drift for drift in result.drift if drift.problem != "metadata"]
    metadata = [drift for drift in result.drift if drift.problem == "metadata"]
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
@config_option()
@output_options
@quiet_option("Print nothing when the outputs match.")
def verify(config_path: Path | None, output: Path | None, quiet: bool, **switches: bool | None) -> None:
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
    loaded = load_config(config_path)
    result = verify_project(loaded, license_path=license_path(output, loaded), environ=None, **switches)
    options = [] if config_path is None else ["--config", shlex.quote(str(config_path))]
    options += [] if output is None else ["-o", shlex.quote(str(output))]
    options += [f"--{name}" if on else f"--no-{name}" for name, on in switches.items() if on is not None]
    _report_verify(result, quiet=quiet, options=options)
    if not result.ok:
        click.get_current_context().exit(1)
