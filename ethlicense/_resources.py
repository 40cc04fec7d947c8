# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Where packaged data and templates live, whether installed from a wheel or run from a checkout."""

from __future__ import annotations

import functools
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@functools.cache
def templates_dir() -> Traversable:
    """Return the folder holding ``bases/``, ``clauses/`` and ``layouts/``.

    A wheel ships the top-level ``templates/`` folder inside the package; an editable install or a
    checkout finds it beside the package instead.
    """
    packaged = files("ethlicense") / "templates"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if checkout.is_dir():
        return checkout
    msg = "ethlicense's templates are missing from this installation"  # pragma: no cover - broken install
    raise FileNotFoundError(msg)


def data_dir() -> Traversable:
    """Return the package's ``data/`` folder."""
    return files("ethlicense") / "data"


def read_template(*parts: str) -> str:
    """Return the text of a template under :func:`templates_dir`."""
    node = templates_dir()
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


def read_data(*parts: str) -> str:
    """Return the text of a data file under :func:`data_dir`."""
    node = data_dir()
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")
