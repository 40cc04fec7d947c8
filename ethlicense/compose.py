# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Compose a license: pick a base and clauses, validate everything, render, assess, record provenance.

The provenance record (:class:`~ethlicense.models.Provenance`) is data, made here with the license;
:mod:`ethlicense.provenance` formats it (Markdown, JSON) with the other outputs.

>>> import ethlicense
>>> lic = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
>>> lic.license_id.startswith("LicenseRef-MIT-with-military-"), lic.osi_open_source
(True, False)
>>> [(v.criterion, v.clause) for v in lic.violations][:2]
[('OSD-6', 'military'), ('DFSG-6', 'military')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pydantic

from ethlicense._license_ids import parse_license_id
from ethlicense._parameters import bind_arguments
from ethlicense._text import check_user_string
from ethlicense._time import default_year
from ethlicense._version import __version__
from ethlicense.assess import assess
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.errors import ArgumentTypeError, ClauseConflictError, InvalidSpecError, RestrictionRefusedError
from ethlicense.models import Clause, ClauseProvenance, ConfiguredClause, LicenseSpec, Provenance, RenderedLicense
from ethlicense.render import license_id_for, name_for, render_clause_text, render_text, sha256

__all__ = ["ClauseChoice", "build_provenance", "clause", "compose", "default_year", "make_spec", "render"]


def __dir__() -> list[str]:
    return __all__


#: What may name a clause: its id, a :class:`Clause` (user-defined), or a :class:`ConfiguredClause`.
ClauseChoice = str | Clause | ConfiguredClause


def clause(clause: str | Clause, /, **arguments: object) -> ConfiguredClause:
    """Return a clause with its parameters set and validated.

    >>> clause("named-organizations", organizations=["Example Corp."]).arguments["organizations"]
    ('Example Corp.',)

    Args:
        clause: A clause id from the built-in catalog, or a :class:`Clause` (user-defined, or looked up in
            another :class:`Catalog`).
        **arguments: Parameter values by name.

    Raises:
        UnknownClauseError: No clause has this id (the error suggests the nearest).
        ParameterError: A parameter is unknown, missing or of the wrong type.
        UnsafeTextError: A value contains hidden or control characters.
        ArgumentTypeError: *clause* is neither an id nor a :class:`Clause`.
    """
    if not isinstance(clause, str | Clause):
        raise ArgumentTypeError("clause", "a clause id or a Clause", clause)
    resolved = default_catalog().clause(clause) if isinstance(clause, str) else clause
    return ConfiguredClause(clause=resolved, arguments=bind_arguments(resolved, arguments))


def _configure(choice: ClauseChoice, catalog: Catalog, field: str) -> ConfiguredClause:
    if isinstance(choice, ConfiguredClause):
        return choice
    if not isinstance(choice, str | Clause):
        raise ArgumentTypeError(field, "a clause id, a Clause or a configured clause", choice)
    return clause(catalog.clause(choice) if isinstance(choice, str) else choice)


def _sequence(values: object, field: str, expected: str) -> tuple[Any, ...]:
    """Return *values* as a tuple, refusing a lone string or bytes (which would split into characters)."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ArgumentTypeError(field, expected, values)
    return tuple(values)


def make_spec(  # noqa: PLR0913 - mirrors the keyword arguments of compose()
    base: str,
    *,
    clauses: Iterable[ClauseChoice] = (),
    holders: str | Sequence[str] = (),
    year: int | None = None,
    name: str | None = None,
    license_id: str | None = None,
    allow_void_restrictions: bool = False,
    cure_days: int = 30,
    governing_law: str | None = None,
    venue: str | None = None,
    catalog: Catalog | None = None,
) -> LicenseSpec:
    """Return the validated :class:`LicenseSpec` for :func:`compose`'s arguments (see there)."""
    catalog = catalog or default_catalog()
    base_license = catalog.base(base)
    holders = (holders,) if isinstance(holders, str) else _sequence(holders, "holders", "a list of names")
    for index, holder in enumerate(holders):
        if not isinstance(holder, str):
            field = f"holders[{index}]"
            raise ArgumentTypeError(field, "a name as a string", holder)
    strings: dict[str, object] = {f"holders[{index}]": holder for index, holder in enumerate(holders)}
    strings |= {"name": name, "license_id": license_id, "governing_law": governing_law, "venue": venue}
    _check_strings(strings)
    configured = [
        _configure(choice, catalog, f"clauses[{index}]")
        for index, choice in enumerate(_sequence(clauses, "clauses", "a list of clauses"))
    ]
    seen: set[str] = set()
    for item in configured:
        if item.id in seen:
            raise ClauseConflictError(item.id, "chosen more than once")
        seen.add(item.id)
    configured.sort(key=lambda item: item.id)
    if configured and not base_license.accepts_restrictions and not allow_void_restrictions:
        raise RestrictionRefusedError(base_license.id, base_license.restriction_note)
    if name is not None and configured:
        _check_truthful_name(name, catalog)
    try:
        spec = LicenseSpec(
            base=base_license,
            clauses=tuple(configured),
            holders=tuple(holders),
            year=default_year() if year is None else year,
            name=name,
            license_id=license_id,
            allow_void_restrictions=allow_void_restrictions,
            cure_days=cure_days,
            governing_law=governing_law,
            venue=venue,
        )
    except pydantic.ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, item['loc']))}: {item['msg']} (got {item.get('input')!r})" for item in error.errors()
        )
        raise InvalidSpecError(problems) from None
    if spec.license_id is not None:
        parse_license_id(spec.license_id)
    return spec


