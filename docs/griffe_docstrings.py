# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
# ruff: noqa: INP001 - mkdocs loads this file by its path; docs/ is not a package
"""A griffe extension that makes ethlicense's docstrings read well as Markdown in the API reference.

ethlicense's docstrings are written for ``help()`` and pytest's ``--doctest-modules``: doctest examples
stand in the prose, and cross-references use Sphinx roles. Markdown would render ``>>>`` lines as nested
quotes and roles as stray text, so before the docstrings are parsed this extension

* puts each doctest example (its ``>>>`` and ``...`` lines and the expected output, up to the next blank
  line) in a fenced ``pycon`` block, and
* turns ``:class:`~ethlicense.models.Clause``` and the like into a code span naming the object.

mkdocs.yml loads it with ``extensions: [docs/griffe_docstrings.py]``; it is not part of the site.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|exc|mod|obj):`(~?)([^`]+)`")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _role_to_code(match: re.Match[str]) -> str:
    shorten, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if shorten else target}`"


def fence_doctests(text: str) -> str:
    """Return *text* with every doctest example in a fenced ``pycon`` block and Sphinx roles as code spans.

    Args:
        text: A docstring.

    Returns:
        The docstring as Markdown.
    """
    lines = text.splitlines()
    result: list[str] = []
    index = 0
    in_fence = False
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or not line.lstrip().startswith(">>>"):
            result.append(line if in_fence else _ROLE.sub(_role_to_code, line))
            index += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        if result and result[-1].strip():
            result.append("")
        result.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip():
            example = lines[index].removeprefix(indent)
            result.append(indent + ("" if example == "<BLANKLINE>" else example))
            index += 1
        result.append(f"{indent}```")
        if index < len(lines):
            result.append("")
    return "\n".join(result)


class DoctestFences(griffe.Extension):
    """Rewrite each object's docstring with :func:`fence_doctests` as griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ANN401, ARG002 - griffe's hook signature
        """Rewrite the docstring of *obj*, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
