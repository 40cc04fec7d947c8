# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense clauses`` command: the catalog's clauses, through :mod:`ethlicense.formats`."""

from __future__ import annotations

from pathlib import Path

import click

from ethlicense.catalog import default_catalog
from ethlicense.cli.common import clause_file_option, format_option, user_clauses
from ethlicense.formats import clauses_data, dumps, format_clauses

__all__ = ["clauses"]


@click.command()
@clause_file_option()
@format_option(("text", "json"), "text")
def clauses(clause_files: tuple[Path, ...], output_format: str) -> None:
    """List the clauses: id, title, what each restricts, and the criteria it fails.

    \b
    Examples:
      ethlicense clauses
      ethlicense clauses --format json
      ethlicense clauses --clause-file my-clauses.toml
    """
    catalog = default_catalog().with_clauses(user_clauses(clause_files))
    click.echo(dumps(clauses_data(catalog)) if output_format == "json" else format_clauses(catalog), nl=False)
