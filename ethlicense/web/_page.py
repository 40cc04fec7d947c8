# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The builder's page, rendered on the server from the Jinja templates in ``templates/web/``."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import jinja2

from ethlicense._resources import read_template
from ethlicense.assess import criteria
from ethlicense.catalog import Catalog
from ethlicense.formats import bases_data, clauses_data, license_data, verdict_line
from ethlicense.models import RenderedLicense
from ethlicense.web._choices import Choices, permalink_query

__all__ = ["STATIC_FILES", "field_values", "render_page", "static_file"]

#: The files served under ``/static/``, with their media types.
STATIC_FILES = {"builder.js": "text/javascript; charset=utf-8", "builder.css": "text/css; charset=utf-8"}
#: The downloads offered for a license: file name and media type.
DOWNLOADS = {
    "LICENSE": "text/plain; charset=utf-8",
    "ethlicense.toml": "application/toml; charset=utf-8",
    "LICENSE.spdx.json": "application/spdx+json",
}


def _load(name: str) -> str | None:
    if name != "page.html.j2":
        return None
    return read_template("web", name)


@functools.cache
def _environment() -> jinja2.Environment:
    """The HTML environment: autoescaped, strict, and able to load only the page template."""
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.cache
def static_file(name: str) -> str:
    """Return the text of a static file of the page (see :data:`STATIC_FILES`)."""
    if name not in STATIC_FILES:
        raise KeyError(name)
    return read_template("web", name)


def _field_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value)
    return "" if value is None else str(value)


def field_values(choices: Choices | None, catalog: Catalog) -> dict[str, str]:
    """Return the value of every form field: the choices where given, else each parameter's default."""
    values: dict[str, str] = {}
    for clause in catalog.clauses.values():
        for parameter in clause.parameters:
            values[f"{clause.id}.{parameter.name}"] = _field_text(parameter.default)
    values |= dict.fromkeys(("holders", "year", "name", "license_id", "governing_law", "venue", "package_name"), "")
    values["cure_days"] = "30"
    if choices is None:
        return values
    for clause_id, arguments in choices.arguments.items():
        for name, value in arguments.items():
            values[f"{clause_id}.{name}"] = _field_text(value)
    scalars: dict[str, object] = {
        "year": choices.year,
        "name": choices.name,
        "license_id": choices.license_id,
        "cure_days": choices.cure_days,
        "governing_law": choices.governing_law,
        "venue": choices.venue,
        "package_name": choices.package_name,
    }
    values |= {key: _field_text(value) for key, value in scalars.items()}
    values["holders"] = "\n".join(choices.holders)
    return values


def render_page(  # noqa: PLR0913 - everything the page shows, all keyword-only
    *,
    catalog: Catalog,
    choices: Choices | None,
    rendered: RenderedLicense | None,
    error: str | None,
    default_year: int,
    limits: Mapping[str, int],
) -> str:
    """Return the builder's HTML: the form filled with *choices*, and the license or the error message."""
    result: dict[str, Any] | None = None
    if rendered is not None and choices is not None:
        result = license_data(rendered)
        result["verdict"] = verdict_line(rendered)
        result["query"] = permalink_query(choices)
    chosen = set(choices.clauses) if choices is not None else set()
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            bases=bases_data(catalog),
            clauses=clauses_data(catalog),
            base=choices.base if choices is not None else "MIT",
            chosen=chosen,
            allow_void=choices.allow_void_restrictions if choices is not None else False,
            values=field_values(choices, catalog),
            default_year=default_year,
            result=result,
            error=error,
            criteria=criteria(),
            criteria_links={key: {"title": item.title, "url": item.url} for key, item in criteria().items()},
            downloads=list(DOWNLOADS),
            limits=limits,
        )
    )
