# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Count the model check uses to name a restriction's first criterion, from the labelled written sets, and ship it.

``ethlicense check`` orders the criteria a restricting passage fails with the naive Bayes model of
``ethlicense.check._criterion``. This script counts it over every labelled passage in ``tests/data/check`` (the
restrictions and conditions of the tuned set and of each ``blindN``: the criterion a reviewer names first is
the first of ``criteria``, ``OSI-approved`` for a compatible condition, else the one the first kind of
``restricts`` is named after) and writes
``ethlicense/data/check/criterion-model.json.gz``. Run it after adding or changing a set: a new blind set is
measured first (``scripts/measure_blind.py --set NAME --first``), then counted. ``tests/check/test_criterion.py``
fails while the shipped file is stale.

``--cross-validate`` instead counts the model on all sets but one, names the first criterion of each
restriction of the set left out, and prints how often it was right, set by set and overall.

Usage::

    python scripts/build_criterion_model.py                   # writes ethlicense/data/check/criterion-model.json.gz
    python scripts/build_criterion_model.py --check           # exits 1 if the shipped file is not what would be written
    python scripts/build_criterion_model.py --cross-validate  # the leave-one-set-out figure
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path

from _shipped_file import write_or_check

from ethlicense.assess import named_criterion
from ethlicense.check._criterion import (
    RESOURCE,
    model_document,
    model_from_document,
    rank_criteria,
    restriction_beyond_condition,
)
from ethlicense.check._index import write_index_document
from ethlicense.models import Restriction

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ethlicense" / Path(*RESOURCE)
DATA = ROOT / "tests" / "data" / "check"


def set_folders(data: Path = DATA) -> list[tuple[str, Path]]:
    """Return each written set's name and folder: ``tuned`` (``tests/data/check``), then the blind sets by number."""
    blind = [path for path in data.glob("blind*") if path.is_dir() and path.name.removeprefix("blind").isdigit()]
    blind.sort(key=lambda path: int(path.name.removeprefix("blind")))
    return [("tuned", data), *((path.name, path) for path in blind)]


def first_criterion(item: dict[str, object]) -> str | None:
    """Return the criterion a reviewer names first for a written passage, or ``None`` when it has no label.

    The first of ``criteria`` (``OSI-approved`` for a condition compatible with open source), else the criterion
    the first kind of ``restricts`` is named after.
    """
    criteria = item.get("criteria")
    if isinstance(criteria, list) and criteria:
        return str(criteria[0])
    restricts = item.get("restricts")
    if isinstance(restricts, list) and restricts:
        return named_criterion(Restriction(restricts[0]))
    return None


def labelled(folder: Path) -> Iterator[tuple[str, str]]:
    """Yield each labelled passage of the set in *folder*: its text and the criterion named first.

    The restrictions of ``restrictions.toml`` and the conditions of ``conditions.toml`` (``changes.toml`` for the
    tuned set; edits inside a base's sentences are not passages of their own and are left out).
    """
    for name, table in (("restrictions.toml", "item"), ("conditions.toml", "condition"), ("changes.toml", "condition")):
        path = folder / name
        if not path.is_file():
            continue
        for item in tomllib.loads(path.read_text(encoding="utf-8")).get(table, []):
            criterion = first_criterion(item)
            if criterion is not None:
                yield str(item["text"]), criterion


def build() -> bytes:
    """Return the bytes of the shipped model, counted over every set."""
    passages = [passage for _, folder in set_folders() for passage in labelled(folder)]
    return write_index_document(model_document(passages))


def cross_validate() -> int:
    """Print, for each blind set left out of the counts in turn, how the model does on its passages.

    The first criterion named right for its restrictions; and how many of its compatible conditions the model
    would take for restrictions (:func:`ethlicense.check._criterion.restriction_beyond_condition`), and of its
    restrictions, how many it would.
    """
    sets = [(name, list(labelled(folder))) for name, folder in set_folders()]
    right = total = false_restrictions = conditions = caught = 0
    for name, passages in sets:
        if name == "tuned":
            continue
        others = [passage for other, items in sets if other != name for passage in items]
        model = model_from_document(model_document(others))
        restrictions = [(text, criterion) for text, criterion in passages if criterion.startswith("OSD-")]
        kept = [text for text, criterion in passages if not criterion.startswith("OSD-")]
        hits = sum(rank_criteria(text, model)[0][0] == criterion for text, criterion in restrictions)
        wrong = sum(restriction_beyond_condition(text, model) is not None for text in kept)
        found = sum(restriction_beyond_condition(text, model) is not None for text, _ in restrictions)
        right, total = right + hits, total + len(restrictions)
        false_restrictions, conditions, caught = false_restrictions + wrong, conditions + len(kept), caught + found
        print(
            f"{name}: first criterion {hits}/{len(restrictions)}; conditions taken for restrictions {wrong}/{len(kept)}"
        )
    print(f"all blind sets, each left out in turn: first criterion {right}/{total} = {right / total:.3f}")
    print(f"compatible conditions taken for restrictions: {false_restrictions}/{conditions}")
    print(f"restrictions the model would take for restrictions if the rules read them as conditions: {caught}/{total}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Write, compare (``--check``) or cross-validate (``--cross-validate``) the shipped model."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--cross-validate" in arguments:
        return cross_validate()
    return write_or_check(
        TARGET,
        build,
        description=__doc__ or "",
        command="python scripts/build_criterion_model.py",
        argv=arguments,
    )


if __name__ == "__main__":
    raise SystemExit(main())
