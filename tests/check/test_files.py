# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reading license files for check through the library: special files and over-size files are findings."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import ethlicense
from ethlicense.check import MAX_FILE_BYTES, CheckResult, FindingKind


def test_check_file_on_a_fifo_returns_a_finding_without_opening_it(tmp_path: Path) -> None:
    """ethlicense.check_file on a FIFO gives a skipped result at once, instead of waiting for a writer."""
    fifo = tmp_path / "LICENSE"
    os.mkfifo(fifo)
    results: list[CheckResult] = []
    thread = threading.Thread(target=lambda: results.append(ethlicense.check_file(fifo)), daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("check_file hung on a FIFO")
    (result,) = results
    assert result.skipped
    assert [(item.kind, item.message) for item in result.findings] == [
        (FindingKind.UNREADABLE, "skipped without opening it: it is a FIFO (named pipe), not a file")
    ]


def test_check_file_on_a_device_and_an_over_size_file(tmp_path: Path) -> None:
    """/dev/zero is refused by type; a sparse file one byte over the cap is too large, and not read."""
    zero = ethlicense.check_file("/dev/zero")
    assert zero.skipped
    assert "character device" in zero.findings[0].message
    big = tmp_path / "LICENSE"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    result = ethlicense.check_file(big)
    assert result.skipped
    assert result.findings[0].kind is FindingKind.TOO_LARGE


def test_check_file_still_raises_for_a_missing_path(tmp_path: Path) -> None:
    """A path that does not exist is an error of the caller, not a finding."""
    with pytest.raises(ethlicense.LicenseFileError, match="cannot be read"):
        ethlicense.check_file(tmp_path / "missing")
