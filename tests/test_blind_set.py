# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The blind3 set loads whole, and `check` quotes nothing from its files that the files do not say."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from ethlicense.check import check_text

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "measure_blind.py"


@pytest.fixture(scope="module")
def measure_blind() -> ModuleType:
    """scripts/measure_blind.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("measure_blind", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["measure_blind"] = module
    spec.loader.exec_module(module)
    return module


def test_every_blind_text_is_loaded_and_placed(measure_blind: ModuleType) -> None:
    """50 restrictions and 30 harmless additions in 12 placements each, 10 conditions, 6 edits and 24 files."""
    counts = Counter(case.group for case in measure_blind.blind_cases())
    assert counts == {"restriction": 600, "harmless": 360, "condition": 120, "edit": 6, "file": 24}


def test_no_quote_from_a_blind_file_is_invented(measure_blind: ModuleType) -> None:
    """Every passage `check` quotes from the whole blind files occurs in the file (whitespace normalised)."""
    files = [case for case in measure_blind.blind_cases() if case.group == "file"]
    invented = {case.id: measure_blind.invented(check_text(case.text), case.text) for case in files}
    assert {name: quotes for name, quotes in invented.items() if quotes} == {}


def test_a_lerna_style_blind_file_is_never_open_source(measure_blind: ModuleType) -> None:
    """The blind Lerna-style file (companies denied the license inside MIT) is not judged open source."""
    case = next(case for case in measure_blind.blind_cases() if case.id == "mit-lerna-style.md")
    assert str(check_text(case.text).verdict) != "open-source"
