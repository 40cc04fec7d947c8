# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense serve`` command (registered lazily by :mod:`ethlicense.cli`)."""

from __future__ import annotations

import click

from ethlicense.web._serve import serve as run_server

__all__ = ["serve"]


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on; the default reaches this machine only (0.0.0.0 would open it to the network).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
def serve(host: str, port: int) -> None:
    """Start the license builder in the browser and print its address.

    The page chooses a base and clauses, fills in their parameters and shows the text, id, name and
    verdict as you go; it downloads the LICENSE, an ethlicense.toml that `ethlicense build` turns back into
    that text, and the SPDX document. The JSON API behind it (/api/render, /api/bases, /api/clauses)
    returns what `ethlicense render --format json` prints; its OpenAPI schema is at /openapi.json. Needs
    the web extra: pip install "ethlicense[web]".

    \b
    Examples:
      ethlicense serve
      ethlicense serve --port 8080
    """
    run_server(host, port, announce=click.echo)
