# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Provenance: where each clause of a license comes from, and the versions that produced the text."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ethlicense._version import __version__
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.models import ClauseProvenance, LicenseSpec, Provenance, RenderedLicense
from ethlicense.render import render_clause_text, sha256

if TYPE_CHECKING:
    from ethlicense.models import Source

__all__ = ["build_provenance", "ethlicense_version", "provenance_json", "provenance_markdown"]


def __dir__() -> list[str]:
    return __all__


@functools.cache
def ethlicense_version() -> str:
    """Return the version of ethlicense (the one written in ``ethlicense/_version.py``)."""
    return __version__


def build_provenance(spec: LicenseSpec, *, text: str, license_id: str, catalog: Catalog | None = None) -> Provenance:
    """Return the provenance record of a rendered license."""
    catalog = catalog or default_catalog()
    return Provenance(
        ethlicense_version=ethlicense_version(),
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


def provenance_json(provenance: Provenance) -> dict[str, Any]:
    """Return *provenance* as plain JSON-ready data."""
    return provenance.model_dump(mode="json")


def _source_line(source: Source) -> str:
    details = [part for part in (source.author, source.date, source.relation.value) if part]
    line = f"- {source.title}"
    if source.url:
        line = f"- [{source.title}]({source.url})"
    line += f" ({', '.join(details)})"
    if source.note:
        line += f": {source.note}"
    return line


def provenance_markdown(rendered: RenderedLicense) -> str:
    """Return a Markdown provenance report: the verdict with its criteria, and every clause's sources."""
    provenance = rendered.provenance
    verdict = rendered.assessment
    lines = [
        f"# Provenance of {rendered.name}",
        "",
        f"- License id: `{rendered.license_id}`",
        f"- Base license: {rendered.base.name} (`{rendered.base.id}`)",
        f"- Open source (OSI): {'yes' if verdict.osi_open_source else 'no'}",
        f"- Free software (FSF): {'yes' if verdict.fsf_free else 'no'}",
        f"- Debian (DFSG): {'yes' if verdict.debian_free else 'no'}",
        f"- Text SHA-256: `{provenance.text_sha256}`",
        (
            f"- Made with ethlicense {provenance.ethlicense_version}, catalog {provenance.catalog_version}, "
            f"SPDX License List {provenance.spdx_license_list_version}"
        ),
    ]
    if verdict.violations:
        lines += ["", "## Verdict", "", "| Criterion | Clause | Reason |", "| --- | --- | --- |"]
        lines += [
            f"| {item.criterion} | {item.clause or '(whole license)'} | {item.reason} |" for item in verdict.violations
        ]
    if verdict.restrictions_removable:
        lines += ["", "**The base license lets recipients remove these restrictions: they bind no one.**"]
    if verdict.notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in verdict.notes]
    if verdict.consequences:
        lines += ["", "## Consequences", ""] + [f"- {item.text}" for item in verdict.consequences]
    for clause in provenance.clauses:
        kind = "built-in" if clause.builtin else "user-defined"
        lines += [
            "",
            f"## Clause `{clause.id}`: {clause.title}",
            "",
            (
                f"Version {clause.version} ({kind}); restricts "
                f"{', '.join(item.value for item in clause.restricts)}; text SHA-256 `{clause.text_sha256}`."
            ),
        ]
        if clause.rationale:
            lines += ["", "### Rationale", "", clause.rationale]
        if clause.drafting_notes:
            lines += ["", "### Drafting notes", "", clause.drafting_notes]
        if clause.sources:
            lines += ["", "### Sources", ""] + [_source_line(source) for source in clause.sources]
    return "\n".join(lines) + "\n"
