# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A small, deterministic TOML writer and a best-effort finder of the line that sets a key.

The standard library reads TOML (``tomllib``) but does not write it, and reports neither the line of a
key nor the line of a value that fails validation. The writer covers what ethlicense's configuration
holds (strings, booleans, integers, dates and times, arrays, tables and arrays of tables); the finder lets
error messages point at ``ethlicense.toml:7`` instead of only naming the key.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = [
    "TomlSyntaxError",
    "dumps",
    "find_key_line",
    "format_key",
    "parse",
    "toml_key",
    "toml_string",
    "toml_value",
]

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_DELETE = 0x7F
_SPACE = 0x20

_DECODE_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


class TomlSyntaxError(ValueError):
    """Text that is not TOML, or nests too deeply to read.

    Attributes:
        problem: What is wrong, without the position.
        line: The 1-based line of the problem, when known.
    """

    def __init__(self, problem: str, line: int | None = None) -> None:
        self.problem = problem
        self.line = line
        super().__init__(problem if line is None else f"{problem} (at line {line})")


def parse(text: str) -> dict[str, Any]:
    """Read TOML *text* written by a user: the one place that calls :func:`tomllib.loads` on such text.

    A leading byte order mark is ignored, as in every file ethlicense reads.

    >>> parse('\ufeffa = 1')
    {'a': 1}

    Raises:
        TomlSyntaxError: The text is not TOML, or its arrays or tables nest so deeply that the reader
            runs out of stack (a few hundred levels).
    """
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _DECODE_POSITION.search(message)
        raise TomlSyntaxError(_DECODE_POSITION.sub("", message), int(found.group(1)) if found else None) from None
    except RecursionError:
        raise TomlSyntaxError("arrays or tables nested too deeply") from None


#: A path to a value in a TOML document: table and key names, and indexes into arrays of tables.
KeyPath = tuple[str | int, ...]


def _escape(character: str, *, multiline: bool) -> str:
    if multiline and character == "\n":
        return "\n"
    if character in _ESCAPES:
        return _ESCAPES[character]
    if ord(character) < _SPACE or ord(character) == _DELETE:
        return f"\\u{ord(character):04X}"
    return character


def toml_string(value: str) -> str:
    r"""Return *value* as a TOML string: a basic string, or a multi-line one when it holds newlines.

    >>> print(toml_string('Ernst & Young "EY" \\ Co.'))
    "Ernst & Young \"EY\" \\ Co."
    >>> first, middle, last = toml_string("one\ntwo").split("\n")
    >>> first == 3 * '"', middle, last == "two" + first
    (True, 'one', True)
    """
    if "\n" in value:
        return '"""\n' + "".join(_escape(character, multiline=True) for character in value) + '"""'
    return '"' + "".join(_escape(character, multiline=False) for character in value) + '"'


def toml_key(key: str) -> str:
    """Return *key* bare when TOML allows it, quoted otherwise.

    >>> toml_key("organizations"), toml_key("with space")
    ('organizations', '"with space"')
    """
    if _BARE_KEY.fullmatch(key):
        return key
    return '"' + "".join(_escape(character, multiline=False) for character in key) + '"'


def _is_table_array(value: object) -> bool:
    return isinstance(value, list | tuple) and bool(value) and all(isinstance(item, Mapping) for item in value)


def toml_value(value: object) -> str:
    """Return the TOML text of one value (arrays and tables inline).

    >>> toml_value(["a", "b"]), toml_value(True), toml_value(datetime.date(2018, 8, 28))
    ('["a", "b"]', 'true', '2018-08-28')

    Raises:
        TypeError: The value has no TOML form (``None``, for example).
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, Mapping):
        items = ", ".join(f"{toml_key(str(key))} = {toml_value(item)}" for key, item in value.items())
        return "{ " + items + " }" if items else "{}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    msg = f"no TOML form for {type(value).__name__} {value!r}"
    raise TypeError(msg)


def _table_lines(data: Mapping[str, Any], path: Sequence[str]) -> Iterator[str]:
    """Yield the lines of one table's own keys, then of its sub-tables and arrays of tables."""
    nested = []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, Mapping) or _is_table_array(value):
            nested.append((key, value))
        else:
            yield f"{toml_key(key)} = {toml_value(value)}"
    for key, value in nested:
        name = ".".join(toml_key(part) for part in [*path, key])
        if isinstance(value, Mapping):
            yield ""
            yield f"[{name}]"
            yield from _table_lines(value, [*path, key])
            continue
        for item in value:
            yield ""
            yield f"[[{name}]]"
            yield from _table_lines(item, [*path, key])


