# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Count the model check uses to name a restriction's first criterion, from the labelled written sets, and ship it.

``ethlicense check`` orders the criteria a restricting passage fails with the naive Bayes model of
``ethlicense.check._criterion``. This script counts it over every labelled restriction in ``tests/data/check``
(the tuned set's ``restrictions.toml`` and each ``blindN/restrictions.toml``: the criterion a reviewer names
first is the first of ``criteria``, else the one the first kind of ``restricts`` is named after) and writes
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

from ethlicense.assess import restriction_criteria
from ethlicense.check._criterion import RESOURCE, model_document, model_from_document, rank_criteria
from ethlicense.check._index import write_index_document
from ethlicense.models import Restriction

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ethlicense" / Path(*RESOURCE)
DATA = ROOT / "tests" / "data" / "check"


def set_files(data: Path = DATA) -> list[tuple[str, Path]]:
    """Return each written set's name and its ``restrictions.toml``: ``tuned`` first, then the blind sets by number."""
    blind = sorted(
        (path.parent.name, path)
        for path in data.glob("blind*/restrictions.toml")
        if path.parent.name.removeprefix("blind").isdigit()
    )
    blind.sort(key=lambda item: int(item[0].removeprefix("blind")))
    return [("tuned", data / "restrictions.toml"), *blind]


def first_criterion(item: dict[str, object]) -> str | None:
    """Return the criterion a reviewer names first for a written restriction, or ``None`` when it has no label."""
    criteria = item.get("criteria")
    if isinstance(criteria, list) and criteria:
        return str(criteria[0])
    restricts = item.get("restricts")
    if isinstance(restricts, list) and restricts:
        kind = Restriction(restricts[0])
        return next((criterion for criterion in restriction_criteria(kind) if criterion.startswith("OSD-")), None)
    return None


def labelled(path: Path) -> Iterator[tuple[str, str]]:
    """Yield each labelled restriction of the set file *path*: its text and the criterion named first."""
    for item in tomllib.loads(path.read_text(encoding="utf-8")).get("item", []):
        criterion = first_criterion(item)
        if criterion is not None:
            yield str(item["text"]), criterion


def build() -> bytes:
    """Return the bytes of the shipped model, counted over every set."""
    passages = [passage for _, path in set_files() for passage in labelled(path)]
    return write_index_document(model_document(passages))


def cross_validate() -> int:
    """Print how often a model counted without each blind set names the first criterion of that set's restrictions."""
    sets = [(name, list(labelled(path))) for name, path in set_files()]
    right = total = 0
    for name, passages in sets:
        if name == "tuned":
            continue
        others = [passage for other, items in sets if other != name for passage in items]
        model = model_from_document(model_document(others))
        hits = sum(rank_criteria(text, model)[0][0] == criterion for text, criterion in passages)
        right, total = right + hits, total + len(passages)
        print(f"{name}: {hits}/{len(passages)}")
    print(f"all blind sets, each left out in turn: {right}/{total} = {right / total:.3f}")
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
