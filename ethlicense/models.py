# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The domain model: base licenses, clauses and their parameters and sources, specs and results.

Every model is a frozen Pydantic model that refuses unknown fields, so a typo in a clause file is an
error rather than a silently ignored key.

Unlike the other modules, this one does not use ``from __future__ import annotations``: Pydantic reads
every field's annotation when a model class is created, and string annotations would have to be
compiled and evaluated one by one, a noticeable share of a command's start-up time.
"""

import datetime
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ethlicense._model import FrozenModel
from ethlicense._text import check_user_string
from ethlicense._time import MAX_YEAR, MIN_YEAR

__all__ = [
    "Assessment",
    "BaseDescription",
    "BaseLicense",
    "BaseTerm",
    "Clause",
    "ClauseProvenance",
    "ConfiguredClause",
    "Consequence",
    "Family",
    "Layout",
    "LicenseSpec",
    "Parameter",
    "ParameterKind",
    "ParameterValue",
    "Provenance",
    "Relation",
    "RenderedLicense",
    "Restriction",
    "Source",
    "TermKind",
    "Violation",
]


def __dir__() -> list[str]:
    return __all__


CLAUSE_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LICENSE_REF_PATTERN = r"^LicenseRef-[A-Za-z0-9.\-]+$"
_IDENTIFIER_PATTERN = r"^[a-z_][a-z0-9_]*$"

#: A parameter's value after validation.
ParameterValue = str | bool | datetime.date | tuple[str, ...] | None


class _Elided:
    """Stands in for a long value in a model's ``repr``."""

    def __init__(self, description: str) -> None:
        self.description = description

    def __repr__(self) -> str:
        return f"<{self.description}>"


#: Strings longer than this are shown as ``<N characters>`` in a model's ``repr``.
_LONGEST_REPR_STRING = 60
#: Sequences longer than this are shown as ``<N items>``.
_LONGEST_REPR_SEQUENCE = 4


def _short(value: object) -> object:
    shown: object = value
    if isinstance(value, _Model):
        label = next((getattr(value, key) for key in ("id", "name", "criterion") if hasattr(value, key)), None)
        shown = _Elided(type(value).__name__ + (f" {label!r}" if isinstance(label, str) else ""))
    elif isinstance(value, StrEnum):
        shown = value.value
    elif isinstance(value, str) and len(value) > _LONGEST_REPR_STRING:
        shown = _Elided(f"{len(value)} characters")
    elif isinstance(value, tuple | list) and len(value) > _LONGEST_REPR_SEQUENCE:
        shown = _Elided(f"{len(value)} items")
    elif isinstance(value, tuple):
        shown = tuple(_short(item) for item in value)
    elif isinstance(value, dict):
        shown = {key: _short(item) for key, item in value.items()}
    return shown


class _Model(FrozenModel):
    """A :class:`~ethlicense._model.FrozenModel` whose ``repr`` stays short (the domain model's texts are long)."""

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        """Show the fields that differ from their defaults, with long texts and lists elided.

        A model's ``repr`` is for a terminal or a debugger: a clause's template or a license's text would
        bury everything else (``str(model)`` and ``model_dump()`` still give every value in full).
        """
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if not field.is_required() and value == field.get_default(call_default_factory=True):
                continue
            yield name, _short(value)


def _check_line(value: object, info: ValidationInfo) -> object:
    """Refuse hidden characters (and line breaks) in a one-line string field, naming the field."""
    if isinstance(value, str):
        check_user_string(value, str(info.field_name), allow_empty=True)
    return value


def _check_lines(value: object, info: ValidationInfo) -> object:
    """Refuse hidden characters in a string field that may span several lines, naming the field."""
    if isinstance(value, str):
        check_user_string(value, str(info.field_name), multiline=True, allow_empty=True)
    return value


