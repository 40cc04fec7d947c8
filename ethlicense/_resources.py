# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Where packaged data and templates live, whether installed from a wheel or run from a checkout."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ethlicense._snapshot import DATA


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


@functools.cache
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


def sha256_text(text: str) -> str:
    """Return the hex SHA-256 of *text* encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_data_toml(*parts: str) -> dict[str, Any]:
    """Return the parsed contents of a TOML data file under :func:`data_dir` (a new object on every call).

    The file is parsed once ahead of time into ``ethlicense._snapshot`` (by ``scripts/generate_snapshot.py``);
    that copy is used only while the file's text has the SHA-256 recorded beside it, so an edited file is
    always parsed afresh.
    """
    text = read_data(*parts)
    entry = DATA.get("/".join(parts))
    if entry is not None and entry[0] == sha256_text(text):
        parsed: dict[str, Any] = json.loads(entry[1])
        return parsed
    import tomllib  # noqa: PLC0415 - only when the snapshot does not hold this file's text

    return tomllib.loads(text)
