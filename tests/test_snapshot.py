# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The snapshot of pre-parsed data and precompiled templates: up to date, used, and never trusted when stale."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

import jinja2
import pytest

import ethlicense
from ethlicense import _snapshot
from ethlicense._resources import data_dir, read_data, read_data_toml
from ethlicense.catalog import Catalog, _Lazy, default_catalog
from ethlicense.render import _compile, environment

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> ModuleType:
    """Import scripts/generate_snapshot.py, which is a script and not part of a package."""
    spec = importlib.util.spec_from_file_location("generate_snapshot", ROOT / "scripts" / "generate_snapshot.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Forget the catalog and the compiled templates before and after the test."""

    def clear() -> None:
        default_catalog.cache_clear()
        _compile.cache_clear()
        environment.cache_clear()

    clear()
    yield
    clear()


def test_snapshot_is_up_to_date() -> None:
    """The committed ethlicense/_snapshot equals what scripts/generate_snapshot.py makes from the sources now."""
    generator = _generator()
    wanted = generator.generate()
    snapshot = ROOT / "ethlicense" / "_snapshot"
    present = {path.name: path.read_text(encoding="utf-8") for path in snapshot.glob("*.py")}
    hint = "run python scripts/generate_snapshot.py"
    assert sorted(present) == sorted(wanted), f"the snapshot's files are out of date: {hint}"
    for name, text in wanted.items():
        assert present[name] == text, f"ethlicense/_snapshot/{name} is out of date: {hint}"


def test_snapshot_holds_the_data_files_as_parsed() -> None:
    """The snapshot holds the built-in TOML files, and every data file reads back as tomllib parses it."""
    folder = Path(str(data_dir()))
    files = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.toml"))
    assert {"bases.toml", "catalog.toml", "criteria.toml", "clauses/military.toml"} <= set(_snapshot.DATA)
    assert set(_snapshot.DATA) <= set(files)
    for name in files:
        assert read_data_toml(*name.split("/")) == tomllib.loads(read_data(*name.split("/"))), name


def test_a_stale_data_entry_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry whose digest does not match the file's text is ignored: the file itself is parsed."""
    digest, _ = _snapshot.DATA["catalog.toml"]
    monkeypatch.setitem(_snapshot.DATA, "catalog.toml", (digest, json.dumps({"version": "from the snapshot"})))
    assert read_data_toml("catalog.toml")["version"] == "from the snapshot"
    monkeypatch.setitem(_snapshot.DATA, "catalog.toml", ("0" * 64, json.dumps({"version": "from the snapshot"})))
    assert read_data_toml("catalog.toml") == tomllib.loads(read_data("catalog.toml"))


@pytest.mark.usefixtures("fresh_caches")
def test_every_builtin_template_renders_precompiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """With Jinja's compiler switched off, every base, every clause and the layouts still render."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        pytest.fail("a built-in template was compiled at run time; run python scripts/generate_snapshot.py")

    monkeypatch.setattr(jinja2.Environment, "compile", refuse)
    catalog = default_catalog()
    for base in catalog.bases.values():
        clauses = list(catalog.clauses) if base.accepts_restrictions else []
        lic = ethlicense.compose(base.id, clauses=[], holders=["A"], year=2026)
        assert lic.text
        if clauses:
            lic = ethlicense.compose(
                base.id, clauses=[ethlicense.clause(key, **_required(catalog, key)) for key in clauses],
                holders=["A"], year=2026,
            )  # fmt: skip
            assert all(catalog.clauses[key].title in lic.text for key in clauses)


def _required(catalog: Catalog, clause_id: str) -> dict[str, object]:
    samples = {"string": "x", "text": "x", "string-list": ["Example Corp."], "date": "2026-01-01", "boolean": True}
    return {item.name: samples[item.kind.value] for item in catalog.clauses[clause_id].parameters if item.required}


@pytest.mark.usefixtures("fresh_caches")
def test_precompiled_and_fresh_templates_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A composite rendered from the precompiled templates equals one rendered from templates compiled afresh."""
    catalog = default_catalog()
    composites = [("MIT", list(catalog.clauses)), ("Apache-2.0", ["military"]), ("ISC", []), ("GPL-3.0-only", [])]

    def texts() -> list[str]:
        return [
            ethlicense.compose(
                base, clauses=[ethlicense.clause(key, **_required(catalog, key)) for key in keys],
                holders=["A"], year=2026,
            ).text
            for base, keys in composites
        ]  # fmt: skip

    precompiled = texts()
    _compile.cache_clear()  # start again without the snapshot's templates
    environment.cache_clear()
    monkeypatch.setattr(_snapshot, "TEMPLATES", {})
    assert texts() == precompiled


@pytest.mark.usefixtures("fresh_caches")
def test_another_jinja_version_compiles_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Modules compiled by another Jinja version are not used: the templates are compiled at run time."""
    monkeypatch.setattr(_snapshot, "JINJA2_VERSION", "0.0")
    compiled: list[str | None] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return original(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    assert ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026).text
    assert "layouts/license.j2" in compiled


def test_catalog_reads_only_what_it_is_asked_for() -> None:
    """A fresh catalog knows every id but validates a clause only when it is looked up."""
    catalog = Catalog(
        default_catalog().bases,
        _Lazy({"military": lambda: default_catalog().clause("military"), "broken": _fail}),
        default_catalog().versions,
        default_catalog().base_templates,
    )
    assert sorted(catalog.clauses) == ["broken", "military"]
    assert catalog.clause("military").id == "military"
    with pytest.raises(AssertionError, match="loaded"):
        catalog.clause("broken")


def _fail() -> NoReturn:
    msg = "loaded"
    raise AssertionError(msg)


@pytest.mark.subprocess
def test_render_needs_no_toml_parser_and_no_template_compiler() -> None:
    """A fresh ``ethlicense render`` process imports no TOML parser and compiles no template."""
    script = (
        "import sys, jinja2\n"
        "def refuse(*args, **kwargs): raise SystemExit('compiled a template')\n"
        "jinja2.Environment.compile = refuse\n"
        "from ethlicense.cli import main\n"
        "try:\n"
        "    main(['render', 'MIT', '--clause', 'military', '--holder', 'A', '--year', '2026', '--quiet'])\n"
        "except SystemExit as end:\n"
        "    assert end.code in (0, None), end.code\n"
        "assert 'tomllib' not in sys.modules, 'tomllib was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LicenseRef-MIT-with-military-" in result.stdout
