# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Colour for the command line: verdicts and diffs on a terminal, plain text anywhere else.

Text is styled with ANSI codes and written with :func:`click.echo`, which strips them when the stream is not
a terminal (a pipe, a file, CI logs without a tty). ``NO_COLOR`` set to anything but the empty string
(https://no-color.org/) strips them on a terminal too.
"""

from __future__ import annotations

import os

import click

from ethlicense.models import RenderedLicense

__all__ = ["echo", "styled_diff", "styled_verdict"]


def _color() -> bool | None:
    """Return ``False`` when ``NO_COLOR`` asks for no colour, else ``None`` (click decides by the stream)."""
    return False if os.environ.get("NO_COLOR", "") else None


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Write *text*, keeping its colour only on a terminal and only without ``NO_COLOR``."""
    click.echo(text, err=err, nl=nl, color=_color())


def styled_verdict(rendered: RenderedLicense, line: str) -> str:
    """Return the verdict *line* in green for an open source license, else in yellow; warnings in yellow."""
    first, *warnings = line.split("\n")
    colour = "green" if rendered.osi_open_source else "yellow"
    styled = [click.style(first, fg=colour, bold=True)]
    styled += [click.style(warning, fg="yellow") for warning in warnings]
    return "\n".join(styled)


def styled_diff(diff: str) -> str:
    """Return a unified diff with removed lines in red, added lines in green and hunk headers in cyan."""
    lines = []
    for line in diff.splitlines(keepends=True):
        body = line.rstrip("\n")
        ending = line[len(body) :]
        if line.startswith(("---", "+++")):
            lines.append(click.style(body, bold=True) + ending)
        elif line.startswith("@@"):
            lines.append(click.style(body, fg="cyan") + ending)
        elif line.startswith("-"):
            lines.append(click.style(body, fg="red") + ending)
        elif line.startswith("+"):
            lines.append(click.style(body, fg="green") + ending)
        else:
            lines.append(line)
    return "".join(lines)
