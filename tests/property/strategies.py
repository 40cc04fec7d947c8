# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Hypothesis strategies that draw bases, clause sets and their parameters."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

import ethlicense
from ethlicense._text import find_hidden_character
from ethlicense.models import Clause, ConfiguredClause, Parameter, ParameterKind, ParameterValue

CATALOG = ethlicense.default_catalog()
RESTRICTABLE_BASES = sorted(key for key, base in CATALOG.bases.items() if base.accepts_restrictions)
ALL_BASES = sorted(CATALOG.bases)

#: Printable text without the hidden or control characters the library refuses, and not blank.
safe_line = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u2028\u2029"),
    min_size=1,
    max_size=40,
).filter(lambda value: value.strip() != "" and find_hidden_character(value) is None)


def _value(parameter: Parameter) -> st.SearchStrategy[ParameterValue]:
    if parameter.kind is ParameterKind.STRING_LIST:
        return st.lists(safe_line.map(str.strip), min_size=1, max_size=4, unique=True).map(tuple)
    if parameter.kind is ParameterKind.DATE:
        return st.dates(min_value=datetime.date(1970, 1, 1), max_value=datetime.date(2100, 12, 31))
    if parameter.kind is ParameterKind.BOOLEAN:
        return st.booleans()
    return safe_line


@st.composite
def configured_clause(draw: st.DrawFn, clause: Clause) -> ConfiguredClause:
    """Draw values for a clause's parameters: required ones always, optional ones sometimes."""
    arguments: dict[str, object] = {}
    for parameter in clause.parameters:
        if parameter.required or draw(st.booleans()):
            arguments[parameter.name] = draw(_value(parameter))
    return ethlicense.clause(clause, **arguments)


@st.composite
def clause_sets(draw: st.DrawFn, min_size: int = 0) -> list[ConfiguredClause]:
    """Draw a set of distinct built-in clauses with parameter values."""
    ids = draw(st.lists(st.sampled_from(sorted(CATALOG.clauses)), min_size=min_size, unique=True))
    return [draw(configured_clause(CATALOG.clauses[clause_id])) for clause_id in ids]


holders = st.lists(safe_line.map(str.strip), min_size=1, max_size=3)
years = st.integers(min_value=1970, max_value=2100)
