# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Declared license values: SPDX expressions in any case, old names, and values that are no expression."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethlicense.check._spdx_expression import covers, is_known, parse_declared_value


@pytest.mark.parametrize(
    ("value", "expression", "ids", "refers_to"),
    [
        ("MIT", "MIT", ("MIT",), None),
        ("mit", "MIT", ("MIT",), None),
        ("MIT OR Apache-2.0", "MIT OR Apache-2.0", ("MIT", "Apache-2.0"), None),
        ("(MIT or apache-2.0) AND BSD-3-Clause", "(MIT OR Apache-2.0) AND BSD-3-Clause", None, None),
        ("MIT/Apache-2.0", "MIT OR Apache-2.0", ("MIT", "Apache-2.0"), None),
        ("GPL-2.0+", "GPL-2.0-or-later", ("GPL-2.0-or-later",), None),
        ("GPL-3.0", "GPL-3.0-only", ("GPL-3.0-only",), None),
        (
            "GPL-2.0-only WITH Classpath-exception-2.0",
            "GPL-2.0-only WITH Classpath-exception-2.0",
            ("GPL-2.0-only",),
            None,
        ),
        ("LicenseRef-Acme-1.0", "LicenseRef-Acme-1.0", ("LicenseRef-Acme-1.0",), None),
        ("SEE LICENSE IN LICENSE", None, (), "LICENSE"),
        ("see license in docs/TERMS.md", None, (), "docs/TERMS.md"),
        ("UNLICENSED", None, (), None),
        ("Apache License, Version 2.0", "Apache-2.0", ("Apache-2.0",), None),
        ("BSD License", "BSD", ("BSD",), None),
        ("MIT License", "MIT", ("MIT",), None),
        ("Copyright (c) 2020 Jane Doe\nPermission is hereby granted", None, (), None),
        ("Proprietary", None, (), None),
        ("MIT OR", None, (), None),
        ("MIT OR (", None, (), None),
    ],
)
def test_declared_values_are_read_as_spdx_expressions_or_known_names(
    value: str, expression: str | None, ids: tuple[str, ...] | None, refers_to: str | None
) -> None:
    """Expressions are read in any case (and Cargo's '/'), old names are mapped, anything else is no expression."""
    found_expression, found_ids, found_refers_to = parse_declared_value(value)
    assert found_expression == expression
    if ids is not None:
        assert found_ids == ids
    assert found_refers_to == refers_to


@given(st.text(max_size=200))
def test_any_declared_value_is_read_without_error_and_expressions_are_stable(value: str) -> None:
    """No value raises, and an expression read back is the same expression."""
    expression, ids, _ = parse_declared_value(value)
    if expression is not None:
        again, again_ids, _ = parse_declared_value(expression)
        assert again == expression
        assert again_ids == ids


@pytest.mark.parametrize(
    ("declared", "base", "expected"),
    [
        ("MIT", "MIT", True),
        ("GPL-3.0-only", "GPL-3.0-or-later", True),
        ("GPL-2.0-or-later+", "GPL-2.0-only", True),
        ("BSD", "0BSD", True),
        ("BSD", "MIT", False),
        ("Apache-2.0", "Apache-1.1", False),
    ],
)
def test_a_declared_id_covers_the_texts_it_may_have(declared: str, base: str, *, expected: bool) -> None:
    """GNU -only and -or-later share a text; the BSD family name covers every BSD text."""
    assert covers(declared, base) is expected


def test_known_ids_are_on_the_spdx_list() -> None:
    """Listed ids, their GNU variants and the BSD family are known; made-up ids are not."""
    assert all(is_known(license_id) for license_id in ("MIT", "GPL-2.0-or-later", "GPL-2.0+", "BSD"))
    assert not is_known("Made-Up-1.0")
