# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Locate strategy **aligned**: the text compared word by word with the best candidates' templates.

Variables and optional parts of the template are marked, which isolates text inserted *inside* the license and
wording that was changed; the result is *confirmed* when the text, with the insertions taken out and the changed
wording put back, matches the template under the SPDX Matching Guidelines.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
from collections.abc import Iterator, Sequence
from typing import Final, Literal

from ethlicense.check._checker import remembered
from ethlicense.check._index import SAMPLE_WORDS, rank_licenses, spdx_index
from ethlicense.check._located import MIN_ALIGN_SCORE, Located, LocateQuery, Method, Piece, Position
from ethlicense.check._normalise import (
    BEGIN,
    END,
    FIRST_VARIABLE,
    TEMPLATE_STEPS,
    normal_mapped,
    normalise_for_matching,
    run_steps,
)
from ethlicense.check._spdx_data import spdx_license
from ethlicense.check._templates import CompiledTemplate, compact_fullmatch, compiled_license, mark_template

__all__ = ["align_best", "locate_aligned", "preference"]


#: Containment scores are compared in steps of 1/20, so that of licenses about equally contained, the longest wins.
_SCORE_BUCKETS: Final = 20


#: How many candidates are aligned at most.
_ALIGN_CANDIDATES: Final = 4


#: The least share of a template's required words a text must hold for an alignment to count.
_MIN_COVERAGE: Final = 0.6


#: How many variants of an alignment are verified against the template at most.
_MAX_VERIFICATIONS: Final = 16


_REQUIRED: Final = 0


_OPTIONAL: Final = 1


_VARIABLE: Final = 2


#: A word of the normal form: a run of letters and digits, or one other character (punctuation, markup).
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")


@dataclasses.dataclass(frozen=True, slots=True)
class _Tokens:
    """The words of a template in the normal form.

    Attributes:
        words: The words; a variable is the words of its original text (or, when that is empty, one private-use
            character that no text word can equal).
        kinds: For each word, ``_REQUIRED``, ``_OPTIONAL`` (inside an optional part) or ``_VARIABLE``.
        fills: For each word of a variable, what to put back for it to verify a reading (empty for other words).
        breaks: Whether a paragraph break comes before each word.
    """

    words: tuple[str, ...]
    kinds: tuple[int, ...]
    fills: tuple[str, ...]
    breaks: tuple[bool, ...]

    @property
    def required(self) -> int:
        """How many required words the template has."""
        return self.kinds.count(_REQUIRED)


@remembered("template-tokens", limit=256)
def _template_tokens(license_id: str) -> _Tokens:
    """Return the words of the template of *license_id*."""
    marked, variables = mark_template(spdx_license(license_id).template)
    normal = run_steps(marked, TEMPLATE_STEPS)
    words: list[str] = []
    kinds: list[int] = []
    fills: list[str] = []
    breaks: list[bool] = []
    depth = 0
    last = 0
    pending = False
    for found in _TOKEN.finditer(normal):
        token = found.group()
        pending = pending or "\n" in normal[last : found.start()]
        last = found.end()
        if token == BEGIN:
            depth += 1
        elif token == END:
            depth = max(depth - 1, 0)
        elif FIRST_VARIABLE <= ord(token[0]) < FIRST_VARIABLE + len(variables):
            # A variable stands as the words of its original text, so that a text using that wording aligns
            # word for word; a variable with no original text leaves a placeholder no text word can equal.
            original = _TOKEN.findall(normalise_for_matching(variables[ord(token) - FIRST_VARIABLE].original))
            for word in original or [token]:
                words.append(word)
                kinds.append(_VARIABLE)
                fills.append(word if original else "")
                breaks.append(pending)
                pending = False
        else:
            words.append(token)
            kinds.append(_OPTIONAL if depth else _REQUIRED)
            fills.append("")
            breaks.append(pending)
            pending = False
    return _Tokens(tuple(words), tuple(kinds), tuple(fills), tuple(breaks))


@dataclasses.dataclass(frozen=True, slots=True)
class _TextWords:
    """The words of a text in the normal form, with where each lies in the text.

    Attributes:
        words: The words.
        starts: The offset in the text where each word starts.
        ends: The offset just past each word.
        breaks: Whether a paragraph break comes before each word.
    """

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    breaks: tuple[bool, ...]


