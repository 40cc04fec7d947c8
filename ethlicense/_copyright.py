# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""What starts a copyright notice: one word list, and the forms made from it.

A copyright notice begins with one of :data:`NOTICE_WORDS`. Each reader of license text needs the rule in its
own form, and each form is made from that list here, never written out again:

* :data:`RAW_NOTICE`: a paragraph of text as written that begins like a notice (whole words, any case, any
  whitespace between the words);
* :data:`COMPACT_NOTICE_START`: the same in the compact form the template matcher works on (lower case, no
  whitespace, ``(c)`` and ``\u00a9`` read as ``copyright``), as a regular expression to build templates from;
* :data:`BYTES_NOTICE_LINE`: a line of undecoded bytes, lower-cased, that holds any of the words (UTF-8).

>>> bool(RAW_NOTICE.match("  Copyright (c) 2026 Jane Doe"))
True
>>> bool(COMPACT_NOTICE.match("allrightsreserved."))
True
>>> BYTES_NOTICE_LINE.sub(b"", b"(C) 2026 Jane\nMIT License".lower()).strip()
b'mit license'
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BYTES_NOTICE_LINE",
    "COMPACT_NOTICE",
    "COMPACT_NOTICE_START",
    "NOTICE_WORDS",
    "RAW_NOTICE",
    "compact_word",
]

#: The words a copyright notice begins with, in lower case, as written.
NOTICE_WORDS: Final = (
    "copyright",
    "portions copyright",
    "spdx-filecopyrighttext",
    "all rights reserved",
    "(c)",
    "\u00a9",
)

#: The ways of writing "copyright" that the compact form reads as the word itself.
_COPYRIGHT_SIGNS: Final = ("(c)", "\u00a9")


def compact_word(word: str) -> str:
    """Return *word* (one of :data:`NOTICE_WORDS`) in the compact form the template matcher works on.

    >>> [compact_word(word) for word in ("All rights reserved", "(c)")]
    ['allrightsreserved', 'copyright']
    """
    lower = word.lower()
    if lower in _COPYRIGHT_SIGNS:
        return "copyright"
    return "".join(lower.split())


def _raw_alternative(word: str) -> str:
    pattern = r"\s+".join(re.escape(part) for part in word.split())
    return pattern + r"\b" if word[-1].isalnum() else pattern


#: A paragraph of raw text that begins like a copyright notice (after any whitespace).
RAW_NOTICE: Final = re.compile(
    r"\s*(?:" + "|".join(_raw_alternative(word) for word in NOTICE_WORDS) + ")", re.IGNORECASE
)

#: The start of a copyright notice in the compact form, as the source of a regular expression.
COMPACT_NOTICE_START: Final = "|".join(re.escape(word) for word in dict.fromkeys(map(compact_word, NOTICE_WORDS)))
#: :data:`COMPACT_NOTICE_START`, compiled.
COMPACT_NOTICE: Final = re.compile(COMPACT_NOTICE_START)

#: A whole line of lower-cased bytes (UTF-8) that holds any of the notice words. Lower-casing the bytes first
#: (``bytes.lower`` changes ASCII letters only, as ``re.IGNORECASE`` does for bytes) makes it twice as fast.
BYTES_NOTICE_LINE: Final = re.compile(
    rb"^.*(?:" + b"|".join(re.escape(word.encode()) for word in NOTICE_WORDS) + rb").*$", re.MULTILINE
)
