# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`ethlicense verify`: its exit codes and advice, and the pre-commit hook that runs it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_helpers import make_project, run, run_process

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an ethlicense.toml, made the current folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return make_project(tmp_path)


def test_verify_exit_codes(project: Path) -> None:
    """verify: 0 when the outputs match, 1 with a diff after a hand edit, 0 again after a forced build."""
    assert run("build", "-q")[0] == 0
    assert run("verify") == (0, "ethlicense.toml: all 2 outputs match\n", "")
    assert run("verify", "-q") == (0, "", "")
    license_file = project / "LICENSE"
    license_file.write_text(license_file.read_text(encoding="utf-8").replace("Jane Doe", "Somebody"), encoding="utf-8")
    code, out, err = run("verify")
    assert code == 1
    assert out.startswith("--- LICENSE (on disk)\n+++ LICENSE (from ethlicense.toml)\n@@ ")
    assert "-Copyright (c) 2026 Somebody\n+Copyright (c) 2026 Jane Doe\n" in out
    assert err == (
        "1 of 2 outputs does not match ethlicense.toml: LICENSE (differs); "
        "run `ethlicense build --force` to update it\n"
    )
    assert run("build", "-q")[0] == 2  # the advice is needed: a plain build refuses the hand-edited file
    (project / "PROVENANCE.md").unlink()
    code, out, _ = run("verify")
    assert code == 1
    assert "PROVENANCE.md: missing\n" in out
    assert run("build", "--force", "-q")[0] == 0
    assert run("verify", "-q")[0] == 0


def test_pre_commit_hook_definition() -> None:
    """The shipped pre-commit hook runs `ethlicense verify` on configuration and output changes."""
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "ethlicense-verify"
    assert hook["entry"] == "ethlicense verify"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    for path in (
        "ethlicense.toml",
        "pkg/pyproject.toml",
        "LICENSE",
        "PROVENANCE.md",
        "LICENSES/x.txt",
        ".ethlicense.lock",
        "package.json",
        "Cargo.toml",
        "README.md",
    ):
        assert pattern.search(path), path
    for path in ("src/app.py", "docs/LICENSE.md", "docs/README.markdown"):
        assert not pattern.search(path), path


@pytest.mark.subprocess
def test_real_verify(tmp_path: Path) -> None:
    """`ethlicense verify` in a child process: exit 0, then 1 after an edit, 2 on a broken configuration."""
    make_project(tmp_path)
    assert run_process("build", folder=tmp_path).returncode == 0
    assert run_process("verify", folder=tmp_path).returncode == 0
    with (tmp_path / "LICENSE").open("a", encoding="utf-8") as handle:
        handle.write("edited\n")
    drifted = run_process("verify", folder=tmp_path)
    assert drifted.returncode == 1
    assert "+++ LICENSE (from ethlicense.toml)" in drifted.stdout
    (tmp_path / "ethlicense.toml").write_text("[license]\n", encoding="utf-8")
    broken = run_process("verify", folder=tmp_path)
    assert broken.returncode == 2
    assert broken.stderr.startswith("Error: ethlicense.toml:1: license.")
    assert "Traceback" not in broken.stderr
