# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""ethlicense's own layout in a checked text: its parts become additions, its clauses are known by id."""

from __future__ import annotations

import ethlicense
from ethlicense._additions import AdditionKind
from ethlicense.catalog import default_catalog
from ethlicense.check import _textparts as parts
from ethlicense.check._composite import layout_additions
from ethlicense.check._state import State


def test_the_layout_parts_are_additions_and_the_clause_is_known() -> None:
    """A composite's title is structure, its own terms are layout terms, its clause is a restriction by id."""
    text = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026).text
    catalog = default_catalog()
    layout = parts.find_layout(text, catalog)
    assert layout is not None
    state = State(text=layout.masked(text), shapes=parts.shapes(catalog), catalog=catalog, original=text)
    layout_additions(state, layout, None)
    kinds = {addition.kind for addition in state.additions}
    assert {AdditionKind.STRUCTURE, AdditionKind.LAYOUT_TERMS, AdditionKind.RESTRICTION} <= kinds
    assert [addition.clause for addition in state.additions if addition.kind is AdditionKind.RESTRICTION] == [
        "military"
    ]
