# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Cold start: a fresh ``ethlicense render`` process against the floor of its own libraries (and ``lice``).

The commands run interleaved in one run, each round starting with the next one (A, B, C, then B, C, A, ...),
so drifts in machine load hit all alike. Each sample is the wall-clock time of one child process, from spawn
to exit, with output sent to ``/dev/null``.

Usage::

    python benchmarks/bench_cold_start.py --rounds 100
    python benchmarks/bench_cold_start.py --lice /path/to/venv/bin/lice --rounds 100

The floor, ``libraries``, only does what ``ethlicense render`` cannot start without: it imports ``click``
(the command line) and ``jinja2.sandbox`` (the templates), defines one pydantic model with one field and
validates one instance of it (the models), and exits. It switches off pydantic's plugin discovery as
``ethlicense``'s own entry point does, so the floor is not charged for work that ethlicense skips. Any
``render`` built on those three libraries takes at least this long; ``--no-floor`` leaves it out.

The figure that counts is ``ethlicense / libraries``, the ratio of the medians of the wall-clock times
(target: at most 1.20). The ratio of the minimums and the median of the ratios within each round are
printed beside it: on a machine shared with other work, noise only ever adds time, so the minimums show
the two commands' own costs, while the per-round ratios cancel drifts in load between rounds. The same
three ratios are printed for the CPU time (user + system) of each child process, which a busy machine
inflates far less than the wall-clock time, since waiting for a CPU is not counted. Runs whose figures
disagree widely were disturbed and are worth repeating.

``lice`` (``pip install lice``, best in a separate virtual environment) is a bare-license generator; it is
timed only when found or given with ``--lice``.

Child processes run with the caller's environment minus ``PYTHONDONTWRITEBYTECODE``, so that Python
caches bytecode as it does for an installed package (pip compiles it at install time); the untimed
warm-up runs write that cache.
"""

from __future__ import annotations

import argparse
import os
import resource
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
#: pydantic's plugin loader), with plugin discovery off as in ``ethlicense.cli.main``. Timing this alone gives
#: the floor of its cold start.
FLOOR = (
    "import os\nos.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')\n"
    "import click, jinja2.sandbox\nfrom pydantic import BaseModel\n"
    "class Model(BaseModel):\n    name: str\nModel(name='MIT')\n"
)

#: The most ``ethlicense render`` may take, as a multiple of the floor.
TARGET = 1.20


def _ethlicense_command() -> list[str]:
    script = Path(sys.executable).with_name("ethlicense")
    return [str(script), *ETHLICENSE] if script.exists() else [sys.executable, "-m", "ethlicense", *ETHLICENSE]


def _child_environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_once(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Run *command* once; return its wall-clock time and the CPU time (user + system) it used."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=environment)
    return time.perf_counter() - start, _cpu_of_children() - cpu


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
    parser.add_argument("--rounds", type=int, default=100, help="samples per command (default: 100)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of each command first (default: 3)")
    parser.add_argument("--lice", default=shutil.which("lice"), help="path to the lice command")
    parser.add_argument("--no-floor", action="store_true", help="do not time the libraries-only import")
    return parser.parse_args()


def _interleaved(
    commands: dict[str, list[str]], rounds: int, warmup: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Return the wall-clock and the CPU samples of each command."""
    environment = _child_environment()
    for _ in range(warmup):
        for command in commands.values():
            _time_once(command, environment)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            elapsed, used = _time_once(commands[name], environment)
            wall[name].append(elapsed)
            cpu[name].append(used)
    return wall, cpu


def _against_floor(ethlicense: list[float], floor: list[float]) -> list[str]:
    medians = statistics.median(ethlicense) / statistics.median(floor)
    minimums = min(ethlicense) / min(floor)
    per_round = statistics.median(mine / least for mine, least in zip(ethlicense, floor, strict=True))
    verdict = "met" if medians <= TARGET else "not met"
    above_median = (statistics.median(ethlicense) - statistics.median(floor)) * 1000
    above_minimum = (min(ethlicense) - min(floor)) * 1000
    return [
        f"ethlicense / libraries: {medians:.2f} (medians; target {TARGET:.2f}: {verdict})",
        f"ethlicense / libraries: {minimums:.2f} (minimums), {per_round:.2f} (median of the per-round ratios)",
        f"ethlicense above the floor: {above_median:.1f} ms (medians), {above_minimum:.1f} ms (minimums)",
    ]


def _report(samples: dict[str, list[float]]) -> None:
    for name, values in samples.items():
        print(_summary(name, values))
    if "libraries" in samples:
        print("\n".join(_against_floor(samples["ethlicense"], samples["libraries"])))


def main() -> int:
    """Time the commands interleaved and print a summary of each, with the ratios to the floor and to lice."""
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
    samples, cpu = _interleaved(commands, arguments.rounds, arguments.warmup)
    print("wall-clock time:")
    _report(samples)
    print("CPU time (user + system) of the same runs, which waiting for a busy CPU does not inflate:")
    _report(cpu)
    if "lice" in samples:
        lice = statistics.median(samples["lice"])
        for name in ("ethlicense", "libraries"):
            if name in samples:
                print(f"{name} / lice (median): {statistics.median(samples[name]) / lice:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