class Restriction(StrEnum):
    """What a clause restricts; the assessment is derived from these, never from clause ids."""

    PERSONS_OR_GROUPS = "persons-or-groups"
    """Who may use the software (named organizations, people by affiliation)."""
    FIELDS_OF_ENDEAVOR = "fields-of-endeavor"
    """What the software may be used for (military, fossil fuels, surveillance)."""
    CONDUCT = "conduct"
    """How a licensee must behave, in or beyond its use of the software (human rights, labor law)."""
    DISTRIBUTION = "distribution"
    """Whether or how the software may be given or sold to others."""
    MODIFICATION = "modification"
    """Whether the software may be changed or derived works made."""
    SOURCE_CODE = "source-code"
    """Whether the source code comes with the program and may be passed on in readable form."""
    ADDITIONAL_AGREEMENT = "additional-agreement"
    """A separate agreement or registration required before use."""
    PRODUCT_SPECIFIC = "product-specific"
    """Rights that depend on the software staying part of a particular distribution."""
    OTHER_SOFTWARE = "other-software"
    """Conditions on other software distributed alongside."""
    TECHNOLOGY = "technology"
    """Rights tied to a particular technology or interface (click-through, platform)."""


class Relation(StrEnum):
    """How a source relates to a clause."""

    PRECEDENT = "precedent"
    """Someone used the same idea in a license before."""
    ADAPTED_FROM = "adapted-from"
    """The clause's structure follows this source (its wording is ours)."""
    INSPIRED_BY = "inspired-by"
    """The source motivated the clause."""
    REFERENCE = "reference"
    """The clause refers to or depends on this text (a treaty, a statute, a definition)."""
    CRITIQUE = "critique"
    """A source that discusses the clause's problems."""


class Layout(StrEnum):
    """Where a base license's text takes Additional Conditions."""

    INTEGRATED = "integrated"
    """Inside the base's own list of conditions: the result is a license of its own."""
    TWO_PART = "two-part"
    """Part 1 the Additional Conditions, Part 2 the unchanged base text."""


class Family(StrEnum):
    """The family of a base license."""

    PERMISSIVE = "permissive"
    WEAK_COPYLEFT = "weak-copyleft"
    STRONG_COPYLEFT = "strong-copyleft"


class TermKind(StrEnum):
    """What a point of a base's description says: what the license permits, requires or limits."""

    PERMISSION = "permission"
    CONDITION = "condition"
    LIMITATION = "limitation"


class BaseTerm(_Model):
    """One point of a base license's description (choosealicense style), with the base's own words for it."""

    id: str
    """A stable id from ethlicense's vocabulary (``commercial-use``, ``include-notice``, ``liability`` ...)."""
    kind: TermKind
    label: str
    """A short name for people (``Commercial use``)."""
    description: str
    """What the point means, in one sentence (ethlicense's own words)."""
    quote: str
    """The words of the base's text that grant, require or limit it, quoted exactly."""


class BaseDescription(_Model):
    """What a base license permits, requires and limits, in the manner of choosealicense.com.

    ethlicense's own summary, each point resting on the base's own words. Get one with
    :meth:`ethlicense.catalog.Catalog.description`.
    """

    base: str
    """The base's SPDX id."""
    permissions: tuple[BaseTerm, ...] = ()
    """What the base permits."""
    conditions: tuple[BaseTerm, ...] = ()
    """What the base requires of those who use or pass on the software."""
    limitations: tuple[BaseTerm, ...] = ()
    """What the base disclaims or withholds."""


class ParameterKind(StrEnum):
    """The type of a clause parameter."""

    STRING = "string"
    """One line of text."""
    TEXT = "text"
    """Several lines of text."""
    STRING_LIST = "string-list"
    """A list of one-line strings (on the command line: separated by ``;``)."""
    DATE = "date"
    """A calendar date, ``YYYY-MM-DD``."""
    BOOLEAN = "boolean"
    """``true`` or ``false``."""


