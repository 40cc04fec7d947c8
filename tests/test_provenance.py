# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Provenance: sources, versions and hashes, as data and as Markdown."""

from __future__ import annotations

import ethlicense
from ethlicense.compose import build_provenance
from ethlicense.provenance import build_provenance as named_in_provenance
from ethlicense.provenance import provenance_json, provenance_markdown
from ethlicense.render import render_clause_text, sha256


def test_provenance_records_versions_and_hashes() -> None:
    """The record names the tool, catalog and SPDX list versions and hashes the text and each clause."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    record = lic.provenance
    assert record.ethlicense_version == ethlicense.__version__
    assert record.catalog_version
    assert record.spdx_license_list_version
    assert record.text_sha256 == sha256(lic.text)
    (clause,) = record.clauses
    assert clause.text_sha256 == sha256(render_clause_text(lic.clauses[0]))
    assert clause.sources == lic.clauses[0].clause.sources


def test_clause_hash_changes_with_its_parameters() -> None:
    """Different parameter values give different clause hashes."""
    first = ethlicense.compose("MIT", clauses=[ethlicense.clause("military", allow_humanitarian=True)], holders=["A"])
    second = ethlicense.compose("MIT", clauses=[ethlicense.clause("military", allow_humanitarian=False)], holders=["A"])
    assert first.provenance.clauses[0].text_sha256 != second.provenance.clauses[0].text_sha256


def test_provenance_json_is_plain_data() -> None:
    """The JSON form holds the clause sources with their relation and date."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    data = provenance_json(lic.provenance)
    source = data["clauses"][0]["sources"][0]
    assert {"title", "url", "date", "author", "relation"} <= set(source)


def test_provenance_markdown_has_verdict_and_sources() -> None:
    """The Markdown report has the verdict table, the notes and every source."""
    lic = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["A"], year=2026)
    report = provenance_markdown(lic)
    assert report.startswith(f"# Provenance of {lic.name}\n")
    assert "| OSD-6 | military |" in report
    assert "section 4" in report
    for source in lic.clauses[0].clause.sources:
        assert source.title in report


def test_version_module_agrees_with_installed_metadata() -> None:
    """The version written in ethlicense/_version.py is the one the installed distribution reports."""
    import importlib.metadata  # noqa: PLC0415 - only this test needs it

    assert ethlicense.__version__ == importlib.metadata.version("ethlicense")


def test_record_is_made_by_compose_and_named_by_provenance_too() -> None:
    """The compose module makes the record; provenance, which formats it, offers the function under its old name."""
    assert named_in_provenance is build_provenance
    lic = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    assert build_provenance(lic.spec, text=lic.text, license_id=lic.license_id) == lic.provenance
