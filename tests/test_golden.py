# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Golden files: every base bare, every clause on MIT, every accepting base's layout, compared byte for byte."""

from __future__ import annotations

import pytest

import ethlicense
from ethlicense.catalog import default_catalog
from tests.conftest import GOLDEN, compare_golden, sample_arguments

BASES = sorted(default_catalog().bases)
CLAUSES = sorted(default_catalog().clauses)


@pytest.mark.parametrize("base", BASES)
def test_bare_base_matches_golden(base: str, *, update_golden: bool) -> None:
    """A bare base renders to the same bytes as its golden file."""
    rendered = ethlicense.compose(base, holders=["Jane Doe"], year=2026)
    compare_golden(f"bases/{base}.txt", rendered.text, update=update_golden)


@pytest.mark.parametrize("clause_id", CLAUSES)
def test_clause_on_mit_matches_golden(clause_id: str, *, update_golden: bool) -> None:
    """Each clause on MIT renders to the same bytes as its golden file."""
    clause = default_catalog().clause(clause_id)
    configured = ethlicense.clause(clause_id, **sample_arguments(clause))
    rendered = ethlicense.compose("MIT", clauses=[configured], holders=["Jane Doe"], year=2026)
    compare_golden(f"clauses/{clause_id}.txt", rendered.text, update=update_golden)


ACCEPTING = [base for base in BASES if default_catalog().bases[base].accepts_restrictions]


@pytest.mark.parametrize("base", ACCEPTING)
def test_layout_of_each_base_matches_golden(base: str, *, update_golden: bool) -> None:
    """Each base that accepts conditions lays out two clauses, a cure period and a governing law the same way."""
    rendered = ethlicense.compose(
        base,
        clauses=["military", "mass-surveillance"],
        holders=["Jane Doe"],
        year=2026,
        cure_days=45,
        governing_law="the State of New York",
    )
    compare_golden(f"layouts/{base}.txt", rendered.text, update=update_golden)


def test_golden_folder_has_no_strays() -> None:
    """Every golden file belongs to a current base or clause, so removed entries do not linger."""
    expected = (
        {f"bases/{base}.txt" for base in BASES}
        | {f"clauses/{clause}.txt" for clause in CLAUSES}
        | {f"layouts/{base}.txt" for base in ACCEPTING}
    )
    actual = {str(path.relative_to(GOLDEN)) for path in GOLDEN.rglob("*.txt")}
    assert actual <= expected
