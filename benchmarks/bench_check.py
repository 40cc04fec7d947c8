# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Throughput of ``ethlicense check --recursive`` on a tree of license files, end to end, with ScanCode beside it.

Writes a reproducible tree (``--seed``) of ``--files`` license files shaped like a dependency tree
(site-packages, node_modules, vendor/): mostly the common licenses with varied copyright lines, wrapping and
line endings, a long tail of other SPDX licenses, and a share of texts with additions (harmless ones,
restrictions, ethlicense composites, several licenses in one file, license notices, unrelated text) taken
from the evaluation corpus (tests/check_corpus.py). Then it times ``ethlicense check --recursive DIR --format
json`` as a child process, from start to exit (start-up and loading the SPDX data included), and checks that
every file got a result.

With ``--scancode PYTHON`` (a Python that has ``scancode-toolkit-mini`` installed, for example /tmp/scvenv/bin/
python), ScanCode's license detection (``licensedcode.cache.get_index()``, then ``.match(location=path)``) is
timed on the same files in that interpreter, with its index loaded first and not counted.

Usage::

    python benchmarks/bench_check.py                        # 10,000 files
    python benchmarks/bench_check.py --files 2000 --jobs 1
    python benchmarks/bench_check.py --serial                  # also time one process
    python benchmarks/bench_check.py --scancode /tmp/scvenv/bin/python --scancode-files 500
    python benchmarks/bench_check.py --json results.json    # also write the figures as JSON
    python benchmarks/bench_check.py --spdx-osi --scancode /tmp/scvenv/bin/python   # full texts, side by side
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: E402
from tests.check_corpus import all_cases, fill_copyright  # noqa: E402 - needs the checkout on sys.path

#: The common licenses of a dependency tree, with rough weights (per cent of files).
COMMON: dict[str, int] = {
    "MIT": 40,
    "Apache-2.0": 11,
    "ISC": 7,
    "BSD-3-Clause": 7,
    "BSD-2-Clause": 4,
    "0BSD": 1,
    "Unlicense": 1,
    "CC0-1.0": 1,
    "MPL-2.0": 2,
    "GPL-3.0-only": 2,
    "GPL-2.0-only": 1,
    "LGPL-2.1-only": 1,
    "LGPL-3.0-only": 1,
    "AGPL-3.0-only": 1,
    "Zlib": 1,
    "BSL-1.0": 1,
    "Python-2.0": 1,
    "PSF-2.0": 1,
    "Artistic-2.0": 1,
    "EPL-2.0": 1,
}
#: Share of files from the long tail, and how many distinct SPDX licenses that tail has.
LONG_TAIL_SHARE = 0.04
LONG_TAIL_LICENSES = 60
#: Share of files that hold a standard license notice instead of a license, or two licenses one after the other.
NOTICE_SHARE = 0.02
COMPOUND_SHARE = 0.02
#: Share of files taken from the evaluation corpus's texts with additions (harmless or not).
VARIANT_SHARE = 0.03
APACHE_NOTICE = """Copyright 2026 Jane Doe

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
"""
HOLDERS = ("Jane Doe", "The Example Authors", "Acme Widgets Ltd.", "Ana Silva and contributors", "R. Roe")
FILE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING", "LICENCE", "license")


def _rewrap(paragraph: str, width: int) -> str:
    """Return *paragraph* filled to *width*, unless it is a list, a box of stars or a table, which editors keep."""
    lines = paragraph.strip("\n").split("\n")
    if any(line.lstrip()[:1] in {"*", "#", "-", "|", "+"} or line.startswith("  ") for line in lines[1:]):
        return paragraph
    return textwrap.fill(" ".join(paragraph.split()), width, break_on_hyphens=False, break_long_words=False)


def _vary(text: str, rng: random.Random) -> str:
    """Return *text* with a different copyright holder and year, and perhaps rewrapped or with CRLF endings."""
    text = text.replace("Jane Doe", rng.choice(HOLDERS)).replace("2026", str(rng.randint(1995, 2026)))
    if rng.random() < 0.3:
        width = rng.choice((60, 72, 80, 100))
        text = "\n\n".join(_rewrap(part, width) for part in text.split("\n\n")) + "\n"
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
    return text


