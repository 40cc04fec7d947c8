# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense`` command: a thin layer over the library.

Every command parses its options, calls one library function and prints a formatter's output. Each lives in
its own module, ``ethlicense.cli.<command>``, imported only when that command runs (or when ``--help``
lists them all), so that ``ethlicense render`` never pays for what ``check`` or ``build`` import. Errors
raised on purpose (:class:`~ethlicense.errors.EthLicenseError`) become one line on stderr and exit code 2,
in :func:`ethlicense.cli.common.reported_errors`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from typing import Any

import click

from ethlicense._version import __version__
from ethlicense.cli.common import reported_errors

__all__ = ["COMMANDS", "cli", "main"]


def __dir__() -> list[str]:
    return __all__


#: The commands. Each is the click command of the same name in the module ``ethlicense.cli.<name>``.
COMMANDS = (
    "bases",
    "build",
    "check",
    "clauses",
    "consent",
    "header",
    "init",
    "render",
    "serve",
    "show",
    "verify",
)


class _Group(click.Group):
    """A click group that loads each command's module on first use and reports library errors in one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            module_name = f"{__name__}.{cmd_name}"
            command = getattr(importlib.import_module(module_name), cmd_name)
            if not isinstance(command, click.Command):
                msg = f"{module_name}.{cmd_name} is not a click command"
                raise TypeError(msg)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:  # noqa: ANN401 - click's own signature
        with reported_errors():
            return super().invoke(ctx)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(version=__version__, prog_name="ethlicense")
def cli() -> None:
    """Compose a license from a base license and restriction clauses, and see what it costs.

    \b
    Examples:
      ethlicense render MIT --holder "Jane Doe"
      ethlicense render MIT --clause military --holder "Jane Doe" -o LICENSE
      ethlicense clauses
      ethlicense show named-organizations
    """


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``ethlicense`` command.

    Pydantic plugins are switched off for the command's own process unless ``PYDANTIC_DISABLE_PLUGINS`` is
    already set: ethlicense uses none, and looking them up scans every installed distribution's entry points,
    which was a large share of a command's start-up time.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cli.main(args=list(argv) if argv is not None else None, prog_name="ethlicense")
