# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""`render -o` writes only a regular file or a new path; '-' is standard output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ethlicense._io import write_atomic
from ethlicense.cli import cli
from ethlicense.errors import EthLicenseError


def _render(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["render", "MIT", "--holder", "A", "--quiet", *args])
    return result.exit_code, result.stdout, result.stderr


def _specials(tmp_path: Path) -> dict[str, Path]:
    found = {"dangling symlink": tmp_path / "dangling", "symlink to a file": tmp_path / "link"}
    found["dangling symlink"].symlink_to(tmp_path / "missing")
    (tmp_path / "file").write_text("kept\n", encoding="utf-8")
    found["symlink to a file"].symlink_to(tmp_path / "file")
    if hasattr(os, "mkfifo"):
        found["FIFO"] = tmp_path / "fifo"
        os.mkfifo(found["FIFO"])
    if Path("/dev/null").exists():
        found["device"] = Path("/dev/null")
    return found


@pytest.mark.parametrize("force", [False, True])
def test_render_refuses_what_is_not_a_regular_file(tmp_path: Path, force: bool) -> None:
    """Devices, FIFOs and symlinks (dangling or not) are refused with or without --force, and left as they were."""
    for kind, path in _specials(tmp_path).items():
        code, _, stderr = _render("-o", str(path), *(["--force"] if force else []))
        assert code == 2, kind
        assert len(stderr.strip().splitlines()) == 1, kind
        assert path.is_symlink() or not path.is_file(), kind
    assert (tmp_path / "file").read_text(encoding="utf-8") == "kept\n"
    assert not (tmp_path / "missing").exists()


def test_render_refuses_a_folder(tmp_path: Path) -> None:
    """A folder as output is refused, with or without --force."""
    for extra in ([], ["--force"]):
        code, _, _ = _render("-o", str(tmp_path), *extra)
        assert code == 2
    with pytest.raises(EthLicenseError, match="folder"):
        write_atomic(tmp_path, "x", force=True)


def test_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o -` prints the license and writes no file named '-'."""
    monkeypatch.chdir(tmp_path)
    code, stdout, _ = _render("-o", "-")
    assert code == 0
    assert stdout.startswith("MIT License")
    assert not (tmp_path / "-").exists()


def test_an_empty_output_path_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o ''` says the path is empty, not that '.' exists."""
    monkeypatch.chdir(tmp_path)
    code, _, stderr = _render("-o", "")
    assert code == 2
    assert "empty" in stderr
    assert "'.'" not in stderr


def test_a_regular_file_and_a_new_path_are_written(tmp_path: Path) -> None:
    """The ordinary cases still work: a new file, and an existing one with --force."""
    target = tmp_path / "LICENSE"
    assert _render("-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("MIT License")
    assert _render("-o", str(target))[0] == 2
    assert _render("-o", str(target), "--force")[0] == 0
