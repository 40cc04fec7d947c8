# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Measure ``ethlicense check`` on its labelled corpus and write ``docs/check-accuracy.md``.

The corpus (``tests/check_corpus.py``) holds every SPDX license's text with its copyright line filled in,
ethlicense's own composites, and variants written for the purpose (``tests/data/check/``): restrictions,
harmless additions and binding conditions placed before, inside and after several base licenses, and edits
inside a base license's sentences. Each text is labelled with the expected verdict, base license, failed
criteria and, for composites, clauses.

Reported: precision and recall of the verdict ("not open source" is the positive class, the one a CI gate
acts on) and of the criteria, base and clause identification, the kinds given to harmless additions, every
remaining error, and the throughput measured by ``benchmarks/bench_check.py`` (run here unless
``--no-benchmark``), with ScanCode beside it when ``--scancode`` names a Python that has it.

Usage::

    python scripts/evaluate_check.py                       # writes docs/check-accuracy.md
    python scripts/evaluate_check.py --no-benchmark        # accuracy only (about a minute)
    python scripts/evaluate_check.py --scancode /tmp/scvenv/bin/python
    python scripts/evaluate_check.py --benchmark-json results.json   # use figures measured before
    python scripts/evaluate_check.py --real-tree .venv/lib/python3.11/site-packages
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ethlicense.check import AdditionKind, CheckResult, check_paths, check_text  # noqa: E402 - needs the checkout on sys.path
from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: E402 - needs the checkout on sys.path
from ethlicense.provenance import ethlicense_version  # noqa: E402 - needs the checkout on sys.path
from tests.check_corpus import Case, all_cases  # noqa: E402 - needs the checkout on sys.path

