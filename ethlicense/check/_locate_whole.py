# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Locate strategy **whole**: the text is one SPDX license (copyright notices allowed).

Found through the shipped index of canonical texts, or by matching the templates of the most similar licenses.
"""

from __future__ import annotations

from typing import Final

from ethlicense._copyright import COMPACT_NOTICE
from ethlicense.check._checker import checker
from ethlicense.check._index import canonical_license, rank_licenses
from ethlicense.check._located import Located, LocateQuery
from ethlicense.check._templates import compact_fullmatch, compiled_license

__all__ = ["locate_whole"]


#: Texts found to be a license whole, by :func:`_notice_free_key`: the next text with the same key (the same
#: license with other copyright lines, as in a tree of dependencies) is tried against that license first.
#: Only the ranking is skipped; the template still has to match, so the result is the same either way. Kept in
#: the checker's cache of this name, bounded.
_WHOLE_SEEN: Final = "whole-seen"
_WHOLE_SEEN_LIMIT: Final = 4096


#: How many leading paragraphs may be copyright notices left out of the key.
_NOTICE_PARAGRAPHS: Final = 4


def _notice_free_key(compact: str) -> str:
    """Return a compact text without the copyright notice paragraphs among its first few paragraphs."""
    paragraphs = compact.split("\n")
    kept = [
        paragraph
        for number, paragraph in enumerate(paragraphs)
        if number >= _NOTICE_PARAGRAPHS or not COMPACT_NOTICE.match(paragraph)
    ]
    return "\n".join(kept)


def locate_whole(query: LocateQuery) -> Located | None:
    """Return the license *query*'s text is whole (copyright notices allowed), if it is one."""
    compact = query.compact
    known = canonical_license(compact)
    if known is not None:
        return Located(known, "whole")
    key = _notice_free_key(compact)
    whole_seen = checker().table(_WHOLE_SEEN)
    seen = whole_seen.get(key)
    if seen is not None and compact_fullmatch(compiled_license(seen), compact):
        return Located(seen, "whole")
    for _, license_id in rank_licenses(query.normal, within=False):
        if compact_fullmatch(compiled_license(license_id), compact):
            if len(whole_seen) >= _WHOLE_SEEN_LIMIT:
                whole_seen.clear()
            whole_seen[key] = license_id
            return Located(license_id, "whole")
    return None
