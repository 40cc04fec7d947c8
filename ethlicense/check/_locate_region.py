# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Locate strategy **region**: a license's template matches one contiguous region; text was added around it."""

from __future__ import annotations

import re
from typing import Final

from ethlicense.check._index import SAMPLE_WORDS, base_within
from ethlicense.check._locate_aligned import align_best, preference
from ethlicense.check._located import Located, LocateQuery, Piece

__all__ = ["locate_region"]


#: A region covering less than this share of a text lets a longer candidate be aligned instead, if the text holds
#: at least ``_MIN_OVERRIDE_SCORE`` of that candidate's telling word pairs.
_MIN_OVERRIDE_SCORE: Final = 0.8


_SMALL_REGION: Final = 0.6


#: An alignment replaces a small region only if it leaves less than this share of the region's unexplained text.
_OVERRIDE_GAIN: Final = 0.5


_WORD_CHARACTER: Final = re.compile(r"\w")


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a region's edges that fall inside a line of prose to the line's edges.

    A template may begin with a copyright notice that the search finds in the middle of an added sentence
    (``...the list of copyright holders.``), or end with a variable that matches as little as it can: a region
    then starts or ends mid-sentence. It starts at the next line instead, and ends at the end of its line.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _WORD_CHARACTER.search(text, line_start, start):
        following = text.find("\n", start)
        if 0 <= following < end:
            start = following + 1
            while start < end and text[start].isspace():
                start += 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _WORD_CHARACTER.search(text, end, line_end):
        end = line_end
    return start, end


def locate_region(query: LocateQuery) -> Located | None:
    """Return the license whose template matches a region of *query*'s text, if one does.

    A region covering little of the text gives way to an alignment with a longer license that explains much more
    of it (a license whose template matched only its first part, say).
    """
    text, normal, compact = query.text, query.normal, query.compact
    region = base_within(text, normal, compact)
    if region is None and normal.count(" ") > SAMPLE_WORDS:
        region = base_within(text, normal, compact, exhaustive=True)
    if region is None:
        return None
    start, end = _snap(text, region.start, region.end)
    located = Located(region.license_id, "region", _outside(text, start, end))
    # The region's share of the text, estimated on the raw text (normalising it again would cost as much).
    region_length = round(len(compact) * (end - start) / max(len(text), 1))
    if region_length >= _SMALL_REGION * len(compact):
        return located
    better = align_best(text, normal, longer_than=region_length, min_score=_MIN_OVERRIDE_SCORE)
    if better is None or not better.confirmed or better.missing:
        return located
    if any(piece.replaced is not None for piece in better.pieces):
        return located
    # Only an alignment explaining much more of the text replaces the region (a license whose template
    # matched only its first part, say); shifting a few words between the additions and the license does not.
    return better if -preference(better)[1] < _OVERRIDE_GAIN * -preference(located)[1] else located


def _outside(text: str, start: int, end: int) -> tuple[Piece, ...]:
    """Return the non-blank text before *start* and after *end* as pieces."""
    pieces = []
    if text[:start].strip():
        pieces.append(Piece(0, start, "before"))
    if text[end:].strip():
        pieces.append(Piece(end, len(text), "after"))
    return tuple(pieces)
