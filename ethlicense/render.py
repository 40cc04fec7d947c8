# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Render a :class:`~ethlicense.models.LicenseSpec` to text: the one Jinja environment and the layout.

All templates render in a sandboxed environment with ``StrictUndefined``, so a template can neither
reach Python internals nor silently leave a blank where a value is missing. The layout, the bases and
the clauses shipped with ethlicense render in :func:`environment`; every other clause template renders
in the stricter sandbox of :mod:`ethlicense._sandbox`, with no globals, no access to other templates and
bounded resources. Parameter values, holders and names are passed as data and never evaluated as
templates.
"""

from __future__ import annotations

import functools
import importlib
import re
import textwrap
from collections.abc import Mapping, MutableMapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ethlicense import _snapshot
from ethlicense._resources import read_template, sha256_text
from ethlicense._template_errors import rendering_errors
from ethlicense._text import check_user_string, normalise_output
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.errors import CatalogError, InvalidSpecError
from ethlicense.models import Clause, ConfiguredClause, Layout, LicenseSpec

__all__ = [
    "environment",
    "license_id_for",
    "name_for",
    "render_base_text",
    "render_clause_text",
    "render_text",
    "sha256",
]


def __dir__() -> list[str]:
    return __all__


MAX_LICENSE_REF_LENGTH = 96

#: The names :func:`environment` can load: a packaged template, never a path outside the templates folder.
_TEMPLATE_NAME = re.compile(r"(?:bases|clauses|layouts)/[A-Za-z0-9][A-Za-z0-9.+-]*")


def _load_packaged_template(name: str) -> str | None:
    if _TEMPLATE_NAME.fullmatch(name) is None or ".." in name:
        return None
    return read_template(*name.split("/"))


class _PackagedLoader(jinja2.BaseLoader):
    """Loads the packaged templates by name, precompiled when ``ethlicense._snapshot`` holds their source."""

    def get_source(self, _environment: jinja2.Environment, template: str) -> tuple[str, str | None, None]:
        source = _load_packaged_template(template)
        if source is None:
            raise jinja2.TemplateNotFound(template)
        return source, None, None

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,  # noqa: A002 - Jinja's own name
    ) -> jinja2.Template:
        source, _, _ = self.get_source(environment, name)
        namespace = environment.make_globals(globals)
        precompiled = _precompiled(environment, source, name, namespace)
        if precompiled is not None:
            return precompiled
        return environment.template_class.from_code(environment, environment.compile(source, name), namespace, None)


@functools.cache
def environment() -> SandboxedEnvironment:
    """Return the Jinja environment the layout, the bases and the built-in clauses render in."""
    return SandboxedEnvironment(
        loader=_PackagedLoader(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


def _precompiled(
    env: jinja2.Environment,
    source: str,
    name: str | None,
    template_globals: MutableMapping[str, Any],
) -> jinja2.Template | None:
    """Return the template compiled ahead of time from *source* (see ``scripts/generate_snapshot.py``), or None.

    Only when it was compiled from this very source, under this name, by this Jinja version, for
    :func:`environment`; anything else is compiled afresh.
    """
    if env is not environment() or getattr(jinja2, "__version__", None) != _snapshot.JINJA2_VERSION:
        return None
    entry = _snapshot.TEMPLATES.get(sha256_text(source))
    if entry is None or entry[0] != name:
        return None
    namespace = importlib.import_module(f"{_snapshot.__name__}.{entry[1]}").__dict__
    return env.template_class.from_module_dict(env, namespace, template_globals)


@functools.lru_cache(maxsize=512)
def _compile(source: str, owner: str) -> jinja2.Template:
    precompiled = _precompiled(environment(), source, None, environment().make_globals(None))
    if precompiled is not None:
        return precompiled
    try:
        return environment().from_string(source)
    except jinja2.TemplateSyntaxError as error:
        msg = f"{owner}: template syntax error on line {error.lineno}: {error.message}"
        raise CatalogError(msg) from None


def _is_shipped(clause: Clause) -> bool:
    """Return whether *clause* is exactly a clause of the built-in catalog (and so trusted)."""
    return clause.builtin and default_catalog().clauses.get(clause.id) == clause


def _render(template: jinja2.Template, owner: str, context: Mapping[str, Any]) -> str:
    with rendering_errors(owner):
        return template.render(context)


def sha256(text: str) -> str:
    """Return the hex SHA-256 of *text* encoded as UTF-8."""
    return sha256_text(text)


def render_clause_text(configured: ConfiguredClause) -> str:
    """Return the body of one clause with its parameters filled in (no heading, no final newline).

    Raises:
        TemplateSecurityError: A user-defined clause's template did something the sandbox refuses.
        UnsafeTextError: A user-defined clause's template wrote a hidden, control or reordering character.
        CatalogError: The template failed for another reason (an undefined value, a type error...).
    """
    clause = configured.clause
    if _is_shipped(clause):
        text = _render(_compile(clause.template, clause.id), clause.id, configured.arguments)
    else:
        # The strict sandbox is loaded only for user-defined clauses.
        from ethlicense._sandbox import compile_clause_template, render_clause_template  # noqa: PLC0415

        parameters = frozenset(parameter.name for parameter in clause.parameters)
        template = compile_clause_template(clause.template, clause.id, parameters)
        text = render_clause_template(template, clause.id, configured.arguments)
        # A template cannot contain hidden characters, but it could write one with an escape ('\u202e').
        check_user_string(normalise_output(text), f"clause {clause.id!r}, its rendered text", multiline=True)
    return normalise_output(text).rstrip("\n")


def copyright_notice(spec: LicenseSpec) -> str:
    """Return the copyright notice of *spec* in its base's format, or ``""`` when there are no holders."""
    if not spec.holders:
        return ""
    return spec.base.copyright_format.format(year=spec.year, holders=", ".join(spec.holders))