class Source(_Model):
    """Where the idea of a clause comes from: one entry of its provenance."""

    title: str = Field(min_length=1)
    url: str | None = None
    date: Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] | None = None
    """ISO 8601 date, possibly partial (``2018``, ``2018-08``, ``2018-08-28``)."""
    author: str | None = None
    """The author or organization."""
    relation: Relation = Relation.PRECEDENT
    note: str = ""

    @field_validator("title", "url", "date", "author", mode="before")
    @classmethod
    def _check_line_fields(cls, value: object, info: ValidationInfo) -> object:
        return _check_line(value, info)

    @field_validator("note", mode="before")
    @classmethod
    def _check_note(cls, value: object, info: ValidationInfo) -> object:
        return _check_lines(value, info)


class Parameter(_Model):
    """A typed parameter of a clause template."""

    name: Annotated[str, Field(pattern=_IDENTIFIER_PATTERN)]
    kind: ParameterKind
    description: str = Field(min_length=1)
    required: bool = False
    default: Any = None

    @field_validator("name", mode="before")
    @classmethod
    def _check_name(cls, value: object, info: ValidationInfo) -> object:
        return _check_line(value, info)

    @field_validator("description", mode="before")
    @classmethod
    def _check_description(cls, value: object, info: ValidationInfo) -> object:
        return _check_lines(value, info)

    @field_validator("default", mode="before")
    @classmethod
    def _check_default_text(cls, value: object) -> object:
        items = value if isinstance(value, list | tuple) else [value]
        for index, item in enumerate(items):
            if isinstance(item, str):
                field = "default" if items is not value else f"default[{index}]"
                check_user_string(item, field, multiline=True, allow_empty=True)
        return value

    @model_validator(mode="after")
    def _check_default(self) -> "Parameter":
        if self.required and self.default is not None:
            msg = f"parameter {self.name!r} is required and so cannot have a default"
            raise ValueError(msg)
        return self


class Clause(_Model):
    """A restriction clause: its text template, parameters, what it restricts and where it comes from.

    The built-in catalog defines several; users define their own with the same model (in Python or in a
    TOML file) and they are validated and assessed the same way.
    """

    id: Annotated[str, Field(pattern=CLAUSE_ID_PATTERN, max_length=64)]
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")] = "1.0"
    title: str = Field(min_length=1, max_length=120)
    summary: str = ""
    restricts: tuple[Restriction, ...] = Field(min_length=1)
    template: str = Field(min_length=1)
    """The clause body as a Jinja template; parameters are its variables."""
    parameters: tuple[Parameter, ...] = ()
    sources: tuple[Source, ...] = ()
    rationale: str = ""
    drafting_notes: str = ""
    builtin: bool = False
    """True for clauses of ethlicense's own catalog; user clauses render in a stricter sandbox."""

    @field_validator("id", "version", "title", mode="before")
    @classmethod
    def _check_line_fields(cls, value: object, info: ValidationInfo) -> object:
        return _check_line(value, info)

    @field_validator("summary", "rationale", "drafting_notes", mode="before")
    @classmethod
    def _check_prose(cls, value: object, info: ValidationInfo) -> object:
        return _check_lines(value, info)

    @field_validator("template", mode="before")
    @classmethod
    def _check_template(cls, value: object) -> object:
        if isinstance(value, str):
            check_user_string(value, "template", multiline=True)
        return value

    @model_validator(mode="after")
    def _check_parameters_unique(self) -> "Clause":
        names = [parameter.name for parameter in self.parameters]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            msg = f"parameters defined twice: {', '.join(duplicates)}"
            raise ValueError(msg)
        return self

    def parameter(self, name: str) -> Parameter | None:
        """Return the parameter called *name*, or ``None``."""
        return next((parameter for parameter in self.parameters if parameter.name == name), None)


class ConfiguredClause(_Model):
    """A clause together with the values of its parameters, ready to render.

    Build one with :func:`ethlicense.clause`, which validates the values.
    """

    clause: Clause
    arguments: dict[str, ParameterValue] = Field(default_factory=dict)

    @property
    def id(self) -> str:
        """The clause's id."""
        return self.clause.id


