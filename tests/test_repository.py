# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""This repository's own licensing: it is REUSE-compliant and its LICENSES/ texts are the right ones."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest

from ethlicense._resources import data_dir
from ethlicense.config import load_config
from tests.conftest import reuse_command

ROOT = Path(__file__).resolve().parent.parent
LERNA_ID = load_config(ROOT / "examples" / "lerna-2018" / "ethlicense.toml").rendered.license_id

pytestmark = pytest.mark.skipif(not (ROOT / "REUSE.toml").is_file(), reason="not a source checkout")


@pytest.mark.parametrize("license_id", ["MIT", "CC-BY-3.0"])
def test_license_texts_are_the_spdx_texts(license_id: str) -> None:
    """LICENSES/MIT.txt and LICENSES/CC-BY-3.0.txt are the SPDX License List texts that ethlicense ships."""
    listed = json.loads(gzip.decompress((data_dir() / "spdx" / "licenses.json.gz").read_bytes()))
    expected = listed["licenses"][license_id]["text"].rstrip("\n") + "\n"
    assert (ROOT / "LICENSES" / f"{license_id}.txt").read_text(encoding="utf-8") == expected


def test_lerna_license_is_the_examples_own() -> None:
    """The example's license, declared by its files, is in the repository's LICENSES/ as the example built it."""
    copy = (ROOT / "LICENSES" / f"{LERNA_ID}.txt").read_bytes()
    built = ROOT / "examples" / "lerna-2018" / "LICENSES" / f"{LERNA_ID}.txt"
    assert copy == built.read_bytes(), f"the example was rebuilt: copy {built.relative_to(ROOT)} to LICENSES/"


@pytest.mark.subprocess
def test_reuse_lint_passes_on_the_repository() -> None:
    """Every file of the repository has copyright and licensing information (REUSE 3.3)."""
    result = subprocess.run(
        [*reuse_command(), "--root", str(ROOT), "lint"], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Used licenses: CC-BY-3.0, " in result.stdout
