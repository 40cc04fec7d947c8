# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Readings of the base's own text: minor differences, similarity, the whole-text cache key."""

from __future__ import annotations

import pytest

import ethlicense
from ethlicense.check import Verdict, check_text
from ethlicense.check._base_text import (
    compact_words,
    dice_similarity,
    minor_only,
    names_base,
    spelling_slip,
    word_list,
)
from ethlicense.check._spdx_data import load_spdx_licenses

MIT = load_spdx_licenses().licenses["MIT"].text


def test_markup_and_punctuation_are_minor_differences() -> None:
    """The license's words in order, with markup, without commas and with a title above, differ only in minor ways."""
    assert minor_only("<h1>The MIT License</h1>\n\n" + MIT.replace(",", ""), "MIT")
    assert not minor_only(MIT.replace("without restriction", "with restrictions"), "MIT")


def test_list_markers_and_a_bold_notice_are_minor_differences() -> None:
    """Lettered list markers in place of numbers, a notice in bold and a quoted paragraph mean the same."""
    bsd = load_spdx_licenses().licenses["BSD-2-Clause"].text
    lettered = bsd.replace("1. Redistributions", "a) Redistributions")
    lettered = lettered.replace("2. Redistributions", "b) Redistributions")
    assert minor_only(lettered, "BSD-2-Clause")
    assert not minor_only(lettered.replace("a) Redistributions", "a) No redistributions"), "BSD-2-Clause")
    markdown = MIT.replace("Copyright (c) <year> <copyright holders>", "**Copyright (c) 2021 A. Person**")
    assert minor_only(markdown.replace("The above copyright", "> The above copyright"), "MIT")


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


@pytest.mark.parametrize(
    ("fragment", "replaced", "slip"),
    [
        ("substnatial", "substantial", True),  # two neighbouring letters swapped
        ("furnnished", "furnished", True),  # a letter doubled
        ("appears", "appear", True),  # an ending of number
        ("furnishes", "furnish", True),
        ("furnishing", "furnish", False),  # another ending: another word
        ("merchantibility", "merchantability", False),  # a letter changed: not a slip this rule reads
        ("nto", "not", False),  # a negation is never a slip
        ("form", "from", False),  # too short: short words change meaning
        ("copies of", "copies", False),  # more than one word
        ("2062", "2026", False),  # a number
        ("AUTHORS DISCLAIM", "disclaims", True),  # the holder filled in before the verb, which agrees with it
        ("USERS DISCLAIM", "disclaims", False),  # a party the base does not name
    ],
)
def test_a_spelling_slip_is_one_word_swapped_or_doubled(fragment: str, replaced: str, slip: bool) -> None:
    """One word of the base misspelt by a swap or a doubled letter is a slip; other changes are not."""
    assert spelling_slip(fragment, replaced, "MIT") is slip


def test_a_heading_that_names_the_base_only_names_it() -> None:
    """A heading of the base's name and identifier names the base; one with other words does not."""
    assert names_base("=== MIT License (MIT) ===", None, "MIT")
    assert names_base("(MIT)", "", "MIT")
    assert not names_base("MIT License, for civilians", None, "MIT")
    assert not names_base("---", None, "MIT")


def _mit() -> str:
    return ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        ("substantial", "substnatial", Verdict.OPEN_SOURCE),  # a slip: the same license
        ("copies", "coppies", Verdict.OPEN_SOURCE),  # a letter doubled
        ("substantial", "essential", Verdict.NOT_OPEN_SOURCE),  # another word: a change
        ("shall be included", "shall not be included", Verdict.NOT_OPEN_SOURCE),  # a negation put in
    ],
)
def test_check_reads_a_slip_as_minor_and_a_changed_word_as_a_change(old: str, new: str, verdict: Verdict) -> None:
    """Check keeps a misspelt word of the base open source, and a changed or negated one not."""
    text = _mit()
    assert old in text
    assert check_text(text.replace(old, new, 1)).verdict is verdict


def test_check_reads_a_heading_of_the_base_inside_it_as_harmless() -> None:
    """A line naming the base between its paragraphs leaves the license open source."""
    text = _mit()
    first = text.index("\n\nThe above")
    assert check_text(text[:first] + "\n\n~~ MIT License (MIT) ~~" + text[first:]).verdict is Verdict.OPEN_SOURCE


@pytest.mark.parametrize("base", ["NCSA", "BSD-3-Clause", "MIT"])
def test_a_short_restriction_a_variable_absorbs_is_still_read(base: str) -> None:
    """Twenty characters before a list item fit SPDX's bullet variable; they are read, and they bind."""
    text = load_spdx_licenses().licenses[base].text
    first, rest = text.split("\n\n", 1)
    result = check_text(f"{first}\n\nYou may not sell it.\n\n{rest}")
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert [addition.text for addition in result.additions if addition.kind.value == "restriction"] == [
        "You may not sell it."
    ]
    assert check_text(text).verdict is Verdict.OPEN_SOURCE
