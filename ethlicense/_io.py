# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reading input files within limits, and writing output files atomically, never clobbering without permission.

Every file ethlicense reads for itself (configuration, clause files, the build record) goes through
:func:`read_regular_file`: a FIFO, a device or a socket is refused rather than read (a FIFO would block, a
device such as ``/dev/zero`` never ends), and so is a file larger than a limit.

A write goes in two steps: :func:`stage_file` puts the new content into a temporary file in the target's
folder and flushes it to disk; :func:`commit_staged` renames it over the target. Renaming within a folder
is atomic, so a reader, a crash or a kill sees the old file or the new one, never a mixture. Staging every
file of a build before committing any of them lets a build fail before it changes anything.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ethlicense._input import NotRegularFileError, TooLargeError, read_capped, special_file_kind
from ethlicense.errors import EthLicenseError, OutputExistsError

#: The largest configuration, clause file or build record read (1 MiB; real ones are a few kilobytes).
MAX_INPUT_BYTES = 1 << 20


def file_kind(mode: int) -> str:
    """Return what a file of this ``st_mode`` is, in words (``"a FIFO (named pipe)"``, ``"a regular file"``)."""
    return special_file_kind(mode) or "a regular file"


def read_regular_file(path: str | Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Return the bytes of the regular file at *path* (symbolic links followed), reading at most *limit*.

    The file is opened without blocking and checked before anything is read, so a FIFO or a device is
    refused at once instead of hanging or reading without end (:func:`ethlicense._input.read_capped`).

    Raises:
        FileNotFoundError: There is no such file.
        IsADirectoryError: *path* is a folder.
        OSError: It is not a regular file, is larger than *limit*, or cannot be read; the message says which.
        ValueError: *path* has a character the operating system cannot take (a NUL).
    """
    try:
        return read_capped(Path(path), limit)
    except NotRegularFileError as error:
        if error.kind == "a folder":
            raise IsADirectoryError(21, "is a folder") from None
        msg = f"is {error.kind}, not a regular file"
        raise OSError(msg) from None
    except TooLargeError:
        msg = f"is larger than {limit:,} bytes"
        raise OSError(msg) from None


def check_replaceable(target: Path) -> None:
    """Refuse to write over anything at *target* but a regular file (a missing path is fine).

    The check does not follow a symbolic link at *target*: a link is refused too, dangling or not, because a
    rename would replace the link rather than write to what it names.

    Raises:
        EthLicenseError: *target* is a folder, a symbolic link, a FIFO, a device or a socket.
    """
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _cannot_write(target, error) from None
    if stat.S_ISLNK(mode):
        msg = f"{str(target)!r} is a symbolic link; name the file it points to instead"
        raise EthLicenseError(msg)
    if not stat.S_ISREG(mode):
        msg = f"{str(target)!r} is {file_kind(mode)}; only a regular file is replaced"
        raise EthLicenseError(msg)


#: How :func:`stage_file` names a temporary file: ``.<target name>.ethlicense-<8 random characters>.tmp``.
_TEMPORARY_MARK = ".ethlicense-"
_TEMPORARY_SUFFIX = ".tmp"
_RANDOM_PART = re.compile(r"[a-z0-9_]{8}")


def remove_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files that a killed writer of *target* left beside it, and return them.

    Only regular files named exactly as :func:`stage_file` names a temporary file for *target* are removed;
    symbolic links and anything else are left alone, and nothing is followed into another folder. The
    caller must make sure that no other process is writing *target* (``build`` holds the project lock) and
    that *target*'s folder is where it should be (``build`` checks that it is inside the project).
    """
    prefix = f".{target.name}{_TEMPORARY_MARK}"
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:  # no folder yet, or an unreadable one: nothing to clean
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_TEMPORARY_SUFFIX)):
            continue
        if not _RANDOM_PART.fullmatch(name[len(prefix) : -len(_TEMPORARY_SUFFIX)]):
            continue
        if entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)  # noqa: PTH108 - a DirEntry's path
                removed.append(Path(entry.path))
    return removed


@dataclass(frozen=True)
class StagedFile:
    """New content waiting in a temporary file beside its target."""

    target: Path
    temporary: Path


def _cannot_write(target: Path, error: OSError) -> EthLicenseError:
    return EthLicenseError(f"cannot write {str(target)!r}: {error.strerror or error}")


def stage_file(path: str | Path, text: str) -> StagedFile:
    """Write *text* (UTF-8) to a temporary file beside *path*, flushed to disk, and return it.

    The temporary file gets the target's permissions when the target exists, else the usual ones for a new
    file (``0o666`` less the umask). Nothing is renamed: call :func:`commit_staged` or :func:`discard_staged`.

    Raises:
        EthLicenseError: The target is not a regular file (a folder, a symbolic link, a FIFO, a device), or the
            file cannot be written (the message says why).
    """
    target = Path(path)
    check_replaceable(target)
    descriptor, temporary = -1, ""
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}{_TEMPORARY_MARK}", suffix=_TEMPORARY_SUFFIX, dir=target.parent
        )
        with os.fdopen(descriptor, "wb") as handle:
            descriptor = -1
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o7777)  # noqa: PTH101 - on a str path
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # noqa: PTH101 - on a str path
        staged = StagedFile(target, Path(temporary))
        temporary = ""
    except OSError as error:
        raise _cannot_write(target, error) from None
    finally:
        if descriptor >= 0:
            os.close(descriptor)
        if temporary:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
    return staged


def commit_staged(staged: StagedFile) -> None:
    """Rename a staged file over its target (atomic within a folder).

    Raises:
        EthLicenseError: The rename failed; the temporary file is removed and the target left as it was.
    """
    try:
        staged.temporary.replace(staged.target)
    except OSError as error:
        discard_staged(staged)
        raise _cannot_write(staged.target, error) from None


def discard_staged(staged: StagedFile) -> None:
    """Remove a staged file that will not be committed (missing files are fine)."""
    with contextlib.suppress(OSError):
        staged.temporary.unlink()


def sync_directory(folder: str | Path) -> None:
    """Flush a folder's entries to disk, so renames in it survive a power cut (best effort, POSIX only)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write *text* (UTF-8, LF) to *path* atomically and return the path.

    The text goes to a temporary file in the same folder, is flushed to disk and then renamed over the
    target, so a reader (or a crash) sees either the old file or the new one, never a mixture.

    Raises:
        OutputExistsError: *path* exists and *force* is false.
        EthLicenseError: *path* is empty or not a regular file (with or without *force*: a folder, a symbolic
            link, a FIFO, a device), or the file cannot be written (the message says why).
    """
    target = Path(path)
    if not str(path):
        msg = "the output path is empty; name a file (or '-' for standard output, where a command offers it)"
        raise EthLicenseError(msg)
    check_replaceable(target)
    if target.exists() and not force:
        raise OutputExistsError(str(target))
    commit_staged(stage_file(target, text))
    return target
