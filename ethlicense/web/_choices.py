# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What a person chose on the page: read from a form or a URL query, rendered, and turned into files.

The form's field names are the URL query's keys, so the query of a permalink is the form itself:
``base``, ``clause`` (once per clause), ``holders`` (one per line), ``year``, ``name``, ``license_id``,
``cure_days``, ``governing_law``, ``venue``, ``allow_void_restrictions``, ``package_name``, and
``<clause id>.<parameter>`` for each parameter of a chosen clause (a list one item per line, a date as
``YYYY-MM-DD``, a boolean as ``true`` or ``false``).

>>> choices = choices_from_fields([("base", "MIT"), ("clause", "military"), ("holders", "Jane Doe"), ("year", "2026")])
>>> compose_choices(choices).license_id.startswith("LicenseRef-MIT-with-military-")
True
>>> permalink_query(choices)
'base=MIT&clause=military&holders=Jane+Doe&year=2026'
"""

from __future__ import annotations

import datetime
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ethlicense.catalog import Catalog, default_catalog
from ethlicense.compose import clause as configure_clause
from ethlicense.compose import compose
from ethlicense.config import ClauseEntry, Config, LicenseSettings, OutputSettings, SpdxSettings, config_toml
from ethlicense.errors import InvalidSpecError
from ethlicense.models import ParameterKind, ParameterValue, RenderedLicense

__all__ = [
    "DEFAULT_PACKAGE_NAME",
    "Choices",
    "choices_from_fields",
    "compose_choices",
    "config_text",
    "permalink_query",
    "spdx_text",
]

#: The package an SPDX document describes when none is named.
DEFAULT_PACKAGE_NAME = "project"
#: The most form fields or query keys one request may carry.
MAX_FIELDS = 400

#: A parameter value as the API takes it: text (a list may be ``;``-separated, as on the command line), a
#: list of strings, or a boolean.
ArgumentValue = str | bool | list[str] | None


class Choices(BaseModel):
    """The choices that make a license: the body of ``POST /api/render``.

    The fields mirror ``ethlicense render``'s options; ``arguments`` holds the parameter values of each
    chosen clause, by clause id and parameter name (the command line's ``--set CLAUSE.PARAM=VALUE``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: str = Field(min_length=1, max_length=100, examples=["MIT"])
    """The SPDX id of the base license (see ``/api/bases``)."""
    clauses: list[Annotated[str, Field(max_length=100)]] = Field(default=[], max_length=100, examples=[["military"]])
    """The ids of the chosen clauses (see ``/api/clauses``)."""
    arguments: dict[str, dict[str, ArgumentValue]] = Field(
        default={}, examples=[{"named-organizations": {"organizations": ["Example Corporation"]}}]
    )
    """Parameter values by clause id and parameter name."""
    holders: list[str] = Field(default=[], max_length=100, examples=[["Jane Doe"]])
    year: int | None = Field(default=None, examples=[2026])
    """The copyright year; this year (or ``SOURCE_DATE_EPOCH``'s) when left out."""
    name: str | None = None
    license_id: str | None = None
    allow_void_restrictions: bool = False
    cure_days: int = 30
    governing_law: str | None = None
    venue: str | None = None
    package_name: str | None = None
    """The package the SPDX document describes (``project`` when left out); it does not change the license."""


_SCALARS = ("base", "year", "name", "license_id", "cure_days", "governing_law", "venue", "package_name")
_FLAGS = ("allow_void_restrictions",)
_TRUE = frozenset({"true", "on", "yes", "1"})
_FALSE = frozenset({"false", "off", "no", "0"})


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _integer(field: str, value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        msg = f"{field}: expected a whole number, got {value!r}"
        raise InvalidSpecError(msg) from None


def _flag(field: str, value: str) -> bool:
    folded = value.strip().casefold()
    if folded in _TRUE | _FALSE:
        return folded in _TRUE
    msg = f"{field}: expected true or false, got {value!r}"
    raise InvalidSpecError(msg)


def _clause_arguments(
    parameters: Mapping[str, list[str]], chosen: Sequence[str], catalog: Catalog
) -> dict[str, dict[str, ArgumentValue]]:
    """Return the parameter values of the chosen clauses; fields of clauses not chosen are ignored.

    A form carries the fields of every clause, ticked or not, so only the ticked ones count. An empty field
    is a value left out; the last of repeated fields wins (a checkbox follows its hidden ``false``).
    """
    arguments: dict[str, dict[str, ArgumentValue]] = {}
    for key, values in parameters.items():
        clause_id, _, name = key.partition(".")
        if clause_id not in chosen:
            continue
        known = catalog.clause(clause_id).parameter(name)
        value = values[-1]
        converted: ArgumentValue
        if known is not None and known.kind is ParameterKind.STRING_LIST:
            converted = _lines("\n".join(values)) or None
        elif known is not None and known.kind is ParameterKind.TEXT:
            converted = value.replace("\r\n", "\n").strip() or None
        else:
            # Unknown parameters go through too, so that the library refuses them with its own message.
            converted = value.strip() or None
        if converted is not None:
            arguments.setdefault(clause_id, {})[name] = converted
    return arguments


def choices_from_fields(fields: Iterable[tuple[str, str]], *, catalog: Catalog | None = None) -> Choices:
    """Return the choices held by form fields or URL query pairs (see the module's description).

    Raises:
        InvalidSpecError: A field is unknown, repeated where it may not be, or not a number where one is needed.
        UnknownClauseError: A chosen clause does not exist.
    """
    catalog = catalog or default_catalog()
    scalars: dict[str, str] = {}
    flags: dict[str, bool] = {}
    clauses: list[str] = []
    holders: list[str] = []
    parameters: dict[str, list[str]] = {}
    for count, (key, value) in enumerate(fields, start=1):
        if count > MAX_FIELDS:
            msg = f"more than {MAX_FIELDS} fields"
            raise InvalidSpecError(msg)
        if key == "clause":
            if value.strip():
                clauses.append(value.strip())
        elif key in {"holders", "holder"}:
            holders += _lines(value)
        elif key in _SCALARS:
            scalars[key] = value
        elif key in _FLAGS:
            flags[key] = _flag(key, value)
        elif "." in key:
            parameters.setdefault(key, []).append(value)
        else:
            msg = f"unknown field {key!r}"
            raise InvalidSpecError(msg)
    chosen = list(dict.fromkeys(clauses))
    for clause_id in chosen:
        catalog.clause(clause_id)
    text = {key: value.strip() for key, value in scalars.items() if value.strip()}
    return Choices(
        base=text.get("base", "MIT"),
        clauses=chosen,
        arguments=_clause_arguments(parameters, chosen, catalog),
        holders=holders,
        year=_integer("year", text["year"]) if "year" in text else None,
        name=text.get("name"),
        license_id=text.get("license_id"),
        allow_void_restrictions=flags.get("allow_void_restrictions", False),
        cure_days=_integer("cure_days", text["cure_days"]) if "cure_days" in text else 30,
        governing_law=text.get("governing_law"),
        venue=text.get("venue"),
        package_name=text.get("package_name"),
    )


def _query_value(value: ArgumentValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "\n".join(value)
    return value or ""


def permalink_query(choices: Choices) -> str:
    """Return the URL query that holds *choices* (the page's form fields, so the page reads it back)."""
    pairs: list[tuple[str, str]] = [("base", choices.base)]
    pairs += [("clause", clause_id) for clause_id in dict.fromkeys(choices.clauses)]
    for clause_id in dict.fromkeys(choices.clauses):
        for name, value in choices.arguments.get(clause_id, {}).items():
            if value is not None:
                pairs.append((f"{clause_id}.{name}", _query_value(value)))
    if choices.holders:
        pairs.append(("holders", "\n".join(choices.holders)))
    optional: dict[str, object] = {
        "year": choices.year,
        "name": choices.name,
        "license_id": choices.license_id,
        "cure_days": choices.cure_days if choices.cure_days != 30 else None,  # noqa: PLR2004 - the default
        "governing_law": choices.governing_law,
        "venue": choices.venue,
        "allow_void_restrictions": "true" if choices.allow_void_restrictions else None,
        "package_name": choices.package_name,
    }
    pairs += [(key, str(value)) for key, value in optional.items() if value is not None]
    return urllib.parse.urlencode(pairs)


def compose_choices(choices: Choices, *, catalog: Catalog | None = None) -> RenderedLicense:
    """Render *choices* exactly as ``ethlicense render`` renders the same options.

    Raises:
        EthLicenseError: What ``ethlicense render`` would refuse, with the same message.
    """
    catalog = catalog or default_catalog()
    chosen = list(dict.fromkeys(choices.clauses))
    for clause_id in choices.arguments:
        if clause_id not in chosen:
            msg = f"arguments for clause {clause_id!r}, which is not chosen; add it to the clauses"
            raise InvalidSpecError(msg)
    configured = [configure_clause(catalog.clause(key), **choices.arguments.get(key, {})) for key in chosen]
    return compose(
        choices.base,
        clauses=configured,
        holders=choices.holders,
        year=choices.year,
        name=choices.name,
        license_id=choices.license_id,
        allow_void_restrictions=choices.allow_void_restrictions,
        cure_days=choices.cure_days,
        governing_law=choices.governing_law,
        venue=choices.venue,
        catalog=catalog,
    )


def _toml_argument(value: ParameterValue) -> object:
    return list(value) if isinstance(value, tuple) else value


def _created(rendered: RenderedLicense) -> datetime.datetime:
    """The SPDX document's creation time: 1 January of the license's year, as ``ethlicense build`` uses."""
    return datetime.datetime(rendered.spec.year, 1, 1, tzinfo=datetime.UTC)


def config_text(rendered: RenderedLicense, *, package_name: str | None = None) -> str:
    """Return an ``ethlicense.toml`` from which ``ethlicense build`` writes exactly *rendered*'s text.

    Every parameter value is written out, defaults included, so a later change of a default does not
    change the license; the SPDX document's identity is fixed, so ``build`` also writes the same document
    as :func:`spdx_text`.
    """
    spec = rendered.spec
    config = Config(
        license=LicenseSettings(
            base=spec.base.id,
            holders=spec.holders,
            year=spec.year,
            name=spec.name,
            license_id=spec.license_id,
            allow_void_restrictions=spec.allow_void_restrictions,
            cure_days=spec.cure_days,
            governing_law=spec.governing_law,
            venue=spec.venue,
        ),
        clauses=tuple(
            ClauseEntry(
                id=item.id,
                arguments={name: _toml_argument(value) for name, value in item.arguments.items() if value is not None},
            )
            for item in spec.clauses
        ),
        outputs=OutputSettings(include=("spdx",)),
        spdx=SpdxSettings(package_name=package_name or DEFAULT_PACKAGE_NAME, created=_created(rendered)),
    )
    comment = (
        f"{rendered.name}\n"
        f"{rendered.license_id}\n"
        "Made with ethlicense's license builder. `ethlicense build` writes the LICENSE and the SPDX document\n"
        "from this file; `ethlicense verify` checks that they still match it."
    )
    return config_toml(config, comment=comment)


def spdx_text(rendered: RenderedLicense, *, package_name: str | None = None) -> str:
    """Return the SPDX 2.3 JSON document that ``ethlicense build`` writes from :func:`config_text`'s file.

    Raises:
        EthLicenseError: The package name is unusable, or spdx-tools finds the document invalid.
    """
    from ethlicense.spdx import default_namespace, spdx_json, to_spdx_document  # noqa: PLC0415 - lazy, as in build

    name = package_name or DEFAULT_PACKAGE_NAME
    document = to_spdx_document(
        rendered,
        package_name=name,
        created=_created(rendered),
        namespace=default_namespace(name, rendered.license_id, rendered.sha256),
    )
    return spdx_json(document)
