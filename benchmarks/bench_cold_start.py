# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Cold start: a fresh ``ethlicense render`` process against ``lice`` printing a bare MIT license.

The commands run interleaved in one run, each round starting with the next one (A, B, C, then B, C, A, ...),
so drifts in machine load hit all alike. Each sample is the wall-clock time of one child process, from spawn
to exit, with output sent to ``/dev/null``.

Usage::

    python benchmarks/bench_cold_start.py --lice /path/to/venv/bin/lice --rounds 40

``lice`` comes from PyPI (``pip install lice``, best in a separate virtual environment). Without it, only
ethlicense is timed.

A third command, ``libraries``, only does what ``ethlicense render`` cannot start without: it imports
``click`` (the command line) and ``jinja2.sandbox`` (the templates), defines one pydantic model with one
field and validates one instance of it (the models), and exits. It is the floor for any ``render`` built
on those three libraries; ``--no-floor`` leaves it out.
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


#: What the ``render`` path cannot do without: the three libraries, one pydantic model defined (which imports
#: ``pydantic.fields``) and validated once (which builds its schema and imports ``importlib.metadata`` for
#: pydantic's plugin loader). Timing this alone gives the floor of its cold start.
FLOOR = (
    "import click, jinja2.sandbox\nfrom pydantic import BaseModel\n"
    "class Model(BaseModel):\n    name: str\nModel(name='MIT')\n"
)


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


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30, help="samples per command (default: 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each command first (default: 3)")
    parser.add_argument("--lice", default=shutil.which("lice"), help="path to the lice command")
    parser.add_argument("--no-floor", action="store_true", help="do not time the libraries-only import")
    return parser.parse_args()


def _interleaved(commands: dict[str, list[str]], rounds: int, warmup: int) -> dict[str, list[float]]:
    for _ in range(warmup):
        for command in commands.values():
            _time_once(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_time_once(commands[name]))
    return samples


def main() -> int:
    """Time the commands interleaved and print a summary of each, with the ratios to lice."""
    arguments = _arguments()
    commands: dict[str, list[str]] = {"ethlicense": _ethlicense_command()}
    if arguments.lice:
        commands["lice"] = [arguments.lice, "mit", "-o", "Jane Doe", "-y", "2026"]
    if not arguments.no_floor:
        commands["libraries"] = [sys.executable, "-c", FLOOR]
    environment_note = f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    print(f"cold start, {arguments.rounds} interleaved rounds, {environment_note}")
    for name, command in commands.items():
        print(f"  {name}: {' '.join(command)!r}")
    samples = _interleaved(commands, arguments.rounds, arguments.warmup)
    for name, values in samples.items():
        print(_summary(name, values))
    if "lice" in samples:
        lice = statistics.median(samples["lice"])
        for name in ("ethlicense", "libraries"):
            if name in samples:
                print(f"{name} / lice (median): {statistics.median(samples[name]) / lice:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
