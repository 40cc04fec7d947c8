# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What locating a base license gives, and the one signature every locate strategy has."""

from __future__ import annotations

import dataclasses
from typing import Final, Literal, Protocol

__all__ = ["MIN_ALIGN_SCORE", "LocateQuery", "LocateStrategy", "Located", "Method", "Piece", "Position"]


Method = Literal["whole", "region", "aligned"]


Position = Literal["before", "inside", "after"]


#: The least containment score for a license to be aligned with a text at all.
MIN_ALIGN_SCORE: Final = 0.3


@dataclasses.dataclass(frozen=True, slots=True)
class Piece:
    """A part of a text that is not the base license's text.

    Attributes:
        start: Its offset in the text.
        end: The offset just past it.
        position: Whether it comes before the license's text, inside it, or after it.
        replaced: For changed wording, the license's own wording it stands in place of (in the normal form);
            ``None`` for inserted text.
    """

    start: int
    end: int
    position: Position
    replaced: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Located:
    """Where a base license lies in a text.

    Attributes:
        license_id: The SPDX id of the license.
        method: ``"whole"``, ``"region"`` or ``"aligned"`` (see the module's description).
        pieces: The parts of the text that are not the license, in text order.
        missing: Required wording of the license that the text lacks (normal form), for ``aligned`` only.
        confirmed: Whether the text minus the pieces (changed wording put back) matches the license's template.
        coverage: The share of the template's required words found in the text (1 unless aligned).
        missing_at: For each item of *missing*, the offset in the text where that wording would stand.
    """

    license_id: str
    method: Method
    pieces: tuple[Piece, ...] = ()
    missing: tuple[str, ...] = ()
    confirmed: bool = True
    coverage: float = 1.0
    missing_at: tuple[int, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class LocateQuery:
    """A text to locate a license in, in the forms every strategy needs (made once).

    Attributes:
        text: The text as given.
        normal: Its normal form (:func:`ethlicense.check._normalise.normalise_for_matching`).
        compact: The compact form of that (never empty: an empty text is not located at all).
        min_align_score: The least share of a license's telling word pairs a text must hold to be aligned with it.
    """

    text: str
    normal: str
    compact: str
    min_align_score: float = MIN_ALIGN_SCORE


class LocateStrategy(Protocol):
    """One way of locating a base license: where it lies in the text, or ``None`` to let the next way try."""

    def __call__(self, query: LocateQuery, /) -> Located | None: ...  # pragma: no cover - a signature
