# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Checks on user-supplied strings and the normal form of rendered text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ethlicense.errors import InvalidSpecError, UnsafeTextError

#: Unicode general categories refused in user strings: controls, format characters (bidirectional
#: controls, zero-width characters, the byte order mark), line and paragraph separators, surrogates,
#: private use and unassigned code points.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})

#: Printable characters that show as nothing, or change the look of what precedes them without a mark of
#: their own, so they can carry hidden data or make two names look alike: the combining grapheme joiner, the
#: variation selectors (U+FE00-FE0F and U+E0100-E01EF), the tag characters (U+E0000-E007F; most are also
#: format characters), and the blank "filler" letters of Hangul (U+115F, U+1160, U+3164, U+FFA0) and Braille
#: (U+2800).
_INVISIBLE_PRINTABLE = re.compile(
    "[\u034f\u115f\u1160\u2800\u3164\ufe00-\ufe0f\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)


def is_invisible_printable(character: str) -> bool:
    """Whether *character* is printable yet shows as nothing (a variation selector, a tag, a filler...).

    >>> is_invisible_printable("\U000e0101"), is_invisible_printable("a")
    (True, False)
    """
    return _INVISIBLE_PRINTABLE.fullmatch(character) is not None


def find_hidden_character(value: str, *, multiline: bool = False) -> str | None:
    """Return the first hidden, control or reordering character in *value*, or ``None``.

    This is the one rule for hidden characters, applied to every string and file ethlicense takes from a
    user: controls, format characters (bidirectional controls, zero-width characters, tags), line and
    paragraph separators, surrogates, private-use and unassigned code points, and the printable characters
    that show as nothing (variation selectors, the combining grapheme joiner, Hangul and Braille fillers).
    A newline is allowed when *multiline* is true; no other control character ever is.

    >>> find_hidden_character("Jane Doe") is None
    True
    >>> find_hidden_character("Jane\u202eDoe")
    '\u202e'
    >>> find_hidden_character("Jane\U000e0101Doe")
    '\U000e0101'
    """
    # Every refused category is also non-printable to str.isprintable(), which runs in C: most strings are
    # settled by it and one regular expression, and only those with some non-printable character (a no-break
    # space, say) are walked.
    invisible = _INVISIBLE_PRINTABLE.search(value)
    if (value.replace("\n", "") if multiline else value).isprintable():
        return invisible.group() if invisible else None
    end = invisible.start() if invisible else len(value)
    for character in value[:end]:
        if multiline and character == "\n":
            continue
        if unicodedata.category(character) in _REFUSED_CATEGORIES:
            return character
    return invisible.group() if invisible else None


def describe_character(character: str) -> str:
    """Return a readable name for *character* (``"RIGHT-TO-LEFT OVERRIDE"``)."""
    return unicodedata.name(character, "(unnamed character)")


def check_user_string(value: str, field: str, *, multiline: bool = False, allow_empty: bool = False) -> str:
    """Return *value* unchanged if it is safe to put into legal text, else raise.

    Raises:
        UnsafeTextError: *value* contains a hidden, control or reordering character.
        InvalidSpecError: *value* is empty or only whitespace and *allow_empty* is false.
    """
    character = find_hidden_character(value, multiline=multiline)
    if character is not None:
        raise UnsafeTextError(field, value, character, describe_character(character))
    if not allow_empty and not value.strip():
        msg = f"{field}: must not be empty"
        raise InvalidSpecError(msg)
    return value


#: Whitespace a file may contain outside its strings (removed before the check); inside strings the
#: usual rules still apply.
_FILE_WHITESPACE = str.maketrans("", "", "\t\r")


def check_file_text(text: str, source: str) -> str:
    r"""Return *text*, the content of a user's file, if it has no hidden characters anywhere, else raise.

    Comments count too: a reordering character in a comment can make a file display differently from
    what it says. Tabs and carriage returns are left to the file's own syntax.

    >>> check_file_text("id = 'x'\n", "clauses.toml")
    "id = 'x'\n"

    Raises:
        UnsafeTextError: The text has a hidden, control or reordering character; the message gives its line.
    """
    for number, line, character in hidden_characters_by_line(text):
        where = f"{source}, line {number}"
        raise UnsafeTextError(where, line, character, describe_character(character))
    return text


def hidden_characters_by_line(text: str) -> Iterator[tuple[int, str, str]]:
    r"""Yield ``(line number, line, first hidden character)`` for each line of a file's *text* that has one.

    Tabs and carriage returns are left to the file's own syntax; everything else follows
    :func:`find_hidden_character`.

    >>> list(hidden_characters_by_line("a = 1\n# \u202e\n"))
    [(2, '# \u202e', '\u202e')]
    """
    for number, line in enumerate(text.split("\n"), start=1):
        character = find_hidden_character(line.translate(_FILE_WHITESPACE))
        if character is not None:
            yield number, line, character


def normalise_output(text: str) -> str:
    r"""Return *text* with LF line endings, no trailing spaces and exactly one final newline.

    >>> normalise_output("a  \r\nb\n\n\n")
    'a\nb\n'
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"