def _check_strings(values: dict[str, object]) -> None:
    """Refuse non-strings, hidden characters and empty values in what goes into the text, naming the field."""
    for field, value in values.items():
        if value is None:
            continue
        if not isinstance(value, str):
            raise ArgumentTypeError(field, "a string", value)
        check_user_string(value, field)


def _check_truthful_name(name: str, catalog: Catalog) -> None:
    """Refuse a base license's name, or a look-alike of it, for a license with restrictions.

    Names are compared as :func:`~ethlicense._lookalike.lookalike_key` gives them: case, fullwidth forms, a
    leading "The" and look-alike characters from other scripts (Cyrillic U+041C for "M") make no difference.
    """
    from ethlicense._lookalike import lookalike_key  # noqa: PLC0415 - only a name with clauses needs it

    key = lookalike_key(name)
    for base in catalog.bases.values():
        taken = {lookalike_key(base.id), lookalike_key(base.name)}
        if key in taken:
            same = " ".join(name.casefold().split()) in {base.id.casefold(), base.name.casefold()}
            msg = (
                f"name {name!r} {'is' if same else 'looks like'} the name of {base.id}; a license with restrictions "
                "needs a name of its own"
            )
            raise InvalidSpecError(msg)
        for prefix in taken:
            if key.startswith(prefix) and not key[len(prefix) : len(prefix) + 1].isalnum():
                msg = (
                    f"name {name!r} begins with the name of {base.id}; a license with restrictions needs a name that "
                    "does not begin with a base license's name (readers and detectors take the first words for it)"
                )
                raise InvalidSpecError(msg)


def build_provenance(spec: LicenseSpec, *, text: str, license_id: str, catalog: Catalog | None = None) -> Provenance:
    """Return the provenance record of a rendered license: the versions that made it, every clause's sources."""
    catalog = catalog or default_catalog()
    return Provenance(
        ethlicense_version=__version__,
        catalog_version=catalog.versions.catalog,
        spdx_license_list_version=catalog.versions.spdx_license_list,
        base=spec.base.id,
        license_id=license_id,
        text_sha256=sha256(text),
        clauses=tuple(
            ClauseProvenance(
                id=item.clause.id,
                version=item.clause.version,
                title=item.clause.title,
                restricts=item.clause.restricts,
                builtin=item.clause.builtin,
                sources=item.clause.sources,
                rationale=item.clause.rationale,
                drafting_notes=item.clause.drafting_notes,
                text_sha256=sha256(render_clause_text(item)),
            )
            for item in spec.clauses
        ),
    )


