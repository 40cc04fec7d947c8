# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Which criterion a restricting passage fails first: a model of how reviewers name restrictions.

The rules of :mod:`ethlicense._classify` decide *whether* a passage binds and restricts, and the verdict rests on
them alone. Which of the Open Source Definition's criteria a reviewer names *first* for a restriction ("only
companies with fewer than 50 staff": OSD-5; "the source is kept confidential": OSD-2) is a matter of the
passage's subject more than of its grammar, and rules written construction by construction named it right
for about four restrictions in five on wordings they had not seen (docs/check-blind.md). This module weighs
the subject with a naive Bayes model of the passage's words and pairs of adjacent words, counted over every
labelled passage of check's written sets (``tests/data/check``: restrictions, each labelled with the criterion
a reviewer names first, and conditions compatible with open source, labelled ``OSI-approved``) by
``scripts/build_criterion_model.py``, which ships the counts in ``ethlicense/data/check/criterion-model.json.gz``
and measures the model on each blind set left out of the counts in turn (``--cross-validate``).

The model orders what a restricting passage fails (:func:`ranked_kinds`), and names the criterion of a passage
the rules read as a compatible condition when it is far surer that the passage restricts
(:func:`restriction_beyond_condition`). Both leave the verdict as the rules gave it: it never makes a passage
binding, nor a binding one harmless.
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from ethlicense.assess import named_criterion
from ethlicense.check._checker import remembered
from ethlicense.check._index import resource_bytes
from ethlicense.models import Restriction

__all__ = [
    "CONDITION",
    "CONDITION_MARGIN",
    "MARGIN",
    "MIN_DOCUMENTS",
    "RESOURCE",
    "SMOOTHING",
    "CriterionModel",
    "features",
    "kind_named_after",
    "load_model",
    "model_document",
    "model_from_document",
    "rank_criteria",
    "ranked_kinds",
    "restriction_beyond_condition",
]

#: Where ``scripts/build_criterion_model.py`` ships the counts, under the package.
RESOURCE: Final = ("data", "check", "criterion-model.json.gz")
#: The version of the layout of the shipped file; a file of another version is ignored.
_FORMAT: Final = 1
#: A word or word pair counts only when at least this many labelled passages have it.
MIN_DOCUMENTS: Final = 2
#: Added to every count (additive smoothing), so that a feature never seen with a criterion does not rule it out.
SMOOTHING: Final = 0.1
#: The model overrules the rules' order only when it finds another criterion this much likelier (in natural log)
#: than the one they read first (and a criterion they did not read, than every one they read): about 55 times.
#: Short passages ("not licensed for use in nuclear facilities") have too few words to overrule them on less.
MARGIN: Final = 10.0
#: The class of the passages the model counts that are conditions compatible with open source.
CONDITION: Final = "OSI-approved"
#: A passage the rules read as a compatible condition is reported as a restriction only when the model finds a
#: criterion this much likelier (in natural log, about 500 million times) than the conditions it counted.
CONDITION_MARGIN: Final = 20.0
#: The classes a model may count: the Definition's criteria and the conditions.
_CLASS: Final = re.compile(rf"OSD-\d+|{CONDITION}")

_WORD: Final = re.compile(r"[a-z0-9]+")
#: British spellings read as the American ones, so both count as one word.
_SPELLINGS: Final = (("licence", "license"), ("authoris", "authoriz"), ("organis", "organiz"))


def features(text: str) -> frozenset[str]:
    """Return the words of *text* and its pairs of adjacent words (``"source code"``), lower-cased.

    >>> sorted(features("No Source code."))
    ['code', 'no', 'no source', 'source', 'source code']
    """
    lowered = text.lower()
    for british, american in _SPELLINGS:
        lowered = lowered.replace(british, american)
    words = _WORD.findall(lowered)
    return frozenset((*words, *(f"{first} {second}" for first, second in itertools.pairwise(words))))


@dataclasses.dataclass(frozen=True, slots=True)
class CriterionModel:
    """Counts of words and word pairs in restrictions, by the criterion a reviewer names first for them.

    Attributes:
        documents: How many labelled passages name each criterion first.
        counts: For each word or word pair, how many passages of each criterion have it.
    """

    documents: Mapping[str, int]
    counts: Mapping[str, Mapping[str, int]]

    def scores(self, text: str) -> dict[str, float]:
        """Return each criterion's log-probability (up to a constant shared by all) of being named first for *text*.

        Only the features the passage has are weighed (a passage is short, and what it lacks says little).
        """
        total = sum(self.documents.values())
        found = [self.counts[feature] for feature in sorted(features(text)) if feature in self.counts]
        result: dict[str, float] = {}
        for criterion, documents in self.documents.items():
            denominator = documents + 2 * SMOOTHING
            score = math.log(documents / total)
            for by_criterion in found:
                score += math.log((by_criterion.get(criterion, 0) + SMOOTHING) / denominator)
            result[criterion] = score
        return result


def model_document(labelled: Iterable[tuple[str, str]]) -> dict[str, object]:
    """Return the model counted over *labelled* passages (text, criterion named first) as JSON-ready data.

    Built by ``scripts/build_criterion_model.py``. Words and pairs that fewer than :data:`MIN_DOCUMENTS` passages
    have are left out.
    """
    documents: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    for text, criterion in labelled:
        documents[criterion] += 1
        for feature in features(text):
            counts.setdefault(feature, Counter())[criterion] += 1
    kept = {
        feature: dict(sorted(by_criterion.items()))
        for feature, by_criterion in sorted(counts.items())
        if sum(by_criterion.values()) >= MIN_DOCUMENTS
    }
    return {
        "format": _FORMAT,
        "min_documents": MIN_DOCUMENTS,
        "documents": dict(sorted(documents.items())),
        "counts": kept,
    }


