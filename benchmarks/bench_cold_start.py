# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Cold start: a fresh ``ethlicense render`` process against ``lice`` printing a bare MIT license.

The two commands run interleaved (A, B, B, A, ...) in one run, so drifts in machine load hit both alike. Each
sample is the wall-clock time of one child process, from spawn to exit, with output sent to ``/dev/null``.

Usage::

    python benchmarks/bench_cold_start.py --lice /path/to/venv/bin/lice --rounds 40

``lice`` comes from PyPI (``pip install lice``, best in a separate virtual environment). Without it, only
ethlicense is timed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ETHLICENSE = [
    "render",
    "MIT",
    "--clause",
    "military",
    "--holder",
    "Jane Doe",
    "--year",
    "2026",
    "--quiet",
]


def _ethlicense_command() -> list[str]:
    script = Path(sys.executable).with_name("ethlicense")
    return [str(script), *ETHLICENSE] if script.exists() else [sys.executable, "-m", "ethlicense", *ETHLICENSE]


def _time_once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _summary(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    median, mean = statistics.median(ordered), statistics.fmean(ordered)
    return (
        f"{name:<12} median {median * 1000:7.1f} ms   mean {mean * 1000:7.1f} ms"
        f"   min {ordered[0] * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   (n={len(ordered)})"
    )


def main() -> int:
    """Time both commands and print a summary table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30, help="samples per command (default: 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each command first (default: 3)")
    parser.add_argument("--lice", default=shutil.which("lice"), help="path to the lice command")
    arguments = parser.parse_args()

    commands: dict[str, list[str]] = {"ethlicense": _ethlicense_command()}
    if arguments.lice:
        commands["lice"] = [arguments.lice, "mit", "-o", "Jane Doe", "-y", "2026"]
    environment_note = f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    print(f"cold start, {arguments.rounds} interleaved rounds, {environment_note}")
    for name, command in commands.items():
        print(f"  {name}: {' '.join(command)}")

    for _ in range(arguments.warmup):
        for command in commands.values():
            _time_once(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for round_number in range(arguments.rounds):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            samples[name].append(_time_once(commands[name]))
    for name in names:
        print(_summary(name, samples[name]))
    if "lice" in samples:
        ratio = statistics.median(samples["ethlicense"]) / statistics.median(samples["lice"])
        print(f"ethlicense / lice (median): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
