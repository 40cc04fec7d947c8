# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Readings of the base license's own text: changed only in minor ways, referenced by a notice, or absent."""

from __future__ import annotations

import re
from typing import Final

from ethlicense import _classify
from ethlicense._copyright import RAW_NOTICE
from ethlicense.check import _textparts as parts
from ethlicense.check._blocks import plain_block
from ethlicense.check._checker import checker, remembered
from ethlicense.check._locate import locate_base
from ethlicense.check._located import Located
from ethlicense.check._normalise import normalise_for_matching
from ethlicense.check._result import (
    Finding,
    FindingKind,
    Position,
)
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._state import Region, State, add_addition

_MARKUP: Final = re.compile(r"<[^<>\n]{0,200}>|&[a-z]{2,8};|&#\d{1,6};")


def word_list(text: str) -> list[str]:
    """Return the words of *text* without markup and punctuation, in the normal form of the SPDX guidelines."""
    return re.findall(r"[a-z0-9]+", normalise_for_matching(_MARKUP.sub(" ", text)))


def minor_only(text: str, license_id: str) -> bool:
    """Return whether *text* has the words of the SPDX text of *license_id*, in order, with at most a notice above.

    Such a text differs from the license only in punctuation, markup or spelling (which the normal form
    evens out), so it means the same.
    """
    # List markers are replaceable in the SPDX templates ("1." or "a)" or "-"): the words are compared without them.
    license_words = _spdx_words(license_id)
    words = word_list(_LIST_MARKER.sub("", _without_notice_paragraphs(text)))
    if not license_words or len(words) < len(license_words):
        return False
    joined, wanted = " ".join(words), " ".join(license_words)
    found = joined.find(wanted)
    if found < 0 or joined[found + len(wanted) :].strip():
        return False
    return len(joined[:found].split()) <= _NOTICE_WORDS_LIMIT


def names_base(fragment: str, replaced: str | None, license_id: str) -> bool:
    """Return whether *fragment*, put inside the base (in place of *replaced*), only names the base.

    A heading such as ``--- zlib License (Zlib) ---`` between the paragraphs of a license, or ``(MIT)`` after its
    title: every word is a word of the base's name or identifier (or ``license``), so it binds no one.
    """
    name = load_spdx_licenses().licenses[license_id].name
    own = set(word_list(f"{name} {license_id} license licence the"))
    words = word_list(fragment)
    return bool(words) and set(words) <= own and set(word_list(replaced or "")) <= own


#: The shortest word in which a slip of the pen is read as minor (shorter words change meaning: form, from).
_SLIP_LENGTH: Final = 5
#: Words naming the party that makes a base's disclaimer, which may stand before its verb.
_PARTIES: Final = frozenset(
    {"author", "authors", "contributors", "holder", "holders", "licensor", "licensors", "developers"}
)
#: Words whose change changes the meaning however they are spelt: negations.
_NEGATIONS: Final = frozenset({"not", "no", "nor", "never", "non", "none", "neither", "nothing"})


def spelling_slip(fragment: str, replaced: str | None, license_id: str) -> bool:
    """Return whether *fragment* replaces one word of the base with a misspelling of it, which changes no meaning.

    A slip is two neighbouring letters swapped (``verisons``), one letter doubled or undoubled
    (``comitted``), or an ending of number put on or taken off (``disclaim`` for ``disclaims``), in a word of
    at least five letters with no digits; the new spelling is no word of the base
    itself (which would be a change of words), and a negation or a number is never a slip.
    """
    new, old = word_list(fragment), word_list(replaced or "")
    while len(new) > len(old) and new[0] in _PARTIES:
        new = new[1:]  # the end of a holder filled in for a placeholder ("THE AUTHORS DISCLAIM" for "ISC DISCLAIMS")
    if len(new) != 1 or len(old) != 1:
        return False
    slip, word = new[0], old[0]
    if min(len(slip), len(word)) < _SLIP_LENGTH or not (slip.isalpha() and word.isalpha()) or slip == word:
        return False
    if word in _NEGATIONS or slip in _NEGATIONS:
        return False
    if slip in set(word_list(load_spdx_licenses().licenses[license_id].text)):
        return False
    return _swapped(slip, word) or _doubled(slip, word) or _doubled(word, slip) or _agrees(slip, word)