def model_from_document(document: Mapping[str, object]) -> CriterionModel | None:
    """Return the model *document* (as :func:`model_document` makes it) describes, or ``None`` when it is broken."""
    try:
        if document["format"] != _FORMAT:
            return None
        documents = {str(criterion): int(count) for criterion, count in document["documents"].items()}  # type: ignore[attr-defined]
        counts = {
            str(feature): {str(criterion): int(count) for criterion, count in by_criterion.items()}
            for feature, by_criterion in document["counts"].items()  # type: ignore[attr-defined]
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not documents or any(count <= 0 for count in documents.values()):
        return None
    if any(not _CLASS.fullmatch(criterion) for criterion in documents):
        return None  # only the Definition's criteria and the conditions' class are ranked
    return CriterionModel(documents=documents, counts=counts)


@remembered("criterion-model")
def load_model() -> CriterionModel | None:
    """Return the model shipped with the package, or ``None`` when it is missing or broken."""
    raw = resource_bytes(RESOURCE)
    if raw is None:
        return None
    try:
        document = json.loads(gzip.decompress(raw).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return model_from_document(document) if isinstance(document, dict) else None


def rank_criteria(text: str, model: CriterionModel | None = None) -> tuple[tuple[str, float], ...]:
    """Return the criteria of the Open Source Definition with their scores, the likeliest to be named first first.

    Scores are log-probabilities up to a shared constant (only their differences mean anything). Ties go to the
    criterion the Definition numbers first. Without a model (none shipped), nothing.

    >>> rank_criteria("The source code is confidential and may not be disclosed.")[0][0]
    'OSD-2'
    """
    model = model if model is not None else load_model()
    return () if model is None else _ranked(model.scores(text))


def _ranked(scores: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """Return the criteria among *scores* (not the conditions' class), the highest first, ties by number."""
    criteria = [criterion for criterion in scores if criterion != CONDITION]
    criteria.sort(key=lambda criterion: (-scores[criterion], int(criterion.removeprefix("OSD-"))))
    return tuple((criterion, scores[criterion]) for criterion in criteria)


def restriction_beyond_condition(text: str, model: CriterionModel | None = None) -> str | None:
    """Return the criterion *text* fails when the model is far surer it restricts than that it is a condition.

    For a passage the rules read as binding without naming what it restricts (a condition compatible with open
    source, such as keeping notices). The model counts such conditions too (as ``OSI-approved``); when its
    likeliest criterion scores :data:`CONDITION_MARGIN` above them, that criterion is returned, else ``None``.
    The verdict is the same either way (a binding condition already makes the text not open source); what
    changes is the criterion reported.

    >>> restriction_beyond_condition("You must keep this copyright notice in all copies.") is None
    True
    """
    model = model if model is not None else load_model()
    if model is None:
        return None
    scores = model.scores(text)
    condition = scores.get(CONDITION)
    ranking = _ranked(scores)
    if condition is None or not ranking:
        return None
    best, best_score = ranking[0]
    return best if best_score - condition > CONDITION_MARGIN else None


def _named_after() -> dict[str, Restriction]:
    """Return the kind of restriction each criterion is named after: the first kind whose first criterion it is."""
    kinds: dict[str, Restriction] = {}
    for kind in Restriction:
        first = named_criterion(kind)
        if first is not None:
            kinds.setdefault(first, kind)
    return kinds


def kind_named_after(criterion: str) -> Restriction | None:
    """Return the kind of restriction *criterion* is named after (``OSD-2``: source code), or ``None``."""
    return _named_after().get(criterion)


def ranked_kinds(
    text: str, kinds: Sequence[Restriction], model: CriterionModel | None = None
) -> tuple[Restriction, ...]:
    """Return the kinds of restriction the rules read in *text*, led by the one the model finds likeliest.

    The kind the rules read first leads, unless the model scores another kind read :data:`MARGIN` above it (then
    the likeliest of those leads); the others follow in the order the rules read them. A criterion that none of
    the kinds read is named after leads instead (its kind added first) when the model scores it
    :data:`MARGIN` above every criterion read: the rules saw that the passage restricts, the model what about.
    Without kinds (the rules read no restriction) or without a model, *kinds* come back as they are.

    >>> ranked_kinds("The source code is confidential and may not be disclosed.", [Restriction.CONDUCT])
    (<Restriction.SOURCE_CODE: 'source-code'>, <Restriction.CONDUCT: 'conduct'>)
    """
    if not kinds:
        return tuple(kinds)
    scores = dict(rank_criteria(text, model))
    if not scores:
        return tuple(kinds)
    read = {kind: scores.get(named_criterion(kind) or "", -math.inf) for kind in kinds}
    lead = kinds[0]
    likeliest_read = max(kinds, key=lambda kind: read[kind])  # the first of equals: the rules' order
    if read[likeliest_read] - read[lead] > MARGIN:
        lead = likeliest_read
    best, best_score = next(iter(scores.items()))
    if best_score - read[likeliest_read] > MARGIN:
        added = _named_after().get(best)
        if added is not None and added not in kinds:
            lead = added
    return (lead, *(kind for kind in kinds if kind is not lead))
