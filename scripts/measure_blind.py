# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Measure ``ethlicense check`` on a written set, and write the figures to docs/check-blind.md.

A blind set (``tests/data/check/NAME/``, for example ``blind3``) is written by someone shown only a description
of the task and the data formats, never the rules. It is measured once when it arrives (``--first``, which
writes the set's first-measurement block and refuses to write it twice); a rerun after the rules change is
reported beside it (``--write-page``, the set's current-figures block), never in its place. ``--set tuned``
measures the sets the rules were developed on (``tests/data/check/*.toml``) the same way.

A set's folder holds ``restrictions.toml`` and ``harmless.toml`` (``[[item]]``), ``conditions.toml`` or
``changes.toml`` (``[[condition]]`` and ``[[edit]]``) and optionally ``files.toml`` with a ``files/`` folder.
Each written addition is placed in three OSI-approved bases at four positions, as for the other written sets
(``tests/check_corpus.py``); the whole files are checked as they are. For each group the page gives the three
verdicts, how often the expected criteria were among those reported, how often the *main* criterion was the
one reported (the first criterion the data lists, or the criterion of the first kind in ``restricts``, against
:attr:`ethlicense.check.CheckResult.main_criterion`), how often the base was right, and the quotes that are not
in the file (whitespace normalised).

Usage::

    python scripts/measure_blind.py                          # print blind3's figures
    python scripts/measure_blind.py --set tuned              # the sets the rules were tuned on
    python scripts/measure_blind.py --write-page             # rewrite blind3's current figures in the page
    python scripts/measure_blind.py --set blind4 --first     # a new set's first measurement, written once
"""

from __future__ import annotations

import argparse
import datetime
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
from ethlicense.assess import named_criterion  # noqa: E402
from ethlicense.check import CheckResult, check_text  # noqa: E402
from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: E402
from ethlicense.models import Restriction  # noqa: E402
from tests import check_corpus as corpus  # noqa: E402

DATA = ROOT / "tests" / "data" / "check"
DEFAULT_SET = "blind3"
#: The name that measures the sets the rules were developed on (``tests/data/check/*.toml``).
TUNED = "tuned"
PAGE = ROOT / "docs" / "check-blind.md"
GROUPS = ("restriction", "harmless", "condition", "edit", "file")
VERDICTS = ("open-source", "not-open-source", "needs-review")


@dataclass(frozen=True)
class Blind:
    """One labelled text of a written set.

    Attributes:
        main: The main criterion expected (the first the data lists), or ``""`` when none is labelled.
    """

    group: str
    id: str
    text: str
    expected: str
    bases: frozenset[str]
    criteria: frozenset[str]
    main: str = ""


def set_folder(name: str) -> Path:
    """Return the folder of the set called *name* (``tuned``: the sets the rules were developed on)."""
    return DATA if name == TUNED else DATA / name


def _load(folder: Path, *names: str) -> dict[str, Any]:
    for name in names:
        if (folder / name).is_file():
            return tomllib.loads((folder / name).read_text(encoding="utf-8"))
    return {}


def _restriction_criteria(item: dict[str, Any]) -> tuple[str, ...]:
    """The OSD criteria of a written restriction, the main one first: as labelled, else from ``restricts``."""
    if item.get("criteria"):
        return tuple(item["criteria"])
    return tuple(
        dict.fromkeys(
            criterion
            for criterion in (named_criterion(Restriction(kind)) for kind in item.get("restricts", []))
            if criterion is not None
        )
    )


def blind_cases(name: str = DEFAULT_SET) -> Iterator[Blind]:
    """Yield every text of the set *name*, placed as the other written sets are."""
    folder = set_folder(name)
    groups = corpus.same_text_groups()
    licenses = load_spdx_licenses().licenses
    for number, item in enumerate(_load(folder, "restrictions.toml").get("item", [])):
        criteria = _restriction_criteria(item)
        for base, position in corpus.placements(number):
            text = corpus.place(item["text"], corpus.base_text(base), position)
            yield Blind(
                "restriction",
                f"{item['id']}@{base}:{position}",
                text,
                "not-open-source",
                groups[base],
                frozenset(criteria),
                criteria[0] if criteria else "",
            )
    for number, item in enumerate(_load(folder, "harmless.toml").get("item", [])):
        for base, position in corpus.placements(number):
            addition = item["text"].replace("{base_name}", licenses[base].name).replace("{base_id}", base)
            text = corpus.place(addition, corpus.base_text(base), position)
            yield Blind("harmless", f"{item['id']}@{base}:{position}", text, "open-source", groups[base], frozenset())
    changes = _load(folder, "conditions.toml", "changes.toml")
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
    for item in _load(folder, "files.toml").get("file", []):
        text = (folder / "files" / item["file"]).read_text(encoding="utf-8")
        expected = "open-source" if item["verdict"] == "open source" else "not-open-source"
        bases = frozenset() if item["base"] == "none" else groups.get(item["base"], frozenset({item["base"]}))
        criteria = tuple(item.get("criteria", []))
        yield Blind("file", item["file"], text, expected, bases, frozenset(criteria), criteria[0] if criteria else "")


def quoted(result: CheckResult) -> list[str]:
    """Every passage the report quotes."""
    quotes = [item.text for item in result.restrictions]
    quotes += [item.text for item in result.additions]
    return [quote for quote in quotes if quote]


def invented(result: CheckResult, text: str) -> list[str]:
    """The quotes of *result* that are not in *text* (whitespace normalised)."""
    flat = " ".join(text.split())
    return [quote for quote in quoted(result) if " ".join(quote.split()) not in flat]


def measure(name: str = DEFAULT_SET) -> list[dict[str, Any]]:
    """Check every text of the set *name*; return one row per text."""
    rows = []
    for case in blind_cases(name):
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
                "main_expected": case.main,
                "main_reported": result.main_criterion,
                "invented": invented(result, case.text),
            }
        )
    return rows


def summary(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The figures as Markdown table rows, one per group."""
    lines = [
        (
            "| group | texts | right | open source | not open source | needs review | expected criteria reported | "
            "main criterion | base right | quotes not in the file |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for group in GROUPS:
        items = [row for row in rows if row["group"] == group]
        if not items:
            continue
        counts = Counter(row["verdict"] for row in items)
        right = sum(row["verdict"] == row["expected"] for row in items)
        labelled = [row for row in items if row["criteria_expected"]]
        criteria = f"{sum(row['criteria_found'] for row in labelled) / len(labelled):.3f}" if labelled else "-"
        main = (
            f"{sum(row['main_reported'] == row['main_expected'] for row in labelled) / len(labelled):.3f}"
            if labelled
            else "-"
        )
        base = sum(row["base_right"] for row in items) / len(items)
        quotes = sum(len(row["invented"]) for row in items)
        lines.append(
            f"| {group} | {len(items)} | {right / len(items):.3f} | "
            + " | ".join(str(counts.get(verdict, 0)) for verdict in VERDICTS)
            + f" | {criteria} | {main} | {base:.3f} | {quotes} |"
        )
    return lines


def _markers(kind: str, name: str) -> tuple[str, str]:
    return f"<!-- {kind}:{name} -->\n", f"<!-- /{kind}:{name} -->\n"


def write_block(page: str, kind: str, name: str, body: str, heading: str) -> str:
    """Return *page* with the block *kind* of the set *name* replaced by *body* (added under *heading* if absent).

    blind3's current figures were once marked ``<!-- current-figures -->``; that marking is still read.
    """
    start, end = _markers(kind, name)
    legacy = ("<!-- current-figures -->\n", "<!-- /current-figures -->\n")
    if start not in page and kind == "current-figures" and name == DEFAULT_SET and legacy[0] in page:
        start, end = legacy
    if start in page:
        head, rest = page.split(start, 1)
        _, tail = rest.split(end, 1)
        return head + start + body + end + tail
    return page.rstrip("\n") + f"\n\n{heading}\n\n" + start + body + end


def has_block(page: str, kind: str, name: str) -> bool:
    """Return whether *page* already has the block *kind* of the set *name*."""
    return _markers(kind, name)[0] in page


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the figures, and write them to the page when asked."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--set",
        default=DEFAULT_SET,
        help=f"the set to measure (default {DEFAULT_SET}; {TUNED!r}: the sets the rules were developed on)",
    )
    parser.add_argument("--write-page", action="store_true", help="rewrite the set's current figures in the page")
    parser.add_argument("--first", action="store_true", help="write the set's first measurement (only once)")
    parser.add_argument("--page", type=Path, default=PAGE, help="the page to write (default docs/check-blind.md)")
    parser.add_argument("--json", type=Path, help="also write one row per text as JSON")
    arguments = parser.parse_args(argv)
    name: str = arguments.set
    if not set_folder(name).is_dir():
        parser.error(f"no set {name!r}: {set_folder(name)} is not a folder")
    page: Path = arguments.page
    if arguments.first and page.is_file() and has_block(page.read_text(encoding="utf-8"), "first-measurement", name):
        parser.error(f"{name} was measured for the first time already; its first measurement is never rewritten")
    rows = measure(name)
    table = summary(rows)
    print("\n".join(table))
    if arguments.json:
        arguments.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if arguments.first or arguments.write_page:
        text = page.read_text(encoding="utf-8") if page.is_file() else ""
        if arguments.first:
            today = datetime.datetime.now(tz=datetime.UTC).date().isoformat()
            body = f"ethlicense {__version__}, {today}, measured once when the set arrived:\n\n" + "\n".join(table)
            text = write_block(text, "first-measurement", name, body + "\n", f"## {name}: first measurement")
        if arguments.write_page:
            body = f"Measured with ethlicense {__version__}:\n\n" + "\n".join(table) + "\n"
            text = write_block(text, "current-figures", name, body, f"## {name}: current figures")
        page.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
