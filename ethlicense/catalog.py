# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The catalog of base licenses and clauses: built-in data, user-defined clauses, lookups.

>>> catalog = default_catalog()
>>> catalog.base("MIT").name
'MIT License'
>>> catalog.clause("military").restricts[0].value
'fields-of-endeavor'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pydantic

from ethlicense._resources import data_dir, read_data, read_data_toml, read_template
from ethlicense._text import check_file_text, check_user_string
from ethlicense.errors import (
    ArgumentTypeError,
    CatalogError,
    UnknownClauseError,
    UnknownLicenseError,
    UnsafeTextError,
)
from ethlicense.models import BaseDescription, BaseLicense, BaseTerm, Clause

__all__ = [
    "Catalog",
    "CatalogVersions",
    "clause_from_mapping",
    "default_catalog",
    "load_clause_file",
    "suggest",
    "unwrap",
]


def __dir__() -> list[str]:
    return __all__


@dataclass(frozen=True)
class CatalogVersions:
    """Versions of the data a catalog was built from."""

    catalog: str
    spdx_license_list: str


def suggest(wanted: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Return the known ids nearest to *wanted*, best first (case-insensitive).

    >>> suggest("mit", ["MIT", "ISC", "Apache-2.0"])
    ['MIT']
    >>> suggest("militery", ["military", "mass-surveillance"])
    ['military']
    """
    import difflib  # noqa: PLC0415 - only when an id is not found

    by_folded = {item.casefold(): item for item in known}
    folded = wanted.casefold()
    if folded in by_folded:
        return [by_folded[folded]]
    close = difflib.get_close_matches(folded, list(by_folded), n=limit, cutoff=0.5)
    prefixed = [key for key in by_folded if key.startswith(folded) or folded.startswith(key)]
    ordered = list(dict.fromkeys([*close, *sorted(prefixed)]))[:limit]
    return [by_folded[key] for key in ordered]


def unwrap(text: str) -> str:
    r"""Join the lines of each paragraph of *text*, keeping blank lines between paragraphs.

    >>> unwrap("one\ntwo\n\nthree\n")
    'one two\n\nthree'
    """
    paragraphs = (" ".join(paragraph.split()) for paragraph in text.strip().split("\n\n"))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _validation_message(source: str, error: pydantic.ValidationError) -> str:
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"]) or "(top level)"
        problems.append(f"{location}: {item['msg']}")
    return f"{source}: " + "; ".join(problems)


#: Keys of a clause definition whose strings may span several lines; every other string is one line.
_MULTILINE_KEYS = frozenset(
    {"text", "template", "summary", "rationale", "drafting_notes", "note", "description", "default"}
)


def _check_strings(value: object, field: str, *, multiline: bool) -> None:
    """Refuse hidden characters in every string (and key) of a clause definition, naming where it is."""
    if isinstance(value, str):
        check_user_string(value, field, multiline=multiline, allow_empty=True)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            shown = key if isinstance(key, str) and key.isidentifier() else repr(key)
            where = f"{field}.{shown}" if field and not field.endswith(": ") else f"{field}{shown}"
            if isinstance(key, str):
                check_user_string(key, f"{where} (the key)", allow_empty=True)
            _check_strings(item, where, multiline=key in _MULTILINE_KEYS)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_strings(item, f"{field}[{index}]", multiline=multiline)


def clause_from_mapping(data: Mapping[str, Any], *, source: str, builtin: bool = False) -> Clause:
    """Validate a clause definition (as read from TOML or given in Python) into a :class:`Clause`.

    A user-defined clause gives its body as ``text`` (or ``template``); both name the same Jinja template.
    A user-defined template is compiled at once in the strict sandbox (see :mod:`ethlicense.render`), so a
    template that loads other files or uses what clause templates are not given is refused here.

    Raises:
        CatalogError: The definition does not validate; the message names each bad field. A string with a
            hidden, control or reordering character is refused with the field and the character.
        TemplateSecurityError: The template does something the sandbox refuses.
    """
    if not builtin:
        try:
            _check_strings(data, f"{source}: ", multiline=False)
        except UnsafeTextError as error:
            raise CatalogError(str(error)) from None
    values = dict(data)
    if "text" in values:
        if "template" in values:
            msg = f"{source}: give the clause body as 'text' or 'template', not both"
            raise CatalogError(msg)
        values["template"] = values.pop("text")
    values["builtin"] = builtin
    try:
        clause = Clause.model_validate(values)
    except pydantic.ValidationError as error:
        raise CatalogError(_validation_message(source, error)) from None
    if not builtin:
        from ethlicense._sandbox import compile_clause_template  # noqa: PLC0415 - only user clauses need the sandbox

        compile_clause_template(clause.template, clause.id, frozenset(item.name for item in clause.parameters))
    return clause


def load_clause_file(path: str | Path) -> list[Clause]:
    """Read user-defined clauses from a TOML file.

    The file holds either one clause at the top level or several under ``[[clauses]]``::

        id = "no-crypto-mining"
        title = "No cryptocurrency mining"
        restricts = ["fields-of-endeavor"]
        text = "The Software may not be used to mine cryptocurrency."

    The file must be UTF-8 (a leading byte order mark is allowed) and may not contain hidden, control or
    reordering characters anywhere, comments included.

    Raises:
        CatalogError: The file cannot be read, contains a hidden, control or reordering character (the
            message gives the line and the character), or a clause does not validate.
        TemplateSecurityError: A clause's template does something the sandbox refuses.
    """
    from ethlicense._io import read_regular_file  # noqa: PLC0415 - only user clause files are read this way

    path = Path(path)
    try:
        text = read_regular_file(path).decode("utf-8-sig")
    except OSError as error:
        msg = f"{path}: cannot read clause file: {error.strerror or error}"
        raise CatalogError(msg) from None
    except UnicodeDecodeError:
        msg = f"{path}: clause file is not UTF-8 text"
        raise CatalogError(msg) from None
    except ValueError:  # a name the operating system cannot take, such as one with a NUL character
        msg = f"{str(path)!r}: bad file name"
        raise CatalogError(msg) from None
    try:
        check_file_text(text, str(path))
    except UnsafeTextError as error:
        raise CatalogError(str(error)) from None
    from ethlicense import _toml  # noqa: PLC0415 - the built-in data comes pre-parsed; only user files need the parser

    try:
        data = _toml.parse(text)
    except _toml.TomlSyntaxError as error:
        msg = f"{path}: not valid TOML: {error}"
        raise CatalogError(msg) from None
    entries = data.get("clauses")
    if entries is None:
        return [clause_from_mapping(data, source=str(path))]
    if not isinstance(entries, list) or set(data) != {"clauses"}:
        msg = f"{path}: expected one clause at the top level or a [[clauses]] array, not both"
        raise CatalogError(msg)
    return [clause_from_mapping(entry, source=f"{path}: clauses[{index}]") for index, entry in enumerate(entries)]


_Value = TypeVar("_Value")


class _Lazy(Mapping[str, _Value]):
    """A read-only mapping whose values are made on first use, so a command pays only for the entries it uses.

    The keys are known at once; a value is made by its loader the first time it is looked up, and kept.
    """

    def __init__(self, loaders: Mapping[str, Callable[[], _Value]], ready: Mapping[str, _Value] | None = None) -> None:
        self._loaders = dict(loaders)
        self._values: dict[str, _Value] = dict(ready or {})
        self._keys = list(dict.fromkeys([*self._loaders, *self._values]))

    def __getitem__(self, key: str) -> _Value:
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = self._loaders[key]()
            return value

    def __contains__(self, key: object) -> bool:
        return key in self._values or key in self._loaders

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"<{len(self._keys)} entries: {', '.join(self._keys)}>"


@dataclass(frozen=True)
class Catalog:
    """Base licenses and clauses, looked up by id with "did you mean" errors."""

    bases: Mapping[str, BaseLicense]
    clauses: Mapping[str, Clause]
    versions: CatalogVersions
    base_templates: Mapping[str, str] = field(repr=False)

    def base(self, license_id: str) -> BaseLicense:
        """Return the base license *license_id* (exact SPDX id; case is forgiven).

        Raises:
            UnknownLicenseError: No such base; the error suggests the nearest ids.
            ArgumentTypeError: *license_id* is not a string.
        """
        if not isinstance(license_id, str):
            raise ArgumentTypeError("base", "an SPDX id as a string", license_id)
        if license_id in self.bases:
            return self.bases[license_id]
        folded = {key.casefold(): key for key in self.bases}
        if license_id.casefold() in folded:
            return self.bases[folded[license_id.casefold()]]
        raise UnknownLicenseError(license_id, suggest(license_id, self.bases))

    def clause(self, clause_id: str) -> Clause:
        """Return the clause *clause_id*.

        Raises:
            UnknownClauseError: No such clause; the error suggests the nearest ids.
            ArgumentTypeError: *clause_id* is not a string.
        """
        if not isinstance(clause_id, str):
            raise ArgumentTypeError("clause", "a clause id as a string", clause_id)
        if clause_id in self.clauses:
            return self.clauses[clause_id]
        raise UnknownClauseError(clause_id, suggest(clause_id, self.clauses))

    def description(self, license_id: str) -> BaseDescription:
        """Return what the base *license_id* permits, requires and limits, each point quoting its text.

        A base the built-in data does not describe gets an empty description.

        Raises:
            UnknownLicenseError: No such base; the error suggests the nearest ids.
        """
        base_id = self.base(license_id).id
        return _builtin_descriptions().get(base_id) or BaseDescription(base=base_id)

    def base_template(self, license_id: str) -> str:
        """Return the Jinja source of a base's canonical text."""
        return self.base_templates[self.base(license_id).id]

    def with_clauses(self, clauses: Iterable[Clause]) -> Catalog:
        """Return a catalog that also holds *clauses* (user-defined ones replace nothing built in).

        Raises:
            CatalogError: A clause id is already taken.
        """
        added: dict[str, Clause] = {}
        for clause in clauses:
            known = added.get(clause.id) or self.clauses.get(clause.id)
            if known is not None and known != clause:
                msg = f"clause id {clause.id!r} is already defined; choose another id"
                raise CatalogError(msg)
            added[clause.id] = clause
        if not added:
            return self
        loaders = {key: functools.partial(self.clauses.__getitem__, key) for key in self.clauses}
        return Catalog(self.bases, _Lazy(loaders, added), self.versions, self.base_templates)


@functools.cache
def _builtin_descriptions() -> dict[str, BaseDescription]:
    """Read descriptions.toml (once, and only when a description is asked for: rendering never needs it)."""
    data = read_data_toml("descriptions.toml")
    terms, entries = data["terms"], data["bases"]
    result: dict[str, BaseDescription] = {}
    for license_id, entry in entries.items():
        described = entries[entry["same_as"]] if "same_as" in entry else entry
        parts = {
            part: tuple(
                BaseTerm(id=term_id, quote=" ".join(quote.split()), **terms[term_id])
                for term_id, quote in described.get(part, {}).items()
            )
            for part in ("permissions", "conditions", "limitations")
        }
        result[license_id] = BaseDescription(base=license_id, **parts)
    return result


def _base_license(license_id: str, entry: Mapping[str, Any], listed: Mapping[str, Any]) -> BaseLicense:
    return BaseLicense(
        id=license_id,
        name=listed["name"],
        family=entry["family"],
        osi_approved=listed["osi_approved"],
        fsf_libre=listed["fsf_libre"],
        accepts_restrictions=entry["accepts_restrictions"],
        restrictions_removable=entry.get("recipients_may_remove_restrictions", False),
        sublicensable=entry["sublicensable"],
        copyright_format=entry["copyright_format"],
        requires_holders="copyright_original" in entry and not entry.get("copyright_optional", False),
        holds_copyright_notice="copyright_original" in entry or "copyright_insert_after" in entry,
        restriction_note=unwrap(entry.get("restriction_note", "")),
        see_also=tuple(listed["see_also"]),
        layout=entry["layout"],
        conditions_after=entry.get("conditions_after", ""),
        lead_in=entry.get("lead_in", ""),
        title_line=entry.get("title_line", ""),
    )


def _load_bases(spdx: Mapping[str, Any]) -> tuple[_Lazy[BaseLicense], _Lazy[str]]:
    metadata = read_data_toml("bases.toml")
    bases = {
        license_id: functools.partial(_base_license, license_id, entry, spdx[license_id])
        for license_id, entry in metadata.items()
    }
    templates = {
        license_id: functools.partial(read_template, "bases", f"{license_id}.txt.j2") for license_id in metadata
    }
    return _Lazy(bases), _Lazy(templates)


def _load_builtin_clause(file_name: str) -> Clause:
    data = read_data_toml("clauses", file_name)
    clause_id = file_name.removesuffix(".toml")
    data["template"] = read_template("clauses", f"{clause_id}.txt.j2")
    for key in ("rationale", "drafting_notes", "summary"):
        if key in data:
            data[key] = unwrap(data[key])
    clause = clause_from_mapping(data, source=f"built-in clause {file_name}", builtin=True)
    if clause.id != clause_id:
        msg = f"built-in clause {file_name} declares id {clause.id!r}"
        raise CatalogError(msg)
    return clause


def _load_builtin_clauses() -> _Lazy[Clause]:
    names = sorted(entry.name for entry in (data_dir() / "clauses").iterdir() if entry.name.endswith(".toml"))
    return _Lazy({name.removesuffix(".toml"): functools.partial(_load_builtin_clause, name) for name in names})


@functools.cache
def default_catalog() -> Catalog:
    """Return the built-in catalog (loaded once per process).

    Each base and clause is read and validated the first time it is looked up, so a command pays only for
    the ones it uses.
    """
    spdx = json.loads(read_data("spdx", "bases.json"))
    bases, templates = _load_bases(spdx["bases"])
    versions = CatalogVersions(
        catalog=read_data_toml("catalog.toml")["version"],
        spdx_license_list=f"{spdx['license_list_version']} ({spdx['release_date'][:10]})",
    )
    return Catalog(bases, _load_builtin_clauses(), versions, templates)