def _text_words(text: str) -> _TextWords:
    """Return the words of *text* in the normal form, with their offsets in *text*."""
    normal, starts, ends = normal_mapped(text)
    words: list[str] = []
    word_starts: list[int] = []
    word_ends: list[int] = []
    breaks: list[bool] = []
    last = 0
    for found in _TOKEN.finditer(normal):
        words.append(found.group())
        word_starts.append(starts[found.start()])
        word_ends.append(ends[found.end() - 1])
        breaks.append("\n" in normal[last : found.start()])
        last = found.end()
    return _TextWords(tuple(words), tuple(word_starts), tuple(word_ends), tuple(breaks))


#: What becomes of the text words of one differing stretch: kept as the license's text (a variable's value),
#: taken out as an addition, or taken out as changed wording (the license's wording is put back to verify).
_Choice = Literal["keep", "add", "change", "same", "first", "last"]


@dataclasses.dataclass(slots=True)
class _Stretch:
    """One stretch where the text and the template differ.

    Attributes:
        template: The template's word range.
        text: The text's word range.
        choices: The readings to try, the first being the default.
        choice: The reading currently chosen.
    """

    template: tuple[int, int]
    text: tuple[int, int]
    choices: tuple[_Choice, ...]
    choice: _Choice


_Block = tuple[int, int, int, int]


def _stretches(tokens: _Tokens, words: _TextWords) -> list[_Stretch | _Block]:
    """Return, in order, the blocks where a template and a text agree and the stretches where they differ.

    A block is ``(template_first, template_after, text_first, text_after)``.
    """
    operations: list[_Stretch | _Block] = []
    opcodes = _opcodes(tokens.words, tokens.breaks, words.words, words.breaks)
    for tag, first, after, text_first, text_after in _slide_insertions(opcodes, words):
        if tag == "equal":
            operations.append((first, after, text_first, text_after))
            continue
        choices = _choices(tokens, words, (first, after), (text_first, text_after))
        operations.append(_Stretch((first, after), (text_first, text_after), choices, choices[0]))
    return operations


def _choices(
    tokens: _Tokens, words: _TextWords, template: tuple[int, int], text: tuple[int, int]
) -> tuple[_Choice, ...]:
    """Return the readings of a differing stretch to try, the likeliest first."""
    first, after = template
    text_first, text_after = text
    kinds = tokens.kinds[first:after]
    near_variable = _VARIABLE in tokens.kinds[max(first - 1, 0) : after + 1]
    text_letters = _letters(words.words[text_first:text_after])
    required = [tokens.words[index] for index in range(first, after) if tokens.kinds[index] == _REQUIRED]
    several = any(words.breaks[text_first + 1 : text_after])
    if text_letters in {_letters(tokens.words[first:after]), _letters(required)}:
        # Only punctuation or the joining of words differs (NON-INFRINGEMENT, NONINFRINGEMENT): immaterial.
        return ("same",)
    if text_first == text_after:
        return ("change",) if _REQUIRED in kinds else ("keep",)
    if _REQUIRED in kinds:
        return ("change", "add")
    if first == after:
        inside_variable = first > 0 and after < len(tokens.kinds) and tokens.kinds[first - 1] == _VARIABLE
        inside_variable = inside_variable and tokens.kinds[after] == _VARIABLE and not several
        return ("keep", "add") if inside_variable else ("add", "keep") if near_variable else ("add",)
    return ("keep", "add", "first", "last") if several else ("keep", "add")


def _without_weak_start(
    tokens: _Tokens, words: _TextWords, operations: Sequence[_Stretch | _Block]
) -> list[_Stretch | _Block] | None:
    """Return *operations* with the agreeing blocks before the first one holding required words taken apart.

    A license's optional title or a variable (``MIT License``, ``ISC License``, a copyright slot) can agree
    with a few words of a heading or an introduction written above the license (``Conditional license based on
    the MIT License``), which splits that text into pieces no reading verifies. Read the other way, everything
    before the first required words is one stretch. ``None`` when there is no such weak start.
    """
    strong = next(
        (
            index
            for index, item in enumerate(operations)
            if not isinstance(item, _Stretch) and _REQUIRED in tokens.kinds[item[0] : item[1]]
        ),
        None,
    )
    if strong is None or not any(not isinstance(item, _Stretch) for item in operations[:strong]):
        return None
    block = operations[strong]
    assert not isinstance(block, _Stretch)  # noqa: S101 - narrowing for the type checker
    template, text = (0, block[0]), (0, block[2])
    choices = _choices(tokens, words, template, text)
    return [_Stretch(template, text, choices, choices[0]), *operations[strong:]]


_Opcode = tuple[str, int, int, int, int]


def _paragraph_ranges(breaks: Sequence[bool]) -> list[tuple[int, int]]:
    """Return the word ranges of the paragraphs of a sequence of words, given where paragraph breaks come."""
    starts = [index for index, broken in enumerate(breaks) if broken or index == 0]
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(breaks)], strict=True)]


