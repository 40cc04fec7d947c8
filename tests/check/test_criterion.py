# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The criterion model: which criterion a restricting passage fails first, never whether it restricts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethlicense.check import Verdict, check_text
from ethlicense.check import _criterion as criterion_model
from ethlicense.check._checker import checker
from ethlicense.check._criterion import (
    CONDITION,
    MARGIN,
    MIN_DOCUMENTS,
    RESOURCE,
    CriterionModel,
    features,
    load_model,
    model_document,
    model_from_document,
    rank_criteria,
    ranked_kinds,
    restriction_beyond_condition,
)
from ethlicense.check._index import resource_bytes
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.models import Restriction
from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parents[2]
HINT = "run python scripts/build_criterion_model.py"
MIT = load_spdx_licenses().licenses["MIT"].text


def _build_script() -> ModuleType:
    return load_script("build_criterion_model")


def _toy() -> CriterionModel:
    """A model of six passages: three about source code (OSD-2), three about armies (OSD-6)."""
    model = model_from_document(
        model_document(
            [
                ("The source code is kept secret.", "OSD-2"),
                ("No source code is given out.", "OSD-2"),
                ("Source code is confidential.", "OSD-2"),
                ("No use by armies.", "OSD-6"),
                ("Not for armies or weapons.", "OSD-6"),
                ("Weapons use is forbidden.", "OSD-6"),
            ]
        )
    )
    assert model is not None
    return model


def test_the_shipped_model_is_current() -> None:
    """The shipped counts are those of the labelled sets in tests/data/check as they are now."""
    shipped = resource_bytes(RESOURCE)
    assert shipped is not None, f"ethlicense/{'/'.join(RESOURCE)} is missing: {HINT}"
    build = _build_script().build
    assert shipped == build(), f"the labelled sets changed: {HINT}"


def test_the_shipped_model_counts_every_written_set() -> None:
    """Every blind set's restrictions and conditions are counted, with the tuned set's."""
    document = json.loads(gzip.decompress(resource_bytes(RESOURCE) or b"").decode("utf-8"))
    sets = [path for path in (ROOT / "tests" / "data" / "check").glob("blind*") if path.is_dir()]
    assert sum(document["documents"].values()) >= 50 * len(sets) + 100
    osd = {f"OSD-{number}" for number in (1, 2, 3, 5, 6, 7, 8, 9, 10)}
    assert set(document["documents"]) == {*osd, CONDITION}
    assert document["documents"][CONDITION] >= 10 * len(sets)  # each blind set's compatible conditions


def test_features_are_words_and_pairs_with_one_spelling() -> None:
    """Words and adjacent pairs, lower-cased; British and American spellings are one feature."""
    assert features("Licence holders") == features("license HOLDERS")
    assert "license holders" in features("Licence holders")
    assert features("") == frozenset()


def test_rare_features_are_left_out_of_the_document() -> None:
    """A word fewer than MIN_DOCUMENTS passages have is not counted."""
    document = model_document([("alpha beta", "OSD-1"), ("alpha gamma", "OSD-2")])
    counts = document["counts"]
    assert isinstance(counts, dict)
    assert "alpha" in counts
    assert MIN_DOCUMENTS == 2
    assert "beta" not in counts
    assert document["documents"] == {"OSD-1": 1, "OSD-2": 1}


def test_a_broken_document_gives_no_model() -> None:
    """Another format, missing keys or non-positive counts are refused rather than half read."""
    good = model_document([("source code", "OSD-2"), ("source code", "OSD-2")])
    assert model_from_document(good) is not None
    assert model_from_document({**good, "format": 99}) is None
    assert model_from_document({"format": good["format"]}) is None
    assert model_from_document({**good, "documents": {"OSD-2": 0}}) is None
    assert model_from_document({**good, "documents": {"OSD-2": "many"}}) is None
    assert model_from_document({**good, "documents": {"DFSG-2": 2}}) is None


def test_a_missing_shipped_file_gives_no_model_and_leaves_the_rules_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the shipped file the model is absent and the kinds come back as the rules read them."""
    monkeypatch.setattr(criterion_model, "resource_bytes", lambda _parts: None)
    checker().clear()
    try:
        assert load_model() is None
        assert rank_criteria("The source code is confidential.") == ()
        kinds = [Restriction.CONDUCT, Restriction.PERSONS_OR_GROUPS]
        assert ranked_kinds("The source code is confidential.", kinds) == tuple(kinds)
    finally:
        checker().clear()


def test_the_ranking_is_by_score_and_ties_go_to_the_lower_number() -> None:
    """Scores fall along the ranking; equal scores are ordered as the Definition numbers its criteria."""
    ranking = rank_criteria("source code", _toy())
    assert [name for name, _ in ranking] == ["OSD-2", "OSD-6"]
    assert ranking[0][1] > ranking[1][1]
    tie = rank_criteria("", _toy())  # no feature: the priors, equal here
    assert [name for name, _ in tie] == ["OSD-2", "OSD-6"]


def test_the_rules_order_stands_unless_the_model_is_far_surer() -> None:
    """A kind read leads by the rules' order; the model moves another first only beyond MARGIN."""
    model = _toy()
    kinds = [Restriction.FIELDS_OF_ENDEAVOR, Restriction.SOURCE_CODE]
    scores = dict(rank_criteria("Source.", model))
    assert 0 < scores["OSD-2"] - scores["OSD-6"] < MARGIN  # one word says too little to overrule
    assert ranked_kinds("Source.", kinds, model) == tuple(kinds)
    scores = dict(rank_criteria("The source code is kept secret.", model))
    assert scores["OSD-2"] - scores["OSD-6"] > MARGIN  # five words and pairs of source code, none of armies
    assert ranked_kinds("The source code is kept secret.", kinds, model) == (kinds[1], kinds[0])


