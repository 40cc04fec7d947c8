# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense consent`` command: a thin layer over :mod:`ethlicense.provenance`'s relicensing report."""

from __future__ import annotations

from pathlib import Path

import click

from ethlicense.cli.common import config_option, force_option, format_option, write_output
from ethlicense.config import load_config
from ethlicense.formats import dumps
from ethlicense.provenance import Relicensing, consent_json, consent_markdown, relicensing_from_git

__all__ = ["consent"]


@click.command()
@config_option()
@click.option("--emails", is_flag=True, help="List each contributor as 'Name <email>'. [default: names only]")
@format_option(("markdown", "json"), "markdown")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout."
)
@force_option()
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
    loaded = load_config(config_path)
    if loaded.config.provenance.git:
        relicensing = relicensing_from_git(loaded.root)
    else:
        relicensing = Relicensing(None, "switched off with `[provenance] git = false`")
    if output_format == "json":
        text = dumps(consent_json(relicensing, emails=emails))
    else:
        text = consent_markdown(loaded.rendered, relicensing, emails=emails)
    write_output(text, output, force=force)