def _base_text(spec: LicenseSpec, catalog: Catalog, notice: str) -> str:
    template = _compile(catalog.base_template(spec.base.id), spec.base.id)
    text = _render(template, spec.base.id, {"copyright_notice": notice})
    return normalise_output(text).rstrip("\n")


def render_base_text(spec: LicenseSpec, catalog: Catalog | None = None) -> str:
    """Return the base license's canonical text with the copyright notice of *spec* filled in.

    A base whose SPDX text has no place for a copyright notice (the GPL family, MPL-2.0, BSL-1.0) is returned
    exactly as the SPDX License List has it: the notice then belongs in a NOTICE file or in source headers.

    Raises:
        InvalidSpecError: The base has a copyright line and *spec* names no holders.
    """
    catalog = catalog or default_catalog()
    if spec.base.requires_holders and not spec.holders:
        msg = f"{spec.base.id} has a copyright line to fill in: name at least one copyright holder"
        raise InvalidSpecError(msg)
    return _base_text(spec, catalog, copyright_notice(spec))


#: What stands for the id and for the copyright notice in the text whose digest names a license: the id
#: identifies the terms, which neither the id itself nor the holders' names are part of.
_ID_PLACEHOLDER = "LicenseRef-this-license"
_NOTICE_PLACEHOLDER = "Copyright (c) YEAR HOLDERS"
_DIGEST_LENGTH = 10


def license_id_for(spec: LicenseSpec, *, catalog: Catalog | None = None) -> str:
    """Return the SPDX id of the rendered license: the base's id when bare, else a ``LicenseRef-`` id.

    The ``LicenseRef-`` id names the base and the clauses and ends with a digest of the license terms (the
    whole text but for the copyright notice and the id itself), so two different texts never share an id and
    the same terms always get the same one.

    >>> from ethlicense.compose import make_spec
    >>> license_id_for(make_spec("MIT", holders=["A"], year=2026))
    'MIT'
    >>> license_id_for(make_spec("MIT", clauses=["military"], holders=["A"], year=2026))  # doctest: +ELLIPSIS
    'LicenseRef-MIT-with-military-...'
    """
    if spec.license_id is not None:
        return spec.license_id
    if not spec.clauses:
        return spec.base.id
    catalog = catalog or default_catalog()
    terms = _render_license(spec, catalog, license_id=_ID_PLACEHOLDER, notice=_NOTICE_PLACEHOLDER, markdown=False)
    digest = sha256(terms)[:_DIGEST_LENGTH]
    readable = f"LicenseRef-{spec.base.id}-with-" + "-".join(item.id for item in spec.clauses)
    if len(readable) + 1 + _DIGEST_LENGTH > MAX_LICENSE_REF_LENGTH:
        readable = f"LicenseRef-{spec.base.id}-with-{len(spec.clauses)}-conditions"
    return f"{readable}-{digest}"


