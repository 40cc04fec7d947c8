# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The shipped readings of the restrictions in licenses that are not OSI-approved: current, and never trusted stale."""

from __future__ import annotations

import ast
import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING

import ethlicense
from ethlicense import _classify
from ethlicense.check import _license_restrictions as shipped_readings
from ethlicense.check._index import resource_bytes, spdx_digest
from ethlicense.check._license_restrictions import RESOURCE, RULE_MODULES, known_restrictions, rules_digest
from ethlicense.check._spdx_data import load_spdx_licenses

if TYPE_CHECKING:
    import pytest

HINT = "run python scripts/build_license_restrictions.py"


def _document() -> dict[str, object]:
    raw = resource_bytes(RESOURCE)
    assert raw is not None, f"ethlicense/{'/'.join(RESOURCE)} is missing: {HINT}"
    document: dict[str, object] = json.loads(gzip.decompress(raw).decode("utf-8"))
    return document


def test_the_shipped_readings_are_current() -> None:
    """The shipped file was built from the shipped SPDX data with the rules as they are now."""
    document = _document()
    assert document["spdx_sha256"] == spdx_digest(), f"the SPDX data changed: {HINT}"
    assert document["rules_sha256"] == rules_digest(), f"the rules ({', '.join(RULE_MODULES)}) changed: {HINT}"
    licenses = load_spdx_licenses().licenses
    shipped = document["licenses"]
    assert isinstance(shipped, dict)
    assert set(shipped) == {license_id for license_id, spdx in licenses.items() if not spdx.osi_approved}, HINT


def test_the_shipped_readings_are_what_the_rules_read() -> None:
    """Every shipped reading that holds a restriction, and a sample of the rest, is what the rules give now."""
    readings = shipped_readings._shipped()  # noqa: SLF001 - the shipped readings themselves
    assert readings, HINT
    with_restrictions = sorted(license_id for license_id, found in readings.items() if found)
    without = sorted(license_id for license_id, found in readings.items() if not found)[::40]
    for license_id in (*with_restrictions[::4], *without):
        text = load_spdx_licenses().licenses[license_id].text
        assert readings[license_id] == tuple(_classify.license_restrictions(text)), f"{license_id}: {HINT}"


def test_the_rule_modules_are_every_module_the_rules_import() -> None:
    """The digest covers ``_classify`` and every module of ethlicense it and ``_cues`` import."""
    package = Path(ethlicense.__file__).parent
    imported = {"_classify"}
    for name in ("_classify.py", "_cues.py"):
        for node in ast.walk(ast.parse((package / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "ethlicense":
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ethlicense."):
                imported.add((node.module or "").removeprefix("ethlicense."))
    assert {f"{name}.py" for name in imported} == set(RULE_MODULES)


def test_stale_readings_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the rules' sources (or the SPDX data) differ from the digests shipped, the readings are ignored."""
    loader = shipped_readings._shipped.__wrapped__  # type: ignore[attr-defined]  # noqa: SLF001 - uncached
    assert loader()
    monkeypatch.setattr(shipped_readings, "rules_digest", lambda: "0" * 64)
    assert dict(loader()) == {}
    monkeypatch.setattr(shipped_readings, "rules_digest", lambda: None)
    assert dict(loader()) == {}
    monkeypatch.undo()
    monkeypatch.setattr(shipped_readings, "spdx_digest", lambda: "0" * 64)
    assert dict(loader()) == {}


def test_a_license_without_a_shipped_reading_is_read_by_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """A license the shipped file lacks (or all of them, when it is stale) is read with the rules themselves."""
    license_id = next(
        license_id
        for license_id, found in shipped_readings._shipped().items()  # noqa: SLF001 - the shipped readings
        if found
    )
    expected = known_restrictions(license_id)
    monkeypatch.setattr(shipped_readings, "_shipped", dict)
    assert known_restrictions.__wrapped__(license_id) == expected  # type: ignore[attr-defined]
