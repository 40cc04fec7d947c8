# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""The normal form of the SPDX Matching Guidelines, for texts and templates alike, with offsets mapped back.

Letter case, the shape of quotes and dashes, the spelling of the copyright sign, code comment markers, separator
lines, a few varietal spellings and ``http`` vs ``https`` disappear; the *compact* form then drops every space,
keeping only paragraph breaks (as ``"\n"``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Final

from ethlicense.check._checker import remembered

BEGIN: Final = "\ue000"


END: Final = "\ue001"


_PARAGRAPH: Final = "\ue002"


FIRST_VARIABLE: Final = 0xE100


PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")


#: Varietal spellings (guideline B.8, a small subset), mapped to the spelling used in the normal form.
_VARIETAL: Final[Mapping[str, str]] = MappingProxyType(
    {
        "licence": "license",
        "licences": "licenses",
        "licenced": "licensed",
        "licencing": "licensing",
        "licencee": "licensee",
        "licencees": "licensees",
        "licencor": "licensor",
        "licencors": "licensors",
        "acknowledgement": "acknowledgment",
        "acknowledgements": "acknowledgments",
        "organisation": "organization",
        "organisations": "organizations",
        "authorise": "authorize",
        "authorised": "authorized",
        "favour": "favor",
        "behaviour": "behavior",
    }
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Rewrite:
    """One normalisation step: replace every match of *pattern* with *replacement*.

    Attributes:
        pattern: What to replace.
        replacement: A plain string (never holding a backslash) or a function of the match.
        guards: When given, strings one of which must occur in a text for *pattern* to match at all; the step is
            skipped (quickly) for texts holding none of them.
    """

    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]
    guards: tuple[str, ...] = ()

    def applies(self, text: str) -> bool:
        """Return whether the step can change *text*."""
        return not self.guards or any(guard in text for guard in self.guards)

    def replace(self, match: re.Match[str]) -> str:
        """Return what replaces *match*."""
        if isinstance(self.replacement, str):
            return self.replacement
        return self.replacement(match)

    def apply(self, text: str) -> str:
        """Return *text* rewritten."""
        if not self.applies(text):
            return text
        return self.pattern.sub(self.replacement, text)


@dataclasses.dataclass(frozen=True, slots=True)
class _Lower:
    """The normalisation step that lower-cases the text (guideline B.4)."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Composite:
    """Steps applied one after the other, with a faster function giving the same result when offsets are not needed.

    Attributes:
        rewrites: The steps, as used when offsets are tracked.
        fast: A function equal to applying *rewrites* in turn.
    """

    rewrites: tuple[_Rewrite, ...]
    fast: Callable[[str], str]


_Step = _Rewrite | _Lower | _Composite


#: Code comment indicators at the start of a line, and closing ones at its end (B.7). A ``*`` or ``#`` only
#: counts when whitespace follows it: ``*This*`` is emphasis, not a comment.
_COMMENT_MARKER: Final = re.compile(
    r"^[^\S\n]*(?:/{2,}|/\*+|(?:\*+/?|#+|;+|%+|--)(?=\s|$))|(?:[^\S\n]+(?:\*+/?|#+)|\*+/)[^\S\n]*$",
    re.MULTILINE,
)


#: The characters a comment indicator at the start of a line starts with (those at the end hold "*" or "#").
_COMMENT_STARTS: Final = frozenset("/*#;%-")


def _drop_comment_markers(text: str) -> str:
    """Replace the comment indicators of *text* with spaces, like ``_COMMENT_MARKER.sub(" ", text)`` but faster."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.lstrip()[:1] in _COMMENT_STARTS or "*" in line or "#" in line:
            lines[number] = _COMMENT_MARKER.sub(" ", line)
    return "\n".join(lines)


def _optional_marker(match: re.Match[str]) -> str:
    """Return a template's comment marker as an optional part: a text may have dropped it, or kept it mid-line."""
    return f" {BEGIN}{match.group().strip()}{END} "


_BLANK_LINE: Final = re.compile(r"\n\s*\n")


def _collapse_whitespace(text: str) -> str:
    """Collapse whitespace as the whitespace steps of ``_STEPS`` do, but faster."""
    paragraphs = (" ".join(paragraph.split()) for paragraph in _BLANK_LINE.split(text))
    return "\n".join(paragraph for paragraph in paragraphs if paragraph)


#: Hyphens and dashes other than "-", and quotes other than "'".
DASH_CHARACTERS: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


_QUOTE_CHARACTERS: Final = (
    '"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a\uff02\uff07'
)


_DASH: Final = "\\-" + DASH_CHARACTERS


QUOTE_MARKS: Final = "'" + _QUOTE_CHARACTERS


#: A run of quotes that is not a lone "'".
_QUOTE_RUN: Final = re.compile(f"[{_QUOTE_CHARACTERS}][{QUOTE_MARKS}]*|'[{QUOTE_MARKS}]+")


#: Once every '"' is a "'", a text holding none of these has no such run.
_QUOTE_GUARDS: Final = ("''", *_QUOTE_CHARACTERS.replace('"', ""))


def _unify_quotes(text: str) -> str:
    """Replace each run of quotes with one "'", like ``_QUOTE_RUN.sub("'", text)`` but faster."""
    text = text.replace('"', "'")
    if any(guard in text for guard in _QUOTE_GUARDS):
        text = _QUOTE_RUN.sub("'", text)
    return text


_BREAKS: Final[tuple[_Step, ...]] = (
    # Line and paragraph breaks of every kind; invisible and control characters.
    _Rewrite(re.compile("[\f\u2029]"), "\n\n", ("\f", "\u2029")),
    _Rewrite(re.compile("\r\n?|[\v\x85\u2028]"), "\n", ("\r", "\v", "\x85", "\u2028")),
    _Rewrite(re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]"), ""),
)


_STEPS: Final[tuple[_Step, ...]] = (
    # Separator lines such as ----, ==== or //*** (B.7), and Markdown code fences (```); a run of underscores is a
    # blank to fill in, kept as one.
    _Rewrite(re.compile(r"^[^\S\n]*(?:`{3,}|~{3,})[\w+-]*[^\S\n]*$", re.MULTILINE), " ", ("```", "~~~")),
    _Rewrite(re.compile(f"[{_DASH}=*~#+/`]{{3,}}"), " "),
    # Markdown quotation markers at the start of a line (> ...): markup, not words of the license.
    _Rewrite(re.compile(r"^[^\S\n]*(?:>[^\S\n]?)+(?=\S|$)", re.MULTILINE), " ", (">",)),
    # Markdown emphasis around words (*this*, **(a)**): markup, not words of the license.
    _Rewrite(re.compile(r"(?<![\w*])\*{1,2}(?=[\w(\"'])|(?<=[\w.,;:)\"'!?])\*{1,2}(?![\w*])"), "", ("*",)),
    # Markdown inline code (`lrgrwrks.txt`): markup around words, not quotation marks.
    _Rewrite(re.compile(r"(?<![`\w])`(?=[^`\s][^`\n]{0,80}`(?![`\w]))|(?<=[^`\s])`(?![`\w])"), "", ("`",)),
    _Rewrite(re.compile("_{2,}"), "_", ("__",)),
    # Markdown emphasis with underscores (_this_): markup too; a lone "_" (a blank) and snake_case stay.
    # (a blank after "(C)" or before "." is no emphasis: the closing mark follows a letter or a stop).
    _Rewrite(re.compile(r"(?<![\w_)])_(?=[a-zA-Z])|(?<=[a-zA-Z.,;:!?])_(?![\w_])"), "", ("_",)),
    # HTML entities of quotes, dashes and spaces are those characters (a page's "&ldquo;AS IS&rdquo;").
    _Rewrite(re.compile(r"&(?:quot|[lr][sd]quo|apos|#3[49]|#822[01]|#821[67]);", re.IGNORECASE), "'", ("&",)),
    _Rewrite(re.compile(r"&(?:[nm]dash|#821[12]);", re.IGNORECASE), "-", ("&",)),
    _Rewrite(re.compile(r"&(?:nbsp|#160);", re.IGNORECASE), " ", ("&",)),
    # Hyphens and dashes (B.5) and quotes of every shape (B.5) are one character; a lone "-" or "'" stays.
    _Rewrite(re.compile(f"[{DASH_CHARACTERS}][{_DASH}]*|-[{_DASH}]+"), "-", ("--", *DASH_CHARACTERS)),
    _Composite((_Rewrite(_QUOTE_RUN, "'"),), _unify_quotes),
    # The copyright sign (B.9).
    _Rewrite(re.compile(r"\u00a9|&copy;|\((?<!\w\()[cC]\)"), " copyright ", ("\u00a9", "&copy;", "(c)", "(C)")),
    # Whitespace (B.3): a run holding a blank line is a paragraph break, any other run is one space.
    _Composite(
        (
            _Rewrite(re.compile(r"\s*\n[^\S\n]*\n\s*"), _PARAGRAPH),
            _Rewrite(re.compile(r"\s{2,}|[^\S ]"), " "),
            _Rewrite(re.compile("\\A[ \ue002]+|[ \ue002]+\\Z"), ""),
            _Rewrite(re.compile(_PARAGRAPH), "\n"),
        ),
        _collapse_whitespace,
    ),
    _Lower(),
    _Rewrite(
        re.compile(r"copyright(?<!\wcopyright)(?: ?copyright\b)+"),
        "copyright",
        ("copyright copyright", "copyrightcopyright"),
    ),
    _Rewrite(
        re.compile(r"\b(?:" + "|".join(sorted(_VARIETAL, key=len, reverse=True)) + r")\b"),
        lambda match: _VARIETAL[match.group()],
        tuple(_VARIETAL),
    ),
    # http:// and https:// are equivalent (B.13).
    _Rewrite(re.compile("https:"), "http:", ("https:",)),
)


#: The steps for texts: private-use characters (which stand for template markup) go first.
_INPUT_STEPS: Final[tuple[_Step, ...]] = (
    _Rewrite(PRIVATE_USE, ""),
    *_BREAKS,
    _Composite((_Rewrite(_COMMENT_MARKER, " "),), _drop_comment_markers),
    *_STEPS,
)


#: The steps for marked templates.
TEMPLATE_STEPS: Final[tuple[_Step, ...]] = (*_BREAKS, _Rewrite(_COMMENT_MARKER, _optional_marker), *_STEPS)


def _lower(text: str) -> str:
    """Lower-case *text*, one character at a time where that changes its length (as ``"İ"`` does)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(character.lower() for character in text)


def run_steps(text: str, steps: Iterable[_Step]) -> str:
    """Apply *steps* to *text*."""
    for step in steps:
        if isinstance(step, _Lower):
            text = _lower(text)
        elif isinstance(step, _Composite):
            text = step.fast(text)
        else:
            text = step.apply(text)
    return text


def _rewrite_mapped(step: _Rewrite, text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """Apply *step* to *text* like :meth:`_Rewrite.apply`, carrying the offsets of each character along."""
    found = list(step.pattern.finditer(text)) if step.applies(text) else []
    if not found:
        return text, starts, ends
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for match in found:
        first, after = match.span()
        pieces.append(text[last:first])
        new_starts.extend(starts[last:first])
        new_ends.extend(ends[last:first])
        replacement = step.replace(match)
        if replacement:
            pieces.append(replacement)
            new_starts.extend([starts[first]] * len(replacement))
            new_ends.extend([ends[after - 1]] * len(replacement))
        last = after
    pieces.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


def _run_mapped(text: str, steps: Iterable[_Step]) -> tuple[str, list[int], list[int]]:
    """Apply *steps* to *text* like :func:`run_steps`, also returning where each output character came from.

    Returns:
        The normalised text, and for each of its characters the start and the end offset in *text* of the
        characters it stands for.
    """
    starts = list(range(len(text)))
    ends = list(range(1, len(text) + 1))
    for step in steps:
        if isinstance(step, _Lower):
            lowered = _lower(text)
            if len(lowered) != len(text):
                widths = [len(character.lower()) for character in text]
                starts = [start for start, width in zip(starts, widths, strict=True) for _ in range(width)]
                ends = [end for end, width in zip(ends, widths, strict=True) for _ in range(width)]
            text = lowered
        elif isinstance(step, _Composite):
            for rewrite in step.rewrites:
                text, starts, ends = _rewrite_mapped(rewrite, text, starts, ends)
        else:
            text, starts, ends = _rewrite_mapped(step, text, starts, ends)
    return text, starts, ends


def normalise_for_matching(text: str) -> str:
    r"""Return *text* in the normal form in which the SPDX Matching Guidelines compare texts.

    The normal form is lower case; every run of whitespace is one space, or one newline where the run held a
    blank line (a paragraph break); quotes of every shape are ``'``; hyphens and dashes are ``-``; ``©`` and
    ``(c)`` are the word ``copyright`` (repeated ones merged); comment markers at the start of lines and
    separator lines (``----``, ``====``...) are gone; a few varietal spellings (``licence``) and ``https:`` are
    spelled one way.

    >>> normalise_for_matching("Copyright \u00a9 2026  \u201cJane\u201d\n\n  \u2014 See the LICENCE")
    "copyright 2026 'jane'\n- see the license"
    >>> normalise_for_matching(" * (C) 2026 Jane Doe\n * All Rights Reserved.\n */")
    'copyright 2026 jane doe all rights reserved.'
    """
    return run_steps(text, _INPUT_STEPS)


def compact_form(normal: str) -> str:
    """Return the compact form of a normal-form text: without spaces, only paragraph breaks remain."""
    return normal.replace(" ", "")


@remembered("normal-mapped", limit=4)
def normal_mapped(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Return the normal form of *text* with the offsets of each character (kept for the last few texts)."""
    normal, starts, ends = _run_mapped(text, _INPUT_STEPS)
    return normal, tuple(starts), tuple(ends)


def compact_mapped(text: str) -> tuple[str, list[int], list[int]]:
    """Return the compact form of *text*, with the start and end offset in *text* of each of its characters."""
    normal, starts, ends = normal_mapped(text)
    keep = list(map(" ".__ne__, normal))
    return (
        compact_form(normal),
        list(itertools.compress(starts, keep)),
        list(itertools.compress(ends, keep)),
    )