def _opcodes(
    template: Sequence[str], template_breaks: Sequence[bool], text: Sequence[str], text_breaks: Sequence[bool]
) -> list[_Opcode]:
    """Return how to turn the template's words into the text's, like ``difflib.SequenceMatcher.get_opcodes``.

    Paragraphs are compared whole first, and only the paragraphs that differ are compared word by word: a
    long license with one sentence added is aligned in milliseconds rather than in a second.
    """
    template_paragraphs = _paragraph_ranges(template_breaks)
    text_paragraphs = _paragraph_ranges(text_breaks)
    keys = [tuple(template[start:end]) for start, end in template_paragraphs]
    text_keys = [tuple(text[start:end]) for start, end in text_paragraphs]
    coarse = difflib.SequenceMatcher(None, keys, text_keys, autojunk=False)
    result: list[_Opcode] = []

    def add(tag: str, first: int, after: int, text_first: int, text_after: int) -> None:
        if result and result[-1][0] == tag == "equal":
            previous = result.pop()
            result.append((tag, previous[1], after, previous[3], text_after))
        else:
            result.append((tag, first, after, text_first, text_after))

    for tag, first, after, text_first, text_after in coarse.get_opcodes():
        word_first = template_paragraphs[first][0] if first < len(template_paragraphs) else len(template)
        word_after = template_paragraphs[after - 1][1] if after > first else word_first
        text_word_first = text_paragraphs[text_first][0] if text_first < len(text_paragraphs) else len(text)
        text_word_after = text_paragraphs[text_after - 1][1] if text_after > text_first else text_word_first
        if tag == "equal":
            add("equal", word_first, word_after, text_word_first, text_word_after)
            continue
        fine = difflib.SequenceMatcher(
            None, template[word_first:word_after], text[text_word_first:text_word_after], autojunk=False
        )
        for fine_tag, a, b, c, d in fine.get_opcodes():
            add(fine_tag, word_first + a, word_first + b, text_word_first + c, text_word_first + d)
    return result


_SENTENCE_ENDS: Final = frozenset(".:;")


def _boundary_score(words: _TextWords, first: int, after: int) -> int:
    """Score how well an inserted word range lines up with paragraphs and sentences (higher is better)."""
    score = 0
    if words.breaks[first]:
        score += 2
    if after == len(words.words) or words.breaks[after]:
        score += 2
    if first > 0 and words.words[first - 1] in _SENTENCE_ENDS:
        score += 1
    if words.words[after - 1] in _SENTENCE_ENDS:
        score += 1
    return score


def _slide_insertions(
    opcodes: Sequence[tuple[str, int, int, int, int]], words: _TextWords
) -> list[tuple[str, int, int, int, int]]:
    """Shift each insertion between two agreeing blocks to where it best lines up with paragraphs and sentences.

    An insertion next to repeated words can be placed in several ways (``[the software ... purposes.] the``
    or ``the [software ... purposes. the]``); all are equally short, and the one that starts and ends at
    paragraph or sentence boundaries is the one a person would point at.
    """
    tags = [opcode[0] for opcode in opcodes]
    spans = [[opcode[1], opcode[2], opcode[3], opcode[4]] for opcode in opcodes]
    text = words.words
    for index in range(1, len(spans) - 1):
        if tags[index] != "insert" or tags[index - 1] != "equal" or tags[index + 1] != "equal":
            continue
        before, current, following = spans[index - 1], spans[index], spans[index + 1]
        text_first, text_after = current[2], current[3]
        best = (_boundary_score(words, text_first, text_after), 0)
        shift = 0
        while text_first - shift - 1 >= before[2] and text[text_first - shift - 1] == text[text_after - shift - 1]:
            shift += 1
            best = max(best, (_boundary_score(words, text_first - shift, text_after - shift), -shift))
        shift = 0
        while text_after + shift < following[3] and text[text_first + shift] == text[text_after + shift]:
            shift += 1
            best = max(best, (_boundary_score(words, text_first + shift, text_after + shift), shift))
        moved = best[1]
        if moved == 0 or before[1] - before[0] + moved <= 0 or following[1] - following[0] - moved <= 0:
            continue
        before[1] += moved
        before[3] += moved
        spans[index] = [value + moved for value in current]
        following[0] += moved
        following[2] += moved
    return [(tag, *span) for tag, span in zip(tags, spans, strict=True)]  # type: ignore[misc]


