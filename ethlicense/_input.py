# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reading input files safely: regular files only, never more than a cap.

A FIFO, a device or a socket is never opened (opening a FIFO waits for a writer; reading ``/dev/zero`` never
ends), and a regular file is read up to a cap: one byte more than the cap tells an over-size file from one of
exactly the cap. The type is checked with ``stat`` before opening, then again on the open descriptor, which is
opened without blocking, so a file swapped for a FIFO in between cannot hang the reader either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["NotRegularFileError", "TooLargeError", "read_capped", "read_head", "special_file_kind"]

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def special_file_kind(mode: int) -> str | None:
    """Return what a file of *mode* is in words when it is not a regular file (``"a FIFO (named pipe)"``)."""
    if stat.S_ISREG(mode):
        return None
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not a regular file"


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder; it was not opened.

    Attributes:
        path: The path.
        kind: What it is, in words (``"a FIFO (named pipe)"``).
    """

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.path = path
        self.kind = kind


class TooLargeError(OSError):
    """The file is larger than the cap; at most the cap and one byte were read.

    Attributes:
        path: The path.
        size: Its size as far as known (at least ``limit + 1``).
        limit: The cap.
    """

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes ({size} bytes)")
        self.path = path
        self.size = size
        self.limit = limit


def read_capped(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file *path*, which must hold at most *limit* bytes.

    Raises:
        NotRegularFileError: *path* is not a regular file (it is not opened).
        TooLargeError: *path* holds more than *limit* bytes (at most ``limit + 1`` are read).
        OSError: *path* cannot be read.
    """
    kind = special_file_kind(path.stat().st_mode)
    if kind is not None:
        raise NotRegularFileError(path, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        kind = special_file_kind(status.st_mode)
        if kind is not None:
            raise NotRegularFileError(path, kind)
        if status.st_size > limit:
            raise TooLargeError(path, status.st_size, limit)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(path, max(len(data), status.st_size), limit)
    return data


def read_head(path: Path, limit: int) -> bytes:
    """Return at most the first *limit* bytes of the regular file *path* (for headers at the top of a file).

    Raises:
        NotRegularFileError: *path* is not a regular file (it is not opened).
        OSError: *path* cannot be read.
    """
    try:
        return read_capped(path, limit)
    except TooLargeError:
        pass
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        kind = special_file_kind(os.fstat(descriptor).st_mode)
        if kind is not None:
            raise NotRegularFileError(path, kind)
        return stream.read(limit)
