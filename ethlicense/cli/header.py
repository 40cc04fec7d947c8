# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense header`` command: a thin layer over :mod:`ethlicense._header`."""

from __future__ import annotations

from pathlib import Path

import click

from ethlicense._defaults import default_holders, default_year_from_project
from ethlicense._header import COMMENT_STYLES, source_header
from ethlicense.cli.common import config_option, holder_option, year_option
from ethlicense.compose import default_year
from ethlicense.config import CONFIG_FILE_NAME, PYPROJECT_FILE_NAME, find_config, load_config
from ethlicense.errors import ConfigFileError, InvalidSpecError

__all__ = ["header"]


@click.command()
@click.option(
    "--lang",
    "language",
    type=click.Choice(sorted(COMMENT_STYLES), case_sensitive=False),
    required=True,
    help="The language of the source file (its comment syntax).",
)
@config_option(
    f"Take the license id, holders and year from FILE. [default: {CONFIG_FILE_NAME} or {PYPROJECT_FILE_NAME}]"
)
@click.option("--license-id", metavar="ID", help="The license id to name. [default: the configured license's]")
@holder_option("the configuration's, pyproject.toml authors, git user.name")
@year_option("the configuration's, else this year")
def header(
    language: str, config_path: Path | None, license_id: str | None, holders: tuple[str, ...], year: int | None
) -> None:
    """Print a license header for source files, as the REUSE specification reads it.

    The header names the copyright holders and the license id in the comment syntax of --lang. By
    default they come from the project's configuration, so the header says the same as LICENSE; without
    one, give --license-id. Put it at the top of each file (after a #! line).

    \b
    Examples:
      ethlicense header --lang py
      ethlicense header --lang c --holder "Jane Doe" --year 2026
      ethlicense header --lang js --license-id MIT --holder "Jane Doe"
    """
    folder = Path.cwd() if config_path is None else config_path.parent
    try:
        path = config_path if config_path is not None else find_config(folder)
    except ConfigFileError:
        path = None
    if path is not None and (license_id is None or not holders or year is None):
        rendered = load_config(path).rendered
        license_id = license_id or rendered.license_id
        holders = holders or rendered.spec.holders
        year = rendered.spec.year if year is None else year
    if license_id is None:
        msg = f"no {CONFIG_FILE_NAME} here to take the license from; pass --license-id ID or run `ethlicense init`"
        raise InvalidSpecError(msg)
    if not holders:
        found = default_holders(folder)
        if found is not None:
            holders = found.value
            click.echo(f"note: holders from {found.source} (give --holder to choose)", err=True)
    if year is None:
        found_year = default_year_from_project(folder)
        year = found_year.value if found_year is not None else default_year()
    click.echo(source_header(license_id, holders, year, language), nl=False)
