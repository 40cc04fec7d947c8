# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Rendering: bare bases are the SPDX canonical texts, composites follow their base's layout, output is normal."""

from __future__ import annotations

import gzip
import json
import tomllib
from importlib.resources import files
from typing import Any

import pytest

import ethlicense
from ethlicense._resources import templates_dir
from ethlicense.catalog import default_catalog
from ethlicense.models import Layout
from ethlicense.render import render_base_text

BASES = sorted(default_catalog().bases)


def _spdx() -> dict[str, Any]:
    raw = (files("ethlicense") / "data" / "spdx" / "licenses.json.gz").read_bytes()
    data: dict[str, dict[str, Any]] = json.loads(gzip.decompress(raw))["licenses"]
    return data


SPDX = _spdx()


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n")) + "\n"


BASE_METADATA = tomllib.loads((files("ethlicense") / "data" / "bases.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("base", BASES)
def test_bare_base_is_the_spdx_text_with_the_notice_filled_in(base: str) -> None:
    """Rendering a base bare gives the SPDX text, changed only in the copyright line its template has."""
    meta = BASE_METADATA[base]
    notice = meta["copyright_format"].format(year=2026, holders="Jane Doe")
    expected = _normal(SPDX[base]["text"])
    for original, replacement in meta.get("replacements", []):
        expected = expected.replace(original, replacement)
    if "copyright_original" in meta:
        expected = expected.replace(meta["copyright_original"], notice)
    elif "copyright_insert_after" in meta:
        anchor = meta["copyright_insert_after"]
        expected = anchor + notice + "\n\n" + expected.removeprefix(anchor)
    assert ethlicense.compose(base, holders=["Jane Doe"], year=2026).text == expected


@pytest.mark.parametrize("base", [base for base in BASES if not default_catalog().bases[base].holds_copyright_notice])
def test_base_without_a_copyright_line_says_where_the_notice_goes(base: str) -> None:
    """A base whose SPDX text has no copyright line gets none; the notice is offered for a NOTICE file instead."""
    rendered = ethlicense.compose(base, holders=["Jane Doe"], year=2026)
    assert "Jane Doe" not in rendered.text
    assert rendered.notice_elsewhere.endswith("2026 Jane Doe")
    assert ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).notice_elsewhere == ""


def test_apache_holder_goes_in_the_appendix_line() -> None:
    """Apache-2.0's holder fills the appendix's copyright line, which keeps its placeholder without one."""
    with_holder = ethlicense.compose("Apache-2.0", holders=["Jane Doe"], year=2026).text
    without = ethlicense.compose("Apache-2.0", year=2026).text
    assert "   Copyright 2026 Jane Doe\n" in with_holder or "Copyright 2026 Jane Doe\n" in with_holder
    assert with_holder.index("Copyright 2026 Jane Doe") > with_holder.index("APPENDIX")
    assert "Copyright [yyyy] [name of copyright owner]" in without


def test_mit_bare_is_exactly_the_spdx_text() -> None:
    """The MIT text differs from SPDX's only by the filled-in year and holder."""
    rendered = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026)
    expected = _normal(SPDX["MIT"]["text"]).replace("<year> <copyright holders>", "2026 Jane Doe")
    assert rendered.text == expected


@pytest.mark.parametrize("base", [base for base in BASES if not default_catalog().bases[base].requires_holders])
def test_base_without_copyright_line_renders_without_holders(base: str) -> None:
    """Bases that need no holder render their SPDX text when none is given (placeholders as SPDX has them)."""
    rendered = ethlicense.compose(base, year=2026)
    expected = _normal(SPDX[base]["text"])
    for original, replacement in BASE_METADATA[base].get("replacements", []):
        expected = expected.replace(original, replacement)
    assert rendered.text == expected


@pytest.mark.parametrize("base", [base for base in BASES if default_catalog().bases[base].requires_holders])
def test_base_with_copyright_line_needs_a_holder(base: str) -> None:
    """A base with a copyright line refuses to render with its placeholder left in."""
    with pytest.raises(ethlicense.InvalidSpecError, match="copyright holder"):
        ethlicense.compose(base, year=2026)


#: The tag of a license identifier line, split so that REUSE does not read this file as declaring one.
IDENTIFIER_TAG = "SPDX-License-" + "Identifier"

INTEGRATED = [base for base in BASES if default_catalog().bases[base].layout is Layout.INTEGRATED]


@pytest.mark.parametrize("base", INTEGRATED)
def test_integrated_composite_sets_the_conditions_inside_the_base_text(base: str) -> None:
    """The base text, without its title line, surrounds the conditions, which follow the base's own conditions."""
    catalog = default_catalog()
    info = catalog.bases[base]
    bare = ethlicense.compose(base, holders=["Jane Doe"], year=2026).text
    composite = ethlicense.compose(base, clauses=["military"], holders=["Jane Doe"], year=2026).text
    cut = bare.index(info.conditions_after) + len(info.conditions_after)
    head, tail = bare[:cut].strip("\n"), bare[cut:].strip("\n")
    if info.title_line:  # the base's own title, first (MIT) or after the copyright notice (UPL), is left out
        head = "\n\n".join(paragraph for paragraph in head.split("\n\n") if paragraph != info.title_line)
    assert head in composite
    assert tail in composite
    assert composite.index(head) < composite.index("A1. Definitions")
    if tail:  # Zlib's restrictions end its text, so the conditions end the composite
        assert composite.index("A1. Definitions") < composite.index(tail)
    assert composite.index("A2. No military use") < composite.index("A3. Breach, notice and cure")
    assert not composite.startswith(info.name)
    assert not composite.startswith(info.title_line or info.name)
    # The base's text is whole in the composite only where the conditions follow its last words and it has no
    # title to leave out (PostgreSQL, whose condition names "the following two paragraphs").
    assert (bare in composite) == (not tail and not info.title_line)


