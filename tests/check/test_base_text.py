# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Readings of the base's own text: minor differences, similarity, the whole-text cache key."""

from __future__ import annotations

from ethlicense.check._base_text import compact_words, dice_similarity, minor_only, word_list
from ethlicense.check._spdx_data import load_spdx_licenses

MIT = load_spdx_licenses().licenses["MIT"].text


def test_markup_and_punctuation_are_minor_differences() -> None:
    """The license's words in order, with markup, without commas and with a title above, differ only in minor ways."""
    assert minor_only("<h1>The MIT License</h1>\n\n" + MIT.replace(",", ""), "MIT")
    assert not minor_only(MIT.replace("without restriction", "with restrictions"), "MIT")


def test_word_list_drops_markup_and_punctuation() -> None:
    """Words only, in the normal form."""
    assert word_list("<b>Permission</b> is hereby granted, free of charge.") == [
        "permission",
        "is",
        "hereby",
        "granted",
        "free",
        "of",
        "charge",
    ]


def test_dice_similarity_is_one_for_the_text_itself_and_low_for_others() -> None:
    """The license's own text is fully similar to it; an unrelated sentence hardly at all."""
    assert dice_similarity(MIT, "MIT") == 1.0
    assert dice_similarity("The quick brown fox jumps over the lazy dog.", "MIT") < 0.1


def test_compact_words_are_lower_case_words_one_space_apart() -> None:
    """Punctuation and runs of whitespace go; words and digits stay, in lower case."""
    assert compact_words("All  Rights,\nReserved (2026).") == "all rights reserved 2026"
