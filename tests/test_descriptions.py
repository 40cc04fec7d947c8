# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Each base's description (permissions, conditions, limitations) rests on the base's own words."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense._resources import read_data
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.cli import cli
from ethlicense.models import BaseLicense, TermKind

CATALOG = ethlicense.default_catalog()
BASES = sorted(CATALOG.bases)
DESCRIPTIONS = tomllib.loads(read_data("descriptions.toml"))
PARTS = {"permissions": TermKind.PERMISSION, "conditions": TermKind.CONDITION, "limitations": TermKind.LIMITATION}


def _words(text: str) -> str:
    return " ".join(text.split())


def _terms(base: BaseLicense) -> dict[str, tuple[ethlicense.BaseTerm, ...]]:
    described = CATALOG.description(base.id)
    return {
        "permissions": described.permissions,
        "conditions": described.conditions,
        "limitations": described.limitations,
    }


def test_every_base_and_no_other_is_described() -> None:
    """descriptions.toml describes exactly the catalog's bases."""
    assert set(DESCRIPTIONS["bases"]) == set(CATALOG.bases)


@pytest.mark.parametrize("base_id", BASES)
def test_every_quotation_is_the_base_text_word_for_word(base_id: str) -> None:
    """Each point quotes words that occur in the base's text as rendered (whitespace aside)."""
    base = CATALOG.base(base_id)
    text = _words(CATALOG.base_template(base_id))
    for part, terms in _terms(base).items():
        for term in terms:
            assert term.quote in text, f"{base_id} {part} {term.id}: {term.quote!r} is not in the text"


@pytest.mark.parametrize("base_id", BASES)
def test_every_point_is_of_its_part(base_id: str) -> None:
    """A permission is listed under permissions, a condition under conditions, a limitation under limitations."""
    base = CATALOG.base(base_id)
    for part, terms in _terms(base).items():
        assert all(term.kind is PARTS[part] for term in terms), part
    described = CATALOG.description(base_id)
    assert described.permissions, "every base permits something"
    assert {"liability", "warranty"} <= {term.id for term in described.limitations}, "every base disclaims"


def test_shared_descriptions_belong_to_bases_with_the_same_text() -> None:
    """A base described as another (same_as) has that other's SPDX text: the GNU -or-later ids."""
    licenses = load_spdx_licenses().licenses
    shared = {key: entry["same_as"] for key, entry in DESCRIPTIONS["bases"].items() if "same_as" in entry}
    assert shared
    for base_id, other in shared.items():
        assert licenses[base_id].text == licenses[other].text, base_id
        assert _terms(CATALOG.base(base_id)) == _terms(CATALOG.base(other))


def test_every_term_is_used_and_labelled() -> None:
    """Every term of the vocabulary is used by some base, and its kind is one of the three."""
    used = {term.id for base in CATALOG.bases.values() for terms in _terms(base).values() for term in terms}
    assert used == set(DESCRIPTIONS["terms"])


def test_rendering_does_not_read_the_descriptions() -> None:
    """The descriptions are read when asked for (bases, docs), never to render: rendering stays fast."""
    code = (
        "import ethlicense, ethlicense.catalog as c; ethlicense.compose('MIT', holders=['A'], year=2026); "
        "print(c._builtin_descriptions.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "0\n"


def test_an_unknown_base_has_no_description() -> None:
    """Asking for the description of an unknown base names the nearest ids."""
    with pytest.raises(ethlicense.UnknownLicenseError, match=r"Did you mean (?:'[^']+' or )*'MIT'"):
        CATALOG.description("MTI")


def test_bases_json_carries_descriptions_and_three_valued_fsf_status() -> None:
    """``bases --format json`` gives each base's points with their quotations, and null for an unlisted FSF status."""
    result = CliRunner().invoke(cli, ["bases", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = {item["id"]: item for item in json.loads(result.output)}
    assert set(data) == set(CATALOG.bases)
    assert data["0BSD"]["fsf_libre"] is None
    assert data["MIT"]["fsf_libre"] is True
    mit = data["MIT"]
    assert [item["id"] for item in mit["conditions"]] == ["include-notice"]
    assert mit["conditions"][0]["quote"].startswith("The above copyright notice")
    assert mit["text_url"] == "https://spdx.org/licenses/MIT.html"
    assert data["AGPL-3.0-only"]["conditions"][3]["id"] == "network-use-disclose"


def test_bases_text_lists_fsf_status_and_what_each_base_permits() -> None:
    """The text listing shows the FSF column with "not listed", and a permits/requires/limits block per base."""
    result = CliRunner().invoke(cli, ["bases"])
    assert result.exit_code == 0, result.output
    table = result.output.split("\n\n")[0].splitlines()
    rows = {line.split()[0]: line for line in table}
    assert "not listed" in rows["0BSD"]
    assert "not listed" not in rows["MIT"]
    assert "  requires: none\n" in result.output.split("\nMIT-0\n")[1]
    assert "  limits:   liability, warranty, no endorsement\n" in result.output.split("\nBSD-3-Clause\n")[1]


def test_readme_lists_every_base() -> None:
    """README.md's list of base licenses names every base of the catalog."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Base licenses\n", 1)[1].split("\n## ", 1)[0]
    assert {base for base in CATALOG.bases if f"`{base}`" not in section} == set()
