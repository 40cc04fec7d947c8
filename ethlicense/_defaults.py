# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Defaults for the copyright holders and year, found where a project already says them.

In order: the project's ethlicense configuration (``ethlicense.toml``, or ``[tool.ethlicense]`` in
``pyproject.toml``), the ``[project] authors`` of ``pyproject.toml``, and, for the holder only,
``git config user.name``. Each default comes with where it was found, so the command line can say so.
Nothing here fails: a file that cannot be read simply gives no default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

__all__ = ["FoundDefault", "default_holders", "default_year_from_project"]


_Value = TypeVar("_Value")


@dataclass(frozen=True)
class FoundDefault(Generic[_Value]):
    """A default value and where it came from (``"pyproject.toml [project] authors"``)."""

    value: _Value
    source: str


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _table(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    for key in keys:
        value = data.get(key)
        if not isinstance(value, dict):
            return {}
        data = value
    return data


def _configured_license(folder: Path) -> tuple[dict[str, Any], str]:
    """Return the ``[license]`` table of the project's configuration, and where it is."""
    standalone = _table(_toml(folder / "ethlicense.toml"), "license")
    if standalone:
        return standalone, "ethlicense.toml [license]"
    return _table(_toml(folder / "pyproject.toml"), "tool", "ethlicense", "license"), (
        "pyproject.toml [tool.ethlicense.license]"
    )


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(item.strip() for item in value if isinstance(item, str) and item.strip())


def _git_user_name(folder: Path) -> str | None:
    import shutil  # noqa: PLC0415 - only when no other default is found
    import subprocess  # noqa: PLC0415 - idem

    executable = shutil.which("git")
    if executable is None:
        return None
    try:
        result = subprocess.run(  # noqa: S603 - a fixed command
            [executable, "-C", str(folder), "config", "user.name"], capture_output=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    name = result.stdout.decode("utf-8", errors="replace").strip()
    return name if result.returncode == 0 and name else None


def default_holders(
    folder: str | Path = ".", *, use_configuration: bool = True
) -> FoundDefault[tuple[str, ...]] | None:
    """Return the copyright holders a project already names, or ``None``.

    Args:
        folder: The project folder.
        use_configuration: Look in the ethlicense configuration first (``init``, which writes one, does not).
    """
    root = Path(folder)
    if use_configuration:
        table, where = _configured_license(root)
        holders = _strings(table.get("holders"))
        if holders:
            return FoundDefault(holders, f"{where} holders")
    authors = _table(_toml(root / "pyproject.toml"), "project").get("authors")
    if isinstance(authors, list):
        names = _strings([author.get("name") for author in authors if isinstance(author, dict)])
        if names:
            return FoundDefault(names, "pyproject.toml [project] authors")
    name = _git_user_name(root)
    if name:
        return FoundDefault((name,), "git config user.name")
    return None


def default_year_from_project(folder: str | Path = ".") -> FoundDefault[int] | None:
    """Return the copyright year of the project's ethlicense configuration, or ``None``."""
    table, where = _configured_license(Path(folder))
    year = table.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return FoundDefault(year, f"{where} year")
    return None