def build_tree(root: Path, count: int, seed: int) -> dict[str, int]:
    """Write *count* license files under *root*; return how many of each sort were written."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    licenses = load_spdx_licenses().licenses
    tail = rng.sample(sorted(set(licenses) - set(COMMON)), LONG_TAIL_LICENSES)
    variants = [case.text for case in all_cases() if case.group not in {"spdx-osi", "spdx-other"}]
    names, weights = zip(*COMMON.items(), strict=True)
    plain = {license_id: fill_copyright(license_id) for license_id in (*COMMON, *tail)}
    sorts = {"common": 0, "long-tail": 0, "notice": 0, "compound": 0, "with-additions": 0}
    for number in range(count):
        draw = rng.random()
        if draw < VARIANT_SHARE:
            text, sort = rng.choice(variants), "with-additions"
        elif draw < VARIANT_SHARE + LONG_TAIL_SHARE:
            text, sort = plain[rng.choice(tail)], "long-tail"
        elif draw < VARIANT_SHARE + LONG_TAIL_SHARE + NOTICE_SHARE:
            text, sort = APACHE_NOTICE, "notice"
        elif draw < VARIANT_SHARE + LONG_TAIL_SHARE + NOTICE_SHARE + COMPOUND_SHARE:
            first, second = rng.choices(names, weights, k=2)
            text = f"{plain[first]}\n\nThird-party code bundled with this package:\n\n{plain[second]}"
            sort = "compound"
        else:
            text, sort = plain[rng.choices(names, weights)[0]], "common"
        sorts[sort] += 1
        folder = root / f"package-{number // 10:04d}" / f"dist-{number % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / rng.choice(FILE_NAMES)).write_text(_vary(text, rng), encoding="utf-8", newline="")
    return sorts


def time_ethlicense(root: Path, jobs: int | None) -> tuple[float, int]:
    """Run ``ethlicense check --recursive`` on *root*; return the wall time and the number of results."""
    command = [sys.executable, "-m", "ethlicense", "check", "--recursive", str(root), "--format", "json"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
        msg = f"ethlicense check exited with {completed.returncode}"
        raise SystemExit(msg)
    return elapsed, len(json.loads(completed.stdout))


_SCANCODE_SCRIPT = """
import json, sys, time
from licensedcode.cache import get_index
started = time.perf_counter()
index = get_index()
loaded = time.perf_counter() - started
paths = [line.rstrip("\\n") for line in sys.stdin]
started = time.perf_counter()
found = 0
for path in paths:
    found += bool(index.match(location=path))
print(json.dumps({"index_seconds": loaded, "seconds": time.perf_counter() - started, "files": len(paths),
                  "with_match": found}))
"""


def time_scancode(python: str, files: list[Path]) -> dict[str, float]:
    """Time ScanCode's matcher on *files* in the interpreter *python*; its index load is reported apart."""
    completed = subprocess.run(
        [python, "-c", _SCANCODE_SCRIPT],
        input="\n".join(str(path) for path in files).encode(),
        capture_output=True,
        check=False,
    )
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace")[-2000:])
        msg = "ScanCode failed"
        raise SystemExit(msg)
    result: dict[str, float] = json.loads(completed.stdout.decode().strip().splitlines()[-1])
    return result


_SCANCODE_API_SCRIPT = """
import json, sys, time
from licensedcode.cache import get_index
from scancode import api
get_index()
paths = [line.rstrip("\\n") for line in sys.stdin]
api.get_licenses(location=paths[0])
started = time.perf_counter()
for path in paths:
    api.get_licenses(location=path)
print(json.dumps({"seconds": time.perf_counter() - started, "files": len(paths)}))
"""

_ETHLICENSE_SCRIPT = """
import json, sys, time
from ethlicense.check import check_file
paths = [line.rstrip("\\n") for line in sys.stdin]
check_file(paths[0])
started = time.perf_counter()
verdicts = [check_file(path).verdict.value for path in paths]
print(json.dumps({"seconds": time.perf_counter() - started, "files": len(paths),
                  "open_source": verdicts.count("open-source")}))
"""


def _timed(python: str, script: str, files: list[Path]) -> dict[str, float]:
    completed = subprocess.run(
        [python, "-c", script],
        input="\n".join(str(path) for path in files).encode(),
        capture_output=True,
        check=False,
    )
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace")[-2000:])
        msg = f"{python} failed"
        raise SystemExit(msg)
    result: dict[str, float] = json.loads(completed.stdout.decode().strip().splitlines()[-1])
    return result


