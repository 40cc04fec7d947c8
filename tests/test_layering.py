# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The library's layering: no import cycle among modules, and no private name taken from another module.

The import graph is read from the source with :mod:`ast`, not by importing it: an edge is an import that runs
when the module is loaded (at the top level of the module or of a class, in ``if`` and ``try`` blocks), so
imports under ``if TYPE_CHECKING:`` and inside functions do not count. A function-level import is for cold
start (a library loaded only when needed), never a way around a cycle: such an import that would close a
cycle is reported too.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ethlicense"

#: Private names that a module imports from another: none. (module, imported from, name).
KNOWN_PRIVATE_IMPORTS: frozenset[tuple[str, str, str]] = frozenset()

#: Function-level imports that close a cycle (module, imported): none.
KNOWN_LAZY_CYCLES: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class Import:
    """One import statement's target: the module, and the name taken from it (``None`` for ``import x``)."""

    module: str
    name: str | None
    line: int
    when: str
    """``load`` (runs when the importing module is loaded), ``call`` (in a function) or ``typing`` (under
    ``if TYPE_CHECKING:``, never run)."""


def _module_names() -> dict[str, Path]:
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


MODULES = _module_names()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(module: str, node: ast.ImportFrom, *, package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".") if package else module.split(".")[:-1]
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, *([node.module] if node.module else [])])


def _nested(node: ast.stmt) -> list[ast.stmt]:
    """Return the statements nested in *node* (the bodies of a class, if, try, with, loop or match)."""
    statements: list[ast.stmt] = []
    for field in ("body", "orelse", "finalbody", "handlers", "cases"):
        for child in getattr(node, field, None) or ():
            if isinstance(child, ast.ExceptHandler | ast.match_case):
                statements += child.body
            elif isinstance(child, ast.stmt):
                statements.append(child)
    return statements


@functools.cache
def _imports(module: str, path: Path) -> list[Import]:
    found: list[Import] = []
    package = path.name == "__init__.py"

    def visit(nodes: list[ast.stmt], when: str) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.extend(Import(alias.name, None, node.lineno, when) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(module, node, package=package)
                found.extend(Import(source, alias.name, node.lineno, when) for alias in node.names)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(node.body, "typing" if when == "typing" else "call")
            elif isinstance(node, ast.If) and _is_type_checking(node.test):
                visit(node.body, "typing")
                visit(node.orelse, when)
            else:  # a class body, if, try, with, for, while, match: all run when the module loads
                visit(_nested(node), when)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)).body, "load")
    return found


def _target(item: Import) -> str | None:
    """Return the module of the package that *item* loads, if any: the name itself when it is a module."""
    if item.name is not None and f"{item.module}.{item.name}" in MODULES:
        return f"{item.module}.{item.name}"
    return item.module if item.module in MODULES else None


def import_graph(*, calls: bool = False) -> dict[str, set[str]]:
    """Return each module of the package with the modules of the package it imports when loaded.

    With *calls*, the imports inside functions count too (those for type checkers never do).
    """
    counted = {"load", "call"} if calls else {"load"}
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = {_target(item) for item in _imports(module, path) if item.when in counted}
        graph[module] = {target for target in targets if target is not None and target != module}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one cycle of *graph* as a path that ends where it starts, or ``None`` when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for successor in sorted(graph.get(node, ())):
            if state.get(successor) == 1:
                return [*path[path.index(successor) :], successor]
            if successor not in state:
                cycle = visit(successor)
                if cycle is not None:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle is not None:
                return cycle
    return None


def private_imports() -> set[tuple[str, str, str]]:
    """Return every (module, imported from, name) where a module takes a ``_private`` name of another module.

    A private *module*'s public names are fine (``from ethlicense._io import write_atomic``), and so is a
    private module itself (``from ethlicense import _toml``).
    """
    found = set()
    for module, path in MODULES.items():
        for item in _imports(module, path):
            if item.name is None or not item.module.startswith("ethlicense") or item.module == module:
                continue
            is_module = f"{item.module}.{item.name}" in MODULES
            if item.name.startswith("_") and not item.name.startswith("__") and not is_module:
                found.add((module, item.module, item.name))
    return found


