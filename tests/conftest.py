# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Shared fixtures, the ``--update-golden`` option and the hypothesis profiles."""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ethlicense.models import Clause, ParameterKind, ParameterValue

GOLDEN = Path(__file__).parent / "golden"

# HYPOTHESIS_PROFILE=fuzz runs the property tests that do not fix their own example count (the fuzz tests in
# tests/property/test_fuzz.py) for 20,000 examples each, fuzz-short for 2,000; the default profile keeps
# hypothesis's 100.
for _name, _examples in (("fuzz", 20_000), ("fuzz-short", 2_000)):
    settings.register_profile(
        _name, max_examples=_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
    )
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-golden``, which rewrites golden files instead of comparing with them."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")


@pytest.fixture(autouse=True)
def _no_machine_git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's git configuration (its ``user.name``, a default holder) out of every test."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are being regenerated."""
    return bool(request.config.getoption("--update-golden"))


def sample_arguments(clause: Clause) -> dict[str, ParameterValue]:
    """Return values for every parameter of *clause*: samples for required ones, defaults otherwise."""
    samples: dict[ParameterKind, ParameterValue] = {
        ParameterKind.STRING: "to keep the work out of harmful uses",
        ParameterKind.TEXT: "A sample explanation.\nIt has two lines.",
        ParameterKind.STRING_LIST: ("Example Corporation", "Sample Holdings Ltd."),
        ParameterKind.DATE: datetime.date(2026, 1, 1),
        ParameterKind.BOOLEAN: True,
    }
    return {parameter.name: samples[parameter.kind] for parameter in clause.parameters if parameter.required}


def compare_golden(name: str, actual: str, *, update: bool) -> None:
    """Compare *actual* byte for byte with ``tests/golden/<name>``, or rewrite it when updating."""
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"missing golden file {path}; run pytest --update-golden"
    assert path.read_bytes().decode("utf-8") == actual, f"{name} differs from its golden file"


def reuse_command() -> list[str]:
    """Return the command that runs the ``reuse`` tool installed beside this Python."""
    script = Path(sys.executable).with_name("reuse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reuse"]
