# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license builder's server: time to answer with a composite license, through the whole ASGI stack.

Three requests are timed in a warm process, each for MIT + military + named organizations: the page sent as
a form without JavaScript (``POST /``, which renders the license and the whole HTML page), the JSON API
(``POST /api/render``), and a download (``GET /download/ethlicense.toml``). Requests go through Starlette's
TestClient, so the figure includes routing, middleware (size limit, headers) and serialisation, but not a
network socket. The target is under 50 ms per page.

Usage::

    python benchmarks/bench_web.py --requests 400
"""

from __future__ import annotations

import argparse
import statistics
import time
import urllib.parse
from collections.abc import Callable

from fastapi.testclient import TestClient

from ethlicense.web import create_app

FORM = [
    ("base", "MIT"),
    ("holders", "Jane Doe"),
    ("year", "2026"),
    ("clause", "military"),
    ("clause", "named-organizations"),
    ("named-organizations.organizations", "Example Corporation\nSample Holdings Ltd."),
]
BODY = {
    "base": "MIT",
    "clauses": ["military", "named-organizations"],
    "arguments": {"named-organizations": {"organizations": ["Example Corporation", "Sample Holdings Ltd."]}},
    "holders": ["Jane Doe"],
    "year": 2026,
}
TARGET_MS = 50.0


def _time(call: Callable[[], int], requests: int, batches: int) -> tuple[float, float]:
    """Return the median and best per-request time of *call*, in milliseconds, over *batches* batches."""
    per_batch = max(1, requests // batches)
    samples = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(per_batch):
            status = call()
            if status != 200:
                message = f"unexpected status {status}"
                raise SystemExit(message)
        samples.append((time.perf_counter() - start) / per_batch * 1000)
    return statistics.median(samples), min(samples)


def main() -> int:
    """Time the page, the API and a download; print per-request figures and whether the page meets 50 ms."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400, help="requests of each kind to time (default: 400)")
    parser.add_argument("--batches", type=int, default=20, help="batches the requests are split into (default: 20)")
    arguments = parser.parse_args()

    client = TestClient(create_app())
    form = urllib.parse.urlencode(FORM)
    headers = {"content-type": "application/x-www-form-urlencoded"}
    query = urllib.parse.urlencode(FORM)
    calls: dict[str, Callable[[], int]] = {
        "page (POST /, server-rendered)": lambda: client.post("/", content=form, headers=headers).status_code,
        "API (POST /api/render)": lambda: client.post("/api/render", json=BODY).status_code,
        "download (GET /download/ethlicense.toml)": lambda: (
            client.get(f"/download/ethlicense.toml?{query}").status_code
        ),
    }
    start = time.perf_counter()
    for call in calls.values():
        call()
    print(f"first requests (load catalog, compile templates): {(time.perf_counter() - start) * 1000:.1f} ms")
    page_median = 0.0
    for label, call in calls.items():
        median, best = _time(call, arguments.requests, arguments.batches)
        page_median = page_median or median
        print(f"{label}: median {median:.2f} ms per request, best batch {best:.2f} ms")
    verdict = "meets" if page_median < TARGET_MS else "MISSES"
    print(f"server-rendered page of a composite: {page_median:.2f} ms, {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if page_median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
