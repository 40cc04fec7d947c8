# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Added text outside the base, paragraph by paragraph: classified and recorded as additions, lists kept whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ethlicense import _classify
from ethlicense._budget import check_time
from ethlicense.check import _textparts as parts
from ethlicense.check._result import (
    Position,
)
from ethlicense.check._state import State, add_addition


def paragraph_block(
    state: State, paragraphs: Sequence[parts.Paragraph], position: Position, *, in_conditions: bool = False
) -> None:
    """Classify consecutive paragraphs of added text (*in_conditions*: items put in the base's list of conditions)."""
    if paragraphs:
        plain_block(state, paragraphs, position, binding_context=in_conditions)


def plain_block(
    state: State, paragraphs: Sequence[parts.Paragraph], position: Position, *, binding_context: bool
) -> None:
    check_time()
    results = _classify.classify_block([paragraph.text for paragraph in paragraphs], binding_context=binding_context)
    index = 0
    while index < len(paragraphs):
        paragraph, classification = paragraphs[index], results[index]
        last = index
        if classification.binding and paragraph.text.rstrip().endswith(":"):
            # A binding sentence that introduces a list (of organizations, of uses) binds with its items.
            while last + 1 < len(paragraphs) and not results[last + 1].binding and _is_list(paragraphs[last + 1].text):
                last += 1
        clause = None
        text = state.text[paragraph.start : paragraphs[last].end]
        if classification.kind == _classify.RESTRICTION:
            clause = parts.recognise_clause(text, "", state.shapes, whole=False)
        add_addition(state, paragraph.start, paragraphs[last].end, position, classification, clause=clause)
        index = last + 1


#: A list item has at most this many words.
_LIST_ITEM_WORDS: Final = 16


def _is_list(paragraph: str) -> bool:
    """Return whether *paragraph* is a list: short lines (names, uses), none of them a sentence with a verb of force."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    return bool(lines) and all(
        len(line.split()) <= _LIST_ITEM_WORDS and not _classify.classify_paragraph(line).binding for line in lines
    )
