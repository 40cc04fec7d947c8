# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The normal form of the SPDX Matching Guidelines, and its offsets back into the text."""

from __future__ import annotations

import pytest

from ethlicense.check._normalise import compact_form, compact_mapped, normalise_for_matching
from tests.check.spdx_cases import ADDED, LICENSES


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("case and whitespace", "  Hello\t\tWORLD \n", "hello world"),
        ("paragraph break", "one\n \n\n two\nthree", "one\ntwo three"),
        ("quotes", "\u201cA\u201d \u2018b\u2019 ``c'' \"d\"", "'a' 'b' 'c' 'd'"),
        ("dashes", "a \u2013 b \u2014 c -- d", "a - b - c - d"),
        (
            "copyright spellings",
            "Copyright (C) 2026, \u00a9 2025, Copyright \u00a9 2024",
            "copyright 2026, copyright 2025, copyright 2024",
        ),
        ("comment markers", "// one\n# two\n * three */", "one two three"),
        ("separator lines", "Title\n=====\n\nText", "title\ntext"),
        ("varietal spelling", "the Licence and licensed", "the license and licensed"),
        ("https", "see https://example.org/", "see http://example.org/"),
        ("emphasis is markup, not a comment", "*This* text", "this text"),
        ("bold list labels", "- **(a)** the *Software*, and", "- (a) the software, and"),
        ("code fences", "Grant.\n\n```text\nDISCLAIMER.\n```\n", "grant.\ndisclaimer."),
        ("a lone asterisk stays", "a * b and 2*3", "a * b and 2*3"),
        ("underscore emphasis", "_THE SOFTWARE IS PROVIDED._ and _this_", "the software is provided. and this"),
        ("html entities", "&ldquo;AS IS&rdquo; &mdash; A&nbsp;B", "'as is' - a b"),
        ("inline code", "the `notes.txt` file", "the notes.txt file"),
        ("markdown quotation", "> THE SOFTWARE IS\n> PROVIDED\n>\n> AS IS", "the software is provided\nas is"),
        ("an arrow inside a line stays", "a -> b", "a -> b"),
        ("a blank and snake_case stay", "Copyright (C)_____ by _ for snake_case", "copyright _ by _ for snake_case"),
    ],
)
def test_normalise_for_matching(case: str, text: str, expected: str) -> None:
    """The normal form applies the SPDX guidelines' equivalences."""
    assert normalise_for_matching(text) == expected, case


@pytest.mark.parametrize("license_id", ["MIT", "Apache-2.0", "GPL-3.0-only", "MPL-2.0", "CAL-1.0", "LPPL-1.3c"])
def test_offset_tracking_normalises_exactly_like_the_fast_path(license_id: str) -> None:
    """The normalisation that tracks offsets yields the same compact text as the fast one, with valid offsets."""
    text = f"{ADDED}\r\n\r\n /* {LICENSES[license_id].text} */ \u00a9\u0130"
    compact, starts, ends = compact_mapped(text)
    assert compact == compact_form(normalise_for_matching(text))
    assert len(starts) == len(ends) == len(compact)
    assert all(0 <= start < end <= len(text) for start, end in zip(starts, ends, strict=True))
