# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Declared licenses: SPDX expressions and old names, the manifests that hold them, and the comparison."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ethlicense.check._declared import (
    MAX_MANIFEST_BYTES,
    DeclaredLicense,
    DeclaredLicenseFinder,
    compare_declared,
)
from ethlicense.check._spdx_expression import parse_declared_value


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _find(root: Path, license_file: str) -> DeclaredLicense | None:
    path = _write(root / license_file, "license text\n")
    return DeclaredLicenseFinder([root]).find(path)


@pytest.mark.parametrize(
    ("headers", "field", "expression"),
    [
        (["License-Expression: MIT OR Apache-2.0", "License: BSD"], "License-Expression", "MIT OR Apache-2.0"),
        (["License: MIT", "Classifier: License :: OSI Approved :: BSD License"], "License", "MIT"),
        (
            [
                "License: Copyright 2020 Jane\n        All rights reserved.",
                "Classifier: License :: OSI Approved :: MIT License",
            ],
            "Classifier",
            "MIT",
        ),
        (["Classifier: License :: OSI Approved :: Apache Software License"], "Classifier", "Apache Software License"),
        (["License: UNKNOWN"], None, None),
    ],
)
def test_core_metadata_prefers_license_expression_then_license_then_classifiers(
    tmp_path: Path, headers: list[str], field: str | None, expression: str | None
) -> None:
    """METADATA: License-Expression wins; License counts when it names a license; else the classifiers."""
    text = "\n".join(["Metadata-Version: 2.4", "Name: demo", "Version: 1.0", *headers]) + "\n\nDescription\n"
    _write(tmp_path / "demo-1.0.dist-info" / "METADATA", text)
    declared = _find(tmp_path, "demo-1.0.dist-info/licenses/LICENSE")
    assert declared is not None
    assert (declared.package, declared.version, declared.field, declared.expression) == (
        "demo",
        "1.0",
        field,
        expression,
    )


@pytest.mark.parametrize(
    ("manifest", "content", "expression", "refers_to"),
    [
        ("package.json", {"name": "a", "license": "ISC"}, "ISC", None),
        ("package.json", {"name": "a", "license": {"type": "MIT", "url": "https://x"}}, "MIT", None),
        (
            "package.json",
            {"name": "a", "licenses": [{"type": "MIT"}, {"type": "GPL-2.0"}]},
            "MIT OR GPL-2.0-only",
            None,
        ),
        ("package.json", {"name": "a", "license": "SEE LICENSE IN LICENSE.txt"}, None, "LICENSE.txt"),
        ("composer.json", {"name": "v/a", "license": ["MIT", "GPL-3.0-or-later"]}, "MIT OR GPL-3.0-or-later", None),
        ("Cargo.toml", '[package]\nname = "a"\nlicense = "MIT/Apache-2.0"\n', "MIT OR Apache-2.0", None),
        ("Cargo.toml", '[package]\nname = "a"\nlicense-file = "LICENSE.txt"\n', None, "LICENSE.txt"),
        ("Cargo.toml", '[package]\nname = "a"\nlicense.workspace = true\n', None, None),
        ("pyproject.toml", '[project]\nname = "a"\nlicense = "Apache-2.0"\n', "Apache-2.0", None),
        ("pyproject.toml", '[project]\nname = "a"\nlicense = {text = "MIT"}\n', "MIT", None),
        ("pyproject.toml", '[project]\nname = "a"\nlicense = {file = "COPYING"}\n', None, "COPYING"),
        ("pyproject.toml", '[tool.poetry]\nname = "a"\nlicense = "BSD-2-Clause"\n', "BSD-2-Clause", None),
    ],
)
def test_manifests_of_each_ecosystem_are_read(
    tmp_path: Path, manifest: str, content: object, expression: str | None, refers_to: str | None
) -> None:
    """package.json (string, object, array), composer.json, Cargo.toml and pyproject.toml give their license."""
    text = content if isinstance(content, str) else json.dumps(content)
    _write(tmp_path / "pkg" / manifest, text)
    declared = _find(tmp_path, "pkg/LICENSE")
    assert declared is not None
    assert declared.package in {"a", "v/a"}
    assert (declared.expression, declared.refers_to, declared.problem) == (expression, refers_to, None)


def test_the_nearest_package_wins_and_vendored_code_belongs_to_no_one(tmp_path: Path) -> None:
    """A nested package's license file is its own; one under _vendor or third_party is not the bundler's."""
    _write(tmp_path / "outer" / "package.json", json.dumps({"name": "outer", "license": "MIT"}))
    _write(
        tmp_path / "outer" / "node_modules" / "inner" / "package.json", json.dumps({"name": "inner", "license": "ISC"})
    )
    _write(tmp_path / "outer" / "lib" / "package.json", json.dumps({"type": "module"}))
    inner = _find(tmp_path, "outer/node_modules/inner/LICENSE")
    assert inner is not None
    assert inner.package == "inner"
    lib = _find(tmp_path, "outer/lib/LICENSE")
    assert lib is not None
    assert lib.package == "outer"
    assert _find(tmp_path, "outer/_vendor/idna/LICENSE.md") is None
    assert _find(tmp_path, "outer/src/third_party/zlib/LICENSE") is None


