# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Validate and convert the values of clause parameters."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from ethlicense._text import check_user_string
from ethlicense.catalog import suggest
from ethlicense.errors import InvalidSpecError, ParameterError
from ethlicense.models import Clause, Parameter, ParameterKind, ParameterValue

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
MAX_STRING_LENGTH = 500


def _fail(clause: Clause, parameter: Parameter, problem: str) -> ParameterError:
    return ParameterError(clause.id, parameter.name, problem)


def _field(clause: Clause, parameter: Parameter, index: int | None = None) -> str:
    item = "" if index is None else f", item {index + 1}"
    return f"clause {clause.id!r}, parameter {parameter.name!r}{item}"


def _string(clause: Clause, parameter: Parameter, value: object, *, multiline: bool, index: int | None = None) -> str:
    if not isinstance(value, str):
        raise _fail(clause, parameter, f"expected text, got {type(value).__name__} {value!r}")
    check_user_string(value, _field(clause, parameter, index), multiline=multiline)
    if not multiline and len(value) > MAX_STRING_LENGTH:
        raise _fail(clause, parameter, f"longer than {MAX_STRING_LENGTH} characters")
    return value.strip()


def _string_list(clause: Clause, parameter: Parameter, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        check_user_string(value, _field(clause, parameter), allow_empty=True)
        items: list[object] = [item for item in value.split(";") if item.strip()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise _fail(clause, parameter, f"expected a list of strings, got {type(value).__name__} {value!r}")
    result = tuple(_string(clause, parameter, item, multiline=False, index=index) for index, item in enumerate(items))
    if not result:
        raise _fail(clause, parameter, "expected at least one item")
    duplicates = sorted({item for item in result if result.count(item) > 1})
    if duplicates:
        raise _fail(clause, parameter, f"listed twice: {', '.join(map(repr, duplicates))}")
    return result


def _date(clause: Clause, parameter: Parameter, value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        check_user_string(value, _field(clause, parameter), allow_empty=True)
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail(clause, parameter, f"expected a date as YYYY-MM-DD, got {value!r}")


def _boolean(clause: Clause, parameter: Parameter, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        check_user_string(value, _field(clause, parameter), allow_empty=True)
    if isinstance(value, str) and value.strip().casefold() in _TRUE | _FALSE:
        return value.strip().casefold() in _TRUE
    raise _fail(clause, parameter, f"expected true or false, got {value!r}")


def convert(clause: Clause, parameter: Parameter, value: object) -> ParameterValue:
    """Return *value* converted to the type of *parameter*.

    Strings are accepted for every kind (as on the command line): ``a;b`` for a list, ``YYYY-MM-DD`` for a
    date, ``true``/``false`` for a boolean.

    Raises:
        ParameterError: The value has the wrong type or shape.
        UnsafeTextError: The value contains hidden or control characters.
    """
    if parameter.kind is ParameterKind.STRING:
        return _string(clause, parameter, value, multiline=False)
    if parameter.kind is ParameterKind.TEXT:
        return _string(clause, parameter, value, multiline=True)
    if parameter.kind is ParameterKind.STRING_LIST:
        return _string_list(clause, parameter, value)
    if parameter.kind is ParameterKind.DATE:
        return _date(clause, parameter, value)
    return _boolean(clause, parameter, value)


def bind_arguments(clause: Clause, arguments: Mapping[str, object]) -> dict[str, ParameterValue]:
    """Return the complete, validated parameter values of *clause*.

    Every parameter is present in the result: given values converted, defaults filled in, ``None`` for
    optional parameters left out.

    Raises:
        ParameterError: A parameter is unknown, missing or of the wrong type.
    """
    known = {parameter.name for parameter in clause.parameters}
    for name in arguments:
        if name not in known:
            hint = suggest(name, known)
            did_you_mean = f"; did you mean {' or '.join(map(repr, hint))}?" if hint else ""
            listing = ", ".join(sorted(known)) or "none"
            raise ParameterError(clause.id, name, f"no such parameter (parameters: {listing}){did_you_mean}")
    bound: dict[str, ParameterValue] = {}
    for parameter in clause.parameters:
        if parameter.name in arguments and arguments[parameter.name] is not None:
            bound[parameter.name] = convert(clause, parameter, arguments[parameter.name])
        elif parameter.required:
            raise ParameterError(clause.id, parameter.name, f"required ({parameter.description})")
        elif parameter.default is not None:
            bound[parameter.name] = convert(clause, parameter, parameter.default)
        else:
            bound[parameter.name] = None
    return bound


def parse_settings(settings: Sequence[str], chosen: Sequence[str]) -> dict[str, dict[str, str]]:
    """Turn command-line ``CLAUSE.PARAMETER=VALUE`` settings into string arguments by clause.

    Settings of the same parameter accumulate as a ``;``-separated list, the form list parameters take.

    >>> parse_settings(["named-organizations.organizations=A", "named-organizations.organizations=B"],
    ...                ["named-organizations"])
    {'named-organizations': {'organizations': 'A;B'}}

    Raises:
        InvalidSpecError: A setting is malformed or names a clause that is not among *chosen*.
    """
    parsed: dict[str, dict[str, str]] = {}
    for setting in settings:
        key, equals, value = setting.partition("=")
        clause_id, dot, parameter = key.strip().partition(".")
        if not equals or not dot or not clause_id or not parameter:
            msg = f"--set {setting!r}: expected CLAUSE.PARAMETER=VALUE"
            raise InvalidSpecError(msg)
        if clause_id not in chosen:
            msg = f"--set {setting!r}: clause {clause_id!r} is not chosen; add --clause {clause_id}"
            raise InvalidSpecError(msg)
        arguments = parsed.setdefault(clause_id, {})
        previous = arguments.get(parameter)
        arguments[parameter] = value if previous is None else f"{previous};{value}"
    return parsed