def test_graph_sees_the_package() -> None:
    """The graph has every module and the edges known to exist (so that an empty graph cannot pass)."""
    graph = import_graph()
    assert {"ethlicense", "ethlicense.compose", "ethlicense.build", "ethlicense._outputs"} <= set(graph)
    assert "ethlicense.render" in graph["ethlicense.compose"]
    assert "ethlicense._outputs" in graph["ethlicense.config"]
    assert "ethlicense.config" not in graph["ethlicense._outputs"]  # only for type checkers
    assert "ethlicense._metadata" not in graph["ethlicense._outputs"]  # in a function
    assert "ethlicense._metadata" in import_graph(calls=True)["ethlicense._outputs"]


def test_no_import_cycle() -> None:
    """No module imports, directly or through others, a module that imports it (at load time)."""
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_compose_does_not_import_the_outputs() -> None:
    """Composing a license (which makes the provenance record) loads none of the modules that format outputs."""
    graph = import_graph(calls=True)
    reachable: set[str] = set()
    todo = ["ethlicense.compose"]
    while todo:
        module = todo.pop()
        for successor in graph[module] - reachable:
            reachable.add(successor)
            todo.append(successor)
    outputs = {"ethlicense.provenance", "ethlicense.formats", "ethlicense.spdx", "ethlicense._outputs"}
    assert not reachable & {*outputs, "ethlicense.build", "ethlicense.config"}


def test_function_level_imports_hide_no_cycle() -> None:
    """The imports made inside functions (for cold start) close no cycle, but the known ones listed above."""
    graph = import_graph(calls=True)
    for module, imported in KNOWN_LAZY_CYCLES:
        graph[module].discard(imported)
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle through a function-level import: " + " -> ".join(cycle or ())


def test_no_private_name_imported_from_another_module() -> None:
    """No module takes a ``_private`` name from another, except the known ones listed above."""
    found = private_imports()
    assert found - KNOWN_PRIVATE_IMPORTS == set()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ethlicense._io import write_atomic\n", set()),
        ("from ethlicense import _toml\n", set()),
        ("from ethlicense._io import _TEMPORARY_MARK\n", {("ethlicense.probe", "ethlicense._io", "_TEMPORARY_MARK")}),
        ("from ._io import _RANDOM_PART\n", {("ethlicense.probe", "ethlicense._io", "_RANDOM_PART")}),
    ],
)
def test_private_name_rule(source: str, expected: set[tuple[str, str, str]], tmp_path: Path) -> None:
    """The rule tells a private name from a private module, with absolute and relative imports."""
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    MODULES["ethlicense.probe"] = probe
    try:
        assert {item for item in private_imports() if item[0] == "ethlicense.probe"} == expected
    finally:
        del MODULES["ethlicense.probe"]


def test_type_checking_and_function_imports_are_not_edges(tmp_path: Path) -> None:
    """Imports for type checkers and inside functions are not load-time edges; a class body's are."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ethlicense import build\n"
        "def later():\n    from ethlicense import config\n"
        "class Holder:\n    from ethlicense import models\n"
        "try:\n    from ethlicense import errors\nexcept ImportError:\n    from ethlicense import _io\n",
        encoding="utf-8",
    )
    MODULES["ethlicense.probe"] = probe
    try:
        assert import_graph()["ethlicense.probe"] == {"ethlicense.models", "ethlicense.errors", "ethlicense._io"}
        everything = import_graph(calls=True)["ethlicense.probe"]
        assert everything == {"ethlicense.models", "ethlicense.errors", "ethlicense._io", "ethlicense.config"}
    finally:
        del MODULES["ethlicense.probe"]


def test_find_cycle_reports_a_path() -> None:
    """A cycle is reported as the modules along it; an acyclic graph gives none."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