def spdx_osi_texts(python_scancode: str | None) -> dict[str, object]:
    """Time ``check_file`` and (with a ScanCode Python) ``scancode.api.get_licenses`` on the OSI-approved SPDX texts.

    Both run in one process each, on the same files, after their data is loaded (ethlicense: by checking the
    first file once; ScanCode: its index, then the first file once).
    """
    licenses = load_spdx_licenses().licenses
    with tempfile.TemporaryDirectory(prefix="bench-spdx-") as folder:
        files = []
        for license_id in sorted(licenses):
            if licenses[license_id].osi_approved:
                path = Path(folder) / f"{license_id}.LICENSE"
                path.write_text(fill_copyright(license_id), encoding="utf-8")
                files.append(path)
        ours = _timed(sys.executable, _ETHLICENSE_SCRIPT, files)
        figures: dict[str, object] = {
            "files": len(files),
            "ethlicense_seconds": round(ours["seconds"], 2),
            "ethlicense_files_per_second": round(len(files) / ours["seconds"], 1),
            "ethlicense_open_source": ours["open_source"],
        }
        print(
            f"OSI-approved SPDX texts: ethlicense check {len(files)} files in {ours['seconds']:.2f} s "
            f"({len(files) / ours['seconds']:.1f} files/s, one process), {ours['open_source']:.0f} open source"
        )
        if python_scancode:
            theirs = _timed(python_scancode, _SCANCODE_API_SCRIPT, files)
            figures["scancode_seconds"] = round(theirs["seconds"], 2)
            figures["scancode_files_per_second"] = round(len(files) / theirs["seconds"], 1)
            print(
                f"OSI-approved SPDX texts: ScanCode get_licenses {len(files)} files in {theirs['seconds']:.2f} s "
                f"({len(files) / theirs['seconds']:.1f} files/s, one process, index loaded first)"
            )
    return figures


def main() -> int:
    """Build the tree, time the check (and ScanCode), print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000, help="license files in the tree (default: 10000)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the tree (default: 2026)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per CPU)")
    parser.add_argument("--serial", action="store_true", help="also time the check in one process (--jobs 1)")
    parser.add_argument("--repeat", type=int, default=3, help="time the check this many times (default: 3)")
    parser.add_argument("--scancode", metavar="PYTHON", help="a Python with scancode-toolkit-mini installed")
    parser.add_argument("--scancode-files", type=int, default=1000, help="files ScanCode is timed on (default: 1000)")
    parser.add_argument("--keep", type=Path, help="build the tree in this folder and keep it")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--spdx-osi",
        action="store_true",
        help="only time the OSI-approved SPDX texts, one process each, beside ScanCode with --scancode",
    )
    arguments = parser.parse_args()
    if arguments.spdx_osi:
        figures = spdx_osi_texts(arguments.scancode)
        if arguments.json:
            arguments.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return 0

    root = arguments.keep or Path(tempfile.mkdtemp(prefix="bench-check-"))
    try:
        sorts = build_tree(root, arguments.files, arguments.seed)
        load_before = " ".join(f"{value:.2f}" for value in os.getloadavg())
        runs = []
        for _ in range(max(1, arguments.repeat)):
            seconds, results = time_ethlicense(root, arguments.jobs)
            if results != arguments.files:
                msg = f"expected {arguments.files} results, got {results}"
                raise SystemExit(msg)
            runs.append(seconds)
        elapsed = statistics.median(runs)
        figures: dict[str, object] = {
            "files": arguments.files,
            "sorts": sorts,
            "seconds": round(elapsed, 2),
            "runs": [round(seconds, 2) for seconds in runs],
            "files_per_second": round(arguments.files / elapsed),
            "jobs": arguments.jobs or os.cpu_count(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "load_before": load_before,
        }
        spread = ", ".join(f"{seconds:.2f}" for seconds in runs)
        print(f"ethlicense check: {arguments.files} files in {elapsed:.2f} s, median of {spread} s")
        if arguments.serial:
            serial, _ = time_ethlicense(root, 1)
            figures["serial_seconds"] = round(serial, 2)
            print(f"ethlicense check --jobs 1: {serial:.2f} s ({arguments.files / serial:.0f} files/s)")
        if arguments.scancode:
            sample = sorted(root.rglob("*"))
            sample = [path for path in sample if path.is_file()][: arguments.scancode_files]
            scancode = time_scancode(arguments.scancode, sample)
            figures["scancode"] = {
                "files": scancode["files"],
                "seconds": round(scancode["seconds"], 2),
                "index_seconds": round(scancode["index_seconds"], 2),
                "files_per_second": round(scancode["files"] / scancode["seconds"], 1),
            }
            print(
                f"ScanCode: {scancode['files']:.0f} files in {scancode['seconds']:.2f} s "
                f"({scancode['files'] / scancode['seconds']:.1f} files/s, one process; index load "
                f"{scancode['index_seconds']:.1f} s not counted)"
            )
        if arguments.json:
            arguments.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    finally:
        if arguments.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
