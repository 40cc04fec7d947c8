# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense render`` command: a thin layer over :func:`ethlicense.compose.compose`.

This is the command whose start-up time is measured (``benchmarks/bench_cold_start.py``): import here only
what rendering needs, and anything else where it is used.
"""

from __future__ import annotations

from pathlib import Path

import click

from ethlicense._parameters import parse_settings
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.cli.common import (
    clause_file_option,
    clause_option,
    force_option,
    format_option,
    holder_option,
    name_option,
    quiet_option,
    set_option,
    user_clauses,
    write_output,
    year_option,
)
from ethlicense.cli.completion import complete_base
from ethlicense.compose import clause as configure_clause
from ethlicense.compose import compose
from ethlicense.formats import FORMATS, format_license, verdict_line

__all__ = ["render"]


def _project_defaults(holders: tuple[str, ...], year: int | None) -> tuple[tuple[str, ...], int | None, list[str]]:
    """Fill in holders and year that were not given from the project in the current folder.

    Returns the holders, the year and a note for each default used, to print once the command succeeds.
    """
    if holders and year is not None:
        return holders, year, []
    from ethlicense._defaults import default_holders, default_year_from_project  # noqa: PLC0415 - lazy

    notes = []
    if not holders:
        found = default_holders(Path.cwd())
        if found is not None:
            holders = found.value
            names = ", ".join(repr(name) for name in holders)
            noun = "holder" if len(holders) == 1 else "holders"
            notes.append(f"note: {noun} {names} from {found.source} (give --holder to choose)")
    if year is None:
        found_year = default_year_from_project(Path.cwd())
        if found_year is not None:
            year = found_year.value
            notes.append(f"note: year {year} from {found_year.source} (give --year to choose)")
    return holders, year, notes


@click.command()
@click.argument("base", shell_complete=complete_base)
@clause_option("-c")
@set_option()
@clause_file_option()
@holder_option("the configuration's holders, else pyproject.toml's [project] authors, else git config user.name")
@year_option("the configuration's year, else this year or SOURCE_DATE_EPOCH's", show_range=True)
@name_option()
@click.option(
    "--license-id",
    help="LicenseRef- id to use instead of the derived one (not one SPDX tools read as another license).",
)
@click.option(
    "--allow-void-restrictions",
    is_flag=True,
    help="Render clauses on a base that forbids them (GPL family, MPL-2.0) anyway; the verdict says why they fail.",
)
@click.option(
    "--cure-days",
    type=click.IntRange(1, 365),
    default=30,
    show_default=True,
    help="Days a licensee has to end a breach after a notice, before its permissions end.",
)
@click.option("--governing-law", metavar="LAW", help='Law that governs the license, e.g. "the State of New York".')
@click.option("--venue", metavar="COURTS", help='Courts that hear disputes, e.g. "New York County, New York".')
@format_option(FORMATS, "text")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write to FILE instead of stdout ('-' is stdout); only a regular file or a new path is written.",
)
@force_option()
@quiet_option("Do not print the verdict line on stderr.")
def render(  # noqa: PLR0913 - one parameter per option
    base: str,
    clause_ids: tuple[str, ...],
    settings: tuple[str, ...],
    clause_files: tuple[Path, ...],
    holders: tuple[str, ...],
    year: int | None,
    name: str | None,
    license_id: str | None,
    allow_void_restrictions: bool,
    cure_days: int,
    governing_law: str | None,
    venue: str | None,
    output_format: str,
    output: str | None,
    force: bool,
    quiet: bool,
) -> None:
    """Render BASE with the chosen clauses.

    BASE is an SPDX id (see `ethlicense bases`). Clauses in --clause-file files are added too. With no
    clauses the output is the base's canonical SPDX text; where that text has no copyright line (GPL
    family, MPL-2.0, BSL-1.0) a note on stderr says where the holders' notice belongs. With clauses,
    the Additional Conditions define who is bound, how a breach is noticed and cured (--cure-days),
    and, if given, the governing law and courts. Unless --quiet, a one-line verdict goes to stderr, so
    stdout holds only the license.

    \b
    Examples:
      ethlicense render MIT --holder "Jane Doe" --year 2026
      ethlicense render MIT --clause military --clause ice-collaborators --holder "Jane Doe"
      ethlicense render MIT --clause named-organizations \\
          --set "named-organizations.organizations=Palantir Technologies Inc.;Microsoft Corporation" \\
          --holder "Jane Doe" --format json
    """
    holders, year, notes = _project_defaults(holders, year)
    added = user_clauses(clause_files)
    catalog: Catalog = default_catalog().with_clauses(added)
    chosen = list(dict.fromkeys([*clause_ids, *(item.id for item in added)]))
    arguments = parse_settings(settings, chosen)
    configured = [configure_clause(catalog.clause(key), **arguments.get(key, {})) for key in chosen]
    rendered = compose(
        base,
        clauses=configured,
        holders=holders,
        year=year,
        name=name,
        license_id=license_id,
        allow_void_restrictions=allow_void_restrictions,
        cure_days=cure_days,
        governing_law=governing_law,
        venue=venue,
        catalog=catalog,
    )
    write_output(format_license(rendered, output_format), output, force=force)
    if not quiet:
        for note in notes:
            click.echo(note, err=True)
    if not quiet and output_format in {"text", "markdown"}:
        from ethlicense._color import echo, styled_verdict  # noqa: PLC0415 - only for the text formats

        echo(styled_verdict(rendered, verdict_line(rendered)), err=True)
        if rendered.notice_elsewhere:
            click.echo(
                f"note: the {rendered.base.id} text has no copyright line; put {rendered.notice_elsewhere!r} in a "
                "NOTICE file or in the headers of your source files",
                err=True,
            )
