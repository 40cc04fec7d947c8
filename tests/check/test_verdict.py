# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The verdict: not open source on a restriction, needs review on unclear prose, open source otherwise."""

from __future__ import annotations

from ethlicense import _classify
from ethlicense.check import check_text
from ethlicense.check._result import FindingKind, Position, Verdict
from ethlicense.check._state import add_addition
from ethlicense.check._verdict import declared_finding, judge_outcome, verdict_of
from tests import check_corpus
from tests.check.analysis_state import mit_state

RESTRICTION = "The Software may not be used for military purposes."
UNCLEAR = "Banks: not welcome."


def _judge(sentence: str | None) -> tuple[Verdict, tuple[str, ...], tuple[str, ...]]:
    text = (sentence or "") + "\n\nMIT text"
    state, region = mit_state(text, len(sentence or "") + 2)
    if sentence:
        add_addition(state, 0, len(sentence), Position.BEFORE, _classify.classify_paragraph(sentence))
    verdict = verdict_of(state, region, None)
    outcome, review = judge_outcome(state, region, verdict)
    return outcome, tuple(item.criterion for item in verdict.violations), tuple(item.text for item in review)


def test_a_restriction_makes_it_not_open_source_with_its_criteria() -> None:
    """A restriction on fields of endeavour fails OSD-6, DFSG-6 and FSF-0."""
    outcome, criteria, review = _judge(RESTRICTION)
    assert outcome is Verdict.NOT_OPEN_SOURCE
    assert criteria == ("OSD-6", "DFSG-6", "FSF-0")
    assert review == ()


def test_unclear_prose_needs_review_and_is_named() -> None:
    """Prose the rules cannot place makes the verdict "needs review", and it is the passage to read."""
    outcome, _, review = _judge(UNCLEAR)
    assert outcome is Verdict.NEEDS_REVIEW
    assert review == (UNCLEAR,)


def test_the_base_alone_is_open_source() -> None:
    """An OSI-approved base with nothing added is open source."""
    assert _judge(None)[0] is Verdict.OPEN_SOURCE


def test_a_declared_license_other_than_the_base_is_a_finding() -> None:
    """An identifier line naming another license is reported; one naming the base is not."""
    state, region = mit_state("text")
    declared_finding(state, "MIT", region)
    assert state.findings == []
    declared_finding(state, "Apache-2.0", region)
    assert [finding.kind for finding in state.findings] == [FindingKind.DECLARED_LICENSE]


def _spdx_text(license_id: str) -> str:
    return check_corpus.fill_copyright(license_id)


def test_a_right_taken_out_of_the_grant_is_a_restriction_quoted_from_the_text() -> None:
    """ISC's grant without "modify" restricts changes (OSD 3); the grant's sentence, as the file has it, is quoted."""
    text = _spdx_text("ISC").replace("modify, ", "", 1)
    result = check_text(text)
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == "OSD-3"
    quoted = [item.text for item in result.restrictions if item.restricts.value == "modification"]
    assert quoted
    assert all(" ".join(quote.split()) in " ".join(text.split()) for quote in quoted)


def test_the_choice_of_modification_taken_away_is_a_restriction() -> None:
    """BSD-2-Clause's "with or without modification" made "without modification" restricts changes (OSD 3)."""
    text = _spdx_text("BSD-2-Clause").replace("with or without modification", "without modification", 1)
    result = check_text(text)
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == "OSD-3"