def name_for(spec: LicenseSpec) -> str:
    """Return the full name of the rendered license; it never begins with the base's name when restricted.

    >>> from ethlicense.compose import make_spec
    >>> name_for(make_spec("MIT", clauses=["military"], holders=["A"], year=2026))
    'Conditional license based on the MIT License (No military use)'
    """
    if spec.name is not None:
        return spec.name
    if not spec.clauses:
        return spec.base.name
    titles = "; ".join(item.clause.title for item in spec.clauses)
    return f"Conditional license based on the {spec.base.name} ({titles})"


def render_text(
    spec: LicenseSpec, *, markdown: bool = False, catalog: Catalog | None = None, license_id: str | None = None
) -> str:
    """Return the whole license text of *spec* (plain text, or Markdown when *markdown* is true).

    The output has LF line endings, no trailing spaces and exactly one final newline; the same spec always
    gives the same bytes. *license_id* saves computing the id again when the caller has it.
    """
    catalog = catalog or default_catalog()
    if spec.base.requires_holders and not spec.holders:
        render_base_text(spec, catalog)  # raises the error that names the missing holder
    license_id = license_id or license_id_for(spec, catalog=catalog)
    return _render_license(spec, catalog, license_id=license_id, notice=copyright_notice(spec), markdown=markdown)


def _section_numbers(count: int) -> dict[str, str]:
    """Number the Additional Conditions: definitions, the *count* clauses, breach and cure, general terms."""
    return {
        "definitions_number": "A1",
        "first_number": "A2",
        "last_number": f"A{count + 1}",
        "breach_number": f"A{count + 2}",
        "general_number": f"A{count + 3}",
    }


def _render_license(spec: LicenseSpec, catalog: Catalog, *, license_id: str, notice: str, markdown: bool) -> str:
    base = spec.base
    base_text = _base_text(spec, catalog, notice)
    context: dict[str, Any] = {
        "name": name_for(spec),
        "base": base,
        "base_text": base_text,
        "sections": [],
        "markdown": markdown,
        "license_id": license_id,
    }
    if spec.clauses:
        numbers = _section_numbers(len(spec.clauses))
        two_part = base.layout is Layout.TWO_PART
        conditions_context = {
            **numbers,
            "sections": [
                {"number": f"A{index}", "title": item.clause.title, "text": render_clause_text(item)}
                for index, item in enumerate(spec.clauses, start=2)
            ],
            "base": base,
            "two_part": two_part,
            "base_terms": "Part 2" if two_part else "the other terms of this license",
            "cure_days": spec.cure_days,
            "governing_law": spec.governing_law,
            "venue": spec.venue,
            "license_id": license_id,
            "catalog_version": catalog.versions.catalog,
            "markdown": markdown and two_part,
        }
        conditions = _render(environment().get_template("layouts/conditions.j2"), "layout", conditions_context)
        context.update(numbers)
        context["sections"] = conditions_context["sections"]
        context["conditions"] = normalise_output(conditions).strip("\n")
        context["layout"] = str(base.layout)
        context["copyright_notice"] = "" if base.holds_copyright_notice else notice
        if not two_part:
            head, tail = _split_at(base_text, base.conditions_after, base.id)
            if base.title_line:
                head = _without_title(head, base.title_line)
            lead_in = base.lead_in.format(first=numbers["definitions_number"], last=numbers["general_number"])
            indent = lead_in[: len(lead_in) - len(lead_in.lstrip(" "))]
            context["base_head"] = head
            context["base_tail"] = tail
            context["lead_in"] = textwrap.fill(
                lead_in, width=100, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
            )
    layout = environment().get_template("layouts/license.j2")
    return normalise_output(_render(layout, "layout", context))


def _without_title(head: str, title: str) -> str:
    """Return *head* without the paragraph that is exactly *title* (the base's heading, first or after the notice)."""
    paragraphs = head.split("\n\n")
    if title in paragraphs:
        paragraphs.remove(title)
    return "\n\n".join(paragraphs)


def _split_at(base_text: str, anchor: str, base_id: str) -> tuple[str, str]:
    """Split *base_text* right after *anchor* (which must occur once), dropping the blank lines between."""
    if base_text.count(anchor) != 1:
        msg = f"{base_id}: the words {anchor!r} must occur exactly once in the base text to place conditions after"
        raise CatalogError(msg)
    index = base_text.index(anchor) + len(anchor)
    return base_text[:index].rstrip("\n"), base_text[index:].lstrip("\n")
