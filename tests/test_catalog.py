# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The catalog: built-in data validates, user clauses load, lookups suggest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ethlicense
from ethlicense.catalog import default_catalog, load_clause_file, suggest

REQUIRED_CLAUSES = {
    "named-organizations",
    "ice-collaborators",
    "immigration-enforcement",
    "military",
    "law-enforcement",
    "mass-surveillance",
    "fossil-fuels",
    "human-rights",
    "labor-rights",
}
REQUIRED_BASES = {
    "MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "MPL-2.0", "Zlib", "0BSD", "BSL-1.0",
    "GPL-2.0-only", "GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only",
}  # fmt: skip


def test_catalog_has_the_required_bases_and_clauses() -> None:
    """Every base and clause the project promises is in the built-in catalog."""
    catalog = default_catalog()
    assert set(catalog.bases) >= REQUIRED_BASES
    assert set(catalog.clauses) >= REQUIRED_CLAUSES


@pytest.mark.parametrize("clause_id", sorted(default_catalog().clauses))
def test_builtin_clause_is_complete(clause_id: str) -> None:
    """Each built-in clause has a version, a summary, a rationale and dated sources with URLs."""
    clause = default_catalog().clause(clause_id)
    assert clause.builtin
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", clause.version)
    assert clause.summary
    assert clause.rationale
    assert clause.drafting_notes
    assert len(clause.sources) >= 2
    assert all(source.date and source.url and source.url.startswith("https://") for source in clause.sources[:1])


def test_named_organizations_takes_a_list_reason_date_and_defines_affiliates() -> None:
    """named-organizations has the parameters the issue asks for and defines affiliates."""
    clause = default_catalog().clause("named-organizations")
    kinds = {parameter.name: (parameter.kind.value, parameter.required) for parameter in clause.parameters}
    assert kinds["organizations"] == ("string-list", True)
    assert kinds["reason"][1] is False
    assert kinds["effective_date"] == ("date", False)
    text = ethlicense.clause(clause, organizations=["X"])
    rendered = ethlicense.compose("MIT", clauses=[text], holders=["A"], year=2026).text.lower()
    assert "affiliate" in rendered or "subsidiar" in rendered
    assert any("1616" in (source.url or "") for source in clause.sources)


@pytest.mark.parametrize(
    ("wanted", "known", "expected"),
    [
        ("mit", ["MIT", "ISC"], ["MIT"]),
        ("BSD", ["BSD-2-Clause", "BSD-3-Clause", "MIT"], ["BSD-2-Clause", "BSD-3-Clause"]),
        ("zzzz", ["MIT"], []),
    ],
)
def test_suggest_finds_near_ids(wanted: str, known: list[str], expected: list[str]) -> None:
    """Suggestions are the nearest ids, exact case-insensitive matches first."""
    assert suggest(wanted, known) == expected


def test_clause_file_with_one_clause(tmp_path: Path) -> None:
    """A TOML file with one clause at the top level loads as a user clause."""
    path = tmp_path / "clause.toml"
    path.write_text(
        'id = "no-ads"\ntitle = "No advertising"\nrestricts = ["fields-of-endeavor"]\n'
        'text = "The Software may not be used to serve advertisements."\n'
        '[[sources]]\ntitle = "Our own idea"\ndate = "2026"\nrelation = "inspired-by"\n',
        encoding="utf-8",
    )
    (clause,) = load_clause_file(path)
    assert clause.id == "no-ads"
    assert clause.builtin is False
    assert clause.sources[0].date == "2026"


def test_clause_file_with_several_clauses(tmp_path: Path) -> None:
    """A TOML file with [[clauses]] loads each of them."""
    path = tmp_path / "clauses.toml"
    path.write_text(
        '[[clauses]]\nid = "a"\ntitle = "A"\nrestricts = ["conduct"]\ntext = "A."\n'
        '[[clauses]]\nid = "b"\ntitle = "B"\nrestricts = ["other-software"]\ntext = "B."\n',
        encoding="utf-8",
    )
    assert [clause.id for clause in load_clause_file(path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id = ", "not valid TOML"),
        ('id = "Bad Id"\ntitle = "T"\nrestricts = ["conduct"]\ntext = "T"', "id: String should match pattern"),
        ('id = "x"\ntitle = "T"\nrestricts = ["conduct"]\ntext = "T"\ncolour = "red"', "colour: Extra inputs"),
        ('id = "x"\ntitle = "T"\nrestricts = []\ntext = "T"', "restricts"),
        ('id = "x"\ntitle = "T"\nrestricts = ["conduct"]', "template: Field required"),
        ('id = "x"\ntitle = "T"\nrestricts = ["conduct"]\ntext = "a\u200bb"', "U+200B"),
        ('[[clauses]]\nid = "x"\n[other]\n', "not both"),
    ],
)
def test_broken_clause_file_names_file_and_field(tmp_path: Path, content: str, message: str) -> None:
    """Broken clause files raise CatalogError naming the file and the field."""
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ethlicense.CatalogError, match=re.escape(message)) as caught:
        load_clause_file(path)
    assert "broken.toml" in str(caught.value)


def test_missing_clause_file_is_a_catalog_error(tmp_path: Path) -> None:
    """A clause file that does not exist gives a readable error."""
    with pytest.raises(ethlicense.CatalogError, match="cannot read"):
        load_clause_file(tmp_path / "absent.toml")


def test_user_clause_cannot_take_a_builtin_id() -> None:
    """A user clause may not silently replace a built-in one."""
    impostor = ethlicense.Clause(id="military", title="T", restricts=(ethlicense.Restriction.CONDUCT,), template="T.")
    with pytest.raises(ethlicense.CatalogError, match="already defined"):
        default_catalog().with_clauses([impostor])
