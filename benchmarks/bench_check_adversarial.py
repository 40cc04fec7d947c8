# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Worst case of ``ethlicense check`` on hostile inputs: seconds per file and per megabyte.

Each input is a text built to make a license checker work hard: long blank lines, thousands of copyright lines,
thousands of copies of a license, a hundred thousand short prohibitions, megabytes of spaces or of one repeated
word, a license with its words shuffled. Each is written to a file and checked by ``ethlicense check FILE
--format json`` as a child process, timed from start to exit (start-up, reading and the SPDX data included),
so the figure is what a user waits. The analysis of one file stops at its time budget (5 seconds) with the
verdict "needs review" and a ``too-complex`` finding; the figures show that the budget bounds every input.

Usage::

    python benchmarks/bench_check_adversarial.py                 # every input, once
    python benchmarks/bench_check_adversarial.py --repeat 3 --json adversarial.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.check_corpus import base_text  # noqa: E402 - needs the checkout on sys.path

MIT = base_text("MIT")
MEGABYTE = 1024 * 1024


def _shuffled(size: int) -> str:
    words = MIT.split()
    rng = random.Random(2026)  # noqa: S311 - a reproducible text, not a secret
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)


#: The inputs: a name and a function that builds the text.
INPUTS: dict[str, Callable[[], str]] = {
    "MIT, then a line of 100,000 spaces": lambda: MIT + "\n" + " " * 100_000 + "\n",
    "MIT, then 1 MB of blank lines": lambda: MIT + "\n" + (" " * 1000 + "\n") * 1000,
    "1,400 copyright lines, then MIT": lambda: (
        "".join(f"Copyright (c) {2000 + n % 20} Person {n}\n" for n in range(1400)) + "\n" + MIT
    ),
    "100 KB of copyright lines, then MIT": lambda: (
        "".join(f"Copyright (c) {2000 + n % 20} Person {n}\n" for n in range(3500)) + "\n" + MIT
    ),
    "3,000 copies of MIT": lambda: (MIT + "\n\n") * 3000,
    "100,000 short 'may not' paragraphs": lambda: "".join(f"You may not do thing {n}.\n\n" for n in range(100_000)),
    "'Copyright (c) ' x 500,000": lambda: "Copyright (c) " * 500_000,
    "10 MB of spaces": lambda: " " * (10 * MEGABYTE - 10),
    "10 MB of one word": lambda: "restriction " * (10 * MEGABYTE // 12),
    "10 MB of MIT's words, shuffled": lambda: _shuffled(10 * MEGABYTE - 100),
    "10 MB of copies of MIT, one paragraph": lambda: (" ".join(MIT.split()) + " ") * (10 * MEGABYTE // len(MIT)),
}


def time_one(path: Path) -> tuple[float, str]:
    """Return the seconds ``ethlicense check PATH --format json`` takes, and its verdict."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "ethlicense", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    data = json.loads(completed.stdout)
    findings = [finding["kind"] for finding in data["findings"]]
    return seconds, data["verdict"] + (" (too complex)" if "too-complex" in findings else "")


def main() -> int:
    """Time every input and print a Markdown table (and with ``--json``, write the figures)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1, help="time each input this many times (default: 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    arguments = parser.parse_args()
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as folder:
        for name, build in INPUTS.items():
            path = Path(folder) / "LICENSE"
            path.write_text(build(), encoding="utf-8")
            size = path.stat().st_size
            runs = [time_one(path) for _ in range(arguments.repeat)]
            seconds = max(run[0] for run in runs)
            rows.append({"input": name, "bytes": size, "seconds": seconds, "verdict": runs[-1][1]})
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}")
    print()
    print("| input | size | seconds (worst of runs) | seconds per MB | verdict |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        size = int(str(row["bytes"]))
        seconds = float(str(row["seconds"]))
        print(
            f"| {row['input']} | {size / MEGABYTE:.2f} MB | {seconds:.1f} | {seconds / max(size / MEGABYTE, 0.01):.1f} "
            f"| {row['verdict']} |"
        )
    worst = max(rows, key=lambda row: float(str(row["seconds"])))
    print()
    print(f"Worst: {worst['input']}, {float(str(worst['seconds'])):.1f} s")
    if arguments.json is not None:
        arguments.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