def _agrees(one: str, other: str) -> bool:
    """Return whether *one* and *other* are the same word but for an ending of number (``disclaim``, ``disclaims``).

    The verb agrees with a subject filled in for a placeholder (``THE AUTHORS DISCLAIM`` for ``ISC DISCLAIMS``).
    """
    shorter, longer = sorted((one, other), key=len)
    return longer in {f"{shorter}s", f"{shorter}es"}


def _swapped(one: str, other: str) -> bool:
    """Return whether *one* is *other* with two neighbouring letters swapped."""
    if len(one) != len(other):
        return False
    differ = [index for index, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    if len(differ) != len("ab"):  # exactly two letters differ
        return False
    first, second = differ
    return second == first + 1 and one[first] == other[second] and one[second] == other[first]


def _doubled(longer: str, shorter: str) -> bool:
    """Return whether *longer* is *shorter* with one of its letters doubled."""
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        longer[index] == longer[index - 1] and longer[:index] + longer[index + 1 :] == shorter
        for index in range(1, len(longer))
    )


#: Words allowed above a license's text (a title and copyright lines) for it to differ only in minor ways.
_NOTICE_WORDS_LIMIT: Final = 60


#: A list item's marker at the start of a line: ``1.``, ``(a)``, ``b)``, ``iv.``, ``-``, ``*``.
_LIST_MARKER: Final = re.compile(
    r"^[ \t>]*(?:\(?(?!(?:no|not|nor)\b)[a-z0-9]{1,4}[.)]|[-*\u2022])[ \t]+", re.MULTILINE | re.IGNORECASE
)

#: Markup that may open a paragraph before its words: emphasis, a heading or quotation mark, a list bullet.
_LEADING_MARKUP: Final = "*_#> \t"


def _without_notice_paragraphs(text: str) -> str:
    """Return *text* without the paragraphs that begin like a copyright notice (the template's placeholders)."""
    kept = [
        paragraph
        for paragraph in RAW_PARAGRAPH_BREAK.split(text)
        if not _classify.starts_like_notice(paragraph.strip().lstrip(_LEADING_MARKUP))
    ]
    return "\n\n".join(kept)


