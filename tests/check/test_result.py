# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The result models: the verdict decides ``osi_open_source``, and criteria are listed once each."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ethlicense._additions import BINDING_KINDS, AdditionKind
from ethlicense.check._result import CheckResult, Verdict
from ethlicense.models import Violation


@pytest.mark.parametrize(
    ("verdict", "open_source"),
    [(Verdict.OPEN_SOURCE, True), (Verdict.NOT_OPEN_SOURCE, False), (Verdict.NEEDS_REVIEW, None)],
)
def test_osi_open_source_follows_the_verdict(verdict: Verdict, open_source: bool | None) -> None:
    """``osi_open_source`` is derived from the verdict: true, false, or unknown when a person must read."""
    assert CheckResult.model_validate({"base_license": "MIT", "verdict": verdict}).osi_open_source is open_source


def test_criteria_are_distinct_in_order_of_first_appearance() -> None:
    """A criterion failed by two violations is listed once, where it first appears."""
    violations = tuple(
        Violation(criterion=criterion, clause=None, reason="r") for criterion in ("OSD-6", "DFSG-6", "OSD-6", "FSF-0")
    )
    result = CheckResult.model_validate({"base_license": "MIT", "verdict": "not-open-source", "violations": violations})
    assert result.criteria == ("OSD-6", "DFSG-6", "FSF-0")


def test_results_are_frozen() -> None:
    """A result cannot be changed once made."""
    result = CheckResult.model_validate({"base_license": "MIT", "verdict": "open-source"})
    with pytest.raises(ValidationError):
        result.verdict = Verdict.NEEDS_REVIEW  # type: ignore[misc]


def test_binding_kinds_are_the_three_that_bind() -> None:
    """Restrictions, conditions and changes bind the licensee; nothing else does."""
    assert {AdditionKind.RESTRICTION, AdditionKind.CONDITION, AdditionKind.CHANGE} == BINDING_KINDS
