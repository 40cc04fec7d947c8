# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Measure ``ethlicense check`` on a blind set, and write the figures to docs/check-blind.md.

A blind set (``tests/data/check/blind3/``) was written by someone shown only a description of the task and
the data formats, never the rules. It is measured once when it arrives, and never tuned on: the page records
that first measurement, and a rerun after the rules change is reported beside it, not in its place.

Each written addition is placed in three OSI-approved bases at four positions, as for the other written sets
(``tests/check_corpus.py``); the whole files are checked as they are. For each group the page gives the three
verdicts, how often the expected criteria were among those reported, how often the base was right, and the
quotes that are not in the file (whitespace normalised).

Usage::

    python scripts/measure_blind.py                # print the figures
    python scripts/measure_blind.py --write-page   # rewrite docs/check-blind.md (the current figures)
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ethlicense import __version__  # noqa: E402 - after the path is set
from ethlicense.check import CheckResult, check_text  # noqa: E402
from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: E402
from tests import check_corpus as corpus  # noqa: E402

BLIND = ROOT / "tests" / "data" / "check" / "blind3"
PAGE = ROOT / "docs" / "check-blind.md"
GROUPS = ("restriction", "harmless", "condition", "edit", "file")
VERDICTS = ("open-source", "not-open-source", "needs-review")


@dataclass(frozen=True)
class Blind:
    """One labelled blind text."""

    group: str
    id: str
    text: str
    expected: str
    bases: frozenset[str]
    criteria: frozenset[str]


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((BLIND / name).read_text(encoding="utf-8"))


def blind_cases() -> Iterator[Blind]:
    """Yield every text of the blind set, placed as the other written sets are."""
    groups = corpus.same_text_groups()
    licenses = load_spdx_licenses().licenses
    for number, item in enumerate(_load("restrictions.toml")["item"]):
        for base, position in corpus.placements(number):
            text = corpus.place(item["text"], corpus.base_text(base), position)
            criteria = frozenset(item.get("criteria", []))
            yield Blind(
                "restriction", f"{item['id']}@{base}:{position}", text, "not-open-source", groups[base], criteria
            )
    for number, item in enumerate(_load("harmless.toml")["item"]):
        for base, position in corpus.placements(number):
            addition = item["text"].replace("{base_name}", licenses[base].name).replace("{base_id}", base)
            text = corpus.place(addition, corpus.base_text(base), position)
            yield Blind("harmless", f"{item['id']}@{base}:{position}", text, "open-source", groups[base], frozenset())
    changes = _load("conditions.toml")
    for number, item in enumerate(changes.get("condition", [])):
        for base, position in corpus.placements(number):
            text = corpus.place(item["text"], corpus.base_text(base), position)
            ident = f"{item['id']}@{base}:{position}"
            yield Blind("condition", ident, text, "not-open-source", groups[base], frozenset())
    for item in changes.get("edit", []):
        original = corpus.base_text(item["base"])
        flat = "\n\n".join(" ".join(paragraph.split()) for paragraph in original.split("\n\n"))
        if item["find"] not in flat:
            msg = f"edit {item['id']}: {item['find']!r} is not in {item['base']}"
            raise ValueError(msg)
        text = flat.replace(item["find"], item["replace"], 1)
        yield Blind("edit", item["id"], text, "not-open-source", groups[item["base"]], frozenset())
    for item in _load("files.toml")["file"]:
        text = (BLIND / "files" / item["file"]).read_text(encoding="utf-8")
        expected = "open-source" if item["verdict"] == "open source" else "not-open-source"
        bases = frozenset() if item["base"] == "none" else groups.get(item["base"], frozenset({item["base"]}))
        yield Blind("file", item["file"], text, expected, bases, frozenset(item.get("criteria", [])))


def quoted(result: CheckResult) -> list[str]:
    """Every passage the report quotes."""
    quotes = [item.text for item in result.restrictions]
    quotes += [item.text for item in result.additions]
    return [quote for quote in quotes if quote]


def invented(result: CheckResult, text: str) -> list[str]:
    """The quotes of *result* that are not in *text* (whitespace normalised)."""
    flat = " ".join(text.split())
    return [quote for quote in quoted(result) if " ".join(quote.split()) not in flat]


def measure() -> list[dict[str, Any]]:
    """Check every blind text; return one row per text."""
    rows = []
    for case in blind_cases():
        result = check_text(case.text)
        reported = set(result.criteria)
        base_right = result.base_license in case.bases if case.bases else result.base_license is None
        rows.append(
            {
                "group": case.group,
                "id": case.id,
                "expected": case.expected,
                "verdict": str(result.verdict),
                "base_right": base_right,
                "criteria_expected": sorted(case.criteria),
                "criteria_found": bool(case.criteria) and case.criteria <= reported,
                "invented": invented(result, case.text),
            }
        )
    return rows


def summary(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The figures as Markdown table rows, one per group."""
    lines = [
        (
            "| group | texts | right | open source | not open source | needs review | expected criteria reported | "
            "base right | quotes not in the file |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for group in GROUPS:
        items = [row for row in rows if row["group"] == group]
        if not items:
            continue
        counts = Counter(row["verdict"] for row in items)
        right = sum(row["verdict"] == row["expected"] for row in items)
        labelled = [row for row in items if row["criteria_expected"]]
        criteria = f"{sum(row['criteria_found'] for row in labelled) / len(labelled):.3f}" if labelled else "-"
        base = sum(row["base_right"] for row in items) / len(items)
        quotes = sum(len(row["invented"]) for row in items)
        lines.append(
            f"| {group} | {len(items)} | {right / len(items):.3f} | "
            + " | ".join(str(counts.get(verdict, 0)) for verdict in VERDICTS)
            + f" | {criteria} | {base:.3f} | {quotes} |"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the figures, and with ``--write-page`` write them as the page's current figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write-page", action="store_true", help="rewrite the current figures in docs/check-blind.md")
    parser.add_argument("--json", type=Path, help="also write one row per text as JSON")
    arguments = parser.parse_args(argv)
    rows = measure()
    table = summary(rows)
    print("\n".join(table))
    if arguments.json:
        arguments.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if arguments.write_page:
        text = PAGE.read_text(encoding="utf-8")
        start, end = "<!-- current-figures -->\n", "<!-- /current-figures -->\n"
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        current = f"Measured with ethlicense {__version__}:\n\n" + "\n".join(table) + "\n"
        PAGE.write_text(head + start + current + end + tail, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