def _verification_text(  # noqa: C901 - one branch per reading of a stretch
    tokens: _Tokens, words: _TextWords, operations: Sequence[_Stretch | _Block]
) -> str:
    """Return the compact text that the template must match for the chosen readings to be right."""
    pieces: list[str] = []
    pending_break = False

    def emit(first: int, after: int) -> None:
        nonlocal pending_break
        for index in range(first, after):
            if (words.breaks[index] or pending_break) and pieces:
                pieces.append("\n")
            pending_break = False
            pieces.append(words.words[index])

    def skip(first: int, after: int) -> None:
        nonlocal pending_break
        if any(words.breaks[first : after + 1]):
            pending_break = True

    def restore(first: int, after: int) -> None:
        for index in range(first, after):
            if tokens.kinds[index] == _REQUIRED:
                pieces.append(tokens.words[index])
            elif tokens.kinds[index] == _VARIABLE:
                pieces.append(tokens.fills[index])

    for item in operations:
        if not isinstance(item, _Stretch):
            emit(item[2], item[3])
            continue
        text_first, text_after = item.text
        if item.choice == "keep" or (item.choice == "same" and _REQUIRED not in tokens.kinds[slice(*item.template)]):
            emit(text_first, text_after)
        elif item.choice in {"change", "add", "same"}:
            skip(text_first, text_after)
            if item.choice in {"change", "same"} or item.template[0] != item.template[1]:
                restore(*item.template)
        else:
            split = _paragraph_split(words, text_first, text_after, first_paragraph=item.choice == "first")
            if item.choice == "first":
                emit(text_first, split)
                skip(split, text_after)
            else:
                skip(text_first, split)
                emit(split, text_after)
    return "".join(pieces)


def _letters(words: Sequence[str]) -> str:
    """Return the letters and digits of *words*, joined: what remains when punctuation and spacing are ignored."""
    return "".join(character for word in words for character in word if character.isalnum())


def _paragraph_split(words: _TextWords, first: int, after: int, *, first_paragraph: bool) -> int:
    """Return the index splitting a word range after its first paragraph, or before its last one."""
    indices = [index for index in range(first + 1, after) if words.breaks[index]]
    if not indices:
        return after if first_paragraph else first
    return indices[0] if first_paragraph else indices[-1]


def _readings(stretches: list[_Stretch]) -> Iterator[None]:
    """Try the default readings, then each stretch's alternatives one at a time (longest stretches first)."""
    yield None
    order = sorted(
        (stretch for stretch in stretches if len(stretch.choices) > 1),
        key=lambda stretch: stretch.text[0] - stretch.text[1],
    )
    for stretch in order:
        default = stretch.choice
        for choice in stretch.choices[1:]:
            stretch.choice = choice
            yield None
        stretch.choice = default


def _verify(
    compiled: CompiledTemplate, tokens: _Tokens, words: _TextWords, operations: Sequence[_Stretch | _Block]
) -> bool:
    """Try readings of *operations* until one matches the template; leave that one chosen (else the defaults)."""
    stretches = [item for item in operations if isinstance(item, _Stretch)]
    for attempt, _ in enumerate(_readings(stretches)):
        if attempt >= _MAX_VERIFICATIONS:
            break
        if compact_fullmatch(compiled, _verification_text(tokens, words, operations)):
            return True
    for stretch in stretches:
        stretch.choice = stretch.choices[0]
    return False


def _align(text: str, words: _TextWords, license_id: str) -> Located | None:
    """Align *text* with the template of *license_id*; return the result, or ``None`` when too little matches."""
    tokens = _template_tokens(license_id)
    if not tokens.words or not words.words:
        return None
    operations = _stretches(tokens, words)
    stretches = [item for item in operations if isinstance(item, _Stretch)]
    equal = [item for item in operations if not isinstance(item, _Stretch)]
    matched = sum(1 for block in equal for index in range(block[0], block[1]) if tokens.kinds[index] == _REQUIRED)
    coverage = matched / max(tokens.required, 1)
    if coverage < _MIN_COVERAGE or not equal:
        return None
    compiled = compiled_license(license_id)
    confirmed = _verify(compiled, tokens, words, operations)
    if not confirmed:
        retry = _without_weak_start(tokens, words, operations)
        if retry is not None and _verify(compiled, tokens, words, retry):
            confirmed, operations = True, retry
            stretches = [item for item in operations if isinstance(item, _Stretch)]
            equal = [item for item in operations if not isinstance(item, _Stretch)]
    pieces = _pieces(text, tokens, words, stretches, equal)
    outside = all(piece.position != "inside" and piece.replaced is None for piece in pieces)
    gaps = [stretch for stretch in stretches if stretch.text[0] == stretch.text[1] and stretch.choice == "change"]
    missing = tuple(
        " ".join(tokens.words[index] for index in range(*stretch.template) if tokens.kinds[index] == _REQUIRED)
        for stretch in gaps
    )
    missing_at = tuple(
        words.starts[stretch.text[0]] if stretch.text[0] < len(words.starts) else len(text) for stretch in gaps
    )
    # An alignment that only found text around the license is a region, as if the template had matched it.
    method: Method = "region" if confirmed and outside and not missing else "aligned"
    return Located(license_id, method, pieces, missing, confirmed, round(coverage, 4), missing_at=missing_at)


