# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""When two names look the same to a reader: the test behind "a restricted license keeps its own name".

A name passes for another when, after Unicode compatibility normalisation (NFKC: the fullwidth letters
U+FF2D U+FF29 U+FF34 are ``MIT``), case folding and with a leading "The" dropped, each character is a
look-alike of the other's: Cyrillic U+041C for Latin ``M``, ``l`` or ``1`` for ``I``. Look-alikes come
from Unicode's confusables data (Unicode Technical Standard #39,
https://www.unicode.org/reports/tr39/#Confusable_Detection) as packaged by the maintained
``confusable-homoglyphs`` library, read only when a name is checked.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["lookalike_key"]

#: Directional marks that the confusables data wraps around right-to-left characters.
_MARKS = "\u200e\u200f"


@functools.cache
def _representatives() -> dict[str, str]:
    """Map every character that has look-alikes to one member of its group (the lowest code point).

    Groups join the pairs of the confusables data and each character's upper and lower case, transitively.
    """
    # The library has no type hints; its data is a dict of character -> list of {"c": look-alike, "n": name}.
    from confusable_homoglyphs.confusables import confusables_data  # type: ignore[import-untyped]  # noqa: PLC0415

    parent: dict[str, str] = {}

    def find(character: str) -> str:
        root = parent.setdefault(character, character)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def join(first: str, second: str) -> None:
        if len(first) == 1 and len(second) == 1:
            parent[find(first)] = find(second)

    for character, glyphs in confusables_data.items():
        for glyph in glyphs:
            join(character.strip(_MARKS), str(glyph["c"]).strip(_MARKS))
    for character in list(parent):
        for variant in (character.casefold(), character.lower(), character.upper()):
            join(character, variant)
    groups: dict[str, list[str]] = {}
    for character in parent:
        groups.setdefault(find(character), []).append(character)
    return {character: min(members) for members in groups.values() for character in members}


def _word_key(word: str) -> str:
    representatives = _representatives()
    return "".join(representatives.get(character, character) for character in word.casefold())


def lookalike_key(name: str) -> str:
    r"""Return a key that two names share when a reader could take one for the other.

    >>> lookalike_key("The \uff2d\uff29\uff34 License") == lookalike_key("mit license")
    True
    >>> lookalike_key("\u041cIT License") == lookalike_key("MlT License") == lookalike_key("MIT License")
    True
    >>> lookalike_key("MIT License") == lookalike_key("MIT Licence")
    False
    """
    words = unicodedata.normalize("NFKC", name).split()
    if len(words) > 1 and _word_key(words[0]) == _word_key("the"):
        words = words[1:]
    return " ".join(_word_key(word) for word in words)
