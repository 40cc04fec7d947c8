# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Checking a configuration against the catalog, and saying where in the file each problem is.

Kept apart from :mod:`ethlicense.config` (the schema and the loading), which it serves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic

from ethlicense import _toml
from ethlicense._parameters import convert
from ethlicense._text import check_user_string
from ethlicense.catalog import Catalog, suggest
from ethlicense.compose import clause as configure_clause
from ethlicense.compose import make_spec, render
from ethlicense.errors import (
    ConfigFileError,
    EthLicenseError,
    ParameterError,
    RestrictionRefusedError,
    TemplateSecurityError,
    UnknownClauseError,
    UnknownLicenseError,
    UnsafeTextError,
)
from ethlicense.models import LICENSE_REF_PATTERN, Clause, ConfiguredClause, RenderedLicense

if TYPE_CHECKING:
    from ethlicense.config import ClauseEntry, Config

#: The keys of an inline clause definition; every other key of a ``[[clauses]]`` table is a parameter value.
DEFINITION_KEYS = (
    "id",
    "version",
    "title",
    "summary",
    "restricts",
    "text",
    "template",
    "parameters",
    "sources",
    "rationale",
    "drafting_notes",
)


def located_error(path: Path, text: str, key: Sequence[str | int], problem: str) -> ConfigFileError:
    """Return the error for *problem* at *key* of the TOML file *path* (whose text is *text*), with its line."""
    line = _toml.find_key_line(text, key) if key else None
    return ConfigFileError(str(path), problem, key=_toml.format_key(key) or None, line=line)


def describe_problem(item: Any, known_keys: Sequence[str]) -> str:  # noqa: ANN401 - a pydantic error item
    """Return what a pydantic error item says, in words for a configuration file's author."""
    kind = item["type"]
    location = item["loc"]
    got = f", got {item['input']!r}" if "input" in item and not isinstance(item["input"], dict) else ""
    expected = {
        "int_type": "expected an integer",
        "string_type": "expected a string",
        "bool_type": "expected true or false",
        "tuple_type": "expected an array",
        "list_type": "expected an array",
        "dict_type": "expected a table",
        "model_type": "expected a table",
        "datetime_type": "expected a date and time, such as 2026-01-01T00:00:00Z",
        "datetime_parsing": "expected a date and time, such as 2026-01-01T00:00:00Z",
        "datetime_from_date_parsing": "expected a date and time, such as 2026-01-01T00:00:00Z",
    }
    if kind == "extra_forbidden":
        hints = suggest(str(location[-1]), known_keys)
        known = ", ".join(known_keys)
        did_you_mean = f"; did you mean {' or '.join(map(repr, hints))}?" if hints else f" (known keys: {known})"
        return f"unknown key{did_you_mean}"
    if kind == "missing":
        return "required key is missing"
    if kind in expected:
        return expected[kind] + got
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{message[:1].lower()}{message[1:]}{got if kind != 'value_error' else ''}"


