# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Atomic writes that never clobber without permission."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethlicense._io import write_atomic
from ethlicense.errors import EthLicenseError, OutputExistsError


def test_write_creates_the_file(tmp_path: Path) -> None:
    """A new file gets the text, UTF-8 encoded, and no temporary file is left behind."""
    target = write_atomic(tmp_path / "LICENSE", "Copyright \u00a9 A\n")
    assert target.read_bytes() == "Copyright \u00a9 A\n".encode()
    assert [path.name for path in tmp_path.iterdir()] == ["LICENSE"]


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    """An existing file is refused without force and left untouched."""
    target = tmp_path / "LICENSE"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(OutputExistsError) as caught:
        write_atomic(target, "new\n")
    assert isinstance(caught.value, FileExistsError)
    assert target.read_text(encoding="utf-8") == "old\n"
    write_atomic(target, "new\n", force=True)
    assert target.read_text(encoding="utf-8") == "new\n"


def test_missing_folder_is_a_readable_error(tmp_path: Path) -> None:
    """Writing into a folder that does not exist fails with a message, not a traceback."""
    with pytest.raises(EthLicenseError, match="cannot write"):
        write_atomic(tmp_path / "absent" / "LICENSE", "x\n")


def test_directory_target_is_refused(tmp_path: Path) -> None:
    """A directory is never replaced by a file."""
    with pytest.raises(EthLicenseError, match="directory"):
        write_atomic(tmp_path, "x\n", force=True)
