# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Added paragraphs: each classified and recorded, a list kept with the sentence that introduces it."""

from __future__ import annotations

from ethlicense._additions import AdditionKind
from ethlicense.check import _textparts as parts
from ethlicense.check._blocks import plain_block
from ethlicense.check._result import Position
from tests.check.analysis_state import mit_state


def test_each_paragraph_becomes_an_addition_of_its_kind() -> None:
    """A restriction and a request above the base are two additions, each with its kind."""
    text = "The Software may not be used for military purposes.\n\nPlease send us a postcard.\n\nMIT"
    state, _ = mit_state(text, text.index("MIT"))
    plain_block(state, parts.paragraphs(text, 0, text.index("MIT")), Position.BEFORE, binding_context=False)
    kinds = [(addition.kind, addition.position) for addition in state.additions]
    assert kinds[0] == (AdditionKind.RESTRICTION, Position.BEFORE)
    assert len(kinds) == 2
    assert kinds[1][0] is not AdditionKind.RESTRICTION


def test_a_list_after_a_restriction_goes_with_it() -> None:
    """Short list items after a binding sentence are part of that restriction, not paragraphs of their own."""
    text = "The Software may not be used by the following organizations:\n\nExample Corp\n\nSample Ltd\n\nMIT"
    state, _ = mit_state(text, text.index("MIT"))
    plain_block(state, parts.paragraphs(text, 0, text.index("MIT")), Position.BEFORE, binding_context=False)
    assert len(state.additions) == 1
    assert state.additions[0].text.endswith("Sample Ltd")
