# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Copyright notice paragraphs: what follows a notice in its paragraph is read, the notice itself is not."""

from __future__ import annotations

import ethlicense
from ethlicense._additions import AdditionKind
from ethlicense.check._notices import inside_notices, own_compact
from ethlicense.check._result import Position
from tests.check.analysis_state import mit_state

MIT = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text


def test_a_restriction_after_a_notice_in_its_paragraph_is_an_addition() -> None:
    """Copyright ... . The Software may not be used for weapons. holds a restriction after the notice."""
    notice = "Copyright 2026 Jane Doe. The Software may not be used for weapons."
    text = notice + "\n\n" + MIT
    state, region = mit_state(text, len(notice) + 2)
    inside_notices(state, region)
    (addition,) = state.additions
    assert addition.text == "The Software may not be used for weapons."
    assert addition.kind is AdditionKind.RESTRICTION
    assert addition.position is Position.BEFORE


def test_a_plain_notice_adds_nothing() -> None:
    """A notice paragraph that is only a notice is left alone."""
    text = "Copyright 2026 Jane Doe\nAll rights reserved.\n\n" + MIT
    state, region = mit_state(text, text.index("MIT License") if "MIT License" in text else 0)
    inside_notices(state, region)
    assert state.additions == []


def test_own_compact_is_the_license_text_without_spaces() -> None:
    """The compact form of a license's own text holds no whitespace and starts with its first words."""
    compact = own_compact("MIT")
    assert compact.startswith("mitlicense")
    assert not any(character.isspace() for character in compact)
