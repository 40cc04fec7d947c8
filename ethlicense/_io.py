# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Writing output files atomically, never clobbering without permission.

A write goes in two steps: :func:`stage_file` puts the new content into a temporary file in the target's
folder and flushes it to disk; :func:`commit_staged` renames it over the target. Renaming within a folder
is atomic, so a reader, a crash or a kill sees the old file or the new one, never a mixture. Staging every
file of a build before committing any of them lets a build fail before it changes anything.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ethlicense.errors import EthLicenseError, OutputExistsError


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
        EthLicenseError: The target is a directory, or the file cannot be written (the message says why).
    """
    target = Path(path)
    if target.is_dir():
        msg = f"{str(target)!r} is a directory"
        raise EthLicenseError(msg)
    descriptor, temporary = -1, ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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
        EthLicenseError: The file cannot be written (the message says why).
    """
    target = Path(path)
    if target.exists() and not force:
        raise OutputExistsError(str(target))
    commit_staged(stage_file(target, text))
    return target