def test_a_kind_the_rules_did_not_read_leads_only_beyond_the_margin() -> None:
    """The model adds the kind named after its likeliest criterion first only when far surer than of every kind read."""
    passages = [(f"the source code number {number} is secret", "OSD-2") for number in range(40)]
    passages += [(f"armies number {number} may not", "OSD-6") for number in range(40)]
    model = model_from_document(model_document(passages))
    assert model is not None
    text = "the source code is secret"
    scores = dict(rank_criteria(text, model))
    assert scores["OSD-2"] - scores["OSD-6"] > MARGIN
    assert ranked_kinds(text, [Restriction.CONDUCT], model) == (Restriction.SOURCE_CODE, Restriction.CONDUCT)
    assert ranked_kinds(text, [Restriction.FIELDS_OF_ENDEAVOR, Restriction.SOURCE_CODE], model) == (
        Restriction.SOURCE_CODE,
        Restriction.FIELDS_OF_ENDEAVOR,
    )
    assert ranked_kinds(text, [], model) == ()  # no restriction read: none added


@given(
    text=st.text(alphabet=st.sampled_from("abcdefgh sourcodearmywpn."), max_size=60),
    kinds=st.lists(st.sampled_from(list(Restriction)), unique=True, max_size=4),
)
def test_ranked_kinds_keep_every_kind_read_and_add_at_most_one(text: str, kinds: list[Restriction]) -> None:
    """Whatever the text: every kind read is kept, none twice, at most one added, and none added to nothing."""
    ranked = ranked_kinds(text, kinds, _toy())
    assert set(kinds) <= set(ranked)
    assert len(ranked) == len(set(ranked)) <= len(kinds) + 1
    assert bool(ranked) == bool(kinds)


@pytest.mark.parametrize(
    "addition",
    [
        "The source code of the Software is confidential and may not be disclosed to anyone.",
        "We kindly ask that you do not use the Software for weapons; this is not a condition of the license.",
        "You must keep this notice in every copy.",
        "THE SOFTWARE IS PROVIDED WITHOUT WARRANTY.",
        "Use by companies with more than 500 employees requires a separate commercial license.",
    ],
)
def test_the_model_never_changes_a_verdict(addition: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With or without the model, the verdict and the passages judged are the same; only the order may differ."""
    text = f"{addition}\n\n{MIT}"
    with_model = check_text(text)
    monkeypatch.setattr(criterion_model, "load_model", lambda: None)
    without = check_text(text)
    assert with_model.verdict is without.verdict
    assert [item.text for item in with_model.additions] == [item.text for item in without.additions]
    assert set(without.criteria) <= set(with_model.criteria)
    if with_model.verdict is Verdict.NOT_OPEN_SOURCE:
        assert with_model.restrictions


def test_the_model_names_the_subject_the_rules_missed() -> None:
    """A confidentiality duty on the source, which the rules read as conduct, fails OSD-2 first."""
    result = check_text(
        "The Licensee shall treat the source code of the Software as confidential information and shall not "
        f"disclose it to any third party.\n\n{MIT}"
    )
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == "OSD-2"


def test_a_condition_is_named_a_restriction_only_when_the_model_is_far_surer() -> None:
    """Beyond CONDITION_MARGIN over the conditions counted, the likeliest criterion; else none."""
    passages = [(f"keep the notice number {number} in copies", CONDITION) for number in range(30)]
    passages += [(f"the source code number {number} is secret", "OSD-2") for number in range(30)]
    model = model_from_document(model_document(passages))
    assert model is not None
    assert restriction_beyond_condition("keep the notice in copies", model) is None
    assert restriction_beyond_condition("the source code is secret and the source code is kept", model) == "OSD-2"
    assert restriction_beyond_condition("number", model) is None  # shared by both: no margin
    without_conditions = model_from_document(model_document(passages[30:]))
    assert restriction_beyond_condition("the source code is secret", without_conditions) is None
    assert [name for name, _ in rank_criteria("keep the notice", model)] == ["OSD-2"]  # conditions are no criterion


def test_a_restriction_the_rules_read_as_a_condition_gets_its_criterion() -> None:
    """A list of banned military uses, read by the rules as a binding condition, fails OSD-6."""
    addition = (
        "The Library shall not be employed, whether directly or through others: (a) in building missiles or bombs; "
        "(b) in the targeting systems of any army; or (c) in any other work whose main aim is warfare."
    )
    result = check_text(f"{addition}\n\n{MIT}")
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == "OSD-6"
    assert [item.restricts for item in result.restrictions] == [Restriction.FIELDS_OF_ENDEAVOR]


@pytest.mark.parametrize(
    "addition",
    [
        "Any copy you pass on must carry a changelog of your edits.",
        "This licence is governed by the laws of Ruritania.",
    ],
)
def test_a_compatible_condition_stays_one(addition: str) -> None:
    """Conditions the model is not far surer restrict fail no particular criterion."""
    result = check_text(f"{addition}\n\n{MIT}")
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == "OSI-approved"
    assert result.restrictions == ()
