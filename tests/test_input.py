# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reading input files: FIFOs, devices and sockets are never opened, and no file is read past its cap."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ethlicense._input import NotRegularFileError, TooLargeError, read_capped, read_head


def _without_hanging(action: Callable[[], object], unblock: Path | None = None) -> BaseException | object:
    """Run *action* in a thread; fail if it does not return within 20 s (after unblocking a FIFO reader)."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(20)
    if thread.is_alive():
        if unblock is not None:
            descriptor = os.open(unblock, os.O_WRONLY | os.O_NONBLOCK)
            os.close(descriptor)
        pytest.fail("reading hung")
    return outcome[0]


@pytest.fixture
def short_folder() -> Iterator[Path]:
    """A folder with a short path (a socket's path must fit in about 100 bytes)."""
    with tempfile.TemporaryDirectory(prefix="el") as folder:
        yield Path(folder)


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer; read_capped refuses it before that."""
    fifo = tmp_path / "LICENSE"
    os.mkfifo(fifo)
    for read in (read_capped, read_head):
        outcome = _without_hanging(lambda read=read: read(fifo, 100), unblock=fifo)  # type: ignore[misc]
        assert isinstance(outcome, NotRegularFileError)
        assert outcome.kind == "a FIFO (named pipe)"


@pytest.mark.parametrize(("device", "kind"), [("/dev/zero", "a character device"), ("/dev/null", "a character device")])
def test_devices_are_refused(device: str, kind: str) -> None:
    """/dev/zero would never end; devices are refused by type."""
    if not Path(device).exists():
        pytest.skip(f"{device} is missing")
    outcome = _without_hanging(lambda: read_capped(Path(device), 100))
    assert isinstance(outcome, NotRegularFileError)
    assert outcome.kind == kind


def test_a_socket_and_a_folder_are_refused(short_folder: Path) -> None:
    """A Unix socket and a folder are not regular files either."""
    path = short_folder / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(NotRegularFileError, match="socket"):
            read_capped(path, 100)
    with pytest.raises(NotRegularFileError, match="folder"):
        read_capped(short_folder, 100)


def test_the_cap_is_exact(tmp_path: Path) -> None:
    """A file of exactly the cap is read; one byte more is refused; read_head returns the first bytes instead."""
    path = tmp_path / "LICENSE"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100) == b"x" * 100
    with pytest.raises(TooLargeError) as caught:
        read_capped(path, 99)
    assert (caught.value.size, caught.value.limit) == (100, 99)
    assert read_head(path, 10) == b"x" * 10


def test_a_symlink_loop_is_an_os_error(tmp_path: Path) -> None:
    """A link to itself cannot be read; the error is an OSError the callers turn into a finding."""
    loop = tmp_path / "LICENSE"
    loop.symlink_to(loop)
    with pytest.raises(OSError, match="symbolic links"):
        read_capped(loop, 100)