class BaseLicense(_Model):
    """A base license: its SPDX identity and what it means to add restrictions to it."""

    id: str
    """The SPDX license id (``MIT``)."""
    name: str
    """The SPDX full name (``MIT License``)."""
    family: Family
    osi_approved: bool
    fsf_libre: bool | None
    """What the FSF's list of licenses says, as the SPDX License List records it: ``True`` (free), ``False``
    (non-free) or ``None`` (the list does not mention the license: unknown, not non-free)."""
    accepts_restrictions: bool
    """False where the license voids further restrictions (the GPL family)."""
    restrictions_removable: bool = False
    """True where the text lets every recipient remove restrictions added to it anyway (GPL-3.0 section 7, and
    the "-or-later" GNU licenses, whose recipients may choose version 3)."""
    sublicensable: bool
    """True where the grant lets a recipient sublicense."""
    copyright_format: str
    """How the copyright notice is written, with ``{year}`` and ``{holders}``."""
    requires_holders: bool
    """True where the license text has a copyright line that must be filled in."""
    holds_copyright_notice: bool = True
    """False where the SPDX text has no place for a copyright notice (the GPL family, MPL-2.0, BSL-1.0): the bare
    text then carries none, and the notice belongs in a NOTICE file or in source file headers."""
    restriction_note: str = ""
    see_also: tuple[str, ...] = ()
    layout: Layout = Layout.TWO_PART
    """Where Additional Conditions go in the text."""
    conditions_after: str = ""
    """For the integrated layout: the words of the base text after which the Additional Conditions come."""
    title_line: str = ""
    """The base text's own heading, left out of the integrated layout (the result is not that license)."""
    lead_in: str = ""
    """For the integrated layout: the sentence that brings the Additional Conditions into the base's own
    conditions (``{first}`` and ``{last}`` are the first and last section numbers)."""

    @property
    def text_url(self) -> str:
        """Where the SPDX License List publishes the text that the description quotes."""
        return f"https://spdx.org/licenses/{self.id}.html"


def _status_word(value: bool | None, unknown: str) -> str:
    if value is None:
        return unknown
    return "yes" if value else "no"


class Violation(_Model):
    """One criterion a license fails, and the clause that makes it fail."""

    criterion: str
    """``OSD-5``, ``DFSG-6``, ``FSF-0``, ``GPL-3.0-7`` ..."""
    clause: str | None
    """The id of the clause that causes it (``None`` for the license as a whole)."""
    reason: str


class Consequence(_Model):
    """A practical consequence of the verdict (package indexes, distributions, policies)."""

    id: str
    text: str


class Assessment(_Model):
    """The verdict on a license: every finding, not only the first."""

    osi_open_source: bool
    """True only for a bare, OSI-approved base license."""
    fsf_free: bool | None
    """``False`` when a clause fails a freedom of the Free Software Definition or the FSF lists the base as
    non-free; otherwise what the FSF's list says of the base: ``True`` (free) or ``None`` (not listed, unknown)."""
    debian_free: bool | None
    """``False`` when a clause fails a criterion of the Debian Free Software Guidelines; ``True`` when none does
    and the base is OSI-approved or FSF-free (licenses Debian accepts); ``None`` otherwise (Debian publishes no
    list to look the base up in)."""
    violations: tuple[Violation, ...] = ()
    consequences: tuple[Consequence, ...] = ()
    notes: tuple[str, ...] = ()
    restrictions_removable: bool = False
    """True when the base lets recipients remove the added restrictions (GPL family with override)."""
    warnings: tuple[str, ...] = ()
    """Things to check before relying on the verdict, such as a user-defined clause whose text reads as a
    different kind of restriction from the one it declares (the verdict follows the declaration)."""

    @property
    def fsf_status(self) -> str:
        """``fsf_free`` in words: ``yes``, ``no`` or ``not listed``."""
        return _status_word(self.fsf_free, "not listed")

    @property
    def debian_status(self) -> str:
        """``debian_free`` in words: ``yes``, ``no`` or ``unknown``."""
        return _status_word(self.debian_free, "unknown")

    @property
    def criteria(self) -> tuple[str, ...]:
        """The distinct criteria failed, in order of first appearance."""
        return tuple(dict.fromkeys(violation.criterion for violation in self.violations))


