# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Rendering: bare bases are the SPDX canonical texts, composites keep them intact, output is normal."""

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
    """Rendering a base bare gives the SPDX text, changed only where its copyright notice goes."""
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
    else:
        expected = notice + "\n\n" + expected
    assert ethlicense.compose(base, holders=["Jane Doe"], year=2026).text == expected


def test_mit_bare_is_exactly_the_spdx_text() -> None:
    """The MIT text differs from SPDX's only by the filled-in year and holder."""
    rendered = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026)
    expected = _normal(SPDX["MIT"]["text"]).replace("<year> <copyright holders>", "2026 Jane Doe")
    assert rendered.text == expected


@pytest.mark.parametrize("base", [base for base in BASES if not default_catalog().bases[base].requires_holders])
def test_base_without_copyright_line_renders_without_holders(base: str) -> None:
    """Bases without a copyright line render their exact SPDX text when no holder is given."""
    rendered = ethlicense.compose(base, year=2026)
    assert rendered.text == _normal(SPDX[base]["text"])


@pytest.mark.parametrize("base", [base for base in BASES if default_catalog().bases[base].requires_holders])
def test_base_with_copyright_line_needs_a_holder(base: str) -> None:
    """A base with a copyright line refuses to render with its placeholder left in."""
    with pytest.raises(ethlicense.InvalidSpecError, match="copyright holder"):
        ethlicense.compose(base, year=2026)


@pytest.mark.parametrize("base", [base for base in BASES if default_catalog().bases[base].accepts_restrictions])
def test_composite_contains_the_base_text_intact(base: str) -> None:
    """A composite holds the whole bare rendering of its base, after the additional conditions."""
    bare = ethlicense.compose(base, holders=["Jane Doe"], year=2026).text
    composite = ethlicense.compose(base, clauses=["military"], holders=["Jane Doe"], year=2026).text
    assert composite.endswith(bare)
    assert composite.index("Part 1. Additional Conditions") < composite.index(bare)


def test_apache_conditions_come_before_end_of_terms() -> None:
    """Apache-2.0's conditions never follow END OF TERMS AND CONDITIONS, where detectors stop reading."""
    text = ethlicense.compose("Apache-2.0", clauses=["military"], holders=["Jane Doe"], year=2026).text
    assert text.index("1.1. No military use") < text.index("END OF TERMS AND CONDITIONS")


def test_clauses_are_numbered_by_id_whatever_order_they_are_given_in() -> None:
    """Clause order in the input does not change the text."""
    first = ethlicense.compose("MIT", clauses=["military", "human-rights"], holders=["A"], year=2026)
    second = ethlicense.compose("MIT", clauses=["human-rights", "military"], holders=["A"], year=2026)
    assert first.text == second.text
    assert first.text.index("1.1. ") < first.text.index("1.2. ")
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


def test_markdown_wraps_the_base_text_verbatim() -> None:
    """Markdown output puts the base text in a fenced block and the clauses under headings."""
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
    from ethlicense.render import render_text  # noqa: PLC0415 - the function under test

    markdown = render_text(rendered.spec, markdown=True)
    assert markdown.startswith(f"# {rendered.name}\n")
    assert "### 1.1. No military use" in markdown
    assert f"```text\n{render_base_text(rendered.spec)}\n```\n" in markdown


def test_every_template_a_model_references_exists() -> None:
    """Every base and built-in clause has its template file, and every template has an owner."""
    catalog = default_catalog()
    base_files = {entry.name for entry in (templates_dir() / "bases").iterdir()}
    clause_files = {entry.name for entry in (templates_dir() / "clauses").iterdir()}
    assert base_files == {f"{base}.txt.j2" for base in catalog.bases}
    assert clause_files == {f"{clause}.txt.j2" for clause in catalog.clauses}
    assert (templates_dir() / "layouts" / "license.j2").is_file()