class Resolver:
    """Turns a validated :class:`Config` into a rendered license, locating every error in the file."""

    def __init__(self, config: Config, path: Path, text: str, prefix: tuple[str, ...]) -> None:
        self.config = config
        self.path = path
        self.text = text
        self.prefix = prefix

    def fail(self, key: Sequence[str | int], problem: str) -> ConfigFileError:
        return located_error(self.path, self.text, (*self.prefix, *key), problem)

    def resolve(self, catalog: Catalog) -> tuple[Catalog, RenderedLicense]:
        for index, entry in enumerate(self.config.clauses):
            if entry.definition is not None:
                self._check_definition_keys(index, entry)
                defined = self._define(index, entry.definition)
                try:
                    catalog = catalog.with_clauses([defined])
                except EthLicenseError as error:
                    raise self.fail(("clauses", index, "id"), str(error)) from None
        settings = self.config.license
        try:
            catalog.base(settings.base)
        except UnknownLicenseError as error:
            raise self.fail(("license", "base"), str(error)) from None
        first_index: dict[str, int] = {}
        configured = []
        for index, entry in enumerate(self.config.clauses):
            if entry.id in first_index:
                problem = f"clause {entry.id!r} is chosen twice (first as clauses[{first_index[entry.id]}])"
                raise self.fail(("clauses", index, "id"), problem)
            first_index[entry.id] = index
            configured.append(self._configure(index, entry, catalog))
        if settings.license_id is not None and not re.fullmatch(LICENSE_REF_PATTERN, settings.license_id):
            problem = f"{settings.license_id!r} is not a LicenseRef- id (LicenseRef- then letters, digits, '.' or '-')"
            raise self.fail(("license", "license_id"), problem)
        return catalog, self._render(configured, catalog, first_index)

    def _check_definition_keys(self, index: int, entry: ClauseEntry) -> None:
        """Refuse keys of an inline definition that are neither definition keys nor its parameters."""
        definition = entry.definition or {}
        declared = definition.get("parameters", [])
        names = [item["name"] for item in declared if isinstance(item, dict) and isinstance(item.get("name"), str)]
        for key in entry.arguments:
            if key not in names:
                hints = suggest(key, [*DEFINITION_KEYS, *names])
                hint = f"; did you mean {' or '.join(map(repr, hints))}?" if hints else ""
                problem = f"unknown key in a clause definition (keys: {', '.join(DEFINITION_KEYS)}){hint}"
                raise self.fail(("clauses", index, key), problem)

    def _define(self, index: int, definition: Mapping[str, Any]) -> Clause:
        values = dict(definition)
        if "text" in values and "template" in values:
            raise self.fail(("clauses", index, "template"), "give the clause body as 'text' or 'template', not both")
        body_key = "text" if "text" in values else "template"
        values["template"] = values.pop(body_key)
        try:
            return Clause.model_validate({**values, "builtin": False})
        except pydantic.ValidationError as error:
            first = error.errors()[0]
            location = ["clauses", index, *first["loc"]]
            if len(location) > 2 and location[2] == "template":  # noqa: PLR2004 - ("clauses", index, key)
                location[2] = body_key
            if first["type"] == "extra_forbidden":
                problem = f"unknown key in a clause definition (keys: {', '.join(DEFINITION_KEYS)})"
            else:
                problem = describe_problem(first, DEFINITION_KEYS)
            raise self.fail(location, problem) from None

    def _configure(self, index: int, entry: ClauseEntry, catalog: Catalog) -> ConfiguredClause:
        try:
            clause = catalog.clause(entry.id)
        except UnknownClauseError as error:
            raise self.fail(("clauses", index, "id"), str(error)) from None
        for name, value in entry.arguments.items():
            parameter = clause.parameter(name)
            if parameter is None:
                known = [parameter.name for parameter in clause.parameters]
                candidates = known + (list(DEFINITION_KEYS) if entry.definition is not None else [])
                hints = suggest(name, candidates)
                hint = f"; did you mean {' or '.join(map(repr, hints))}?" if hints else ""
                listing = ", ".join(known) or "none"
                problem = f"clause {clause.id!r} has no parameter {name!r} (parameters: {listing}){hint}"
                raise self.fail(("clauses", index, name), problem)
            try:
                convert(clause, parameter, value)
            except (ParameterError, UnsafeTextError) as error:
                raise self.fail(("clauses", index, name), parameter_problem(error)) from None
        try:
            return configure_clause(clause, **entry.arguments)
        except ParameterError as error:
            raise self.fail(("clauses", index, error.parameter), parameter_problem(error)) from None

    def _render(
        self, configured: list[ConfiguredClause], catalog: Catalog, indexes: Mapping[str, int]
    ) -> RenderedLicense:
        settings = self.config.license
        for position, holder in enumerate(settings.holders):
            try:
                check_user_string(holder, f"holders[{position}]")
            except EthLicenseError as error:
                raise self.fail(("license", "holders", position), str(error)) from None
        try:
            spec = make_spec(
                settings.base,
                clauses=configured,
                holders=settings.holders,
                year=settings.year,
                name=settings.name,
                license_id=settings.license_id,
                allow_void_restrictions=settings.allow_void_restrictions,
                cure_days=settings.cure_days,
                governing_law=settings.governing_law,
                venue=settings.venue,
                catalog=catalog,
            )
            return render(spec, catalog=catalog)
        except RestrictionRefusedError as error:
            raise self.fail(("license", "base"), str(error)) from None
        except TemplateSecurityError as error:
            raise self.fail(("clauses", indexes.get(error.clause_id, 0), "text"), str(error)) from None
        except EthLicenseError as error:
            raise self.fail(self._spec_error_key(str(error), indexes), str(error)) from None

    @staticmethod
    def _spec_error_key(message: str, indexes: Mapping[str, int]) -> tuple[str | int, ...]:
        """Return the key a composition error is about, judged from its message."""
        for clause_id, index in indexes.items():
            if message.startswith(f"{clause_id}:"):
                return ("clauses", index, "text")
        if "copyright line" in message or message.startswith("holders"):
            return ("license", "holders")
        for field in ("name", "license_id", "year", "governing_law", "venue"):
            if message.startswith(field):
                return ("license", field)
        return ("license",)


def parameter_problem(error: ParameterError | UnsafeTextError) -> str:
    if isinstance(error, ParameterError):
        return str(error).removeprefix(f"clause {error.clause_id!r}, parameter {error.parameter!r}: ")
    return str(error)