class ClauseProvenance(_Model):
    """Where one rendered clause comes from."""

    id: str
    version: str
    title: str
    restricts: tuple[Restriction, ...]
    builtin: bool
    sources: tuple[Source, ...]
    rationale: str
    drafting_notes: str
    text_sha256: str
    """SHA-256 of the clause's rendered text, to tell which wording a license carries."""


class Provenance(_Model):
    """Where a rendered license comes from: the tool, the data and every clause's sources."""

    ethlicense_version: str
    catalog_version: str
    spdx_license_list_version: str
    base: str
    license_id: str
    text_sha256: str
    clauses: tuple[ClauseProvenance, ...] = ()


class LicenseSpec(_Model):
    """Everything that determines a rendered license: the same spec gives the same bytes."""

    base: BaseLicense
    clauses: tuple[ConfiguredClause, ...] = ()
    holders: tuple[str, ...] = ()
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    name: str | None = None
    license_id: Annotated[str, Field(pattern=LICENSE_REF_PATTERN, max_length=128)] | None = None
    allow_void_restrictions: bool = False
    cure_days: int = Field(default=30, ge=1, le=365)
    """The cure period, in days, that the Additional Conditions give after a notice of breach."""
    governing_law: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    """The law that governs the license (``"the State of New York"``); none by default."""
    venue: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    """The courts that hear disputes about the license (``"Amsterdam, the Netherlands"``); none by default."""

    @field_validator("license_id", "governing_law", "venue", mode="before")
    @classmethod
    def _check_license_id(cls, value: object, info: ValidationInfo) -> object:
        return _check_line(value, info)

    @field_validator("holders", mode="before")
    @classmethod
    def _check_one_holder(cls, value: object) -> object:
        """A string is one holder, not a sequence of one-letter holders."""
        return (value,) if isinstance(value, str) else value

    @field_validator("holders")
    @classmethod
    def _check_holders(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for index, holder in enumerate(value):
            check_user_string(holder, f"holders[{index}]")
        return value

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str | None) -> str | None:
        if value is not None:
            check_user_string(value, "name")
        return value


class RenderedLicense(_Model):
    """A rendered license: its text, its truthful name and id, the verdict and the provenance."""

    text: str
    license_id: str
    """The base's SPDX id for a bare base; a ``LicenseRef-`` id for anything with restrictions."""
    name: str
    spec: LicenseSpec
    assessment: Assessment
    provenance: Provenance

    @property
    def base(self) -> BaseLicense:
        """The base license."""
        return self.spec.base

    @property
    def clauses(self) -> tuple[ConfiguredClause, ...]:
        """The clauses, in the order they appear in the text."""
        return self.spec.clauses

    @property
    def osi_open_source(self) -> bool:
        """True only for a bare OSI-approved base license."""
        return self.assessment.osi_open_source

    @property
    def violations(self) -> tuple[Violation, ...]:
        """Every criterion failed, with the clause that causes it."""
        return self.assessment.violations

    @property
    def sha256(self) -> str:
        """SHA-256 of the text."""
        return self.provenance.text_sha256

    @property
    def notice_elsewhere(self) -> str:
        """The copyright notice that the text has no place for, or ``""``.

        A bare base whose SPDX text has no copyright line (the GPL family, MPL-2.0, BSL-1.0) is rendered exactly as
        the SPDX License List has it; the holders' notice then belongs in a NOTICE file or in source file headers.
        """
        spec = self.spec
        if spec.clauses or not spec.holders or spec.base.holds_copyright_notice:
            return ""
        return spec.base.copyright_format.format(year=spec.year, holders=", ".join(spec.holders))


def is_license_ref(value: str) -> bool:
    """Return whether *value* is a well-formed ``LicenseRef-`` id.

    >>> is_license_ref("LicenseRef-MIT-military")
    True
    >>> is_license_ref("MIT")
    False
    """
    return re.fullmatch(LICENSE_REF_PATTERN, value) is not None
