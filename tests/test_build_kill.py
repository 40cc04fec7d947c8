# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Killing `ethlicense build` at random moments never leaves a truncated or mixed output file."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ethlicense.build import build_project, plan_build, verify_project

ITERATIONS = 20
TIME_BUDGET = 25.0  # seconds; the loop stops early rather than slow the suite down
SEED = 20180828

CONFIG = """\
[license]
base = "MIT"
holders = ["{holder}"]
year = 2026

[[clauses]]
id = "named-organizations"
organizations = ["Example Corporation", "Sample Holdings Ltd."]

[outputs]
include = ["reuse", "spdx"]

[spdx]
package_name = "demo"

[provenance]
git = false
"""

pytestmark = [
    pytest.mark.subprocess,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]


def _command() -> list[str]:
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "ethlicense"]


def _expected(config: Path) -> dict[str, bytes]:
    """Return every output's complete content for the configuration as it is now."""
    return {item.path: item.text.encode("utf-8") for item in plan_build(config, environ={}).files}


def _start_build(folder: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ}
    environment.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.Popen(
        [*_command(), "build", "--quiet"],
        cwd=folder,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_killed_build_leaves_old_or_new_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After SIGKILL at a random moment each output is wholly old or wholly new, and the next build recovers."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config = tmp_path / "ethlicense.toml"
    texts = [CONFIG.format(holder="Old Holder"), CONFIG.format(holder="New Holder")]
    contents = []
    for text in texts:
        config.write_text(text, encoding="utf-8")
        contents.append(_expected(config))
    assert contents[0].keys() == contents[1].keys()
    assert all(contents[0][path] != contents[1][path] for path in contents[0])

    # Start from a complete build of the first configuration, and time one real build of the second.
    config.write_text(texts[0], encoding="utf-8")
    build_project(config, environ={})
    config.write_text(texts[1], encoding="utf-8")
    started = time.monotonic()
    assert _start_build(tmp_path).wait(timeout=60) == 0
    duration = time.monotonic() - started
    current = 1

    rng = random.Random(SEED)  # noqa: S311 - reproducible timing, not cryptography
    earliest, latest = 0.3 * duration, 1.2 * duration
    deadline = time.monotonic() + TIME_BUDGET
    outcomes = {"old": 0, "new": 0, "mixed": 0}
    for _ in range(ITERATIONS):
        if time.monotonic() > deadline:
            break
        old, new = contents[current], contents[1 - current]
        config.write_text(texts[1 - current], encoding="utf-8")
        process = _start_build(tmp_path)
        delay = rng.uniform(earliest, latest)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)

        states = set()
        for path in old:
            found = (tmp_path / path).read_bytes()
            assert found in {old[path], new[path]}, f"{path} is neither the old nor the new content"
            states.add("old" if found == old[path] else "new")
        record = json.loads((tmp_path / ".ethlicense.lock").read_text(encoding="utf-8"))
        assert record["format"] == 1
        outcome = "mixed" if len(states) == 2 else states.pop()
        outcomes[outcome] += 1
        # Narrow the delays towards the moment the files are renamed (most of a run is start-up), so
        # that more kills land while the build writes; keep some spread for the timing noise.
        if outcome == "old":
            earliest = min(delay, latest * 0.95)
        elif outcome == "new":
            latest = max(delay, earliest * 1.05)

        # The next build finishes the job without --force and cleans up what the killed one left behind.
        build_project(config, environ={})
        assert verify_project(config, environ={}).ok
        assert not [path.name for path in tmp_path.rglob("*.tmp")]
        current = 1 - current

    assert sum(outcomes.values()) >= ITERATIONS // 2, outcomes