def dumps(data: Mapping[str, Any]) -> str:
    """Return *data* as a TOML document, keys in the order given; ``None`` values are left out.

    >>> print(dumps({"license": {"base": "MIT", "year": 2026}, "clauses": [{"id": "military"}]}), end="")
    [license]
    base = "MIT"
    year = 2026
    <BLANKLINE>
    [[clauses]]
    id = "military"
    """
    return "\n".join(_table_lines(data, [])).lstrip("\n") + "\n"


def format_key(path: Sequence[str | int]) -> str:
    """Return a key path as people write it: ``clauses[1].organizations``.

    >>> format_key(("clauses", 1, "organizations", 0))
    'clauses[1].organizations[0]'
    """
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


# --- finding the line of a key ------------------------------------------------------------------------


def _split_key(text: str) -> list[str]:
    """Split a (possibly dotted, possibly quoted) TOML key into its parts."""
    parts: list[str] = []
    for match in re.finditer(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_-]+)\s*(?:\.|$)', text):
        token = match.group(1)
        if token.startswith('"'):
            try:
                parts.append(str(json.loads(token)))
            except ValueError:
                parts.append(token[1:-1])
        elif token.startswith("'"):
            parts.append(token[1:-1])
        else:
            parts.append(token)
    return parts


def _scan_value(text: str, depth: int) -> tuple[int, str | None]:
    """Return the bracket depth after *text* and the multi-line string delimiter left open, if any."""
    index = 0
    while index < len(text):
        if text.startswith(('"""', "'''"), index):
            delimiter = text[index : index + 3]
            end = text.find(delimiter, index + 3)
            if end < 0:
                return depth, delimiter
            index = end + 3
            continue
        character = text[index]
        if character == "#":
            break
        if character in "\"'":
            index += 1
            while index < len(text) and text[index] != character:
                index += 2 if character == '"' and text[index] == "\\" else 1
        elif character in "[{":
            depth += 1
        elif character in "]}":
            depth -= 1
        index += 1
    return max(depth, 0), None


def _key_end(line: str) -> int:
    """Return the index of the ``=`` that ends the key on *line*, outside quotes (-1 if none)."""
    quote = ""
    for index, character in enumerate(line):
        if quote:
            if character == quote:
                quote = ""
        elif character in "\"'":
            quote = character
        elif character == "=":
            return index
    return -1


class _KeyIndex:
    """The line of every table header and key of a TOML text, with array-of-tables indexes resolved."""

    def __init__(self, text: str) -> None:
        self.lines: dict[KeyPath, int] = {}
        self._counts: dict[KeyPath, int] = {}
        self._arrays: set[KeyPath] = set()
        self._scan(text)

    def _resolve(self, parts: Sequence[str]) -> KeyPath:
        path: KeyPath = ()
        for part in parts:
            path = (*path, part)
            if path in self._arrays:
                path = (*path, self._counts[path])
        return path

    def _header(self, stripped: str, number: int) -> KeyPath:
        if stripped.startswith("[["):
            parts = _split_key(stripped[2 : stripped.find("]]")])
            parent = self._resolve(parts[:-1])
            array = (*parent, parts[-1])
            self._arrays.add(array)
            self._counts[array] = self._counts.get(array, -1) + 1
            table = (*array, self._counts[array])
        else:
            table = self._resolve(_split_key(stripped[1 : stripped.find("]")]))
        self.lines.setdefault(table, number)
        return table

    def _scan(self, text: str) -> None:
        table: KeyPath = ()
        depth, open_string = 0, None
        for number, line in enumerate(text.splitlines(), start=1):
            if open_string is not None:
                end = line.find(open_string)
                if end < 0:
                    continue
                depth, open_string = _scan_value(line[end + 3 :], depth)
                continue
            if depth > 0:
                depth, open_string = _scan_value(line, depth)
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("["):
                table = self._header(stripped, number)
                continue
            equals = _key_end(line)
            if equals < 0:
                continue
            self.lines.setdefault((*table, *_split_key(line[:equals])), number)
            depth, open_string = _scan_value(line[equals + 1 :], 0)


def find_key_line(text: str, path: Sequence[str | int]) -> int | None:
    r"""Return the line (1-based) that sets *path* in the TOML *text*, or that opens its nearest table.

    Best effort, for error messages: ``None`` when nothing in the text matches.

    >>> text = '[license]\nbase = "MIT"\n\n[[clauses]]\nid = "a"\n\n[[clauses]]\nid = "b"\n'
    >>> find_key_line(text, ("clauses", 1, "id")), find_key_line(text, ("license", "year"))
    (8, 1)
    """
    index = _KeyIndex(text).lines
    target = tuple(path)
    while target and isinstance(target[-1], int) and target not in index:
        target = target[:-1]
    best: tuple[int, int] | None = None
    for key, line in index.items():
        if key == target:
            return line
        if target[: len(key)] == key and (best is None or len(key) > best[0]):
            best = (len(key), line)
    return None if best is None else best[1]