def render(spec: LicenseSpec, *, catalog: Catalog | None = None) -> RenderedLicense:
    """Render a validated spec: text, truthful name and id, verdict and provenance."""
    catalog = catalog or default_catalog()
    license_id = license_id_for(spec, catalog=catalog)
    text = render_text(spec, catalog=catalog, license_id=license_id)
    assessment = assess(spec)
    user_clauses = [item for item in spec.clauses if not item.clause.builtin]
    if user_clauses:
        # Reading a clause's text needs check's classifier; built-in clauses never do, so only a license with a
        # user-defined clause loads it.
        from ethlicense._kinds import declared_kind_warning  # noqa: PLC0415 - lazy: keeps render's start light

        found = (declared_kind_warning(item, render_clause_text(item)) for item in user_clauses)
        warnings = tuple(warning for warning in found if warning is not None)
        if warnings:
            assessment = assessment.model_copy(update={"warnings": (*assessment.warnings, *warnings)})
    return RenderedLicense(
        text=text,
        license_id=license_id,
        name=name_for(spec),
        spec=spec,
        assessment=assessment,
        provenance=build_provenance(spec, text=text, license_id=license_id, catalog=catalog),
    )


def compose(  # noqa: PLR0913 - the options of a license are many and all keyword-only
    base: str,
    *,
    clauses: Iterable[ClauseChoice] = (),
    holders: str | Sequence[str] = (),
    year: int | None = None,
    name: str | None = None,
    license_id: str | None = None,
    allow_void_restrictions: bool = False,
    cure_days: int = 30,
    governing_law: str | None = None,
    venue: str | None = None,
    catalog: Catalog | None = None,
) -> RenderedLicense:
    """Compose a license from a base and restriction clauses and render it.

    Args:
        base: The SPDX id of the base license (``"MIT"``).
        clauses: Clause ids, user-defined :class:`Clause` objects, or clauses configured with
            :func:`clause`. They are numbered in the text in order of id, so the order given does not
            change the result.
        holders: The copyright holders: a list of names, or one name as a string (``"Jane Doe"`` is one
            holder, never split into letters).
        year: The copyright year (1970-2100); defaults to ``SOURCE_DATE_EPOCH``'s year or this year.
        name: A name for the license; a restricted license may not take the name of a base.
        license_id: A ``LicenseRef-`` id; by default one is derived from the base and clause ids. An id
            that SPDX tools read as another license (``LicenseRef-MIT-TC`` is ``MIT`` to them) is refused.
        allow_void_restrictions: Render restrictions on a base that forbids them (the GPL family, MPL-2.0)
            anyway; the verdict then says why they do not hold.
        cure_days: The cure period after a notice of breach, in days (1-365; 30 by default).
        governing_law: The law that governs the license, as the text should name it (``"the State of New
            York"``). None by default: see docs/drafting.md for the trade-off.
        venue: The courts that hear disputes about the license (``"New York County, New York"``); none by
            default.
        catalog: The catalog to look ids up in (the built-in one by default).

    Raises:
        EthLicenseError: A subclass naming the problem: unknown id, bad parameter, unsafe text, bad year,
            restrictions refused by the base.

    Returns:
        The rendered license with its text, id, name, verdict and provenance.
    """
    spec = make_spec(
        base,
        clauses=clauses,
        holders=holders,
        year=year,
        name=name,
        license_id=license_id,
        allow_void_restrictions=allow_void_restrictions,
        cure_days=cure_days,
        governing_law=governing_law,
        venue=venue,
        catalog=catalog,
    )
    return render(spec, catalog=catalog)
