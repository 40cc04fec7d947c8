# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Pure formatters: turn licenses, verdicts and catalog entries into text, Markdown or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ethlicense.assess import restriction_violations
from ethlicense.catalog import Catalog
from ethlicense.models import BaseLicense, BaseTerm, Clause, ParameterValue, RenderedLicense
from ethlicense.provenance import provenance_json, provenance_markdown
from ethlicense.render import render_text

if TYPE_CHECKING:
    from ethlicense.build import BuildResult

__all__ = [
    "bases_data",
    "build_notes",
    "clause_data",
    "clauses_data",
    "dumps",
    "format_bases",
    "format_build",
    "format_clause",
    "format_clauses",
    "format_license",
    "license_data",
    "verdict_line",
]

FORMATS = ("text", "markdown", "json", "provenance")


def __dir__() -> list[str]:
    return __all__


def dumps(data: object) -> str:
    """Return *data* as indented JSON with a final newline (stable key order as built)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _argument(value: ParameterValue) -> object:
    if isinstance(value, tuple):
        return list(value)
    if value is None or isinstance(value, str | bool):
        return value
    return value.isoformat()


def license_data(rendered: RenderedLicense) -> dict[str, Any]:
    """Return the JSON document of a rendered license.

    The keys ``text``, ``license_id``, ``name``, ``osi_open_source``, ``violations`` (each with
    ``criterion``, ``clause`` and ``reason``), ``clauses`` and ``provenance`` are stable.
    """
    verdict = rendered.assessment
    return {
        "text": rendered.text,
        "license_id": rendered.license_id,
        "name": rendered.name,
        "base": rendered.base.id,
        "osi_open_source": verdict.osi_open_source,
        "fsf_free": verdict.fsf_free,
        "debian_free": verdict.debian_free,
        "restrictions_removable": verdict.restrictions_removable,
        "violations": [item.model_dump(mode="json") for item in verdict.violations],
        "consequences": [item.model_dump(mode="json") for item in verdict.consequences],
        "notes": list(verdict.notes),
        "warnings": list(verdict.warnings),
        "clauses": [
            {
                "id": item.clause.id,
                "version": item.clause.version,
                "title": item.clause.title,
                "restricts": [restriction.value for restriction in item.clause.restricts],
                "arguments": {name: _argument(value) for name, value in item.arguments.items()},
            }
            for item in rendered.clauses
        ],
        "provenance": provenance_json(rendered.provenance),
    }


def format_license(rendered: RenderedLicense, output_format: str) -> str:
    """Return *rendered* as ``text``, ``markdown``, ``json`` or ``provenance`` (a Markdown report)."""
    if output_format == "text":
        return rendered.text
    if output_format == "markdown":
        return render_text(rendered.spec, markdown=True)
    if output_format == "json":
        return dumps(license_data(rendered))
    if output_format == "provenance":
        return provenance_markdown(rendered)
    msg = f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}"
    raise ValueError(msg)


def verdict_line(rendered: RenderedLicense) -> str:
    """Return a one-line verdict, for example ``LicenseRef-MIT-with-military: not open source (OSD-6 ...)``.

    Each of the verdict's warnings follows on a line of its own, beginning ``warning:``.
    """
    verdict = rendered.assessment
    warnings = "".join(f"\nwarning: {warning}" for warning in verdict.warnings)
    if verdict.osi_open_source:
        return f"{rendered.license_id}: open source (OSI-approved, no restrictions){warnings}"
    failed: dict[str, list[str]] = {}
    for item in verdict.violations:
        failed.setdefault(item.criterion, []).append(item.clause or "license")
    detail = ", ".join(f"{criterion} ({', '.join(dict.fromkeys(clauses))})" for criterion, clauses in failed.items())
    removable = "; the base lets recipients remove these restrictions" if verdict.restrictions_removable else ""
    return f"{rendered.license_id}: not open source: fails {detail}{removable}{warnings}"


def _terms(terms: tuple[BaseTerm, ...]) -> list[dict[str, str]]:
    return [
        {"id": term.id, "label": term.label, "description": term.description, "quote": term.quote} for term in terms
    ]


def bases_data(catalog: Catalog) -> list[dict[str, Any]]:  # the descriptions are read here, not when rendering
    """Return every base license as JSON-ready data.

    ``fsf_libre`` is ``true`` or ``false`` where the FSF's list of licenses says free or non-free, and ``null``
    where it does not mention the license. ``permissions``, ``conditions`` and ``limitations`` each list points
    with ``id``, ``label``, ``description`` and ``quote`` (the base's own words, from the text at ``text_url``).
    """
    return [
        {
            "id": base.id,
            "name": base.name,
            "family": base.family.value,
            "osi_approved": base.osi_approved,
            "fsf_libre": base.fsf_libre,
            "accepts_restrictions": base.accepts_restrictions,
            "restrictions_removable": base.restrictions_removable,
            "note": base.restriction_note,
            "permissions": _terms(catalog.description(base.id).permissions),
            "conditions": _terms(catalog.description(base.id).conditions),
            "limitations": _terms(catalog.description(base.id).limitations),
            "text_url": base.text_url,
        }
        for base in sorted(catalog.bases.values(), key=lambda item: item.id.casefold())
    ]


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _fsf_word(value: bool | None) -> str:
    if value is None:
        return "not listed"
    return "yes" if value else "no"


def _restriction_word(base: BaseLicense) -> str:
    """``accepted``; ``refused (void)`` where recipients may remove them; else ``refused (contradictory)``."""
    if base.accepts_restrictions:
        return "accepted"
    return "refused (void)" if base.restrictions_removable else "refused (contradictory)"


def _labels(terms: list[dict[str, str]]) -> str:
    return ", ".join(term["label"].lower() for term in terms) or "none"


def format_bases(catalog: Catalog) -> str:
    """Return the base licenses as a table, then what each permits, requires and limits."""
    data = bases_data(catalog)
    rows = [["ID", "NAME", "FAMILY", "OSI", "FSF", "RESTRICTIONS"]]
    rows += [
        [
            item["id"],
            item["name"],
            item["family"],
            "yes" if item["osi_approved"] else "no",
            _fsf_word(item["fsf_libre"]),
            _restriction_word(catalog.bases[item["id"]]),
        ]
        for item in data
    ]
    lines = [
        "",
        "What each base permits, requires and limits (ethlicense's summary; the license text decides):",
        "",
    ]
    for item in data:
        lines += [
            f"{item['id']}",
            f"  permits:  {_labels(item['permissions'])}",
            f"  requires: {_labels(item['conditions'])}",
            f"  limits:   {_labels(item['limitations'])}",
        ]
    return _table(rows) + "\n".join(lines) + "\n"


def _criteria(clause: Clause) -> list[str]:
    return list(dict.fromkeys(item.criterion for item in restriction_violations(clause)))


def clause_data(clause: Clause) -> dict[str, Any]:
    """Return one clause as JSON-ready data, with the criteria it fails."""
    data = clause.model_dump(mode="json")
    data["criteria"] = _criteria(clause)
    return data


def clauses_data(catalog: Catalog) -> list[dict[str, Any]]:
    """Return every clause in the catalog as JSON-ready data."""
    return [clause_data(catalog.clauses[key]) for key in sorted(catalog.clauses)]


def format_clauses(catalog: Catalog) -> str:
    """Return the clauses as a table: id, title, what each restricts and the criteria it fails."""
    rows = [["ID", "TITLE", "RESTRICTS", "FAILS"]]
    for key in sorted(catalog.clauses):
        clause = catalog.clauses[key]
        rows.append(
            [
                clause.id,
                clause.title,
                ", ".join(item.value for item in clause.restricts),
                ", ".join(_criteria(clause)),
            ]
        )
    return _table(rows)


def format_clause(clause: Clause) -> str:
    """Return everything about one clause for people: text, parameters, criteria, sources, rationale."""
    lines = [f"{clause.id} {clause.version}: {clause.title}"]
    if clause.summary:
        lines += ["", clause.summary]
    lines += [
        "",
        f"Restricts: {', '.join(item.value for item in clause.restricts)}",
        f"Fails: {', '.join(_criteria(clause))}",
        "",
        "Parameters:",
    ]
    if not clause.parameters:
        lines.append("  (none)")
    for parameter in clause.parameters:
        flag = "required" if parameter.required else f"optional, default {parameter.default!r}"
        lines.append(f"  {parameter.name} ({parameter.kind.value}, {flag}): {parameter.description}")
    lines += ["", "Template:", "", clause.template.rstrip("\n")]
    if clause.rationale:
        lines += ["", "Rationale:", "", clause.rationale]
    if clause.drafting_notes:
        lines += ["", "Drafting notes:", "", clause.drafting_notes]
    if clause.sources:
        lines += ["", "Sources:"]
        for source in clause.sources:
            details = ", ".join(part for part in (source.author, source.date, source.relation.value) if part)
            lines.append(f"  - {source.title} ({details})")
            if source.url:
                lines.append(f"    {source.url}")
    return "\n".join(lines) + "\n"


def format_build(result: BuildResult) -> str:
    """Return what a build did (or, with ``dry_run``, would do) to each file, one line each.

    ``created LICENSE``, ``unchanged PROVENANCE.md``, ``updated pyproject.toml (license metadata)``; a dry
    run says ``would create``, ``would update`` and ``would refuse`` (a file that needs ``--force``).
    """
    past = {"create": "created", "update": "updated"}
    lines = []
    for report in (*result.files, result.manifest):
        if report.action == "unchanged":
            lines.append(f"unchanged {report.path}")
        elif report.refused and result.dry_run:
            lines.append(f"would refuse {report.path} ({report.refused}; needs --force)")
        elif result.dry_run:
            lines.append(f"would {report.action} {report.path}")
        else:
            lines.append(f"{past[report.action]} {report.path}")
    verb = "would update" if result.dry_run else "updated"
    lines += [f"{verb} {report.path} (license metadata)" for report in result.metadata]
    return "".join(f"{line}\n" for line in lines)


def build_notes(result: BuildResult) -> str:
    """Return the notes on a build, for standard error: files of the project out of step, stale outputs.

    A file that an output keeps in step (package metadata) and that names another license gets a note when
    the build leaves it alone, naming the flag that updates it; a file that an earlier build wrote and this
    one no longer produces gets one too (it is left in place).
    """
    lines = [
        f"note: {found.path}: {'; '.join(found.problems)} (`ethlicense build --{found.output}` updates it)"
        for found in result.plan.edits
        if not found.in_step and found.output not in result.plan.outputs
    ]
    lines += [
        f"note: {path} was written by an earlier build and is no longer produced; it is left in place "
        "(delete it if nothing needs it)"
        for path in result.stale
    ]
    return "".join(f"{line}\n" for line in lines)