def test_no_manifest_above_the_folder_checked_is_read(tmp_path: Path) -> None:
    """The walk up stops at the folder given to check -r."""
    _write(tmp_path / "package.json", json.dumps({"name": "above", "license": "MIT"}))
    path = _write(tmp_path / "tree" / "LICENSE", "text\n")
    assert DeclaredLicenseFinder([tmp_path / "tree"]).find(path) is None
    assert DeclaredLicenseFinder([tmp_path]).find(path) is not None


def test_bad_manifests_are_reported_not_raised(tmp_path: Path) -> None:
    """Broken JSON, TOML nested too deep, an over-size file and a FIFO give a problem, never an error or a hang."""
    _write(tmp_path / "json" / "package.json", "{not json")
    _write(tmp_path / "nested" / "package.json", "[" * 100_000 + "]" * 100_000)
    _write(tmp_path / "deep" / "Cargo.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n[package]\n")
    _write(
        tmp_path / "big" / "package.json", json.dumps({"name": "big", "license": "MIT", "x": "y" * MAX_MANIFEST_BYTES})
    )
    (tmp_path / "fifo").mkdir()
    os.mkfifo(tmp_path / "fifo" / "package.json")
    results: dict[str, DeclaredLicense | None] = {}

    def read_all() -> None:
        for name in ("json", "nested", "deep", "big", "fifo"):
            results[name] = _find(tmp_path, f"{name}/LICENSE")

    thread = threading.Thread(target=read_all, daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive(), "reading a manifest hung"
    for name in ("json", "nested", "deep", "big", "fifo"):
        declared = results[name]
        assert declared is not None
        assert declared.problem, name
        assert declared.expression is None
    fifo = results["fifo"]
    assert fifo is not None
    assert "FIFO" in (fifo.problem or "")
    big = results["big"]
    assert big is not None
    assert "larger than" in (big.problem or "")


def _declared(expression: str) -> DeclaredLicense:
    _, ids, _ = parse_declared_value(expression)
    return DeclaredLicense(manifest="package.json", expression=expression, license_ids=ids)


@pytest.mark.parametrize(
    ("declared", "base", "verdict", "restricted", "kind"),
    [
        ("MIT", "MIT", "not-open-source", True, "restricted"),
        ("MIT", "MIT", "open-source", False, None),
        ("MIT", "MIT", "needs-review", False, None),
        ("MIT", None, "not-open-source", False, None),
        ("MIT", "Apache-2.0", "open-source", False, "different-license"),
        ("MIT OR Apache-2.0", "Apache-2.0", "open-source", False, None),
        ("MIT AND BSD-3-Clause", "BSD-3-Clause", "open-source", False, None),
        ("GPL-2.0+", "GPL-2.0-only", "open-source", False, None),
        ("BSD", "BSD-2-Clause", "open-source", False, None),
        ("BSD", "BSD-3-Clause-No-Military-License", "not-open-source", True, "restricted"),
        ("MIT", "MIT", "not-open-source", False, None),
        ("BSD", "BSD-3-Clause", "not-open-source", False, None),
        ("PSF-2.0", "Python-2.0.1", "open-source", False, None),
        ("Hippocratic-2.1", "Hippocratic-2.1", "not-open-source", True, None),
        ("LicenseRef-Acme", "MIT", "not-open-source", True, None),
        ("MIT OR LicenseRef-Acme", "Apache-2.0", "open-source", False, None),
    ],
)
def test_a_text_contradicts_its_declaration_only_when_it_is_another_license_or_restricted(
    declared: str, base: str | None, verdict: str, restricted: bool, kind: str | None
) -> None:
    """Declared open source but restricted, or declared one license with another's text, is a mismatch."""
    mismatch = compare_declared(_declared(declared), base_license=base, verdict=verdict, restricted=restricted)
    assert (mismatch.kind if mismatch else None) == kind
    if mismatch is not None:
        assert mismatch.message.startswith(f"declared {declared}, but the text is")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(license_value=_JSON, licenses_value=_JSON)
def test_any_package_json_is_read_without_error(tmp_path: Path, license_value: object, licenses_value: object) -> None:
    """Whatever shapes "license" and "licenses" take, the finder returns a declaration or nothing, never raises."""
    folder = tmp_path / "pkg"
    _write(folder / "package.json", json.dumps({"name": "a", "license": license_value, "licenses": licenses_value}))
    declared = DeclaredLicenseFinder([tmp_path]).find(folder / "LICENSE")
    assert declared is not None
    assert declared.problem is None
