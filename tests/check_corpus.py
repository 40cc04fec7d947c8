# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The labelled corpus that ``ethlicense check`` is measured on (``scripts/evaluate_check.py``) and tested with.

Built from the shipped SPDX License List (every license, with its copyright line filled in), ethlicense's own
composites (every base with every clause, and a few combinations), and variants written for this purpose
(``tests/data/check/*.toml``): restrictions, harmless additions and binding conditions added before, inside
and after several base licenses, and edits inside a base license's sentences.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import ethlicense
from ethlicense.assess import restriction_criteria, restriction_violations
from ethlicense.catalog import default_catalog
from ethlicense.check._index import canonical_key
from ethlicense.check._normalise import compact_form, normalise_for_matching
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.models import Clause, Restriction
from tests.conftest import sample_arguments

DATA = Path(__file__).resolve().parent / "data" / "check"
HOLDER = "Jane Doe"
YEAR = 2026
NOTICE = f"Copyright (c) {YEAR} {HOLDER}"

#: Bases the written variants are added to, in turn.
VARIANT_BASES = (
    "MIT",
    "BSD-3-Clause",
    "Apache-2.0",
    "ISC",
    "BSD-2-Clause",
    "0BSD",
    "Zlib",
    "MPL-2.0",
    "BSL-1.0",
    "PostgreSQL",
    "NTP",
    "NCSA",
    "UPL-1.0",
    "Unlicense",
)
#: Each written addition goes into this many bases, at each of the positions.
BASES_PER_VARIANT = 3
POSITIONS = ("before", "after", "inside", "after-copyright")


@functools.cache
def _named_kinds() -> Mapping[str, Restriction]:
    """Return, for each Open Source Definition criterion, the kind of restriction named after it (the first)."""
    found: dict[str, Restriction] = {}
    for restriction in Restriction:
        found.setdefault(restriction_criteria(restriction)[0], restriction)
    return found


def with_companions(criteria: Iterable[str]) -> frozenset[str]:
    """Return the criteria that a text labelled with the OSD *criteria* (and ``OSI-approved``) fails.

    ``check`` reports for a restriction every criterion ``ethlicense.assess`` derives from what it restricts: the
    OSD's, Debian's and the FSF's (``OSD-6`` with ``DFSG-6`` and ``FSF-0``). Some written variants are labelled
    with an OSD criterion for what they restrict; the restriction is the kind named after it (``OSD-5``: persons
    or groups), and its criteria follow by the same rules.
    """
    kinds = _named_kinds()
    return frozenset(
        item
        for criterion in criteria
        for item in (restriction_criteria(kinds[criterion]) if criterion in kinds else (criterion,))
    )


#: Non-OSI SPDX licenses whose restrictions are labelled (the others are labelled by verdict and base only).
LABELLED_LICENSES: Mapping[str, frozenset[str]] = {
    "JSON": frozenset({"OSI-approved", "OSD-6"}),
    "Hippocratic-2.1": frozenset({"OSI-approved", "OSD-6"}),
}


@dataclasses.dataclass(frozen=True)
class Case:
    """One labelled text.

    Attributes:
        id: A unique, readable id.
        group: Where it comes from: ``spdx-osi``, ``spdx-other``, ``composite``, ``restriction``, ``harmless``,
            ``condition``, ``edit``, ``bare-base``.
        split: ``dev``, ``heldout``, ``fresh``, ``blind`` or ``blind2`` for written variants, ``-`` otherwise.
        text: The text.
        open_source: The expected verdict.
        bases: The accepted base licenses (licenses with the same text); empty when none should be found.
        criteria: The expected failed criteria, or ``None`` where they are not labelled.
        clauses: The catalog clauses that should be recognised.
        kind: The kind the added text should get, for harmless additions.
    """

    id: str
    group: str
    split: str
    text: str
    open_source: bool
    bases: frozenset[str]
    criteria: frozenset[str] | None
    clauses: tuple[str, ...] = ()
    kind: str | None = None


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


@functools.cache
def same_text_groups() -> Mapping[str, frozenset[str]]:
    """Return, for each SPDX license, the licenses whose canonical text is the same (itself included)."""
    by_key: dict[str, set[str]] = {}
    for license_id, entry in load_spdx_licenses().licenses.items():
        by_key.setdefault(canonical_key(compact_form(normalise_for_matching(entry.text))), set()).add(license_id)
    return {license_id: frozenset(group) for group in by_key.values() for license_id in group}


def fill_copyright(license_id: str) -> str:
    """Return the SPDX text of *license_id* with its copyright line filled in (or a notice put above it)."""
    entry = load_spdx_licenses().licenses[license_id]
    text = entry.text.strip()
    marker = '<<var;name="copyright";original="'
    start = entry.template.find(marker)
    if start >= 0:
        original = entry.template[start + len(marker) : entry.template.find('";match=', start)].strip()
        if original and original in text:
            return text.replace(original, NOTICE, 1) + "\n"
    return f"{NOTICE}\n\n{text}\n"


@functools.cache
def base_text(license_id: str) -> str:
    """Return the text of a base license as a project would ship it: ethlicense's rendering, or the SPDX text."""
    if license_id in default_catalog().bases:
        return ethlicense.compose(license_id, holders=[HOLDER], year=YEAR).text
    return fill_copyright(license_id)


def place(addition: str, text: str, position: str) -> str:
    """Return *text* with the paragraph(s) *addition* put at *position* (see ``POSITIONS``)."""
    addition = addition.strip()
    if position == "before":
        return f"{addition}\n\n{text}"
    if position == "after":
        return f"{text.rstrip()}\n\n{addition}\n"
    paragraphs = text.strip().split("\n\n")
    if position == "after-copyright":
        index = next((number + 1 for number, item in enumerate(paragraphs) if NOTICE in item), 1)
    else:
        index = max(1, len(paragraphs) // 2)
    return "\n\n".join([*paragraphs[:index], addition, *paragraphs[index:]]) + "\n"


def clause_criteria(clause_ids: tuple[str, ...]) -> frozenset[str]:
    """Return the criteria the catalog clauses *clause_ids* fail (as ``compose``'s assessment gives them)."""
    catalog = default_catalog()
    return frozenset(
        violation.criterion
        for clause_id in clause_ids
        for violation in restriction_violations(catalog.clause(clause_id))
    )


def composite(base: str, clause_ids: tuple[str, ...], *, markdown: bool = False) -> str:
    """Return ethlicense's rendering of *base* with the catalog clauses *clause_ids* (sample parameters)."""
    catalog = default_catalog()
    rendered = ethlicense.compose(
        base,
        clauses=[
            ethlicense.clause(clause_id, **sample_arguments(catalog.clause(clause_id))) for clause_id in clause_ids
        ],
        holders=[HOLDER],
        year=YEAR,
        allow_void_restrictions=not catalog.base(base).accepts_restrictions,
    )
    if markdown:
        from ethlicense.formats import format_license  # noqa: PLC0415 - only some cases are Markdown

        return format_license(rendered, "markdown")
    return rendered.text


def _criteria(restricts: list[str]) -> frozenset[str]:
    catalog_clause = Clause(
        id="variant", title="variant", restricts=tuple(Restriction(item) for item in restricts), template="x"
    )
    return frozenset(violation.criterion for violation in restriction_violations(catalog_clause))


def spdx_cases() -> Iterator[Case]:
    """Yield every SPDX license's text with its copyright line filled in."""
    for license_id, entry in load_spdx_licenses().licenses.items():
        labelled = LABELLED_LICENSES.get(license_id)
        yield Case(
            id=f"spdx:{license_id}",
            group="spdx-osi" if entry.osi_approved else "spdx-other",
            split="-",
            text=fill_copyright(license_id),
            open_source=entry.osi_approved,
            bases=same_text_groups()[license_id],
            criteria=frozenset() if entry.osi_approved else with_companions(labelled) if labelled else None,
        )


def composite_cases() -> Iterator[Case]:
    """Yield every base with every clause, the bare bases, a few combinations and a few Markdown renderings."""
    catalog = default_catalog()
    clause_ids = sorted(catalog.clauses)
    for base in sorted(catalog.bases):
        yield Case(
            id=f"bare:{base}",
            group="bare-base",
            split="-",
            text=base_text(base),
            open_source=True,
            bases=same_text_groups()[base],
            criteria=frozenset(),
        )
        for clause_id in clause_ids:
            chosen: tuple[str, ...] = (clause_id,)
            yield Case(
                id=f"composite:{base}+{clause_id}",
                group="composite",
                split="-",
                text=composite(base, chosen),
                open_source=False,
                bases=same_text_groups()[base],
                criteria=clause_criteria(chosen),
                clauses=chosen,
            )
    combinations = [
        ("MIT", ("military", "named-organizations")),
        ("Apache-2.0", ("fossil-fuels", "human-rights", "mass-surveillance")),
        ("BSD-3-Clause", ("ice-collaborators", "labor-rights")),
        ("ISC", tuple(clause_ids)),
    ]
    for base, chosen in combinations:
        for markdown in (False, True):
            yield Case(
                id=f"composite:{base}+{'+'.join(chosen)}{':markdown' if markdown else ''}",
                group="composite",
                split="-",
                text=composite(base, tuple(sorted(chosen)), markdown=markdown),
                open_source=False,
                bases=same_text_groups()[base],
                criteria=clause_criteria(chosen),
                clauses=tuple(sorted(chosen)),
            )


def placements(number: int) -> Iterator[tuple[str, str]]:
    """Yield the (base, position) pairs the written item number *number* is placed at."""
    for offset in range(BASES_PER_VARIANT):
        base = VARIANT_BASES[(number * BASES_PER_VARIANT + offset) % len(VARIANT_BASES)]
        for position in POSITIONS:
            yield base, position


def variant_cases() -> Iterator[Case]:
    """Yield the written restrictions, harmless additions, conditions and edits, placed in several bases."""
    groups = same_text_groups()
    licenses = load_spdx_licenses().licenses
    if not all(licenses[base].osi_approved for base in VARIANT_BASES):
        msg = "every base in VARIANT_BASES must be OSI-approved, or harmless variants would not be open source"
        raise ValueError(msg)
    for number, item in enumerate(_load("restrictions.toml")["item"]):
        for base, position in placements(number):
            yield Case(
                id=f"restriction:{item['id']}@{base}:{position}",
                group="restriction",
                split=item["split"],
                text=place(item["text"], base_text(base), position),
                open_source=False,
                bases=groups[base],
                criteria=_criteria(item["restricts"]),
            )
    for number, item in enumerate(_load("harmless.toml")["item"]):
        for base, position in placements(number):
            name = load_spdx_licenses().licenses[base].name
            text = item["text"].replace("{base_name}", name).replace("{base_id}", base)
            yield Case(
                id=f"harmless:{item['id']}@{base}:{position}",
                group="harmless",
                split=item["split"],
                text=place(text, base_text(base), position),
                open_source=True,
                bases=groups[base],
                criteria=frozenset(),
                kind=item["kind"],
            )
    changes = _load("changes.toml")
    for number, item in enumerate(changes["condition"]):
        for base, position in placements(number):
            yield Case(
                id=f"condition:{item['id']}@{base}:{position}",
                group="condition",
                split=item["split"],
                text=place(item["text"], base_text(base), position),
                open_source=False,
                bases=groups[base],
                criteria=with_companions(item["criteria"]),
            )
    for item in changes["edit"]:
        original = base_text(item["base"])
        if item["find"] not in " ".join(original.split()):
            msg = f"edit {item['id']}: {item['find']!r} is not in {item['base']}"
            raise ValueError(msg)
        flat = "\n\n".join(" ".join(paragraph.split()) for paragraph in original.split("\n\n"))
        yield Case(
            id=f"edit:{item['id']}",
            group="edit",
            split=item["split"],
            text=flat.replace(item["find"], item["replace"], 1),
            open_source=False,
            bases=groups[item["base"]],
            criteria=with_companions(item["criteria"]),
        )


def all_cases() -> list[Case]:
    """Return the whole corpus, in a stable order."""
    return [*spdx_cases(), *composite_cases(), *variant_cases()]
