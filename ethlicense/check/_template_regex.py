# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Translate the regular expressions of SPDX templates' ``<<var>>`` parts (Java syntax) into the compact form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from ethlicense.check._normalise import DASH_CHARACTERS, QUOTE_MARKS, normalise_for_matching

#: A possible paragraph break: where the template has whitespace or markup. Possessive, so that it never
#: gives back a newline and no two of them can share one.
GAP: Final = "\\n?+"


#: How far an unbounded ``.+`` or ``.*`` of a template may reach, in compact characters, at least (three times
#: the length of the variable's original text when that is longer): far enough for any name, short of a clause.
DOT_LIMIT: Final = 300


#: A variable whose pattern is only a run of "anything".
DOT_ONLY: Final = re.compile(r"\.(?:[*+]|\{\d*,?\d*\})\??")


_QUOTES: Final = frozenset(QUOTE_MARKS)


_DASHES: Final = frozenset(DASH_CHARACTERS)


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


class UntranslatableError(ValueError):
    """A template variable's Java pattern uses a feature this module cannot translate."""


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
            raise UntranslatableError(msg)
        if character == "]":
            return position + 1
        position += 1
    msg = "unterminated character class"
    raise UntranslatableError(msg)


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
        raise UntranslatableError(msg)
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
                raise UntranslatableError(msg)
            return closing + 1, members, False
        return position + 2, "'" if escaped in "\"'" else body[position : position + 2], False
    if character.isspace():
        return position + 1, "", True
    if character == "\u00a9":
        msg = "copyright sign in a class"
        raise UntranslatableError(msg)
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
        raise UntranslatableError(msg)
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
        raise UntranslatableError(msg)
    escaped = source[position + 1]
    if escaped in _WHITESPACE_ESCAPES:
        return position + 2, "space"
    if escaped in "bB":
        return position + 2, ""
    if escaped in "pP":
        closing = source.find("}", position)
        if closing < 0:
            msg = "unterminated character property"
            raise UntranslatableError(msg)
        out.append("[" + _property_class(source[position + 3 : closing], negated=escaped == "P") + "]")
        return closing + 1, "atom"
    if escaped == "Q":
        closing = source.find("\\E", position + 2)
        end = len(source) if closing < 0 else closing
        out.append("(?:" + literal_pattern(normalise_for_matching(source[position + 2 : end])) + ")")
        return (len(source) if closing < 0 else closing + 2), "atom"
    if (escaped.isdigit() and escaped != "0") or escaped in "GkcK":
        msg = f"unsupported escape \\{escaped}"
        raise UntranslatableError(msg)
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
        raise UntranslatableError(msg)
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
        return GAP
    if kind == "optional":
        return _optional_quantifier(quantifier)
    if kind == "dot":
        return _dot_quantifier(quantifier, limit)
    return quantifier


def translate_variable(source: str, *, multiline: bool, limit: int = DOT_LIMIT) -> str:
    """Translate a template variable's Java pattern into one over the compact normal form.

    Whitespace becomes a possible paragraph break; ``.`` stays within a paragraph (unless *multiline*) and
    unbounded runs of it are bounded (by *limit*) and lazy; quotes, dashes, ``(c)``, ``©`` and ``https:`` are
    written as the normal form writes them; groups stop capturing.

    Raises:
        UntranslatableError: the pattern uses a Java feature with no translation here.
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


def literal_pattern(normal: str) -> str:
    """Return the expression matching the compact form of a normal-form text."""
    pieces: list[str] = []
    for word in normal.split(" "):
        if pieces:
            pieces.append(GAP)
        pieces.append(GAP.join(re.escape(part) for part in word.split("\n")))
    return "".join(pieces)