def _pieces(  # noqa: C901, PLR0912 - one branch per kind of stretch and position
    text: str,
    tokens: _Tokens,
    words: _TextWords,
    stretches: Sequence[_Stretch],
    equal: Sequence[_Block],
) -> tuple[Piece, ...]:
    """Return the inserted and changed pieces of an alignment, in text order, merged where they touch."""
    first_equal = equal[0][2]
    last_equal = equal[-1][3]
    ranges: list[tuple[int, int, str | None]] = []
    for stretch in stretches:
        text_first, text_after = stretch.text
        if text_first == text_after or stretch.choice in {"keep", "same"}:
            continue
        if stretch.choice in {"first", "last"}:
            split = _paragraph_split(words, text_first, text_after, first_paragraph=stretch.choice == "first")
            text_first, text_after = (split, text_after) if stretch.choice == "first" else (text_first, split)
            if text_first == text_after:
                continue
        replaced = None
        if stretch.choice == "change":
            replaced = " ".join(
                tokens.words[index] for index in range(*stretch.template) if tokens.kinds[index] == _REQUIRED
            )
        ranges.append((text_first, text_after, replaced))
    ranges.sort(key=lambda item: item[0])
    merged: list[tuple[int, int, str | None]] = []
    for item in ranges:
        if merged and merged[-1][1] == item[0] and merged[-1][2] is None and item[2] is None:
            merged[-1] = (merged[-1][0], item[1], None)
        else:
            merged.append(item)
    pieces = []
    for text_first, text_after, replaced in merged:
        position: Position = "inside"
        if text_after <= first_equal:
            position = "before"
        elif text_first >= last_equal:
            position = "after"
        start = words.starts[text_first]
        end = words.ends[text_after - 1]
        if position == "before" and replaced is None:
            start = 0
        elif position == "after" and replaced is None:
            end = len(text)
        pieces.append(Piece(start, end, position, replaced))
    return tuple(pieces)


def align_best(
    text: str, normal: str, *, exclude: str | None = None, longer_than: int = 0, min_score: float = MIN_ALIGN_SCORE
) -> Located | None:
    """Align *text* with its most likely licenses and return the best alignment, if any is good enough."""
    index = spdx_index()

    def rank(*, exhaustive: bool) -> list[tuple[float, str]]:
        return [
            (score, license_id)
            for score, license_id in rank_licenses(normal, within=True, exhaustive=exhaustive)
            if score >= min_score
            and license_id != exclude
            and index.lengths[license_id] > longer_than
            and license_id in _representatives()
        ]

    ranked = rank(exhaustive=False)
    if not ranked and normal.count(" ") > SAMPLE_WORDS:
        # A short license has few telling word pairs, which a sample of a long text's pairs can miss altogether.
        ranked = rank(exhaustive=True)
    # Of licenses equally contained in the text, the longest explains the most of it: try it first.
    ranked.sort(key=lambda item: (-math.floor(item[0] * _SCORE_BUCKETS), -index.lengths[item[1]], item[1]))
    candidates = [license_id for _, license_id in ranked[:_ALIGN_CANDIDATES]]
    if not candidates:
        return None
    words = _text_words(text)
    best: Located | None = None
    for license_id in candidates:
        located = _align(text, words, license_id)
        if located is None:
            continue
        if best is None or preference(located) > preference(best):
            best = located
    return best


@remembered("representatives")
def _representatives() -> frozenset[str]:
    """Return one license of each group of licenses with the same text (aligning with two of them is no use)."""
    return frozenset(spdx_index().canonical.values())


def preference(located: Located) -> tuple[bool, int, float]:
    """Rank alignments: confirmed ones first, then those leaving the least text unexplained, then by coverage."""
    unexplained = sum(piece.end - piece.start for piece in located.pieces) + sum(map(len, located.missing))
    return (located.confirmed, -unexplained, located.coverage)


def locate_aligned(query: LocateQuery) -> Located | None:
    """Return the best alignment of *query*'s text with its most likely licenses, if any is good enough."""
    return align_best(query.text, query.normal, min_score=query.min_align_score)
