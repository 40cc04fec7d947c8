# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Translating the Java patterns of SPDX template variables into patterns over the compact form."""

from __future__ import annotations

import re

import pytest

from ethlicense.check._template_regex import GAP, UntranslatableError, literal_pattern, translate_variable


def test_literal_pattern_lets_a_paragraph_break_fall_between_words() -> None:
    """Words of a literal are joined by a possible paragraph break, and special characters are escaped."""
    pattern = re.compile(literal_pattern("the (c) holders."))
    assert pattern.fullmatch("the(c)holders.")
    assert pattern.fullmatch("the\n(c)\nholders.")
    assert pattern.fullmatch("theXcXholders.") is None
    assert GAP in literal_pattern("two words")


def test_unbounded_dots_are_bounded_and_stay_in_a_paragraph() -> None:
    """``.+`` reaches at most *limit* characters, and never across a paragraph break."""
    pattern = re.compile(translate_variable(".+", multiline=False, limit=5))
    assert pattern.fullmatch("abcde")
    assert pattern.fullmatch("abcdef") is None
    assert pattern.fullmatch("ab\ncd") is None


def test_the_copyright_sign_is_written_as_the_normal_form_writes_it() -> None:
    r"""A pattern's ``\(c\)`` matches ``copyright``, as the normal form spells the sign."""
    assert re.fullmatch(translate_variable(r"\(c\) \d{4}", multiline=False), "copyright2026")


def test_an_untranslatable_feature_is_refused() -> None:
    """A Java feature without a translation raises, so that the template falls back to the variable's original."""
    with pytest.raises(UntranslatableError):
        translate_variable(r"[a[b]]", multiline=False)
