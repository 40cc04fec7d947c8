# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Shell completion of base license and clause ids, for the options and arguments that take them.

Click completes the commands and options by itself once the shell is set up
(``eval "$(_ETHLICENSE_COMPLETE=bash_source ethlicense)"``, see docs/getting-started.md); these functions add
the ids from the catalog, each with its name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethlicense.catalog import default_catalog

if TYPE_CHECKING:
    import click
    from click.shell_completion import CompletionItem

__all__ = ["complete_base", "complete_clause"]


def complete_base(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete a base license id for the shell (``ethlicense render M<Tab>``), with each base's name."""
    from click.shell_completion import CompletionItem  # noqa: PLC0415 - only when completing

    folded = incomplete.casefold()
    return [
        CompletionItem(base.id, help=base.name)
        for base in sorted(default_catalog().bases.values(), key=lambda item: item.id)
        if base.id.casefold().startswith(folded)
    ]


def complete_clause(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete a built-in clause id for the shell (``ethlicense show mil<Tab>``), with each clause's title."""
    from click.shell_completion import CompletionItem  # noqa: PLC0415 - only when completing

    return [
        CompletionItem(clause.id, help=clause.title)
        for clause in sorted(default_catalog().clauses.values(), key=lambda item: item.id)
        if clause.id.startswith(incomplete)
    ]
