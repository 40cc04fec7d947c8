# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""docs/architecture.md stays true: every module it names exists, and the layering rules it states hold.

The rules are checked on the import statements of the source, those inside functions and ``TYPE_CHECKING``
blocks included, so that an import that runs only sometimes cannot break a rule unnoticed. Importing a
submodule runs its package's ``__init__`` too, so a package counts as imported with each of its submodules;
the top-level ``ethlicense`` package, which re-exports the public API, is left out of that.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ethlicense"
PAGE = ROOT / "docs" / "architecture.md"
PICTURE = ROOT / "docs" / "architecture.svg"

#: A module named on the page or in its picture: ``ethlicense.x.y``, not followed by ``(`` (a function call).
_MODULE_NAME = re.compile(r"\bethlicense(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?![A-Za-z0-9_.]*\()")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _modules() -> dict[str, Path]:
    """Every module of the package by its dotted name (the generated snapshot left out)."""
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if "_snapshot" not in path.parts}


def _is_package(name: str) -> bool:
    return _modules()[name].name == "__init__.py"


@functools.cache
def _direct_imports(name: str) -> frozenset[str]:
    """The modules *name* imports: ethlicense's own by dotted name, others by their top-level name."""
    modules = _modules()
    tree = ast.parse(modules[name].read_text(encoding="utf-8"))
    package = name if _is_package(name) else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            found.add(source)
            found.update(f"{source}.{alias.name}" for alias in node.names if f"{source}.{alias.name}" in modules)
    result: set[str] = set()
    for imported in found:
        if imported.startswith("ethlicense."):
            parts = imported.split(".")
            # a submodule import runs each package's __init__ on the way (the top-level package aside)
            result.update(".".join(parts[:end]) for end in range(2, len(parts) + 1) if ".".join(parts[:end]) in modules)
        elif imported != "ethlicense":
            result.add(imported.split(".")[0])
    return frozenset(result)


def _reachable(name: str) -> set[str]:
    """Every module that importing *name* can import, directly or through others."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        for imported in _direct_imports(todo.pop()):
            if imported not in seen:
                seen.add(imported)
                if imported in _modules():
                    todo.append(imported)
    return seen


def _is_cli(name: str) -> bool:
    """Whether *name* is a command-line module (the ``cli`` package or module, ``_cli_*``, a ``_cli`` helper)."""
    last = name.rsplit(".", 1)[-1]
    return (
        name == "ethlicense.cli"
        or name.startswith("ethlicense.cli.")
        or name == "ethlicense.__main__"
        or last == "_cli"
        or last.startswith("_cli_")
    )


#: The check pipeline: the ``check`` module or package, and its stages while they are top-level private modules.
_CHECK_STAGES = frozenset(
    {
        "ethlicense._analyse",
        "ethlicense._locate",
        "ethlicense._textparts",
        "ethlicense._check_files",
        "ethlicense._check_tree",
    }
)


def _is_check(name: str) -> bool:
    return name == "ethlicense.check" or name.startswith("ethlicense.check.") or name in _CHECK_STAGES


def test_every_module_named_on_the_page_exists() -> None:
    """Each ``ethlicense.x`` the page or its picture names is a module (or a package) that exists."""
    text = PAGE.read_text(encoding="utf-8") + PICTURE.read_text(encoding="utf-8")
    named = set(_MODULE_NAME.findall(text))
    assert len(named) >= 15  # the page is not silently emptied
    missing = sorted(name for name in named if importlib.util.find_spec(name) is None)
    assert not missing, f"docs/architecture.md names modules that do not exist: {missing}"


def test_every_private_module_in_the_picture_exists() -> None:
    """The picture names check's stages without the prefix (``check._locate``); each is a module of ethlicense."""
    short = set(re.findall(r">((?:check\.)?_[a-z_]+)</text>", PICTURE.read_text(encoding="utf-8")))
    assert short
    missing = sorted(name for name in short if importlib.util.find_spec(f"ethlicense.{name}") is None)
    assert not missing, f"docs/architecture.svg names modules that do not exist: {missing}"


def test_the_page_shows_the_picture_and_is_in_the_navigation() -> None:
    """The page embeds the picture and the site's navigation lists it."""
    assert "](architecture.svg)" in PAGE.read_text(encoding="utf-8")
    assert "architecture.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs/architecture.md" in (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_import_graph_is_read() -> None:
    """The graph the rules are checked on is not empty: compose reaches render, and check reaches the catalog."""
    assert {"ethlicense.render", "ethlicense.catalog", "ethlicense.models"} <= _reachable("ethlicense.compose")
    assert "ethlicense.catalog" in _reachable("ethlicense.check._analyse")
    assert "spdx_tools" in _reachable("ethlicense.spdx")


def test_the_library_never_imports_the_command_line() -> None:
    """No module outside the command line imports a command-line module."""
    offenders = {
        name: sorted(imported for imported in _direct_imports(name) if _is_cli(imported))
        for name in _modules()
        if not _is_cli(name)
    }
    assert not {name: found for name, found in offenders.items() if found}


@pytest.mark.parametrize(
    ("importer", "forbidden", "rule"),
    [
        ("ethlicense.models", lambda name: name == "ethlicense.compose", "models never import compose"),
        ("ethlicense.compose", _is_check, "compose never imports check"),
        ("ethlicense.catalog", lambda name: name == "spdx_tools", "the catalog never imports spdx-tools"),
    ],
    ids=["models-compose", "compose-check", "catalog-spdx-tools"],
)
def test_layering_rule(importer: str, forbidden: object, rule: str) -> None:
    """The rule holds for every module *importer* can reach, and the page states it."""
    assert callable(forbidden)
    reached = sorted(name for name in _reachable(importer) if forbidden(name))
    assert not reached, f"{rule}, but {importer} reaches {reached}"
    assert rule.lower() in PAGE.read_text(encoding="utf-8").lower()
