# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Module boundaries of the library: only public names cross them."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import ethlicense

PACKAGE = Path(ethlicense.__file__).parent


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.endswith("__")


def _private_imports(path: Path) -> list[str]:
    """Return the ``from x import _name`` lines of *path* whose ``_name`` is not a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"from {node.module} import {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is not None and not node.level
        for alias in node.names
        if _is_private(alias.name) and not _is_module(f"{node.module}.{alias.name}")
    ]


def test_no_module_imports_a_private_name_of_another() -> None:
    """No ``from x import _name`` in the library: what one module uses of another is public there."""
    sources = [path for path in sorted(PACKAGE.rglob("*.py")) if "_snapshot" not in path.parts]
    assert len(sources) > 40
    found = [f"{path.relative_to(PACKAGE)}: {line}" for path in sources for line in _private_imports(path)]
    assert found == []


def test_the_check_finds_a_private_import(tmp_path: Path) -> None:
    """The rule above is not vacuous: it reports a private name imported from another module."""
    source = tmp_path / "example.py"
    source.write_text("from ethlicense.assess import _rules\nfrom ethlicense import _toml\n", encoding="utf-8")
    found = _private_imports(source)
    assert found == ["from ethlicense.assess import _rules"]


def test_check_renders_nothing() -> None:
    """``check`` reads the layout markers ``render`` exports; no module of it imports the renderer or compose."""
    check = PACKAGE / "check"
    imported = {
        node.module
        for path in check.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert "ethlicense._layout_markers" in imported
    assert imported.isdisjoint({"ethlicense.render", "ethlicense.compose"})
