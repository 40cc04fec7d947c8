# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense show`` command: one clause in full, through :mod:`ethlicense.formats`."""

from __future__ import annotations

from pathlib import Path

import click

from ethlicense.catalog import default_catalog
from ethlicense.cli.common import clause_file_option, format_option, user_clauses
from ethlicense.cli.completion import complete_clause
from ethlicense.formats import clause_data, dumps, format_clause

__all__ = ["show"]


@click.command()
@click.argument("clause_id", shell_complete=complete_clause)
@clause_file_option()
@format_option(("text", "json"), "text")
def show(clause_id: str, clause_files: tuple[Path, ...], output_format: str) -> None:
    """Show one clause: its text, parameters, the criteria it fails, sources and rationale.

    \b
    Examples:
      ethlicense show military
      ethlicense show named-organizations --format json
      ethlicense show my-clause --clause-file my-clauses.toml
    """
    catalog = default_catalog().with_clauses(user_clauses(clause_files))
    clause = catalog.clause(clause_id)
    click.echo(dumps(clause_data(clause)) if output_format == "json" else format_clause(clause), nl=False)