OUTPUT = ROOT / "docs" / "check-accuracy.md"
#: The first measurement on the held-out set, taken before any change was made with its errors in view
#: (restriction variants only; verdict accuracy and exact criteria). Later changes looked at its errors, so the
#: later figures for it are no longer blind. The same holds for the "fresh" set, written after that tuning and
#: measured once before its errors were looked at, and for the "blind" set, written by someone shown only the
#: data files, never the rules (its harmless additions too). Each set's first measurement is the estimate for
#: phrasings the rules have not seen. The "blind2" set, written the same way after all tuning, was tuned on from
#: 2026-12-03 (its failing items were studied while the rules were made safe by construction); its first
#: measurement is recorded here.
BLIND_HELDOUT = {"cases": 348, "verdict": 0.690, "criteria_exact": 0.621}
BLIND_FRESH = {"cases": 288, "verdict": 0.875, "criteria_exact": 0.625}
BLIND_BLIND2 = {
    "cases": 384,
    "verdict": 0.719,
    "criteria_exact": 0.312,
    "harmless_cases": 192,
    "harmless_verdict": 0.750,
}
BLIND_BLIND = {
    "cases": 384,
    "verdict": 0.719,
    "criteria_exact": 0.438,
    "harmless_cases": 192,
    "harmless_verdict": 0.688,
}
#: The page's first paragraph: the newest blind set's figures in docs/check-blind.md (scripts/measure_blind.py), first
#: measurement, kept here by hand because a blind set is measured once and never rewritten.
BLIND_LEAD = (
    "**First, the honest figure.** On wordings nobody here had seen (the *blind43* and *blind44* sets, written by "
    "two helpers shown only the task, each measured once on arrival with this release's rules): the main criterion "
    "was right for 0.940 and 1.000 of the placed restrictions (target 0.85; the eight sets measured on arrival in "
    "four pairs since the criterion model came in gave 0.95 over 400 items, every set above 0.85, where the rules "
    "alone had given 0.812 over the twelve sets before); no placed restriction and no restricted file was judged "
    "open source; no harmless addition and no harmless file was judged not open source; 36 and none of 600 placed "
    "restrictions and 36 and 48 of 360 harmless additions need review; whole files 0.875 and 0.958 right; no quote "
    "was invented. The three pairs before it each had one to three safety misses (three restrictions judged open "
    "source, four harmless items and a harmless file judged not open source, over six sets), each fixed after its "
    "set was measured. Details in [Blind measurement](check-blind.md). The figures below include phrasings the "
    "rules were tuned on."
)
GROUP_TITLES = {
    "spdx-osi": "SPDX licenses, OSI-approved",
    "spdx-other": "SPDX licenses, not OSI-approved",
    "bare-base": "ethlicense bare bases",
    "composite": "ethlicense composites",
    "restriction": "written restrictions, placed in bases",
    "harmless": "written harmless additions, placed in bases",
    "condition": "written binding conditions (no OSD criterion)",
    "edit": "edits inside a base license's sentences",
}


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What ``check`` said about one case."""

    case: Case
    result: CheckResult

    @property
    def verdict_right(self) -> bool:
        """Whether the verdict is the expected one ("needs review" never is)."""
        return self.result.osi_open_source == self.case.open_source

    @property
    def verdict(self) -> str:
        """The verdict given: ``open-source``, ``not-open-source`` or ``needs-review``."""
        return self.result.verdict.value

    @property
    def base_right(self) -> bool:
        """Whether the base license is one of the accepted ones (or none, when none is expected)."""
        if not self.case.bases:
            return self.result.base_license is None
        return self.result.base_license in self.case.bases

    @property
    def criteria(self) -> frozenset[str]:
        """The criteria ``check`` reported."""
        return frozenset(self.result.criteria)

    @property
    def clauses_right(self) -> bool:
        """Whether exactly the expected catalog clauses were recognised."""
        return tuple(sorted(self.result.clauses)) == tuple(sorted(self.case.clauses))


def run(cases: Sequence[Case]) -> tuple[list[Outcome], float]:
    """Check every case; return the outcomes and the seconds taken."""
    started = time.perf_counter()
    outcomes = [Outcome(case, check_text(case.text)) for case in cases]
    return outcomes, time.perf_counter() - started


def _ratio(part: float, whole: float) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def _split_label(case: Case) -> str:
    return f"{case.group} ({case.split})" if case.split != "-" else case.group


def _written(outcomes: Sequence[Outcome], split: str, group: str = "restriction") -> list[Outcome]:
    """Return the outcomes of one set of written variants (restrictions by default)."""
    return [outcome for outcome in outcomes if outcome.case.split == split and outcome.case.group == group]


def _verdicts_right(items: Sequence[Outcome]) -> str:
    return _ratio(sum(outcome.verdict_right for outcome in items), len(items))


def _rates(items: Sequence[Outcome]) -> str:
    """Return the shares of the three verdicts among *items*, as table cells."""
    counts = Counter(outcome.verdict for outcome in items)
    return " | ".join(
        _ratio(counts[verdict], len(items)) for verdict in ("not-open-source", "needs-review", "open-source")
    )


def verdict_table(outcomes: Sequence[Outcome]) -> list[str]:
    """Return the confusion matrix and precision/recall of the verdict, overall."""
    counts = Counter((outcome.case.open_source, outcome.verdict) for outcome in outcomes)
    blind2_verdict = _verdicts_right(_written(outcomes, "blind2"))
    blind2_harmless_verdict = _verdicts_right(_written(outcomes, "blind2", "harmless"))
    true_positive = counts[False, "not-open-source"]
    false_positive = counts[True, "not-open-source"]
    false_negative = counts[False, "open-source"]
    true_negative = counts[True, "open-source"]
    precision = _ratio(true_positive, true_positive + false_positive)
    recall = _ratio(true_positive, true_positive + false_negative + counts[False, "needs-review"])
    open_precision = _ratio(true_negative, true_negative + false_negative)
    open_recall = _ratio(true_negative, true_negative + false_positive + counts[True, "needs-review"])
    return [
        "| | judged not open source | needs review | judged open source |",
        "|---|---:|---:|---:|",
        f"| **is not open source** | {true_positive} | {counts[False, 'needs-review']} | {false_negative} |",
        f"| **is open source** | {false_positive} | {counts[True, 'needs-review']} | {true_negative} |",
        "",
        f'- "Not open source": precision **{precision}**, recall **{recall}** ("needs review" counts as missed).',
        (
            f'- "Open source" (a false one is the dangerous error): precision **{open_precision}**, recall '
            f"**{open_recall}**."
        ),
        (
            f"- Exactly right: {_ratio(true_positive + true_negative, len(outcomes))} over {len(outcomes)} texts; "
            f'"needs review" on {_ratio(counts[False, "needs-review"] + counts[True, "needs-review"], len(outcomes))}.'
        ),
        "",
        (
            "These figures include the phrasings the rules were tuned on, now all of them: the *blind2* set "
            f"({blind2_verdict} of its restrictions and {blind2_harmless_verdict} of its mostly tricky harmless "
            "additions got the right verdict) was tuned on from 2026-12-03, as were blind3 to blind22 (and blind24's "
            "one harmless miss). The first measurements of blind23 and blind24, at the top of this page, are the "
            "last blind figures; the next blind set's will be the estimate for phrasings the rules have not seen."
        ),
    ]


#: Before "needs review" existed (two verdicts), the blind2 set scored: restrictions judged open source 0.281,
#: harmless additions judged not open source 0.250 (measured with the rules of that time, not tuned on).
BLIND2_TWO_VERDICTS: Final = {"restriction-open-source": 0.281, "harmless-not-open-source": 0.250}


def three_verdict_lines(outcomes: Sequence[Outcome]) -> list[str]:
    """Return the shares of the three verdicts on each set of written variants."""
    lines = [
        (
            'Each text gets one of three verdicts; "needs review" is the safe answer for prose the rules cannot '
            "place. The shares per set of written additions (for restrictions the right verdict is the first "
            "column, and the last is the dangerous error; for harmless additions, the right one is the last):"
        ),
        "",
        "| set | texts | not open source | needs review | open source |",
        "|---|---:|---:|---:|---:|",
    ]
    for split in ("dev", "heldout", "fresh", "blind", "blind2"):
        for group in ("restriction", "harmless"):
            items = _written(outcomes, split, group)
            if items:
                lines.append(f"| {group} ({split}) | {len(items)} | {_rates(items)} |")
    quoted = [
        (outcome, passage)
        for outcome in outcomes
        for passage in [item.text for item in outcome.result.restrictions]
        + [item.text for item in outcome.result.review]
    ]
    invented = sum(" ".join(passage.split()) not in " ".join(outcome.case.text.split()) for outcome, passage in quoted)
    lines += [
        "",
        (
            f"Quoted passages that are not in the file (invented quotes): **{invented}** of {len(quoted)} passages "
            "quoted in all reports of the corpus (`tests/test_check_quotes.py` also checks that each is a whole "
            "sentence or list item)."
        ),
        "",
        (
            f"With two verdicts, the blind2 restrictions were judged open source "
            f"{BLIND2_TWO_VERDICTS['restriction-open-source']:.3f} of the time, and its harmless additions not open "
            f"source {BLIND2_TWO_VERDICTS['harmless-not-open-source']:.3f}."
        ),
    ]
    return lines


def group_table(outcomes: Sequence[Outcome]) -> list[str]:
    """Return accuracy of the verdict, the base and (where labelled) the criteria, by group and split."""
    rows: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        rows[_split_label(outcome.case)].append(outcome)
    lines = [
        "| group | texts | verdict right | base right | criteria exactly right | clauses right |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label in sorted(rows, key=lambda item: (list(GROUP_TITLES).index(item.split(" ")[0]), item)):
        members = rows[label]
        labelled = [outcome for outcome in members if outcome.case.criteria is not None]
        with_clauses = [outcome for outcome in members if outcome.case.clauses]
        criteria = (
            _ratio(sum(outcome.criteria == outcome.case.criteria for outcome in labelled), len(labelled))
            if labelled
            else "-"
        )
        clauses = (
            _ratio(sum(outcome.clauses_right for outcome in with_clauses), len(with_clauses)) if with_clauses else "-"
        )
        lines.append(
            f"| {label} | {len(members)} | {_ratio(sum(o.verdict_right for o in members), len(members))} | "
            f"{_ratio(sum(o.base_right for o in members), len(members))} | {criteria} | {clauses} |"
        )
    return lines


def criteria_tables(outcomes: Sequence[Outcome]) -> list[str]:
    """Return micro-averaged precision and recall of the criteria, overall, by split and by criterion."""
    labelled = [outcome for outcome in outcomes if outcome.case.criteria is not None]

    def micro(items: Iterable[Outcome]) -> tuple[int, int, int]:
        true_positive = false_positive = false_negative = 0
        for outcome in items:
            expected = outcome.case.criteria or frozenset()
            true_positive += len(outcome.criteria & expected)
            false_positive += len(outcome.criteria - expected)
            false_negative += len(expected - outcome.criteria)
        return true_positive, false_positive, false_negative

    lines = ["| texts | labelled | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    splits: dict[str, list[Outcome]] = {"all labelled texts": labelled}
    for split in ("dev", "heldout", "fresh", "blind", "blind2"):
        splits[f"written variants, {split}"] = [outcome for outcome in labelled if outcome.case.split == split]
    for title, items in splits.items():
        true_positive, false_positive, false_negative = micro(items)
        lines.append(
            f"| {title} | {len(items)} | {true_positive} | {false_positive} | {false_negative} | "
            f"{_ratio(true_positive, true_positive + false_positive)} | "
            f"{_ratio(true_positive, true_positive + false_negative)} |"
        )
    lines += ["", "| criterion | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for outcome in labelled:
        expected = outcome.case.criteria or frozenset()
        for criterion in outcome.criteria | expected:
            key = (
                "TP"
                if criterion in outcome.criteria and criterion in expected
                else "FP"
                if criterion in outcome.criteria
                else "FN"
            )
            per[criterion][key] += 1
    for criterion in sorted(per, key=lambda item: (not item.startswith("OSD"), len(item), item)):
        counts = per[criterion]
        precision = _ratio(counts["TP"], counts["TP"] + counts["FP"])
        recall = _ratio(counts["TP"], counts["TP"] + counts["FN"])
        lines.append(f"| {criterion} | {counts['TP']} | {counts['FP']} | {counts['FN']} | {precision} | {recall} |")
    return lines


def kind_table(outcomes: Sequence[Outcome]) -> list[str]:
    """Return what kinds the written harmless additions were given.

    A harmless addition can also become part of the license's own match (a copyright line above the license is
    one the SPDX Matching Guidelines allow), in which case it is not listed as an addition at all.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for outcome in outcomes:
        if outcome.case.kind is None:
            continue
        kinds = {
            addition.kind.value
            for addition in outcome.result.additions
            if addition.kind is not AdditionKind.STRUCTURE and addition.text.strip()
        }
        if outcome.case.kind in kinds:
            counts[outcome.case.kind]["same"] += 1
        elif kinds:
            counts[outcome.case.kind]["other"] += 1
        else:
            counts[outcome.case.kind]["absorbed"] += 1
    lines = [
        "| labelled kind | texts | given that kind | another harmless kind | part of the license's match |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in sorted(counts):
        total = sum(counts[kind].values())
        lines.append(
            f"| {kind} | {total} | {counts[kind]['same']} | {counts[kind]['other']} | {counts[kind]['absorbed']} |"
        )
    return lines


def error_lines(outcomes: Sequence[Outcome], limit: int = 150) -> list[str]:
    """Return the texts ``check`` got wrong, one line per written item (its placements counted together)."""
    wrong: dict[tuple[str, str, str, str, str], int] = Counter()
    for outcome in outcomes:
        criteria_wrong = outcome.case.criteria is not None and outcome.criteria != outcome.case.criteria
        if outcome.verdict_right and outcome.base_right and not criteria_wrong and outcome.clauses_right:
            continue
        item = outcome.case.id.split("@")[0]
        expected = ", ".join(sorted(outcome.case.criteria or [])) or "none"
        got = ", ".join(sorted(outcome.criteria)) or "none"
        verdict = outcome.verdict.replace("-", " ")
        base = outcome.result.base_license or "no base"
        wrong[item, verdict, base, expected, got] += 1
    lines = ["| item (placements) | verdict | base | expected criteria | reported criteria |", "|---|---|---|---|---|"]
    for (item, verdict, base, expected, got), count in sorted(wrong.items())[:limit]:
        lines.append(f"| `{item}` ({count}) | {verdict} | {base} | {expected} | {got} |")
    if not wrong:
        lines.append("| (none) | | | | |")
    elif len(wrong) > limit:
        lines.append(f"| ({len(wrong) - limit} more rows, left out) | | | | |")
    return lines


def corpus_lines(cases: Sequence[Case]) -> list[str]:
    """Return the composition of the corpus."""
    counts = Counter(_split_label(case) for case in cases)
    lines = ["| group | texts | what it is |", "|---|---:|---|"]
    order = sorted(counts, key=lambda item: (list(GROUP_TITLES).index(item.split(" ")[0]), item))
    lines.extend(f"| {label} | {counts[label]} | {GROUP_TITLES[label.split(' ')[0]]} |" for label in order)
    lines.append(f"| **total** | **{len(cases)}** | |")
    return lines


def benchmark(arguments: argparse.Namespace) -> dict[str, Any] | None:
    """Return the throughput figures: read from a file, or measured now with benchmarks/bench_check.py."""
    if arguments.benchmark_json is not None:
        figures: dict[str, Any] = json.loads(arguments.benchmark_json.read_text(encoding="utf-8"))
        return figures
    if arguments.no_benchmark:
        return None
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "figures.json"
        command = [sys.executable, str(ROOT / "benchmarks" / "bench_check.py"), "--serial", "--json", str(output)]
        if arguments.scancode:
            command += ["--scancode", arguments.scancode, "--scancode-files", "300"]
        subprocess.run(command, check=True)
        result: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
        return result


def throughput_lines(figures: dict[str, Any] | None, corpus_seconds: float, corpus_size: int) -> list[str]:
    """Return the throughput section."""
    lines = [
        (
            f"In-process, one core, the whole corpus above ({corpus_size} texts, most of them long and many with "
            f"additions to analyse) took {corpus_seconds:.1f} s, {corpus_size / corpus_seconds:.0f} texts/s, "
            "compiling the template of nearly every SPDX license on the way."
        ),
        "",
    ]
    if figures is None:
        lines.append("The tree benchmark was not run for this version of the page (`--no-benchmark`).")
        return lines
    sorts = ", ".join(f"{count} {name}" for name, count in figures["sorts"].items())
    runs = figures.get("runs", [figures["seconds"]])
    lines += [
        (
            f"`benchmarks/bench_check.py` builds a tree of {figures['files']} license files shaped like a dependency "
            f"tree ({sorts}) and times `ethlicense check --recursive DIR --format json` as a child process, start-up "
            "and loading of the SPDX data included:"
        ),
        "",
        (
            f"- **{figures['files']} files in {figures['seconds']} s ({figures['files_per_second']} files/s)**, the "
            f"median of {len(runs)} runs ({', '.join(f'{run} s' for run in runs)}), with "
            f"{figures['jobs']} worker processes on {figures['cpus']} CPUs (Python {figures['python']}, "
            f"{figures['machine']}; load average before the run: {figures.get('load_before', 'not recorded')})."
        ),
    ]
    if "serial_seconds" in figures:
        serial = figures["serial_seconds"]
        lines.append(
            f"- In one process (`--jobs 1`): {serial} s ({round(figures['files'] / serial)} files/s). The machine "
            "is shared with other work, so figures vary between runs; when another process keeps one of the two "
            "CPUs busy, the check runs at about the speed of `--jobs 1`."
        )
    lines.append(
        "- The tree is mostly the common licenses (each with its own copyright line, a third rewrapped, a tenth "
        "with CRLF endings), a long tail of 60 other SPDX licenses, Apache-2.0 notices, files holding two "
        "licenses, and texts with additions from the corpus. A tree of many different licenses is slower: each "
        "license's template is compiled once per process when first met (tens of milliseconds for a long one)."
    )
    scancode = figures.get("scancode")
    if scancode:
        lines.append(
            f"- ScanCode (`scancode-toolkit-mini` with `pluggy==1.0.0`, in its own virtual environment, "
            f"`licensedcode.cache.get_index()` then `.match(location=path)`, one process) on the first "
            f"{scancode['files']} files of the same tree: {scancode['seconds']} s, "
            f"**{scancode['files_per_second']} files/s**, its index load ({scancode['index_seconds']} s) not "
            "counted. ScanCode does more per file (it detects every license, also in notices and code "
            "comments, and reports match spans and scores), and it does not judge additions."
        )
    else:
        lines.append("- ScanCode was not measured for this version of the page (pass `--scancode PYTHON`).")
    return lines


_SCANCODE_MATCH = """
import json, sys
from licensedcode.cache import get_index, get_licenses_db
from licensedcode.query import Query
index = get_index()
database = get_licenses_db()
for path in sys.stdin.read().split("\\n"):
    if not path:
        continue
    matches = index.match(location=path)
    covered = set()
    keys = []
    for match in matches:
        covered.update(range(match.qspan.start, match.qspan.end + 1))
        for key in match.rule.license_keys():
            known = database.get(key)
            keys.append(known.spdx_license_key if known is not None and known.spdx_license_key else key)
    tokens = len(Query(location=path, idx=index).tokens)
    print(json.dumps({"path": path, "licenses": sorted(set(keys)), "unmatched": max(tokens - len(covered), 0)}))
"""
#: Cases from each group in the sample ScanCode is compared on.
SCANCODE_SAMPLE = {
    "spdx-osi": 40,
    "spdx-other": 40,
    "composite": 30,
    "restriction": 80,
    "harmless": 80,
    "condition": 20,
}
#: Words of text ScanCode may leave unmatched (a copyright line) before the stricter reading calls a text modified.
UNMATCHED_ALLOWED = 12


def scancode_comparison(outcomes: Sequence[Outcome], python: str) -> list[str]:
    """Return a comparison with ScanCode's license detection on a stratified sample of the corpus."""
    osi = {license_id for license_id, entry in load_spdx_licenses().licenses.items() if entry.osi_approved}
    sample: list[Outcome] = []
    for group, count in SCANCODE_SAMPLE.items():
        members = [outcome for outcome in outcomes if outcome.case.group == group]
        step = max(1, len(members) // count)
        sample.extend(members[::step][:count])
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, outcome in enumerate(sample):
            path = Path(folder) / f"{number:04d}.txt"
            path.write_text(outcome.case.text, encoding="utf-8")
            paths.append(str(path))
        completed = subprocess.run(
            [python, "-c", _SCANCODE_MATCH],
            input="\n".join(paths),
            capture_output=True,
            text=True,
            check=True,
        )
    found = {item["path"]: item for item in map(json.loads, completed.stdout.splitlines())}

    def lenient(path: str) -> bool:
        licenses = found[path]["licenses"]
        return bool(licenses) and all(license_id in osi for license_id in licenses)

    def strict(path: str) -> bool:
        return lenient(path) and found[path]["unmatched"] <= UNMATCHED_ALLOWED

    rows = [
        ("ethlicense check", [outcome.result.osi_open_source is not False for outcome in sample]),
        ("ScanCode: every license found is OSI-approved", [lenient(path) for path in paths]),
        (
            f"ScanCode: that, and at most {UNMATCHED_ALLOWED} words left unmatched",
            [strict(path) for path in paths],
        ),
    ]
    composition = ", ".join(f"{count} {group}" for group, count in SCANCODE_SAMPLE.items())
    lines = [
        (
            f"On a sample of {len(sample)} texts of the corpus ({composition}), ScanCode's matcher was turned into "
            "a verdict in two ways and compared with `check` (positive class: not open source):"
        ),
        "",
        "| verdict from | precision | recall | restrictions caught | harmless additions kept open source |",
        "|---|---:|---:|---:|---:|",
    ]
    for title, verdicts in rows:
        true_positive = sum(
            not got and not outcome.case.open_source for got, outcome in zip(verdicts, sample, strict=True)
        )
        false_positive = sum(
            not got and outcome.case.open_source for got, outcome in zip(verdicts, sample, strict=True)
        )
        false_negative = sum(
            got and not outcome.case.open_source for got, outcome in zip(verdicts, sample, strict=True)
        )
        restrictions = [not got for got, o in zip(verdicts, sample, strict=True) if o.case.group == "restriction"]
        harmless = [got for got, o in zip(verdicts, sample, strict=True) if o.case.group == "harmless"]
        lines.append(
            f"| {title} | {_ratio(true_positive, true_positive + false_positive)} | "
            f"{_ratio(true_positive, true_positive + false_negative)} | "
            f"{_ratio(sum(restrictions), len(restrictions))} | {_ratio(sum(harmless), len(harmless))} |"
        )
    lines += [
        "",
        (
            "ScanCode's matches alone cannot tell a restriction from a request: read leniently (the licenses it "
            "names) they pass most restricted texts as their base license; read strictly (no text left unexplained) "
            "they also fail most harmless additions. ScanCode is built to find every license in a codebase, and "
            "does that well; judging added text is not its job. (Its license categories do file whole ethical "
            'licenses, such as Hippocratic-2.1, under "Free Restricted".) The sample holds written additions the '
            "rules were tuned on, so ethlicense's row is not blind: on phrasings it has not seen, expect about the "
            "*blind2* figures of *Held-out measurements* instead."
        ),
    ]
    return lines


def real_tree_lines(folder: Path) -> list[str]:
    """Return what ``check --recursive`` says about a real tree: the counts, and why each file fails."""
    results = list(check_paths([folder], recursive=True))
    passed = sum(result.osi_open_source is True for result in results)
    lines = [
        (
            f"`ethlicense check --recursive` on `{folder.name}/` of the development environment (real packages, not "
            f"written for this page): {len(results)} license files, {passed} open source, {len(results) - passed} not. "
            "Why the others are not:"
        ),
        "",
        "| file | base | why |",
        "|---|---|---|",
    ]
    for result in results:
        if result.osi_open_source:
            continue
        name = str(Path(result.path or "").relative_to(folder))
        reason = result.violations[0].reason if result.violations else result.findings[-1].message
        lines.append(f"| `{name}` | {result.base_license or 'none'} | {reason} |")
    return lines


def write_page(
    outcomes: Sequence[Outcome],
    seconds: float,
    figures: dict[str, Any] | None,
    scancode: list[str] | None,
    real_tree: list[str] | None = None,
) -> str:
    """Return the Markdown page."""
    cases = [outcome.case for outcome in outcomes]
    spdx = load_spdx_licenses()
    heldout, fresh, blind, blind2 = (_written(outcomes, split) for split in ("heldout", "fresh", "blind", "blind2"))
    blind_harmless, blind2_harmless = (_written(outcomes, split, "harmless") for split in ("blind", "blind2"))
    verdicts = _verdicts_right

    def exact(items: Sequence[Outcome]) -> str:
        return _ratio(sum(outcome.criteria == outcome.case.criteria for outcome in items), len(items))

    lines = [
        # REUSE-IgnoreStart
        "<!-- SPDX-FileCopyrightText: 2026 The ethlicense authors -->",
        "<!-- SPDX-License-Identifier: MIT -->",
        # REUSE-IgnoreEnd
        "",
        "# How accurate is `ethlicense check`?",
        "",
        (
            "This page is written by `scripts/evaluate_check.py`; do not edit it by hand. It measures `ethlicense "
            f"check` {ethlicense_version()} against SPDX License List {spdx.license_list_version} on a labelled "
            "corpus, and how fast it is."
        ),
        "",
        BLIND_LEAD,
        "",
        "## How `check` decides",
        "",
        (
            "1. **Base license.** The text is matched against every SPDX license's template under the SPDX Matching "
            "Guidelines: whole (copyright lines allowed), as one region with text around it, or aligned word by word "
            "with the template (variables and optional parts marked), which isolates text inserted inside the license "
            "and wording changed in it; an alignment counts when the text, insertions taken out and changed wording "
            "put back, matches the template. A standard notice that applies a license by reference (Apache-2.0's, "
            "the GNU licenses', MPL-2.0's) counts as that license."
        ),
        (
            "2. **Additions.** Everything that is not the base is cut into paragraphs (or, inside a sentence, the "
            "inserted words). ethlicense's own layout is recognised, and its numbered sections matched with the "
            "catalog's clauses. Other SPDX licenses' texts inside the additions are found and named."
        ),
        (
            "3. **Binding force.** Each sentence is read for prohibitions (`may not`, `is prohibited`, `No X may "
            "be`), limits on the grant (`is not granted to`, `terminates`, `only for`, `is outside the scope of`) and "
            "obligations (`must`, `shall`, `agrees to`, `requires`). Requests (`please`, `we kindly ask`), advice "
            "(`should`), statements (`we believe`) and sentences that say of themselves that they are not a condition "
            "or do not modify the license bind no one; a paragraph that only says so covers its section."
        ),
        (
            "4. **Target.** A binding sentence restricts what its binding words point at, within a few words: who "
            "(named organizations, classes of people or bodies: OSD 5), what for (a use for, in or to do something, "
            "a field such as military, surveillance or commercial use: OSD 6), how the licensee behaves (labor law, "
            "human rights: conduct, OSD 6), a separate agreement (registration, a commercial license: OSD 7), "
            "other software (the same medium, everything distributed along: OSD 9), selling it or a fee for it "
            "(OSD 1), its source (binaries only, obfuscated: OSD 2), changing it (OSD 3), a product (OSD 8) or a "
            "technology (OSD 10). The target named first leads, unless the criterion model (a naive Bayes model of "
            "the passage's words, counted over the labelled restrictions and conditions of the written sets by "
            "`scripts/build_criterion_model.py`) finds another criterion far likelier to be named first by a "
            "reviewer; the model also names the criterion of binding text the rules read as a compatible condition "
            "when it is far surer that it restricts. It never changes a verdict. Binding text with no target is a "
            "condition that makes the text a license of its own (`OSI-approved`). Text that binds no one is sorted "
            "into kinds: request, statement, notice, title..."
        ),
        (
            "5. **Verdict**, one of three. *Open source* when the base is OSI-approved and every passage added or "
            "changed is recognised as harmless, each for a stated reason (its kind and the words that show it). "
            "*Not open source* when a restriction or a binding condition is found, the base's own terms were "
            "changed, or the base (or a license included) is not OSI-approved; every restriction is listed with its "
            "criteria. *Needs review* otherwise: prose that reads as if it might bind (a negation, `must`, `only`, "
            "a heading such as `You cannot:`) but is recognised neither as a restriction nor as harmless, a text in "
            "which no base was found (a best guess is named with its Dice similarity), or a text too complex to "
            "analyse within the time budget; the passages to read are listed. Differences from the base in "
            "punctuation, markup or spelling alone are a `minor-differences` finding."
        ),
        "",
        "## The corpus",
        "",
        (
            "Every SPDX license's text with its copyright line filled in (texts that are identical count any member "
            "of their group as right), ethlicense's own renderings (every base with every clause, GPL-family bases "
            "with `allow_void_restrictions`, a few combinations, some as Markdown), and additions written for this "
            "purpose in `tests/data/check/`, each put into three base licenses at four places (above the license, "
            "below it, between two of its paragraphs, and right after its copyright line):"
        ),
        "",
        *corpus_lines(cases),
        "",
        (
            "The written additions come in five sets. *dev*: the phrasings the classifier was developed on. "
            "*heldout*: written at the same time, kept aside, and first measured blind. *fresh*: written after "
            "the tuning on *heldout*, and first measured blind. *blind*: written after the tuning on *fresh* by "
            "someone who was shown only the data files, never the rules, and first measured blind. Each of these "
            "was tuned on after its first measurement. *blind2*: written the same way after all tuning, measured, "
            "and tuned on from 2026-12-03; its first measurement is recorded under *Held-out measurements*."
        ),
        "",
        "## Verdict",
        "",
        *verdict_table(outcomes),
        "",
        (
            "By group (the base is right when it is the license the text was built from; criteria are compared as "
            "sets, with `OSI-approved` counting as a criterion):"
        ),
        "",
        *group_table(outcomes),
        "",
        "## What is restricted: the criteria",
        "",
        (
            "Precision and recall over (text, criterion) pairs, for texts whose criteria are labelled (the SPDX "
            "licenses that are not OSI-approved are labelled by verdict and base only, except `JSON` and "
            "`Hippocratic-2.1`):"
        ),
        "",
        *criteria_tables(outcomes),
        "",
        "## Held-out measurements",
        "",
        (
            f"- *heldout* restrictions, first and blind measurement: verdict right {BLIND_HELDOUT['verdict']:.3f}, "
            f"criteria exactly right {BLIND_HELDOUT['criteria_exact']:.3f} ({BLIND_HELDOUT['cases']} texts). Its "
            "errors then showed grammatical forms the rules lacked (`No X may be ...`, `Not for use by ...`, "
            "`receive no rights`, `is outside the scope of this license`, `is void for ...`, `whoever uses ... "
            f"must ...`); those forms were added in general terms, after which it scores {verdicts(heldout)} "
            f"(verdict) and {exact(heldout)} (criteria). These later figures are not blind."
        ),
        (
            f"- *fresh* restrictions, first and blind measurement: verdict right {BLIND_FRESH['verdict']:.3f}, "
            f"criteria exactly right {BLIND_FRESH['criteria_exact']:.3f} ({BLIND_FRESH['cases']} texts). Its "
            "errors showed more forms the rules lacked (`Neither X nor Y may ...`, `is payable`, `may be "
            "redistributed only in its original, unmodified form`, a class of organizations as the subject of "
            "`may not make use of` or `are excluded`, `Use of the Software to ...`); those were added in general "
            "terms, and two misreadings fixed (`to harm people` read as a recipient, the party whose consent is "
            f"needed read as the one restricted), after which it scores {verdicts(fresh)} (verdict) and "
            f"{exact(fresh)} (criteria). These later figures are not blind."
        ),
        (
            f"- *blind* additions, written by someone shown only the data files, first and blind measurement: "
            f"restrictions verdict right **{BLIND_BLIND['verdict']:.3f}**, criteria exactly right "
            f"**{BLIND_BLIND['criteria_exact']:.3f}** ({BLIND_BLIND['cases']} texts); harmless additions verdict "
            f"right **{BLIND_BLIND['harmless_verdict']:.3f}** ({BLIND_BLIND['harmless_cases']} texts): about one "
            "restriction in four passed as open source, and about one tricky harmless addition in three "
            "(reported speech, a history of earlier terms, a FAQ saying no one is excluded) was judged binding. "
            "The writer's brief "
            "listed grammatical forms to vary (`Neither ... nor`, `in no event may`, `is conditional upon`...), "
            "some of which the rules had just learnt from the *fresh* errors. The errors were then fixed in general "
            "terms (denials such as `does not cover`, `is reserved for`, `lies outside the grant`, `are never to be "
            "sold`; fees `per seat`; consent and payees read as the other party; statements that the license "
            "restricts nothing, or that a restriction was dropped, read as binding no one), after which it scores "
            f"{verdicts(blind)} and {exact(blind)} (restrictions) and {verdicts(blind_harmless)} (harmless). These "
            "later figures are not blind."
        ),
        (
            f"- *blind2* additions, written after all that tuning by someone shown only the data files, first "
            f"measured blind: restrictions verdict right **{BLIND_BLIND2['verdict']:.3f}**, criteria exactly right "
            f"**{BLIND_BLIND2['criteria_exact']:.3f}** ({BLIND_BLIND2['cases']} texts); harmless additions verdict "
            f"right **{BLIND_BLIND2['harmless_verdict']:.3f}** ({BLIND_BLIND2['harmless_cases']} texts). Tuned on "
            f"from 2026-12-03; its later figures, {verdicts(blind2)} (restrictions), {exact(blind2)} (criteria) and "
            f"{verdicts(blind2_harmless)} (harmless), are not blind. The tuning on *blind* had not raised it: "
            "each new writer brings forms the rules lack (the errors below), which is the limit of hand-written "
            "rules. The verdict is more often right than the criteria, because a restriction whose target is "
            "missed still makes the text a license of its own (`OSI-approved`)."
        ),
        "",
        *three_verdict_lines(outcomes),
        "",
        "## Compared with ScanCode",
        "",
        *(scancode or ["ScanCode was not available for this version of the page (pass `--scancode PYTHON`)."]),
        "",
        "## A real tree",
        "",
        *(real_tree or ["No real tree was checked for this version of the page (pass `--real-tree DIR`)."]),
        "",
        "## Kinds given to harmless additions",
        "",
        *kind_table(outcomes),
        "",
        "## Remaining errors",
        "",
        *error_lines(outcomes),
        "",
        "## Throughput",
        "",
        *throughput_lines(figures, seconds, len(cases)),
        "",
        "## Limits",
        "",
        (
            "- The classifier is hand-written rules for English prose. It recognises binding force (prohibitions, "
            "limits on the grant, obligations) and its target from cue words near each other; phrasings far from "
            "those it was written for are missed or mislabelled (each new blind set has shown it: see *Held-out "
            "measurements*), and a restriction "
            'phrased as a permission ("any noncommercial purpose is a permitted purpose") is not seen as one.'
        ),
        (
            "- The base license is matched under the SPDX Matching Guidelines, strictly: wording the guidelines "
            "call material (a changed word, a missing sentence) makes the text a license of its own; such a text "
            "needs review unless a restriction is found. Differences in punctuation, markup or spelling alone do "
            "not count."
        ),
        (
            "- Texts that only point to a license (a standard notice such as Apache-2.0's or the GNU licenses') are "
            "judged as that license, with a finding saying the license's own text is not in the file."
        ),
        (
            "- The corpus is our own; the written variants are short, one restriction each, and placed "
            "mechanically. Real additions can be longer, mixed and ambiguous."
        ),
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and write the page."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the page")
    parser.add_argument("--no-benchmark", action="store_true", help="do not run benchmarks/bench_check.py")
    parser.add_argument("--benchmark-json", type=Path, help="figures written by bench_check.py --json")
    parser.add_argument("--scancode", metavar="PYTHON", help="a Python with scancode-toolkit-mini, for comparison")
    parser.add_argument("--real-tree", type=Path, metavar="DIR", help="also summarise check --recursive on DIR")
    arguments = parser.parse_args(argv)

    cases = all_cases()
    outcomes, seconds = run(cases)
    figures = benchmark(arguments)
    scancode = scancode_comparison(outcomes, arguments.scancode) if arguments.scancode else None
    real_tree = real_tree_lines(arguments.real_tree) if arguments.real_tree else None
    page = write_page(outcomes, seconds, figures, scancode, real_tree)
    arguments.output.write_text(page, encoding="utf-8")
    wrong = sum(not outcome.verdict_right for outcome in outcomes)
    print(f"{len(outcomes)} texts in {seconds:.1f} s; {wrong} verdicts wrong; wrote {arguments.output}")
    print(f"(Python {platform.python_version()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
