# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Compile SPDX license templates into regular expressions over the compact form, and match texts with them.

Literal text is matched exactly, ``<<var>>`` parts by their own (translated) pattern and ``<<beginOptional>>``
parts may be absent. Copyright notices are ignored as the guidelines require, but only notices: the leading
copyright slot of a template and any copyright lines put above the license accept paragraphs that begin like a
notice (:mod:`ethlicense._copyright`), never arbitrary text, so that conditions added above a license are noticed.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from typing import Final

from ethlicense._copyright import COMPACT_NOTICE_START
from ethlicense.check._checker import remembered
from ethlicense.check._normalise import (
    BEGIN,
    END,
    FIRST_VARIABLE,
    PRIVATE_USE,
    TEMPLATE_STEPS,
    compact_form,
    compact_mapped,
    normalise_for_matching,
    run_steps,
)
from ethlicense.check._spdx_data import spdx_license
from ethlicense.check._template_regex import (
    DOT_LIMIT,
    DOT_ONLY,
    GAP,
    UntranslatableError,
    literal_pattern,
    translate_variable,
)

#: The markup of SPDX license templates.
_MARKUP: Final = re.compile(
    r"<<beginOptional(?:;[^<>]*)?>>"
    r"|<<endOptional>>"
    r'|<<var;name="(?P<name>[^"]*)";original="(?P<original>.*?)";match="(?P<match>.*?)">>',
    re.DOTALL,
)


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
        compact, starts, ends = compact_mapped(text)
        found = search_compact(self, compact)
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


def search_compact(compiled: CompiledTemplate, compact: str) -> tuple[int, int] | None:
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


def _is_copyright_slot(variable: _Variable) -> bool:
    """Return whether *variable* is a copyright slot matching anything (SPDX writes ``.{0,5000}``)."""
    return variable.name.lower() == "copyright" and DOT_ONLY.fullmatch(variable.match) is not None


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
        if self.pieces[-1] != GAP:
            self.pieces.append(GAP)

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
        elif all(piece == GAP for piece in self.pieces[first:]):
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
            original = literal_pattern(normalise_for_matching(variable.original))
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
            limit = max(DOT_LIMIT, 3 * len(variable.original))
            translated = translate_variable(variable.match, multiline=_is_copyright_slot(variable), limit=limit)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return re.compile(translated, re.IGNORECASE | re.DOTALL)
        except (UntranslatableError, re.error):
            self.fallbacks.append(variable.name)
            return re.compile(f"[^\\n]{{0,{DOT_LIMIT}}}?")

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
        literal = PRIVATE_USE.sub("", template[last : found.start()])
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
    marked.append(PRIVATE_USE.sub("", template[last:]))
    return "".join(marked), variables


#: The pieces a marked, normalised template is built from: a gap, a markup character, or a run of literal text.
_TEMPLATE_PIECE: Final = re.compile("[ \n]|[\ue000-\uf8ff]|[^ \n\ue000-\uf8ff]+")


@remembered("compiled-templates", limit=1024)
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


@remembered("expressions", limit=1024)
def _regex(source: str) -> re.Pattern[str]:
    """Compile the expression of a template."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return re.compile(source, re.DOTALL)


@remembered("compiled-licenses")
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
