# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The analysis state: where a passage lies relative to the base, and recording additions."""

from __future__ import annotations

from ethlicense import _classify
from ethlicense._additions import AdditionKind
from ethlicense.check._result import Position
from ethlicense.check._state import add_addition, position_of
from ethlicense.models import Restriction
from tests.check.analysis_state import mit_state


def test_position_is_relative_to_the_base_region() -> None:
    """Before, inside and after the region; anywhere when there is no base."""
    _, region = mit_state("x" * 100, 40, 60)
    assert position_of(0, 40, region) is Position.BEFORE
    assert position_of(45, 50, region) is Position.INSIDE
    assert position_of(60, 100, region) is Position.AFTER
    assert position_of(0, 10, None) is Position.WHOLE


def test_an_addition_quotes_the_original_text_and_takes_the_classification() -> None:
    """The addition's text comes from the checked text (not the masked one), its kind from the classifier."""
    sentence = "The Software may not be used for military purposes."
    state, _ = mit_state(" " * len(sentence))
    state.original = sentence
    classification = _classify.classify_paragraph(sentence)
    add_addition(state, 0, len(sentence), Position.BEFORE, classification)
    (addition,) = state.additions
    assert addition.text == sentence
    assert addition.kind is AdditionKind.RESTRICTION
    assert Restriction.FIELDS_OF_ENDEAVOR in addition.restricts
