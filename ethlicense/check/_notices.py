# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Copyright notice paragraphs, which the matcher accepts unread: what follows a notice in its paragraph."""

from __future__ import annotations

import re
from typing import Final

from ethlicense import _classify
from ethlicense._copyright import NOTICE_WORDS
from ethlicense.check import _textparts as parts
from ethlicense.check._base_text import RAW_PARAGRAPH_BREAK
from ethlicense.check._checker import remembered
from ethlicense.check._normalise import normalise_for_matching
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._state import Region, State, add_addition, position_of


@remembered("own-compact", limit=256)
def own_compact(license_id: str) -> str:
    """Return the SPDX text of *license_id* in the compact normal form (made once per license)."""
    return "".join(normalise_for_matching(load_spdx_licenses().licenses[license_id].text).split())


def _at_paragraph_start(text: str, position: int) -> bool:
    """Return whether *position* starts a paragraph (after a blank line, or at the start of the text)."""
    before = position - 1
    while before >= 0 and text[before] in _BLANKS:
        before -= 1
    if before < 0:
        return True
    if text[before] != "\n":
        return False
    before -= 1
    while before >= 0 and text[before] in _BLANKS:
        before -= 1
    return before < 0 or text[before] == "\n"


_BLANKS: Final = frozenset(" \t\r\f\v")


def _notice_paragraph_starts(text: str) -> list[int]:
    """Return the offsets of the paragraphs of *text* that begin like a copyright notice, in order."""
    lower = text.lower()
    starts: set[int] = set()
    for word in NOTICE_WORDS:
        position = lower.find(word)
        while position >= 0:
            if _at_paragraph_start(text, position):
                starts.add(position)
            position = lower.find(word, position + len(word))
    return sorted(starts)


_NOTICE_SENTENCE_END: Final = re.compile(r"(?<=[.;!?])\s+(?=[A-Z\"'(])")


def inside_notices(state: State, base: Region) -> None:
    """Classify what follows a copyright notice in its own paragraph, which the license's match accepts unread.

    The SPDX Matching Guidelines let a copyright notice stand above a license or in its copyright line, and the
    matcher takes a whole paragraph that begins like a notice for one. Words after the notice in that paragraph
    (``Copyright 2026 Jane Doe. The Software may not be used for weapons.``) would otherwise go unseen.
    """
    covered = [(addition.start, addition.end) for addition in state.additions]
    text = state.text
    for start in _notice_paragraph_starts(text):
        following = RAW_PARAGRAPH_BREAK.search(text, start)
        end = following.start() if following is not None else len(text.rstrip())
        paragraph = parts.Paragraph(start, end, text[start:end].strip())
        if any(first <= paragraph.start and paragraph.end <= last for first, last in covered):
            continue
        if "".join(normalise_for_matching(paragraph.text).split()) in own_compact(base.license.license_id):
            continue  # a paragraph of the license's own text that begins with a notice
        extra = _after_notices(text, paragraph)
        if extra is None:
            continue
        classification = _classify.classify_paragraph(text[extra[0] : extra[1]])
        if classification.binding:
            add_addition(state, extra[0], extra[1], position_of(extra[0], extra[1], base), classification)


def _after_notices(text: str, paragraph: parts.Paragraph) -> tuple[int, int] | None:
    """Return the span of a notice paragraph's text that is not a copyright notice, if there is any."""
    first: int | None = None
    position = paragraph.start
    for line in text[paragraph.start : paragraph.end].split("\n"):
        line_end = position + len(line)
        if first is None:
            if _classify.starts_like_notice(line):
                # The notice's own sentence ends the line's notice; a further sentence on the line is not one.
                following = _NOTICE_SENTENCE_END.search(line)
                if following is not None and not _classify.starts_like_notice(line[following.end() :]):
                    first = position + following.end()
            elif line.strip():
                first = position + len(line) - len(line.lstrip())
        position = line_end + 1
    if first is None:
        return None
    return first, paragraph.end