def compact_words(text: str) -> str:
    """Return *text* as lower-case words and digits only, one space apart, for a test of containment."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


#: The license of each text found whole, by the text with its leading copyright paragraphs left out, as raw text.
#: The next text that differs from it only in those paragraphs (the same license with other copyright lines,
#: as in a tree of dependencies) is the same license whole, and skips normalising and matching. Kept in the
#: checker's cache of this name, bounded.
_WHOLE_BY_RAW_TEXT: Final = "whole-by-raw-text"
_WHOLE_BY_RAW_TEXT_LIMIT: Final = 4096


RAW_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n")


#: Comment markers at the start of a line, which the normal form drops only there (with ``*`` and ``#`` at the end
#: of a line): a text holding none normalises the same however its lines are wrapped.
_LINE_START_MARKER: Final = re.compile(r"^[^\S\n]*(?:/[/*]|\*|#|;|%|--)", re.MULTILINE)


def _has_line_markers(text: str) -> bool:
    """Return whether *text* has comment markers where lines start or end (checked cheaply first)."""
    if not any(character in text for character in "*#;%/-"):
        return False
    if _LINE_START_MARKER.search(text) is not None:
        return True
    return ("*" in text or "#" in text) and any(line.rstrip().endswith(("*", "#", "*/")) for line in text.splitlines())


def _raw_key(text: str) -> str:
    """Return *text* without its leading copyright paragraphs, with line wrapping undone when that is immaterial."""
    paragraphs = RAW_PARAGRAPH_BREAK.split(text.strip())
    first = 0
    while first < len(paragraphs) - 1 and RAW_NOTICE.match(paragraphs[first]):
        first += 1
    kept = paragraphs[first:]
    if not _has_line_markers(text):
        kept = [" ".join(paragraph.split()) for paragraph in kept]
        return "\n\n".join(kept)
    return "\x00" + "\n\n".join(kept)


def locate_cached(text: str) -> Located | None:
    """Locate the base license of *text*, reusing what an earlier text that differs only in copyright lines gave."""
    key = _raw_key(text)
    whole_by_raw_text = checker().table(_WHOLE_BY_RAW_TEXT)
    known = whole_by_raw_text.get(key)
    if known is not None:
        return Located(known, "whole")
    located = locate_base(text)
    if located is not None and located.method == "whole":
        if len(whole_by_raw_text) >= _WHOLE_BY_RAW_TEXT_LIMIT:
            whole_by_raw_text.clear()
        whole_by_raw_text[key] = located.license_id
    return located


def base_findings(state: State, base: Region, located: Located) -> None:
    license_id = base.license.license_id
    if located.method == "aligned" and not located.confirmed:
        state.findings.append(
            Finding(
                kind=FindingKind.MODIFIED_BASE,
                message=(
                    f"the text differs from {license_id} in ways the SPDX Matching Guidelines treat as material, "
                    "beyond the additions listed"
                ),
            )
        )
    if located.missing:
        state.findings.append(
            Finding(
                kind=FindingKind.MODIFIED_BASE,
                message=f"wording of {license_id} is missing: " + "; ".join(repr(item) for item in located.missing),
            )
        )


def absorbed_passages(state: State, base: Region) -> None:
    """Read the words inside the base that its SPDX text lacks and no addition holds; add those that bind.

    A template's variables match more than their placeholders: a list item's marker matches any twenty
    characters (``.{0,20}``), so ``You may not sell it.`` put before an item of NCSA's list matches the
    template, and SPDX's reference matcher accepts the text as NCSA too. The words of the base region are
    compared with the SPDX text's (list markers and notice paragraphs aside); a run of words the SPDX text
    lacks, outside the additions already found, is read by the rules, and reported when it binds.
    """
    region = state.text[base.start : base.end]
    for words, classification in _binding_runs(base.license.license_id, _without_notice_paragraphs(region)):
        found = re.search(r"\W+".join(re.escape(word) for word in words), region, re.IGNORECASE)
        if found is None:
            continue
        start, end = _line_of(state.text, base.start + found.start(), base.start + found.end())
        if not any(item.start < end and start < item.end for item in state.additions):
            add_addition(state, start, end, Position.INSIDE, classification)


@remembered("binding-runs", limit=1024)
def _binding_runs(license_id: str, terms: str) -> tuple[tuple[tuple[str, ...], _classify.Classification], ...]:
    """Return the runs of words of *terms* that the SPDX text of *license_id* lacks and that bind, with their reading.

    The same license terms recur across the files of a tree (only the copyright lines differ), so a reading is
    kept per text (counting its words, the first test, costs as much as the rest of a reading that finds nothing).
    """
    if len(_TOKEN.findall(terms)) < len(_spdx_words(license_id)) + _ABSORBED_WORDS:
        return ()  # too few words for a passage to hide in (markup and list markers only add tokens)
    ours = word_list(_LIST_MARKER.sub("", terms))
    runs = []
    for first, last in _inserted(_spdx_words(license_id), ours):
        run = tuple(ours[first:last])
        if len(run) >= _ABSORBED_WORDS:
            classification = _classify.classify_paragraph(" ".join(run))
            if classification.binding:
                runs.append((run, classification))
    return tuple(runs)


#: How many words ahead the comparison looks for the SPDX text's next words (a passage put in is at most this long).
_REACH: Final = 400
#: How many words in a row mark where the two texts agree again.
_ANCHOR: Final = 4


def _inserted(theirs: list[str], ours: list[str]) -> list[tuple[int, int]]:
    """Return the runs of *ours* (as word index ranges) that *theirs* lacks, walking both texts once.

    Where they part, the next few words of *theirs* are looked for ahead in *ours* (words put in), or the next
    few of *ours* ahead in *theirs* (words left out); failing both, one word of each differs. Linear in the
    length of the texts, for texts that differ in a few places.
    """
    extra: list[int] = []
    i = j = 0
    while i < len(theirs) and j < len(ours):
        if theirs[i] == ours[j]:
            i, j = i + 1, j + 1
            continue
        resumed = _find(ours, theirs[i : i + _ANCHOR], j)
        if resumed is not None:
            extra.extend(range(j, resumed))
            j = resumed
            continue
        skipped = _find(theirs, ours[j : j + _ANCHOR], i)
        if skipped is not None:
            i = skipped
            continue
        extra.append(j)
        i, j = i + 1, j + 1
    extra.extend(range(j, len(ours)))
    runs: list[tuple[int, int]] = []
    for index in extra:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _find(words: list[str], anchor: list[str], start: int) -> int | None:
    """Return where *anchor* next occurs in *words* from *start*, within ``_REACH`` words, if it does."""
    if not anchor:
        return None
    for index in range(start, min(len(words) - len(anchor) + 1, start + _REACH)):
        if words[index] == anchor[0] and words[index : index + len(anchor)] == anchor:
            return index
    return None


#: A word or number as ``word_list`` reads it, before normalisation.
_TOKEN: Final = re.compile(r"[A-Za-z0-9]+")

#: The fewest words read as a passage a template's variable absorbed (one word is a filled-in name or a slip).
_ABSORBED_WORDS: Final = 3


@remembered("spdx-words", limit=64)
def _spdx_words(license_id: str) -> list[str]:
    """Return the words of the SPDX text of *license_id*, without list markers and notice paragraphs."""
    return word_list(_LIST_MARKER.sub("", _without_notice_paragraphs(load_spdx_licenses().licenses[license_id].text)))


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the whole lines holding ``text[start:end]``, without their edge whitespace."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    while line_start < line_end and text[line_start].isspace():
        line_start += 1
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    return line_start, line_end


_URL_ONLY: Final = re.compile(r"\s*<?https?://\S+>?\s*")


def reference_region(state: State, reference: tuple[str, int, int]) -> Region:
    """Take the paragraphs of a standard license notice as the base; classify the rest of the text."""
    license_id, match_start, match_end = reference
    text = state.text
    paragraphs = parts.paragraphs(text, 0, len(text))
    first = next(index for index, paragraph in enumerate(paragraphs) if paragraph.end > match_start)
    last = next(index for index, paragraph in enumerate(paragraphs) if paragraph.end >= match_end)
    while last + 1 < len(paragraphs) and (
        _URL_ONLY.fullmatch(paragraphs[last + 1].text) is not None
        or _classify.classify_paragraph(paragraphs[last + 1].text).kind
        in {_classify.LICENSE_NOTICE, _classify.DISCLAIMER, _classify.STRUCTURE}
    ):
        last += 1
    region = Region(load_spdx_licenses().licenses[license_id], paragraphs[first].start, paragraphs[last].end)
    state.base_name = region.license.name
    state.findings.append(
        Finding(
            kind=FindingKind.LICENSE_REFERENCE,
            message=(
                f"the text applies {license_id} by its standard notice; the license's own text is not in it, so "
                f"the verdict assumes the unmodified {license_id}"
            ),
        )
    )
    if paragraphs[first].start > 0:
        plain_block(state, paragraphs[:first], Position.BEFORE, binding_context=False)
    if last + 1 < len(paragraphs):
        plain_block(state, paragraphs[last + 1 :], Position.AFTER, binding_context=False)
    return region


def dice_similarity(text: str, license_id: str) -> float:
    """Return the Dice coefficient of the word sets of *text* and of the SPDX text of *license_id* (0 to 1).

    As licensee computes it: twice the words in common over the words of both, each text without its copyright
    notices, in the normal form of the SPDX guidelines.
    """
    words = set(word_list(_without_notice_paragraphs(text)))
    license_words = set(word_list(_without_notice_paragraphs(load_spdx_licenses().licenses[license_id].text)))
    if not words or not license_words:
        return 0.0
    return round(2 * len(words & license_words) / (len(words) + len(license_words)), 3)


def no_base_finding(located: Located | None, guess: str | None, similarity: float | None) -> Finding:
    if located is not None:
        return Finding(
            kind=FindingKind.MODIFIED_BASE,
            message=(
                f"the text resembles {located.license_id} ({located.coverage:.0%} of its wording is there; Dice "
                f"similarity {similarity or 0:.2f}) but differs from it in ways the SPDX Matching Guidelines treat "
                f"as material: {located.license_id} is a best guess, not a match, and the verdict comes from what "
                "the text says"
            ),
        )
    closest = f"; the closest is {guess} (Dice similarity {similarity or 0:.2f}), a guess" if guess else ""
    return Finding(
        kind=FindingKind.NO_BASE, message=f"no license on the SPDX License List was found in the text{closest}"
    )
