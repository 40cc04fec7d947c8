# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""License headers for source files, in the form the REUSE specification reads.

Each header is a tagged copyright line per holder and a tagged license id line (the ``FileCopyrightText``
and ``License-Identifier`` tags of SPDX), in the comment syntax of the file's language. The tags are
assembled from parts here, so that REUSE tools reading this module do not take them for the module's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ethlicense._text import check_user_string
from ethlicense.errors import InvalidSpecError

__all__ = ["COMMENT_STYLES", "CommentStyle", "source_header"]

_SPDX = "SPDX-"
COPYRIGHT_TAG = _SPDX + "FileCopyrightText:"
LICENSE_TAG = _SPDX + "License-" + "Identifier:"


@dataclass(frozen=True)
class CommentStyle:
    """How a language writes a comment: a prefix for each line, or an opening and a closing line."""

    line: str = ""
    """The prefix of a one-line comment (``# ``), when the language has them and the header uses them."""
    opening: str = ""
    """The line that opens a block comment (``/*``)."""
    middle: str = ""
    """The prefix of each line inside the block (`` * ``)."""
    closing: str = ""
    """The line that closes a block comment (`` */``)."""

    def wrap(self, lines: Sequence[str]) -> str:
        """Return *lines* as one comment, with a final newline."""
        if self.line:
            return "".join(f"{self.line}{text}\n" for text in lines)
        return "\n".join([self.opening, *(f"{self.middle}{text}" for text in lines), self.closing]) + "\n"


_HASH = CommentStyle(line="# ")
_SLASHES = CommentStyle(line="// ")
_DASHES = CommentStyle(line="-- ")
_BLOCK = CommentStyle(opening="/*", middle=" * ", closing=" */")
_HTML = CommentStyle(opening="<!--", middle="", closing="-->")

#: The languages ``ethlicense header --lang`` knows, by the name or file extension it is asked with.
COMMENT_STYLES: dict[str, CommentStyle] = {
    "c": _BLOCK,
    "cpp": _SLASHES,
    "cs": _SLASHES,
    "css": _BLOCK,
    "go": _SLASHES,
    "h": _BLOCK,
    "hs": _DASHES,
    "html": _HTML,
    "java": _SLASHES,
    "js": _SLASHES,
    "kt": _SLASHES,
    "lisp": CommentStyle(line=";; "),
    "lua": _DASHES,
    "md": _HTML,
    "php": _SLASHES,
    "pl": _HASH,
    "ps1": _HASH,
    "py": _HASH,
    "r": _HASH,
    "rb": _HASH,
    "rs": _SLASHES,
    "scala": _SLASHES,
    "sh": _HASH,
    "sql": _DASHES,
    "swift": _SLASHES,
    "tex": CommentStyle(line="% "),
    "toml": _HASH,
    "ts": _SLASHES,
    "vim": CommentStyle(line='" '),
    "xml": _HTML,
    "yaml": _HASH,
}


def source_header(license_id: str, holders: Sequence[str], year: int, language: str) -> str:
    """Return the REUSE-style license header for a source file in *language*.

    >>> print(source_header("MIT", ["Jane Doe"], 2026, "c"), end="")  # doctest: +ELLIPSIS
    /*
     * SPDX-...: 2026 Jane Doe
     * SPDX-...: MIT
     */

    Args:
        license_id: The SPDX id or ``LicenseRef-`` id of the license.
        holders: The copyright holders, one line each (none: no copyright line).
        year: The copyright year.
        language: A key of :data:`COMMENT_STYLES` (``py``, ``js``, ``c``, ...).

    Raises:
        InvalidSpecError: An unknown language, or a holder or id with line breaks or hidden characters.
    """
    style = COMMENT_STYLES.get(language.lower())
    if style is None:
        msg = f"unknown language {language!r}; known: {', '.join(sorted(COMMENT_STYLES))}"
        raise InvalidSpecError(msg)
    for index, holder in enumerate(holders):
        check_user_string(holder, f"holders[{index}]")
    check_user_string(license_id, "license id")
    lines = [f"{COPYRIGHT_TAG} {year} {holder}" for holder in holders]
    lines.append(f"{LICENSE_TAG} {license_id}")
    return style.wrap(lines)
