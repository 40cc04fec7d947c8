# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense bases`` command: the catalog's base licenses, through :mod:`ethlicense.formats`."""

from __future__ import annotations

import click

from ethlicense.catalog import default_catalog
from ethlicense.cli.common import format_option
from ethlicense.formats import bases_data, dumps, format_bases

__all__ = ["bases"]


@click.command()
@format_option(("text", "json"), "text")
def bases(output_format: str) -> None:
    """List the base licenses: id, name, family, OSI and FSF status, whether restrictions are accepted.

    Then what each base permits, requires and limits. FSF "not listed" means the FSF's list does not mention
    the license (unknown, not non-free). Restrictions "refused (void)": the base lets every recipient remove
    them; "refused (contradictory)": they would contradict its terms. With --format json, each base also
    carries its points with the words of its text that say so, and fsf_libre is true, false or null.

    \b
    Examples:
      ethlicense bases
      ethlicense bases --format json
    """
    catalog = default_catalog()
    click.echo(dumps(bases_data(catalog)) if output_format == "json" else format_bases(catalog), nl=False)
