# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Locate the base license inside a text, and the pieces of the text that are not that license.

Three ways, tried in order, each built on :mod:`ethlicense.check._templates` and :mod:`ethlicense.check._index`:

1. **whole**: the text is one SPDX license (copyright notices allowed), found through the shipped index of
   canonical texts or by matching the templates of the most similar licenses;
2. **region**: a license's template matches one contiguous region, and text was added before or after it;
3. **aligned**: the text is compared word by word with the best candidate's template (variables and optional
   parts marked), which isolates text inserted *inside* the license and wording that was changed; the result is
   *confirmed* when the text, with the insertions taken out and the changed wording put back, matches the
   template under the SPDX Matching Guidelines.
"""

from __future__ import annotations

from typing import Final

from ethlicense.check._index import rank_licenses
from ethlicense.check._locate_aligned import locate_aligned
from ethlicense.check._locate_region import locate_region
from ethlicense.check._locate_whole import locate_whole
from ethlicense.check._located import MIN_ALIGN_SCORE, Located, LocateQuery, LocateStrategy
from ethlicense.check._normalise import compact_form, normalise_for_matching
from ethlicense.check._textparts import without_tags

__all__ = ["STRATEGIES", "closest_license", "locate_base"]

#: The strategies, in the order they are tried; the first to locate a license wins. A new strategy is a module
#: with one :class:`~ethlicense.check._located.LocateStrategy` function, and an entry here.
STRATEGIES: Final[tuple[LocateStrategy, ...]] = (locate_whole, locate_region, locate_aligned)


def locate_base(text: str, *, min_align_score: float = MIN_ALIGN_SCORE) -> Located | None:
    """Return where an SPDX license lies in *text*, or ``None`` when none can be found.

    A text that is a license whole is reported so even when it also contains another (shorter) license; a text
    with added or changed wording is aligned with its most likely licenses, those holding at least
    *min_align_score* of the license's telling word pairs (0.3 by default; raise it to align only near copies).
    """
    # A tag between two words of a license would be read as text inserted inside it, and a license that differs
    # from the canonical one could then explain the text with fewer insertions than the canonical one itself.
    text = without_tags(text)
    normal = normalise_for_matching(text)
    query = LocateQuery(text, normal, compact_form(normal), min_align_score)
    if not query.compact:
        return None
    for strategy in STRATEGIES:
        located = strategy(query)
        if located is not None:
            return located
    return None


def closest_license(text: str) -> tuple[str, float] | None:
    """Return the SPDX license most similar to *text* and the similarity (0 to 1), if any is similar at all."""
    ranked = rank_licenses(normalise_for_matching(text), within=False)
    if not ranked:
        return None
    score, license_id = ranked[0]
    return license_id, score
