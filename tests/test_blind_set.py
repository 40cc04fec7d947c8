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


def test_a_set_block_is_replaced_in_place_and_added_when_absent(measure_blind: ModuleType) -> None:
    """A set's block is rewritten where it is; a new set's block is added under its own heading."""
    page = "intro\n<!-- current-figures:blind3 -->\nold\n<!-- /current-figures:blind3 -->\nend\n"
    rewritten = measure_blind.write_block(page, "current-figures", "blind3", "new\n", "## blind3")
    assert rewritten == "intro\n<!-- current-figures:blind3 -->\nnew\n<!-- /current-figures:blind3 -->\nend\n"
    added = measure_blind.write_block(page, "first-measurement", "blind4", "first\n", "## blind4: first")
    assert added.startswith(page.rstrip("\n"))
    assert added.endswith(
        "## blind4: first\n\n<!-- first-measurement:blind4 -->\nfirst\n<!-- /first-measurement:blind4 -->\n"
    )
    assert measure_blind.has_block(added, "first-measurement", "blind4")


def test_the_old_marking_of_blind3s_current_figures_is_still_read(measure_blind: ModuleType) -> None:
    """A page that marks blind3's current figures the old way (``<!-- current-figures -->``) keeps its place."""
    page = "a\n<!-- current-figures -->\nold\n<!-- /current-figures -->\nb\n"
    assert measure_blind.write_block(page, "current-figures", "blind3", "new\n", "##") == (
        "a\n<!-- current-figures -->\nnew\n<!-- /current-figures -->\nb\n"
    )


def test_a_first_measurement_is_never_written_twice(measure_blind: ModuleType, tmp_path: Path) -> None:
    """``--first`` refuses a set whose first measurement the page already has, before measuring anything."""
    page = tmp_path / "page.md"
    page.write_text("<!-- first-measurement:blind3 -->\nx\n<!-- /first-measurement:blind3 -->\n", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        measure_blind.main(["--set", "blind3", "--first", "--page", str(page)])
    assert refused.value.code == 2
    assert page.read_text(encoding="utf-8").count("first-measurement:blind3") == 2


def test_the_tuned_sets_and_a_named_set_are_found(measure_blind: ModuleType) -> None:
    """``tuned`` names the sets the rules were developed on; any other name is a folder of tests/data/check."""
    assert (measure_blind.set_folder("tuned") / "restrictions.toml").is_file()
    assert measure_blind.set_folder("blind3").name == "blind3"
    restrictions = [case for case in measure_blind.blind_cases("blind3") if case.group == "restriction"]
    assert all(case.main.startswith("OSD-") for case in restrictions)


def test_the_page_shows_blind3_as_tuned_on() -> None:
    """docs/check-blind.md says blind3 was tuned on and is no longer blind, and has its current figures block."""
    page = (SCRIPT.parent.parent / "docs" / "check-blind.md").read_text(encoding="utf-8")
    assert "Tuned on from 2026-12-03: blind3 is no longer blind." in page
    assert "<!-- current-figures:blind3 -->" in page
    assert "| main criterion |" in page
