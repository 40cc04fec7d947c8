# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Our own SPDX matcher (used by ``check``) against SPDX's reference matcher (the Java SPDX tools).

Our matcher must agree with the reference on every text of the SPDX License List data we ship (is this text
that license?), and on every bare base and composite ethlicense renders. The known disagreements are listed
here by name, with the reason; a new disagreement, or a listed one that has gone away, fails the test, so
the list always says exactly where the two differ.
"""

from __future__ import annotations

import itertools
import os

import pytest

import ethlicense
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._templates import matches
from tests import detectors
from tests.conftest import sample_arguments

CATALOG = ethlicense.default_catalog()

#: SPDX License List texts the reference accepts as their own license and our matcher does not: ours is
#: stricter on them (their templates' optional and variable parts are matched more narrowly), so ``check``
#: names no base for these texts and says they need review, which is the safe side.
KNOWN_STRICTER = frozenset({"HPND-sell-variant-critical-systems", "Hippocratic-2.1", "UMich-Merit", "mpich2"})


def _require_reference() -> None:
    if detectors.available(detectors.SPDX_REFERENCE):
        return
    message = "SPDX's reference matcher is not installed (see tests/detectors.py)"
    if os.environ.get("ETHLICENSE_REQUIRE_DETECTORS") == "1":
        pytest.fail(f"{message}, and ETHLICENSE_REQUIRE_DETECTORS=1 requires it")
    pytest.skip(message)


def _disagreement(license_id: str, text: str) -> str | None:
    """Describe how the two matchers disagree on whether *text* is *license_id*, or ``None``."""
    difference = detectors.spdx_reference_difference(license_id, text)
    reference = difference == ""
    ours = matches(license_id, text)
    if reference == ours:
        return None
    return f"{license_id}: reference {'accepts' if reference else 'refuses (' + difference[:80] + ')'}, ours {ours}"


def test_every_spdx_list_text_is_judged_alike() -> None:
    """On each license's own SPDX text, the two matchers agree, but for the listed cases where ours is stricter."""
    _require_reference()
    disagreements = {}
    for license_id, entry in sorted(load_spdx_licenses().licenses.items()):
        found = _disagreement(license_id, entry.text)
        if found is not None:
            disagreements[license_id] = found
    assert set(disagreements) == KNOWN_STRICTER, "\n".join(disagreements.values())
    assert all("reference accepts" in disagreements[key] for key in KNOWN_STRICTER)


def test_every_rendered_base_and_composite_is_judged_alike() -> None:
    """Every bare base (with and without holders) and every composite: both matchers give the same answer."""
    _require_reference()
    cases: list[tuple[str, str]] = []
    for base_id, base in sorted(CATALOG.bases.items()):
        cases.append((base_id, ethlicense.compose(base_id, holders=["Jane Doe"], year=2026).text))
        if not base.requires_holders:
            cases.append((base_id, ethlicense.compose(base_id, year=2026).text))
    restricting = sorted(key for key, base in CATALOG.bases.items() if base.accepts_restrictions)
    for base_id, clause_id in itertools.product(restricting, sorted(CATALOG.clauses)):
        clause = CATALOG.clause(clause_id)
        configured = ethlicense.clause(clause_id, **sample_arguments(clause))
        text = ethlicense.compose(base_id, clauses=[configured], holders=["Example Maintainers"], year=2026).text
        cases.append((base_id, text))
    disagreements = [found for base_id, text in cases if (found := _disagreement(base_id, text)) is not None]
    assert disagreements == []