def test_apache_composite_has_two_parts_and_conditions_before_end_of_terms() -> None:
    """Apache-2.0 keeps its whole text as Part 2; the conditions come first, before END OF TERMS."""
    bare = ethlicense.compose("Apache-2.0", holders=["Jane Doe"], year=2026).text
    text = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["Jane Doe"], year=2026).text
    assert text.endswith(bare)
    assert text.index("Part 1. Additional Conditions") < text.index("A2. No military use") < text.index(bare)
    assert text.index("A2. No military use") < text.index("END OF TERMS AND CONDITIONS")
    flat = " ".join(text.split())
    assert 'Every reference in Part 2 to "this License" or "the License" includes these Additional' in flat
    assert "fifty percent (50%) or more" in text


@pytest.mark.parametrize("base", [base for base in BASES if default_catalog().bases[base].accepts_restrictions])
def test_composite_states_its_id_and_defines_who_is_bound(base: str) -> None:
    """Every composite names its LicenseRef id, defines You and use, and says how a breach is noticed and cured."""
    rendered = ethlicense.compose(base, clauses=["military"], holders=["Jane Doe"], year=2026)
    text = rendered.text
    assert f"{IDENTIFIER_TAG}: {rendered.license_id}\n" in text
    assert rendered.license_id in text.split("Identification.")[1].replace("\n", " ")
    for words in ('"You" means', '"Use" means', '"knowingly"', "(c) Cure.", "(e) Reinstatement.", "(c) Severability."):
        assert words in text
    assert "within 30 days after You receive the first notice" in text.replace("\n", " ")


def test_cure_period_and_governing_law_are_parameters() -> None:
    """The cure period, governing law and courts appear as given, and change the id."""
    plain = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    chosen = ethlicense.compose(
        "MIT",
        clauses=["military"],
        holders=["A"],
        year=2026,
        cure_days=60,
        governing_law="the Netherlands",
        venue="Amsterdam",
    )
    flat = chosen.text.replace("\n", " ")
    assert "within 60 days after You receive" in flat
    assert "governed by the law of the Netherlands" in flat
    assert "The courts of Amsterdam have jurisdiction" in flat
    assert "governed by the law" not in plain.text.replace("\n", " ")
    assert plain.license_id != chosen.license_id


def test_refused_bases_include_mpl() -> None:
    """MPL-2.0 refuses restrictions as the GPL family does, citing its own sections."""
    with pytest.raises(ethlicense.RestrictionRefusedError, match=r"3\.1"):
        ethlicense.compose("MPL-2.0", clauses=["military"], holders=["A"], year=2026)


def test_clauses_are_numbered_by_id_whatever_order_they_are_given_in() -> None:
    """Clause order in the input does not change the text."""
    first = ethlicense.compose("MIT", clauses=["military", "human-rights"], holders=["A"], year=2026)
    second = ethlicense.compose("MIT", clauses=["human-rights", "military"], holders=["A"], year=2026)
    assert first.text == second.text
    assert first.text.index("A2. ") < first.text.index("A3. ")
    assert [item.id for item in first.clauses] == ["human-rights", "military"]


@pytest.mark.parametrize("base", BASES)
def test_output_is_normalised(base: str) -> None:
    """Rendered text has LF endings, no trailing spaces and exactly one final newline."""
    text = ethlicense.compose(base, holders=["Jane Doe"], year=2026).text
    assert "\r" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_several_holders_share_one_notice() -> None:
    """Several holders are joined in one copyright notice."""
    text = ethlicense.compose("MIT", holders=["Jane Doe", "John Roe"], year=2026).text
    assert "Copyright (c) 2026 Jane Doe, John Roe\n" in text


def test_markdown_puts_the_license_in_a_fenced_block() -> None:
    """Markdown output has the name as a heading and the integrated license text, verbatim, in a fenced block."""
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
    from ethlicense.render import render_text  # noqa: PLC0415 - the function under test

    markdown = render_text(rendered.spec, markdown=True)
    assert markdown.startswith(f"# {rendered.name}\n")
    body = rendered.text.split("Copyright (c) 2026 Jane Doe")[1]
    assert body in markdown
    assert "```text\nCopyright (c) 2026 Jane Doe" in markdown


def test_markdown_of_a_two_part_license_has_headings() -> None:
    """An Apache-2.0 composite in Markdown has its parts and sections as headings and Part 2 fenced verbatim."""
    rendered = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["Jane Doe"], year=2026)
    from ethlicense.render import render_text  # noqa: PLC0415 - the function under test

    markdown = render_text(rendered.spec, markdown=True)
    assert "## Part 1. Additional Conditions" in markdown
    assert "### A2. No military use" in markdown
    assert f"```text\n{render_base_text(rendered.spec)}\n```\n" in markdown


def test_every_template_a_model_references_exists() -> None:
    """Every base and built-in clause has its template file, and every template has an owner."""
    catalog = default_catalog()
    base_files = {entry.name for entry in (templates_dir() / "bases").iterdir()}
    clause_files = {entry.name for entry in (templates_dir() / "clauses").iterdir()}
    assert base_files == {f"{base}.txt.j2" for base in catalog.bases}
    assert clause_files == {f"{clause}.txt.j2" for clause in catalog.clauses}
    assert (templates_dir() / "layouts" / "license.j2").is_file()
