# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""Match texts against the SPDX License List, following the SPDX Matching Guidelines.

A text and a license template are both brought to one *normal form* (:func:`normalise_for_matching`), in which
the differences the guidelines call immaterial disappear: letter case, the shape of quotes and dashes, the
spelling of the copyright sign, code comment markers, separator lines, a few varietal spellings and ``http`` vs
``https``. Matching then works on a *compact* form of it with every space removed, where only paragraph breaks
remain (as ``"\n"``): whitespace can no longer differ at all, punctuation spacing included, and a template
becomes one regular expression that never has to guess where whitespace goes.

Each template (SPDX's ``standardLicenseTemplate``) is compiled into such a regular expression
(:func:`compile_template`): literal text is matched exactly, ``<<var>>`` parts by their own (translated) pattern
and ``<<beginOptional>>`` parts may be absent. Copyright notices are ignored as the guidelines require, but only
notices: the leading copyright slot of a template and any copyright lines put above the license accept
paragraphs that begin like a notice (``Copyright``, ``(c)``, ``©``, ``All rights reserved``,
``SPDX-FileCopyrightText``), never arbitrary text, so that conditions added above a license are noticed.

:func:`find_license` first ranks every license by how many word pairs it shares with the text, then tries the
full templates of the best few only.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import gzip
import hashlib
import itertools
import json
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from ethlicense._copyright import COMPACT_NOTICE, COMPACT_NOTICE_START
from ethlicense.errors import UnknownLicenseError

__all__ = [
    "BaseMatch",
    "CompiledTemplate",
    "LicenseMatch",
    "SpdxData",
    "SpdxLicense",
    "canonical_key",
    "canonical_license",
    "compile_template",
    "find_base_within",
    "find_license",
    "find_licenses_in",
    "index_document",
    "load_spdx_licenses",
    "matches",
    "normalise_for_matching",
    "write_index_document",
]

# ---------------------------------------------------------------------------------------------------------------
# The SPDX License List data
# ---------------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class SpdxLicense:
    """One license of the SPDX License List.

    Attributes:
        license_id: The SPDX identifier, such as ``"MIT"``.
        name: The full name, such as ``"MIT License"``.
        osi_approved: Whether the OSI approved the license.
        fsf_libre: Whether the FSF lists the license as free (``True``) or non-free (``False``); ``None`` when
            the FSF's list does not mention it.
        see_also: Where the license is published.
        text: The canonical license text.
        template: SPDX's ``standardLicenseTemplate``, with ``<<var>>`` and ``<<beginOptional>>`` markup.
    """

    license_id: str
    name: str
    osi_approved: bool
    fsf_libre: bool | None
    see_also: tuple[str, ...]
    text: str
    template: str


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class SpdxData:
    """The shipped SPDX License List.

    Attributes:
        license_list_version: The version of the SPDX License List the data comes from.
        release_date: The release date of that version (may be empty).
        source: Where the data was taken from.
        licenses: Every non-deprecated license, by id.
    """

    license_list_version: str
    release_date: str
    source: str
    licenses: Mapping[str, SpdxLicense]


@functools.cache
def load_spdx_licenses() -> SpdxData:
    """Return the SPDX License List shipped in ``ethlicense/data/spdx/licenses.json.gz`` (read once)."""
    resource = files("ethlicense") / "data" / "spdx" / "licenses.json.gz"
    raw = json.loads(gzip.decompress(resource.read_bytes()).decode("utf-8"))
    licenses = {
        license_id: SpdxLicense(
            license_id=license_id,
            name=str(entry["name"]),
            osi_approved=bool(entry["osi_approved"]),
            fsf_libre=None if entry["fsf_libre"] is None else bool(entry["fsf_libre"]),
            see_also=tuple(str(url) for url in entry["see_also"]),
            text=str(entry["text"]),
            template=str(entry["template"]),
        )
        for license_id, entry in sorted(raw["licenses"].items())
    }
    return SpdxData(
        license_list_version=str(raw["license_list_version"]),
        release_date=str(raw.get("release_date", "")),
        source=str(raw.get("source", "")),
        licenses=MappingProxyType(licenses),
    )


def spdx_license(license_id: str) -> SpdxLicense:
    """Return the license *license_id*, or raise :class:`UnknownLicenseError` with suggestions."""
    licenses = load_spdx_licenses().licenses
    try:
        return licenses[license_id]
    except KeyError:
        suggestions = difflib.get_close_matches(license_id, list(licenses), n=3)
        raise UnknownLicenseError(license_id, suggestions) from None


# ---------------------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------------------

# Private-use characters stand for template markup while a template is normalised; input texts lose theirs.
BEGIN: Final = "\ue000"
END: Final = "\ue001"
_PARAGRAPH: Final = "\ue002"
FIRST_VARIABLE: Final = 0xE100
_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")

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
_DASH_CHARACTERS: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_QUOTE_CHARACTERS: Final = (
    '"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a\uff02\uff07'
)
_DASH: Final = "\\-" + _DASH_CHARACTERS
_QUOTE: Final = "'" + _QUOTE_CHARACTERS
#: A run of quotes that is not a lone "'".
_QUOTE_RUN: Final = re.compile(f"[{_QUOTE_CHARACTERS}][{_QUOTE}]*|'[{_QUOTE}]+")
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
    # Separator lines such as ----, ==== or //*** (B.7); a run of underscores is a blank to fill in, kept as one.
    _Rewrite(re.compile(f"[{_DASH}=*~#+/]{{3,}}"), " "),
    _Rewrite(re.compile("_{2,}"), "_", ("__",)),
    # Hyphens and dashes (B.5) and quotes of every shape (B.5) are one character; a lone "-" or "'" stays.
    _Rewrite(re.compile(f"[{_DASH_CHARACTERS}][{_DASH}]*|-[{_DASH}]+"), "-", ("--", *_DASH_CHARACTERS)),
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
    _Rewrite(_PRIVATE_USE, ""),
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


@functools.lru_cache(maxsize=4)
def normal_mapped(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Return the normal form of *text* with the offsets of each character (kept for the last few texts)."""
    normal, starts, ends = _run_mapped(text, _INPUT_STEPS)
    return normal, tuple(starts), tuple(ends)


def _compact_mapped(text: str) -> tuple[str, list[int], list[int]]:
    """Return the compact form of *text*, with the start and end offset in *text* of each of its characters."""
    normal, starts, ends = normal_mapped(text)
    keep = list(map(" ".__ne__, normal))
    return (
        compact_form(normal),
        list(itertools.compress(starts, keep)),
        list(itertools.compress(ends, keep)),
    )


# ---------------------------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------------------------

#: The markup of SPDX license templates.
_MARKUP: Final = re.compile(
    r"<<beginOptional(?:;[^<>]*)?>>"
    r"|<<endOptional>>"
    r'|<<var;name="(?P<name>[^"]*)";original="(?P<original>.*?)";match="(?P<match>.*?)">>',
    re.DOTALL,
)

#: A possible paragraph break: where the template has whitespace or markup. Possessive, so that it never
#: gives back a newline and no two of them can share one.
_GAP: Final = "\\n?+"
#: How far an unbounded ``.+`` or ``.*`` of a template may reach, in compact characters, at least (three times
#: the length of the variable's original text when that is longer): far enough for any name, short of a clause.
_DOT_LIMIT: Final = 300
#: How far a copyright slot may reach, as in SPDX's own ``.{0,5000}``.
_COPYRIGHT_LIMIT: Final = 5000
#: A copyright notice paragraph, in the compact form.
_NOTICE_PARAGRAPH: Final = f"(?:{COMPACT_NOTICE_START})[^\\n]{{0,{_COPYRIGHT_LIMIT}}}?"
#: One or more copyright notice paragraphs.
_NOTICE_BLOCK: Final = f"{_NOTICE_PARAGRAPH}(?:\\n{_NOTICE_PARAGRAPH})*"
#: Whole paragraphs of copyright notices above a license, each ended by a paragraph break. Possessive: they are
#: taken whole or not at all, so that they and the notice block of the license's copyright slot never share a
#: paragraph's characters in every possible way (which took time quadratic in a long notice paragraph).
_WHOLE_NOTICE: Final = f"(?:{COMPACT_NOTICE_START})[^\\n]{{0,{_COPYRIGHT_LIMIT}}}+"
_LEADING_NOTICES: Final = f"(?:{_WHOLE_NOTICE}(?:\\n{_WHOLE_NOTICE})*+\\n)?"
#: How many runs of required literal text a compiled template checks for before running its expression.
_ANCHORS: Final = 3
#: A variable followed by at least this much literal text is matched together with it as an atomic group: the
#: first (shortest, for the lazy runs of "anything") way the variable fits before that text is kept, and never
#: retried when something later fails. Otherwise a failing match retries every combination of every variable.
_ATOMIC_RUN: Final = 12
#: A variable whose pattern is only a run of "anything".
_DOT_ONLY: Final = re.compile(r"\.(?:[*+]|\{\d*,?\d*\})\??")
_QUOTES: Final = frozenset(_QUOTE)
_DASHES: Final = frozenset(_DASH_CHARACTERS)
_WHITESPACE_ESCAPES: Final = frozenset("stnrfvhR")
_QUANTIFIER: Final = re.compile(r"(?:[*+?]|\{(\d*)(,?)(\d*)\})([?+]?)")
_POSIX_CLASSES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Alpha": "a-zA-Z",
        "Digit": "0-9",
        "Alnum": "a-zA-Z0-9",
        "Upper": "A-Z",
        "Lower": "a-z",
        "XDigit": "0-9a-fA-F",
        "Punct": "!-/:-@\\[-`{-~",
        "L": "^\\W\\d_",
        "IsAlphabetic": "^\\W\\d_",
        "N": "0-9",
    }
)


class _UntranslatableError(ValueError):
    """A template variable's Java pattern uses a feature this module cannot translate."""


@dataclasses.dataclass(frozen=True, slots=True)
class CompiledTemplate:
    """A license template compiled into a regular expression over the compact normal form.

    Attributes:
        source: The expression's source; :attr:`pattern` compiles it (when first needed, as compiling the
            expression of a long license takes a good part of a second) and :meth:`fullmatch` and :meth:`search`
            apply it to a text.
        variable_count: How many ``<<var>>`` parts the template has.
        fallback_variables: The names of the variables whose pattern could not be used as written (it did not
            compile); each was replaced by a bounded run of any characters.
        anchors: The longest runs of required literal text, in the compact form without paragraph breaks; a text
            lacking one cannot match, which is checked before the expression is compiled or run.
        runs: Every run of required literal text, in order, in the same form: a text that matches holds them all
            in this order, which is checked (after the anchors) before the expression is compiled or run.
    """

    source: str
    variable_count: int
    fallback_variables: tuple[str, ...]
    anchors: tuple[str, ...] = ()
    runs: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled expression (compiled once)."""
        return _regex(self.source)

    def fullmatch(self, text: str) -> bool:
        """Return whether the whole of *text* (leading copyright notices allowed) matches the template."""
        return compact_fullmatch(self, compact_form(normalise_for_matching(text)))

    def search(self, text: str) -> tuple[int, int] | None:
        """Return the start and end offsets in *text* of the first region matching the template, if any."""
        compact, starts, ends = _compact_mapped(text)
        found = _search(self, compact)
        if found is None:
            return None
        return starts[found[0]], ends[found[1] - 1]


def _possible(compiled: CompiledTemplate, compact: str) -> bool:
    """Return whether a compact text could match *compiled*: it holds every anchor, and every run in order.

    Paragraph breaks are ignored. Both are necessary for a match, and far cheaper to test than compiling or
    running the expression.
    """
    if not compiled.anchors:
        return True
    flat = compact.replace("\n", "")
    if not all(anchor in flat for anchor in compiled.anchors):
        return False
    position = 0
    for run in compiled.runs:
        found = flat.find(run, position)
        if found < 0:
            return False
        position = found + len(run)
    return True


def compact_fullmatch(compiled: CompiledTemplate, compact: str) -> bool:
    """Return whether the whole of a compact text matches *compiled*."""
    return _possible(compiled, compact) and compiled.pattern.fullmatch(compact) is not None


def _search(compiled: CompiledTemplate, compact: str) -> tuple[int, int] | None:
    """Return the span of the first non-empty region of a compact text matching *compiled*, if any."""
    if not _possible(compiled, compact):
        return None
    found = compiled.pattern.search(compact)
    if found is None:
        return None
    # A possible paragraph break at either end belongs to the surrounding text, not to the region.
    first, after = found.span()
    while first < after and compact[first] == "\n":
        first += 1
    while after > first and compact[after - 1] == "\n":
        after -= 1
    return (first, after) if first < after else None


@dataclasses.dataclass(frozen=True, slots=True)
class _Variable:
    """A ``<<var>>`` of a template."""

    name: str
    original: str
    match: str


def _literal(normal: str) -> str:
    """Return the expression matching the compact form of a normal-form text."""
    pieces: list[str] = []
    for word in normal.split(" "):
        if pieces:
            pieces.append(_GAP)
        pieces.append(_GAP.join(re.escape(part) for part in word.split("\n")))
    return "".join(pieces)


def _class_end(source: str, index: int) -> int:
    """Return the index just past the character class of *source* opening at *index*."""
    position = index + 1
    if position < len(source) and source[position] == "^":
        position += 1
    if position < len(source) and source[position] == "]":
        position += 1
    while position < len(source):
        character = source[position]
        if character == "\\":
            position += 2
            continue
        if character == "[":
            msg = "nested character classes"
            raise _UntranslatableError(msg)
        if character == "]":
            return position + 1
        position += 1
    msg = "unterminated character class"
    raise _UntranslatableError(msg)


def _plain(character: str) -> str:
    """Return how a plain character of a variable's pattern is written in the compact normal form."""
    if character in _QUOTES:
        return "'"
    if character in _DASHES:
        return "\\-"
    if character == "\u00a9":
        return "copyright"
    return character


def _property_class(name: str, *, negated: bool) -> str:
    r"""Return the inside of a Python character class for the Java property ``\p{name}`` (or ``\P{name}``)."""
    members = _POSIX_CLASSES.get(name)
    if members is None:
        msg = f"character property {name!r}"
        raise _UntranslatableError(msg)
    if negated:
        return members[1:] if members.startswith("^") else "^" + members
    return members


def _class_member(body: str, position: int) -> tuple[int, str, bool]:
    """Translate the member of a character class's inside *body* at *position*.

    Returns:
        The position after it, its translation, and whether it is whitespace (translated to nothing).
    """
    character = body[position]
    if character == "\\" and position + 1 < len(body):
        escaped = body[position + 1]
        if escaped in _WHITESPACE_ESCAPES:
            return position + 2, "", True
        if escaped in "pP":
            closing = body.find("}", position)
            members = _property_class(body[position + 3 : closing], negated=escaped == "P")
            if closing < 0 or members.startswith("^"):
                msg = "negated property in a class"
                raise _UntranslatableError(msg)
            return closing + 1, members, False
        return position + 2, "'" if escaped in "\"'" else body[position : position + 2], False
    if character.isspace():
        return position + 1, "", True
    if character == "\u00a9":
        msg = "copyright sign in a class"
        raise _UntranslatableError(msg)
    return position + 1, _plain(character), False


def _translate_class(body: str) -> tuple[str, bool]:
    """Translate the inside of a Java character class.

    Returns:
        The Python class (with brackets; empty if only whitespace was in it), and whether the class could match
        whitespace, which the compact form no longer has.
    """
    negated = body.startswith("^")
    if negated:
        body = body[1:]
    if "&&" in body:
        msg = "class intersection"
        raise _UntranslatableError(msg)
    members: list[str] = []
    whitespace = False
    position = 0
    while position < len(body):
        position, member, space = _class_member(body, position)
        members.append(member)
        whitespace = whitespace or space
    inside = "".join(members)
    if negated:
        return "[^" + inside + ("\\s" if whitespace else "") + "]", False
    if not inside:
        return "", whitespace
    return "[" + inside + "]", whitespace


def _optional_quantifier(quantifier: str) -> str:
    """Return *quantifier* with its minimum lowered to zero (for an atom that may have been only whitespace)."""
    found = _QUANTIFIER.fullmatch(quantifier)
    if not quantifier or found is None:
        return "?"
    if quantifier[0] == "+":
        return "*" + quantifier[1:]
    if quantifier[0] in "*?":
        return quantifier
    low, comma, high, mode = found.groups()
    if not low and not comma:
        return "?"
    high = high if comma else low
    return "{0," + high + "}" + mode


def _dot_quantifier(quantifier: str, limit: int) -> str:
    """Return the quantifier for a translated ``.``: bounded, and lazy unless it was possessive."""
    found = _QUANTIFIER.fullmatch(quantifier)
    if not quantifier or found is None:
        return quantifier
    mode = found.group(4)
    lazy = "+" if mode == "+" else "?"
    if quantifier[0] == "+":
        return f"{{1,{limit}}}{lazy}"
    if quantifier[0] == "*":
        return f"{{0,{limit}}}{lazy}"
    if quantifier[0] == "?":
        return quantifier
    low, comma, high = found.group(1), found.group(2), found.group(3)
    # The compact form has no spaces, so a run measured on the original text is shorter here.
    minimum = int(low or "0") // 2 if (low or "0") != "1" else 1
    if not comma:
        return f"{{{minimum},{low}}}{lazy}"
    maximum = high or str(limit)
    return f"{{{minimum},{maximum}}}{lazy}"


#: Escapes written differently in the compact normal form (quotes) or in Python.
_ESCAPES: Final[Mapping[str, str]] = MappingProxyType({'"': "'", "'": "'", "z": "\\Z", "e": "\\x1b"})


def _translate_escape(source: str, position: int, out: list[str]) -> tuple[int, str]:
    """Translate the escape of *source* at *position* into *out*.

    Returns:
        The position after it, and its kind: ``"space"`` for whitespace, ``"atom"`` otherwise, ``""`` when it
        stands for no character (a word boundary, which the compact form no longer has, or quoted text).
    """
    if position + 1 >= len(source):
        msg = "trailing backslash"
        raise _UntranslatableError(msg)
    escaped = source[position + 1]
    if escaped in _WHITESPACE_ESCAPES:
        return position + 2, "space"
    if escaped in "bB":
        return position + 2, ""
    if escaped in "pP":
        closing = source.find("}", position)
        if closing < 0:
            msg = "unterminated character property"
            raise _UntranslatableError(msg)
        out.append("[" + _property_class(source[position + 3 : closing], negated=escaped == "P") + "]")
        return closing + 1, "atom"
    if escaped == "Q":
        closing = source.find("\\E", position + 2)
        end = len(source) if closing < 0 else closing
        out.append("(?:" + _literal(normalise_for_matching(source[position + 2 : end])) + ")")
        return (len(source) if closing < 0 else closing + 2), "atom"
    if (escaped.isdigit() and escaped != "0") or escaped in "GkcK":
        msg = f"unsupported escape \\{escaped}"
        raise _UntranslatableError(msg)
    out.append(_ESCAPES.get(escaped, source[position : position + 2]))
    return position + 2, "atom"


def _translate_group_opening(source: str, position: int, out: list[str]) -> int:
    """Translate the group opening ``(`` of *source* at *position* into *out*; return the position after it."""
    rest = source[position:]
    for prefix in ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"):
        if rest.startswith(prefix):
            out.append(prefix)
            return position + len(prefix)
    named = re.match(r"\(\?<[A-Za-z][A-Za-z0-9]*>|\(\?P<\w+>", rest)
    if named:
        out.append("(?:")
        return position + named.end()
    flags = re.match(r"\(\?[a-zA-Z-]*([:)])", rest)
    if flags:
        if flags.group(1) == ":":
            out.append("(?:")
        else:
            out.append("(?:)")
        return position + flags.end()
    if rest.startswith("(?"):
        msg = "unknown group construct"
        raise _UntranslatableError(msg)
    out.append("(?:")
    return position + 1


def _translate_class_atom(source: str, position: int, out: list[str]) -> tuple[int, str]:
    """Translate the character class of *source* opening at *position* into *out*; see :func:`_translate_atom`."""
    end = _class_end(source, position)
    translated, whitespace = _translate_class(source[position + 1 : end - 1])
    if not translated:
        return end, "space"
    if whitespace:
        out.append("(?:" + translated + "|\\n)")
        return end, "optional"
    out.append(translated)
    return end, "atom"


def _translate_atom(source: str, position: int, out: list[str], *, multiline: bool) -> tuple[int, str]:
    """Translate the element of a variable's pattern at *position* into *out*.

    Returns:
        The position after it, and its kind, which decides how a quantifier after it is translated:
        ``"space"`` (whitespace), ``"optional"`` (a class that also held whitespace), ``"dot"``, ``"atom"``, or
        ``""`` when no quantifier can follow.
    """
    character = source[position]
    if character == "\\":
        return _translate_escape(source, position, out)
    if character == "[":
        return _translate_class_atom(source, position, out)
    if character == ".":
        out.append("." if multiline else "[^\\n]")
        return position + 1, "dot"
    if character == "(":
        return _translate_group_opening(source, position, out), ""
    if character.isspace():
        return position + 1, "space"
    out.append(_plain(character))
    return position + 1, "" if character in "|^$" else "atom"


def _translate_quantifier(kind: str, quantifier: str, limit: int) -> str:
    """Return the translation of *quantifier* (possibly empty) after an element of *kind*."""
    if kind == "space":
        return _GAP
    if kind == "optional":
        return _optional_quantifier(quantifier)
    if kind == "dot":
        return _dot_quantifier(quantifier, limit)
    return quantifier


def _translate_variable(source: str, *, multiline: bool, limit: int = _DOT_LIMIT) -> str:
    """Translate a template variable's Java pattern into one over the compact normal form.

    Whitespace becomes a possible paragraph break; ``.`` stays within a paragraph (unless *multiline*) and
    unbounded runs of it are bounded (by *limit*) and lazy; quotes, dashes, ``(c)``, ``©`` and ``https:`` are
    written as the normal form writes them; groups stop capturing.

    Raises:
        _UntranslatableError: the pattern uses a Java feature with no translation here.
    """
    source = re.sub(r"\\\([cC]\\\)", "copyright", source.replace("https:", "http:"))
    out: list[str] = []
    position = 0
    while position < len(source):
        position, kind = _translate_atom(source, position, out, multiline=multiline)
        found = _QUANTIFIER.match(source, position) if kind else None
        quantifier = found.group() if found else ""
        position += len(quantifier)
        out.append(_translate_quantifier(kind, quantifier, limit))
    return "".join(out)


def _is_copyright_slot(variable: _Variable) -> bool:
    """Return whether *variable* is a copyright slot matching anything (SPDX writes ``.{0,5000}``)."""
    return variable.name.lower() == "copyright" and _DOT_ONLY.fullmatch(variable.match) is not None


def _preamble_slots(marked: str, variables: list[_Variable]) -> frozenset[int]:
    """Return the indices of the copyright slots that come before any required text of a marked template."""
    depth = 0
    slots: set[int] = set()
    for character in marked:
        if character == BEGIN:
            depth += 1
        elif character == END:
            depth = max(depth - 1, 0)
        elif FIRST_VARIABLE <= ord(character) < FIRST_VARIABLE + len(variables):
            index = ord(character) - FIRST_VARIABLE
            if _is_copyright_slot(variables[index]):
                slots.add(index)
            elif depth == 0:
                break
        elif depth == 0 and not character.isspace():
            break
    return frozenset(slots)


class _Builder:
    """Assembles the expression of one template from its normalised, marked text.

    An optional part that could match nothing even when taken is emitted as a plain group (and one holding
    nothing at all is dropped): ``(?:...)?`` around it would give the engine two identical ways through, and a
    few dozen of those make a failing match take exponential time.
    """

    def __init__(self, variables: list[_Variable], slots: frozenset[int]) -> None:
        self.variables = variables
        self.slots = slots
        self.pieces: list[str] = [_LEADING_NOTICES]
        self.literal: list[str] = []
        #: For each open optional part: where its pieces start, and whether it holds required text.
        self.groups: list[tuple[int, bool]] = []
        self.required = False
        self.fallbacks: list[str] = []
        self.run: list[str] = []
        self.runs: list[str] = []
        #: Where the last variable's expression starts, and how much literal text has followed it since.
        self.atomic: int | None = None
        self.after_atomic = 0

    def flush(self) -> None:
        """Move pending literal text into the expression."""
        if self.literal:
            self.pieces.append(re.escape("".join(self.literal)))
            self.literal.clear()

    def gap(self) -> None:
        """Add a possible paragraph break, unless one was just added."""
        self.flush()
        if self.pieces[-1] != _GAP:
            self.pieces.append(_GAP)

    def _close_atomic(self, *, keep: bool) -> None:
        """Make the variables since ``self.atomic`` and the text after them atomic, if that text is long enough.

        With *keep* (another variable follows), a short text leaves the group open, to grow up to the next long
        text; otherwise it is dropped.
        """
        self.flush()
        if self.atomic is None:
            return
        if self.after_atomic >= _ATOMIC_RUN:
            self.pieces.insert(self.atomic, "(?>")
            self.pieces.append(")")
            self.atomic = None
        elif not keep:
            self.atomic = None

    def _end_run(self) -> None:
        """End the current run of required literal text."""
        if self.run:
            self.runs.append("".join(self.run))
            self.run.clear()

    def anchors(self) -> tuple[str, ...]:
        """Return the longest runs of required literal text."""
        self._end_run()
        return tuple(sorted(self.runs, key=len, reverse=True)[:_ANCHORS])

    def all_runs(self) -> tuple[str, ...]:
        """Return every run of required literal text, in order."""
        self._end_run()
        return tuple(self.runs)

    def _hold_required(self) -> None:
        """Note that the innermost open part (or the template itself) holds required text."""
        if self.groups:
            self.groups[-1] = (self.groups[-1][0], True)
        else:
            self.required = True

    def begin(self) -> None:
        """Open an optional part."""
        self._close_atomic(keep=False)
        self._end_run()
        self.gap()
        self.pieces.append("(?:")
        self.groups.append((len(self.pieces), False))

    def end(self) -> None:
        """Close an optional part; in the preamble, copyright notices may follow it."""
        if not self.groups:
            return
        self._close_atomic(keep=False)
        self._end_run()
        self.gap()
        first, holds_required = self.groups.pop()
        if holds_required:
            self.pieces.append(")?")
        elif all(piece == _GAP for piece in self.pieces[first:]):
            del self.pieces[first - 1 :]
        else:
            self.pieces.append(")")
        if not self.groups and not self.required and not self.slots:
            self.gap()
            self.pieces.append(f"(?:{_NOTICE_BLOCK})?")
        self.gap()

    def characters(self, text: str) -> None:
        """Add literal text (without whitespace or markup)."""
        self.literal.append(text)
        self.after_atomic += len(text)
        if not self.groups:
            self.run.append(text)
        self._hold_required()

    def variable(self, index: int) -> None:
        """Add the variable numbered *index*."""
        variable = self.variables[index]
        # Variables with little text between them (a section number, a heading, a clause number) form one
        # atomic group with the long text after the last of them.
        self._close_atomic(keep=True)
        self._end_run()
        self.gap()
        if self.atomic is None:
            self.atomic = len(self.pieces)
        self.after_atomic = 0
        if index in self.slots:
            original = _literal(normalise_for_matching(variable.original))
            self.pieces.append(f"(?:{original}|{_NOTICE_BLOCK})?")
        else:
            pattern = self._variable_pattern(variable)
            self.pieces.append("(?i:" + pattern.pattern + ")")
            if pattern.fullmatch("") is None:
                self._hold_required()
        self.gap()

    def _variable_pattern(self, variable: _Variable) -> re.Pattern[str]:
        """Return the expression of *variable*, or a bounded wildcard when its pattern is unusable."""
        try:
            limit = max(_DOT_LIMIT, 3 * len(variable.original))
            translated = _translate_variable(variable.match, multiline=_is_copyright_slot(variable), limit=limit)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return re.compile(translated, re.IGNORECASE | re.DOTALL)
        except (_UntranslatableError, re.error):
            self.fallbacks.append(variable.name)
            return re.compile(f"[^\\n]{{0,{_DOT_LIMIT}}}?")

    def finish(self) -> str:
        """Return the whole expression."""
        self._close_atomic(keep=False)
        self._end_run()
        while self.groups:
            self.end()
        return "".join(self.pieces)


def mark_template(template: str) -> tuple[str, list[_Variable]]:
    """Replace the markup of *template* with private-use characters; return the result and the variables.

    Markup at the start of a line is followed by a line break, so that the text after it still starts a line
    for the comment-marker rule (``<<beginOptional>># Title`` is a Markdown heading).
    """
    variables: list[_Variable] = []
    marked: list[str] = []
    line_start = True
    last = 0
    for found in _MARKUP.finditer(template):
        literal = _PRIVATE_USE.sub("", template[last : found.start()])
        marked.append(literal)
        if "\n" in literal:
            line_start = not literal.rsplit("\n", 1)[1].strip()
        elif literal.strip():
            line_start = False
        markup = found.group()
        if markup.startswith("<<beginOptional"):
            symbol = BEGIN
        elif markup == "<<endOptional>>":
            symbol = END
        else:
            symbol = chr(FIRST_VARIABLE + len(variables))
            variables.append(_Variable(found.group("name"), found.group("original"), found.group("match")))
        marked.append(f" {symbol}\n" if line_start else f" {symbol} ")
        last = found.end()
    marked.append(_PRIVATE_USE.sub("", template[last:]))
    return "".join(marked), variables


#: The pieces a marked, normalised template is built from: a gap, a markup character, or a run of literal text.
_TEMPLATE_PIECE: Final = re.compile("[ \n]|[\ue000-\uf8ff]|[^ \n\ue000-\uf8ff]+")


@functools.lru_cache(maxsize=1024)
def compile_template(template: str) -> CompiledTemplate:
    """Compile an SPDX license template into a :class:`CompiledTemplate`.

    >>> compiled = compile_template('<<beginOptional>>Hello<<endOptional>> <<var;name="who";original="World";'
    ...                             'match="World|Earth">>, "hi".')
    >>> compiled.fullmatch("EARTH, \u201chi\u201d."), compiled.fullmatch("Hello mars, 'hi'.")
    (True, False)
    """
    marked, variables = mark_template(template)
    normal = run_steps(marked, TEMPLATE_STEPS)
    builder = _Builder(variables, _preamble_slots(normal, variables))
    for piece in _TEMPLATE_PIECE.findall(normal):
        if piece in " \n":
            builder.gap()
        elif piece == BEGIN:
            builder.begin()
        elif piece == END:
            builder.end()
        elif len(piece) == 1 and FIRST_VARIABLE <= ord(piece) < FIRST_VARIABLE + len(variables):
            builder.variable(ord(piece) - FIRST_VARIABLE)
        else:
            builder.characters(piece)
    source = builder.finish()
    return CompiledTemplate(source, len(variables), tuple(builder.fallbacks), builder.anchors(), builder.all_runs())


@functools.lru_cache(maxsize=1024)
def _regex(source: str) -> re.Pattern[str]:
    """Compile the expression of a template."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return re.compile(source, re.DOTALL)


@functools.cache
def compiled_license(license_id: str) -> CompiledTemplate:
    """Return the compiled template of the SPDX license *license_id*."""
    return compile_template(spdx_license(license_id).template)


def matches(license_id: str, text: str) -> bool:
    r"""Return whether the whole of *text* is the SPDX license *license_id* under the SPDX Matching Guidelines.

    Copyright notice lines above the license, and in its copyright slot, are allowed.

    Raises:
        UnknownLicenseError: *license_id* is not on the SPDX License List.

    >>> matches("0BSD", "Copyright (C) 2026 by Jane Doe\n\nPermission to use, copy, modify, and/or distribute "
    ...     "this software for any purpose with or without fee is hereby granted.\n\nTHE SOFTWARE IS PROVIDED "
    ...     "\u201cAS IS\u201d AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING "
    ...     "ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR "
    ...     "ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM "
    ...     "LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS "
    ...     "ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.")
    True
    """
    return compact_fullmatch(compiled_license(license_id), compact_form(normalise_for_matching(text)))


# ---------------------------------------------------------------------------------------------------------------
# Identification
# ---------------------------------------------------------------------------------------------------------------

#: How many of the best-ranked licenses get a full template match.
_CANDIDATES: Final = 10
#: The least share of word pairs a license must have in common with a text to be tried at all.
_MIN_SIMILARITY: Final = 0.2
#: The least share of a license's word pairs a longer text must hold for the license to be looked for in it.
_MIN_CONTAINMENT: Final = 0.5


@dataclasses.dataclass(frozen=True, slots=True)
class LicenseMatch:
    """A license whose template matches a whole text.

    Attributes:
        license_id: The SPDX identifier.
        similarity: The share of word pairs the text and the license's canonical text have in common (Jaccard
            index, 0 to 1); it only ranks matches.
    """

    license_id: str
    similarity: float


@dataclasses.dataclass(frozen=True, slots=True)
class BaseMatch:
    """Where an SPDX license's text lies inside a longer text.

    Attributes:
        license_id: The SPDX identifier.
        start: The offset in the searched text where the license's text starts.
        end: The offset just past its end, so that ``text[start:end]`` is the license's text.
    """

    license_id: str
    start: int
    end: int


_Pair = tuple[str, str]


@dataclasses.dataclass(frozen=True, slots=True)
class _Index:
    """The telling word pairs of every license's canonical text, for ranking candidates quickly.

    A pair found in many licenses (``of the``) tells little and costs much to count, so only pairs found in at
    most ``_RARE`` licenses are indexed.

    Attributes:
        ids: The license ids, by number.
        sizes: How many indexed pairs each license's text has.
        postings: For each indexed pair, the numbers of the licenses whose text has it.
        common: The pairs left out of the index.
        lengths: The length of each license's canonical text in the compact form, by id.
        canonical: For the :func:`canonical_key` of each license's canonical text, the license (of licenses with
            the same text, the one with the shortest id).
    """

    ids: tuple[str, ...]
    sizes: tuple[int, ...]
    postings: Mapping[_Pair, tuple[int, ...]]
    common: frozenset[_Pair]
    lengths: Mapping[str, int]
    canonical: Mapping[str, str]


#: How many licenses a word pair may occur in and still be indexed.
_RARE: Final = 35


def _word_pairs(normal: str, step: int = 1) -> set[_Pair]:
    """Return the pairs of consecutive words (whitespace-separated tokens) of a normal-form text.

    With *step* above 1, only the pairs starting at every *step*-th word are taken.
    """
    words = normal.split()
    return set(zip(words[::step], words[1::step], strict=False))


#: Texts longer than this many words are ranked on a sample of their word pairs.
SAMPLE_WORDS: Final = 1500


def _build_index() -> _Index:
    """Build the word-pair index of every license from the shipped SPDX texts (about two seconds)."""
    licenses = load_spdx_licenses().licenses
    ids = tuple(licenses)
    normals = [normalise_for_matching(licenses[license_id].text) for license_id in ids]
    pairs = [_word_pairs(normal) for normal in normals]
    frequency = Counter(itertools.chain.from_iterable(pairs))
    common = frozenset(pair for pair, count in frequency.items() if count > _RARE)
    rare = [license_pairs - common for license_pairs in pairs]
    postings: dict[_Pair, list[int]] = {pair: [] for pair in frequency if pair not in common}
    for number, license_pairs in enumerate(rare):
        for pair in license_pairs:
            postings[pair].append(number)
    canonical: dict[str, str] = {}
    for license_id, normal in sorted(zip(ids, normals, strict=True), key=lambda item: (len(item[0]), item[0])):
        canonical.setdefault(canonical_key(compact_form(normal)), license_id)
    return _Index(
        ids=ids,
        sizes=tuple(map(len, rare)),
        postings=MappingProxyType({pair: tuple(numbers) for pair, numbers in postings.items()}),
        common=common,
        lengths=MappingProxyType(
            {license_id: len(compact_form(normal)) for license_id, normal in zip(ids, normals, strict=True)}
        ),
        canonical=MappingProxyType(canonical),
    )


#: The version of the layout of the shipped index file; a file of another version is ignored.
_INDEX_FORMAT: Final = 1
#: Where the index built by ``scripts/build_match_index.py`` is shipped, under the package.
_INDEX_RESOURCE: Final = ("data", "spdx", "match-index.json.gz")
_SPDX_RESOURCE: Final = ("data", "spdx", "licenses.json.gz")


def _resource_bytes(parts: tuple[str, ...]) -> bytes | None:
    """Return the bytes of a packaged data file, or ``None`` when it is missing."""
    node = files("ethlicense")
    for part in parts:
        node = node / part
    try:
        return node.read_bytes()
    except OSError:
        return None


def _spdx_digest() -> str:
    """Return the SHA-256 of the shipped SPDX License List data, which a shipped index must have been built from."""
    return hashlib.sha256(_resource_bytes(_SPDX_RESOURCE) or b"").hexdigest()


def index_document() -> dict[str, object]:
    """Return the word-pair index as JSON-ready data, for ``scripts/build_match_index.py`` to ship.

    Loading the shipped file is some twenty times faster than building the index, which matters to every
    process that checks license texts. The document records the SHA-256 of the SPDX data it was built from,
    and is ignored (the index is built afresh) when that data changes.
    """
    index = _build_index()
    return {
        "format": _INDEX_FORMAT,
        "spdx_sha256": _spdx_digest(),
        "ids": list(index.ids),
        "sizes": list(index.sizes),
        "postings": {" ".join(pair): list(numbers) for pair, numbers in sorted(index.postings.items())},
        "common": sorted(" ".join(pair) for pair in index.common),
        "lengths": dict(sorted(index.lengths.items())),
        "canonical": dict(sorted(index.canonical.items())),
    }


def write_index_document(document: Mapping[str, object]) -> bytes:
    """Return *document* as the bytes of the shipped index file: sorted, compact JSON, gzipped without a date."""
    raw = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def _pair(key: str) -> _Pair:
    first, _, second = key.partition(" ")
    return (first, second)


def _load_shipped_index() -> _Index | None:
    """Return the index shipped with the package, or ``None`` when it is missing, broken or stale."""
    raw = _resource_bytes(_INDEX_RESOURCE)
    if raw is None:
        return None
    try:
        document = json.loads(gzip.decompress(raw).decode("utf-8"))
        if document["format"] != _INDEX_FORMAT or document["spdx_sha256"] != _spdx_digest():
            return None
        ids = tuple(str(item) for item in document["ids"])
        if ids != tuple(load_spdx_licenses().licenses):
            return None
        return _Index(
            ids=ids,
            sizes=tuple(int(size) for size in document["sizes"]),
            postings=MappingProxyType({_pair(key): tuple(value) for key, value in document["postings"].items()}),
            common=frozenset(_pair(key) for key in document["common"]),
            lengths=MappingProxyType({str(key): int(value) for key, value in document["lengths"].items()}),
            canonical=MappingProxyType({str(key): str(value) for key, value in document["canonical"].items()}),
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None


@functools.cache
def spdx_index() -> _Index:
    """Return the word-pair index of every license: the shipped one when it is current, else built (once)."""
    return _load_shipped_index() or _build_index()


def canonical_key(compact: str) -> str:
    """Return a digest of a compact normal-form text, leaving out the copyright notice paragraphs at its top.

    Two texts with the same key are the same text apart from those notices and from what the SPDX Matching
    Guidelines call immaterial; the index maps the key of every license's canonical text to the license.
    """
    paragraphs = compact.split("\n")
    first = 0
    while first < len(paragraphs) - 1 and COMPACT_NOTICE.match(paragraphs[first]):
        first += 1
    return hashlib.blake2b("\n".join(paragraphs[first:]).encode("utf-8"), digest_size=16).hexdigest()


def canonical_license(compact: str) -> str | None:
    """Return the license whose canonical text a compact normal-form text is (notices above it allowed), if any."""
    return spdx_index().canonical.get(canonical_key(compact))


@functools.lru_cache(maxsize=16)
def _shared_pairs(normal: str, *, exhaustive: bool = False) -> tuple[int, int, Mapping[int, int]]:
    """Count the telling word pairs a normal-form text shares with each license (kept for the last few texts).

    Returns:
        The sampling step, the (estimated) number of the text's telling pairs, and for each license number that
        shares any, how many pairs it shares (in the sample). With *exhaustive*, every pair is counted.
    """
    index = spdx_index()
    step = 1 if exhaustive else 1 + normal.count(" ") // SAMPLE_WORDS
    pairs = _word_pairs(normal, step) - index.common
    # With a sample, the text's pair count and the shared counts are estimated by scaling up.
    shared: Counter[int] = Counter()
    shared.update(itertools.chain.from_iterable(index.postings.get(pair, ()) for pair in pairs))
    return step, len(pairs) * step, MappingProxyType(dict(shared))


def rank_licenses(normal: str, *, within: bool, exhaustive: bool = False) -> list[tuple[float, str]]:
    """Return the most promising licenses for a normal-form text, best first, with their scores.

    The score is the Jaccard index of the telling word pairs, or with *within* the share of the license's
    telling pairs found in the text (for a license inside a longer text); long texts are scored on a sample,
    unless *exhaustive*.
    Ties go to the shorter id, so that of licenses with identical texts the plain one (``GPL-3.0-only``,
    ``MPL-2.0``) comes first.
    """
    index = spdx_index()
    step, text_size, shared = _shared_pairs(normal, exhaustive=exhaustive)
    scored: list[tuple[float, str]] = []
    for number, count in shared.items():
        size = index.sizes[number]
        common = count * step
        score = common / size if within else common / (text_size + size - common)
        score = min(score, 1.0)
        if score >= _MIN_SIMILARITY:
            scored.append((score, index.ids[number]))
    scored.sort(key=lambda item: (-item[0], len(item[1]), item[1]))
    return scored[:_CANDIDATES]


def find_licenses_in(text: str) -> list[LicenseMatch]:
    """Return every SPDX license whose template matches the whole of *text*, most similar first.

    Several licenses can match one text: some SPDX licenses share their text (``GPL-3.0-only`` and
    ``GPL-3.0-or-later``), and some templates are loose enough to accept a close relative. Only the licenses
    most similar to *text* are tried.
    """
    normal = normalise_for_matching(text)
    compact = compact_form(normal)
    return [
        LicenseMatch(license_id, score)
        for score, license_id in rank_licenses(normal, within=False)
        if compact_fullmatch(compiled_license(license_id), compact)
    ]


def find_license(text: str) -> str | None:
    """Return the id of the SPDX license that *text* is, or ``None``.

    Of several matching licenses, the one whose canonical text is most similar wins; of licenses with identical
    texts, the one with the shortest id (``GPL-2.0-only`` rather than ``GPL-2.0-or-later``).
    """
    normal = normalise_for_matching(text)
    compact = compact_form(normal)
    for _, license_id in rank_licenses(normal, within=False):
        if compact_fullmatch(compiled_license(license_id), compact):
            return license_id
    return None


def find_base_within(text: str) -> BaseMatch | None:
    """Find an SPDX license's text as one contiguous region of *text*, with text possibly added around it.

    Of the licenses whose text occurs, the one covering the longest region wins. Copyright notice lines right
    above the license belong to its region.

    Returns:
        The license and the offsets of its region in *text*, or ``None`` when no license's text occurs whole.
    """
    normal = normalise_for_matching(text)
    return base_within(text, normal, compact_form(normal))


def base_within(text: str, normal: str, compact: str, *, exhaustive: bool = False) -> BaseMatch | None:
    """Do the work of :func:`find_base_within`, given the normal and compact forms of *text*.

    With *exhaustive*, candidates are ranked on every word pair of a long text rather than on a sample, so that
    a short license in a long text is not missed by the sampling.
    """
    lengths = spdx_index().lengths
    best: tuple[int, float, str, tuple[int, int]] | None = None
    for score, license_id in rank_licenses(normal, within=True, exhaustive=exhaustive):
        if score < _MIN_CONTAINMENT or (best is not None and 2 * lengths[license_id] < best[0]):
            continue
        span = _search(compiled_license(license_id), compact)
        if span is not None and (best is None or (span[1] - span[0], score) > best[:2]):
            best = (span[1] - span[0], score, license_id, span)
    if best is None:
        return None
    _, starts, ends = _compact_mapped(text)
    first, after = best[3]
    return BaseMatch(best[2], starts[first], ends[after - 1])
