# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Declared license values: SPDX expressions, and the names package manifests use instead of ids.

A manifest's license value is read as an SPDX license expression (``AND``, ``OR``, ``WITH``, parentheses;
operators in any case; ids matched to the SPDX License List without regard to case; the deprecated GNU ids
mapped to current ones; Cargo's old ``MIT/Apache-2.0`` read as ``OR``), else as a well-known name ("MIT
License", "Apache License, Version 2.0", Trove classifier names), else as nothing comparable
(``SEE LICENSE IN ...``, ``UNLICENSED``, free text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from ethlicense.check._checker import remembered

__all__ = [
    "covers",
    "is_known",
    "is_osi_approved",
    "license_from_name",
    "open_id",
    "parse_declared_value",
    "shorten",
]

#: The longest value quoted in a report.
_LONGEST_VALUE: Final = 200


def shorten(value: str, limit: int = _LONGEST_VALUE) -> str:
    """Return *value* on one line, cut to *limit* characters with an ellipsis."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


#: Deprecated SPDX ids for GNU licenses, still common in manifests, and their current ids.
_DEPRECATED: Final = {
    "GPL-1.0": "GPL-1.0-only",
    "GPL-2.0": "GPL-2.0-only",
    "GPL-3.0": "GPL-3.0-only",
    "LGPL-2.0": "LGPL-2.0-only",
    "LGPL-2.1": "LGPL-2.1-only",
    "LGPL-3.0": "LGPL-3.0-only",
    "AGPL-1.0": "AGPL-1.0-only",
    "AGPL-3.0": "AGPL-3.0-only",
    "GFDL-1.1": "GFDL-1.1-only",
    "GFDL-1.2": "GFDL-1.2-only",
    "GFDL-1.3": "GFDL-1.3-only",
}

#: Names that are not SPDX ids, as manifests and Trove classifiers write them (lowercase, without "license",
#: punctuation reduced to spaces), and the SPDX ids they may mean. ``BSD`` stands for the BSD family.
_NAMES: Final[Mapping[str, tuple[str, ...]]] = {
    "mit": ("MIT",),
    "expat": ("MIT",),
    "mit no attribution mit 0": ("MIT-0",),
    "bsd": ("BSD",),
    "new bsd": ("BSD-3-Clause",),
    "modified bsd": ("BSD-3-Clause",),
    "3 clause bsd": ("BSD-3-Clause",),
    "bsd 3 clause": ("BSD-3-Clause",),
    "simplified bsd": ("BSD-2-Clause",),
    "2 clause bsd": ("BSD-2-Clause",),
    "bsd 2 clause": ("BSD-2-Clause",),
    "apache": ("Apache-2.0", "Apache-1.1"),
    "apache software": ("Apache-2.0", "Apache-1.1"),
    "apache 2": ("Apache-2.0",),
    "apache 2 0": ("Apache-2.0",),
    "apache version 2 0": ("Apache-2.0",),
    "apache software 2 0": ("Apache-2.0",),
    "asl 2 0": ("Apache-2.0",),
    "isc": ("ISC",),
    "isc iscl": ("ISC",),
    "iscl": ("ISC",),
    "psf": ("Python-2.0", "PSF-2.0"),
    "psfl": ("Python-2.0", "PSF-2.0"),
    "python software foundation": ("Python-2.0", "PSF-2.0"),
    "mozilla public 2 0 mpl 2 0": ("MPL-2.0",),
    "mpl 2 0": ("MPL-2.0",),
    "mpl2": ("MPL-2.0",),
    "zlib": ("Zlib",),
    "zlib libpng": ("Zlib",),
    "boost software 1 0 bsl 1 0": ("BSL-1.0",),
    "the unlicense unlicense": ("Unlicense",),
    "unlicense": ("Unlicense",),
    "university of illinois ncsa open source": ("NCSA",),
    "eclipse public 2 0 epl 2 0": ("EPL-2.0",),
    "eclipse public 1 0 epl 1 0": ("EPL-1.0",),
    "gnu general public gpl": ("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"),
    "gpl": ("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"),
    "gnu general public v2 gplv2": ("GPL-2.0-only",),
    "gnu general public v2 or later gplv2": ("GPL-2.0-or-later",),
    "gnu general public v3 gplv3": ("GPL-3.0-only",),
    "gnu general public v3 or later gplv3": ("GPL-3.0-or-later",),
    "gplv2": ("GPL-2.0-only",),
    "gplv3": ("GPL-3.0-only",),
    "gnu lesser general public v2 lgplv2": ("LGPL-2.0-only", "LGPL-2.1-only"),
    "gnu lesser general public v2 or later lgplv2": ("LGPL-2.0-or-later", "LGPL-2.1-or-later"),
    "gnu lesser general public v3 lgplv3": ("LGPL-3.0-only",),
    "gnu lesser general public v3 or later lgplv3": ("LGPL-3.0-or-later",),
    "gnu library or lesser general public lgpl": ("LGPL-2.0-only", "LGPL-2.1-only", "LGPL-3.0-only"),
    "gnu affero general public v3": ("AGPL-3.0-only",),
    "gnu affero general public v3 or later agplv3": ("AGPL-3.0-or-later",),
}

_TOKEN: Final = re.compile(r"\s*(\(|\)|[A-Za-z0-9.+:-]+)")
_OPERATORS: Final = frozenset({"AND", "OR", "WITH"})
_SEE_LICENSE: Final = re.compile(r"^\s*see licen[cs]e in\s+(?P<file>\S.*?)\s*$", re.IGNORECASE)
_NAME_NOISE: Final = re.compile(r"[^a-z0-9]+")


@remembered("spdx-ids")
def _spdx_ids() -> Mapping[str, str]:
    """Every SPDX license id, by its lowercase form."""
    from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: PLC0415 - loaded only when a tree is checked

    return {license_id.lower(): license_id for license_id in load_spdx_licenses().licenses}


@remembered("license-families")
def _families() -> frozenset[str]:
    return frozenset(_family(license_id) for license_id in _spdx_ids().values())


def is_osi_approved(license_id: str) -> bool:
    """Return whether the SPDX License List marks *license_id* OSI-approved (``BSD`` counts as approved)."""
    from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: PLC0415 - see _spdx_ids

    if license_id == "BSD":
        return True
    entry = load_spdx_licenses().licenses.get(license_id)
    return entry is not None and entry.osi_approved


def _normal_id(token: str) -> str:
    """Return the SPDX id *token* names (case as on the list, deprecated GNU ids renamed); else *token*."""
    if token.lower().startswith(("licenseref-", "documentref-")):
        return token
    later = token.endswith("+")
    bare = token.removesuffix("+")
    for old, new in _DEPRECATED.items():
        if bare.lower() == old.lower():
            return new.replace("-only", "-or-later") if later else new
    known = _spdx_ids().get(bare.lower())
    if known is None:
        return token
    return known + ("+" if later else "")


class _Parser:
    """A recursive-descent reader of SPDX expressions (``MIT OR (Apache-2.0 WITH LLVM-exception)``).

    Operators are read in any case and ``/`` as ``OR`` (Cargo's old form); the result is the expression
    rewritten with SPDX's spelling of each id, and the license ids in order.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        self.position = 0
        self.ids: list[str] = []

    @staticmethod
    def _tokens(text: str) -> list[str]:
        tokens: list[str] = []
        position = 0
        text = text.rstrip()
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None:
                msg = f"unexpected {text[position:].strip()[:20]!r}"
                raise ValueError(msg)
            token = match.group(1)
            tokens.append(token.upper() if token.upper() in _OPERATORS else token)
            position = match.end()
        return tokens

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            msg = "the expression ends too early"
            raise ValueError(msg)
        self.position += 1
        return token

    def parse(self) -> str:
        self.tokens = self._tokens(self.text.replace("/", " OR "))
        if not self.tokens:
            msg = "empty"
            raise ValueError(msg)
        expression = self._or()
        if self._peek() is not None:
            msg = f"unexpected {self._peek()!r}"
            raise ValueError(msg)
        return expression

    def _or(self) -> str:
        parts = [self._and()]
        while self._peek() == "OR":
            self._take()
            parts.append(self._and())
        return " OR ".join(parts)

    def _and(self) -> str:
        parts = [self._with()]
        while self._peek() == "AND":
            self._take()
            parts.append(self._with())
        return " AND ".join(parts)

    def _with(self) -> str:
        token = self._take()
        if token == "(":  # noqa: S105 - a token of the expression, not a password
            inner = self._or()
            if self._take() != ")":
                msg = "a parenthesis is not closed"
                raise ValueError(msg)
            return f"({inner})" if " " in inner else inner
        if token in _OPERATORS or token == ")":  # noqa: S105 - see above
            msg = f"unexpected {token!r}"
            raise ValueError(msg)
        license_id = _normal_id(token)
        self.ids.append(license_id)
        if self._peek() == "WITH":
            self._take()
            exception = self._take()
            if exception in _OPERATORS or exception in "()":
                msg = f"unexpected {exception!r} after WITH"
                raise ValueError(msg)
            return f"{license_id} WITH {exception}"
        return license_id


def license_from_name(value: str) -> tuple[str, ...] | None:
    words = _NAME_NOISE.sub(" ", value.lower()).replace(" licence", " license").replace(" license", " ")
    key = " ".join(words.replace("license ", " ").split())
    return _NAMES.get(key)


def parse_declared_value(value: str) -> tuple[str | None, tuple[str, ...], str | None]:
    """Read a declared license value: ``(expression, license ids, referred file)``.

    >>> parse_declared_value("mit or apache-2.0")
    ('MIT OR Apache-2.0', ('MIT', 'Apache-2.0'), None)
    >>> parse_declared_value("MIT/Apache-2.0")
    ('MIT OR Apache-2.0', ('MIT', 'Apache-2.0'), None)
    >>> parse_declared_value("SEE LICENSE IN LICENSE.md")
    (None, (), 'LICENSE.md')
    >>> parse_declared_value("Apache License 2.0")
    ('Apache-2.0', ('Apache-2.0',), None)
    >>> parse_declared_value("Copyright (c) 2020 Jane Doe. Permission is hereby granted...")
    (None, (), None)
    """
    see = _SEE_LICENSE.match(value)
    if see:
        return None, (), see.group("file")
    if value.strip().upper() == "UNLICENSED" or "\n" in value.strip():
        return None, (), None
    parser = _Parser(value)
    try:
        expression = parser.parse()
    except ValueError:
        expression = None
    if expression is not None and (
        len(parser.ids) > 1 or parser.ids[0].removesuffix("+").lower() in _spdx_ids() or "-" in parser.ids[0]
    ):
        return expression, tuple(dict.fromkeys(parser.ids)), None
    named = license_from_name(value)
    if named is not None:
        shown = named[0] if len(named) == 1 else shorten(value, 40)
        return shown, named, None
    if expression is not None and expression.lower().startswith(("licenseref-", "documentref-")):
        return expression, tuple(parser.ids), None
    return None, (), None


def _family(license_id: str) -> str:
    """The license a text can show: GNU ``-only``, ``-or-later`` and ``+`` share one text."""
    return license_id.lower().removesuffix("+").removesuffix("-only").removesuffix("-or-later")


#: Ids whose texts hold one another: SPDX's Python-2.0 and Python-2.0.1 texts are the stack of licenses of
#: Python, whose first part is the PSF License Agreement (PSF-2.0); packages declare either for that file.
_SAME_TEXT: Final = frozenset({"psf-2.0", "python-2.0", "python-2.0.1"})


def covers(declared_id: str, base: str) -> bool:
    """Return whether a text of the license *base* is a text of the declared license *declared_id*.

    >>> covers("GPL-2.0-or-later", "GPL-2.0-only"), covers("BSD", "BSD-2-Clause"), covers("MIT", "ISC")
    (True, True, False)
    """
    if declared_id == "BSD":
        return base.startswith("BSD-") or base == "0BSD"
    declared, found = _family(declared_id), _family(base)
    return declared == found or {declared, found} <= _SAME_TEXT


def is_known(license_id: str) -> bool:
    """Return whether *license_id* is on the SPDX License List (``-only``/``-or-later``/``+`` aside), or ``BSD``."""
    return license_id == "BSD" or _family(license_id) in _families()


def open_id(license_id: str) -> str:
    """Return the listed id whose OSI approval counts for *license_id* (``MIT+`` is ``MIT``)."""
    return license_id.removesuffix("+")
