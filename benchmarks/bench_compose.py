# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Warm: composing and rendering a composite license inside a running process.

The first call (which loads the catalog and compiles templates) is reported apart; the figure that matters is
the time per call once the process is warm.

Usage::

    python benchmarks/bench_compose.py --calls 2000
"""

from __future__ import annotations

import argparse
import statistics
import time

import ethlicense


def _compose_once() -> str:
    rendered = ethlicense.compose(
        "MIT",
        clauses=[
            "military",
            ethlicense.clause("named-organizations", organizations=["Example Corporation", "Sample Holdings Ltd."]),
        ],
        holders=["Jane Doe"],
        year=2026,
    )
    return rendered.text


def main() -> int:
    """Time the first call and then many warm calls; print per-call figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000, help="warm calls to time (default: 2000)")
    parser.add_argument("--batches", type=int, default=20, help="batches the calls are split into (default: 20)")
    arguments = parser.parse_args()

    start = time.perf_counter()
    first = _compose_once()
    first_call = time.perf_counter() - start

    per_batch = max(1, arguments.calls // arguments.batches)
    per_call: list[float] = []
    for _ in range(arguments.batches):
        start = time.perf_counter()
        for _ in range(per_batch):
            text = _compose_once()
        per_call.append((time.perf_counter() - start) / per_batch)
        if text != first:
            message = "rendering is not deterministic"
            raise SystemExit(message)
    print(f"first call (loads catalog, compiles templates): {first_call * 1000:.2f} ms")
    print(
        f"warm compose+render, MIT + military + named-organizations: median {statistics.median(per_call) * 1000:.3f} ms"
        f" per call, best batch {min(per_call) * 1000:.3f} ms ({per_batch * arguments.batches} calls)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
