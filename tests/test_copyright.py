# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The one home of the copyright-notice rule: every form agrees with the word list and with the normal form."""

from __future__ import annotations

import re

import pytest

from ethlicense._copyright import (
    BYTES_NOTICE_LINE,
    COMPACT_NOTICE,
    COMPACT_NOTICE_START,
    NOTICE_WORDS,
    RAW_NOTICE,
    compact_word,
)
from ethlicense.check._normalise import normalise_for_matching

NOTICES = [
    "Copyright (c) 2026 Jane Doe",
    "COPYRIGHT 2026 Jane Doe",
    "(C) 2026 Jane Doe",
    "\u00a9 2026 Jane Doe",
    "All rights reserved.",
    "All  Rights\nReserved by Jane Doe",
    "Portions copyright 2026 Jane Doe",
    "SPDX-File" + "CopyrightText: 2026 Jane Doe",
]
NOT_NOTICES = [
    "Permission is hereby granted, free of charge",
    "Copyrighted material is excluded.",
    "The copyright holders may not be liable.",
    "THE SOFTWARE IS PROVIDED AS IS",
    "Portions of this file are by Jane Doe",
]


@pytest.mark.parametrize("text", NOTICES)
def test_every_form_reads_a_notice(text: str) -> None:
    """A notice is one in raw text and in the normal form the matcher uses; as bytes, when on one line."""
    assert RAW_NOTICE.match(text)
    assert COMPACT_NOTICE.match("".join(normalise_for_matching(text).split()))
    one_line = "\n" not in text and "  " not in text
    assert (BYTES_NOTICE_LINE.search(text.encode().lower()) is not None) is one_line


@pytest.mark.parametrize("text", NOT_NOTICES)
def test_other_paragraphs_are_not_notices_in_raw_or_compact_form(text: str) -> None:
    """License prose, and a word that only begins like "copyright", do not start a notice."""
    assert RAW_NOTICE.match(text) is None
    compact = "".join(normalise_for_matching(text).split())
    assert COMPACT_NOTICE.match(compact) is None or text.startswith("Copyrighted")


def test_raw_form_is_never_looser_than_the_compact_form() -> None:
    """What the raw rule takes for a notice, the matcher's compact rule does too (the raw-text cache relies on it)."""
    for text in [*NOTICES, *NOT_NOTICES, "  copyright", "(c)", "all rights reserved"]:
        if RAW_NOTICE.match(text):
            assert COMPACT_NOTICE.match("".join(normalise_for_matching(text).split())), text


def test_compact_words_are_what_normalisation_makes_of_the_words() -> None:
    """The compact form of each word is what the matcher's normalisation turns it into, without whitespace."""
    for word in NOTICE_WORDS:
        assert compact_word(word) == "".join(normalise_for_matching(word).split()).rstrip(".")


def test_the_compact_pattern_lists_each_word_once() -> None:
    """``(c)`` and the sign read as ``copyright``: the compact alternation has one entry per distinct word."""
    alternatives = COMPACT_NOTICE_START.split("|")
    assert len(alternatives) == len(set(alternatives)) == len(set(map(compact_word, NOTICE_WORDS)))
    assert re.fullmatch(COMPACT_NOTICE_START, "copyright")


def test_bytes_form_drops_whole_lines() -> None:
    """The bytes form takes out every line holding a notice word, and nothing else."""
    data = "MIT License\n\nCopyright (c) 2026 Jane\n\u00a9 Joe\nPermission is granted.\n".encode()
    assert BYTES_NOTICE_LINE.sub(b"", data.lower()) == b"mit license\n\n\n\npermission is granted.\n"
