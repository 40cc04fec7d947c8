# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense consent`: whose consent a change of license needs, from the git history."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli_helpers import run, run_process


def test_consent_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`consent` prints names, JSON on request, and writes a file only once without --force."""
    monkeypatch.chdir(tmp_path)
    assert run("consent")[0] == 2
    (tmp_path / "ethlicense.toml").write_text('[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n')
    code, out, _ = run("consent")
    assert code == 0
    assert out.startswith("# Consent to relicense under MIT License\n")
    (tmp_path / "ethlicense.toml").write_text(
        '[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n[provenance]\ngit = false\n'
    )
    code, out, _ = run("consent", "--format", "json")
    assert code == 0
    assert '"contributors": null' in out
    assert '"reason": "switched off with `[provenance] git = false`"' in out
    assert run("consent", "-o", "CONSENT.md")[0] == 0
    assert run("consent", "-o", "CONSENT.md")[0] == 2
    assert (tmp_path / "CONSENT.md").read_text(encoding="utf-8").startswith("# Consent to relicense")


@pytest.mark.subprocess
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_real_consent(tmp_path: Path) -> None:
    """`ethlicense consent --emails` in a child process lists the author of each commit once."""
    (tmp_path / "ethlicense.toml").write_text('[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n')
    git = ["git", "-C", str(tmp_path), "-c", "user.name=Jane Doe", "-c", "user.email=jane@example.org"]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=60)  # noqa: S607 - git from PATH
    subprocess.run([*git, "add", "ethlicense.toml"], check=True, timeout=60)
    for message in ("first", "second"):
        subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", message], check=True, timeout=60)
    result = run_process("consent", "--emails", folder=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("1 person.\n\n- Jane Doe \\<jane@example.org\\>\n")
