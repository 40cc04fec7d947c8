# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The project folder as ``build`` and ``verify`` touch it: paths that stay inside it, and its lock.

Every file that ``build`` writes, deletes or reads for its record is named relative to the project folder
and goes through :func:`contained`, which resolves symbolic links and refuses a path that ends up outside
the folder (an output ``sub/LICENSE`` where ``sub`` links to a folder elsewhere; a ``LICENSES`` folder that
is a link). Absolute paths and ``..`` are refused before anything is resolved.

:func:`project_lock` serialises builds of one project: ``build`` holds an exclusive lock on the project
folder while it reads the record, plans and writes; ``verify`` and ``build --dry-run`` hold a shared one, so
they never see a build half-way. A second build waits for the first (up to :data:`LOCK_TIMEOUT` seconds)
and then fails with :class:`~ethlicense.errors.ProjectBusyError`. The lock is an operating-system lock
(``flock`` on the folder itself, POSIX), so it needs no lock file, and it ends with the process that held
it, however that process ends. Where ``flock`` is missing (Windows) or the file system refuses it, builds
are not serialised.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ethlicense.errors import OutsideProjectError, ProjectBusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_TIMEOUT", "contained", "project_lock"]

LOCK_TIMEOUT = 60.0
"""Seconds a build waits for another build of the same project to finish before it gives up."""
_POLL_SECONDS = 0.05
_DRIVE = re.compile(r"^[A-Za-z]:")


def contained(root: Path, relative: str) -> Path:
    """Return ``root / relative`` after checking that it stays inside *root*, symbolic links resolved.

    >>> contained(Path("."), "docs/LICENSE").as_posix()
    'docs/LICENSE'

    Args:
        root: The project folder.
        relative: A path relative to it, with ``/`` between folders.

    Raises:
        OutsideProjectError: *relative* is absolute, has ``..``, or leads outside *root* through a symbolic
            link (in a folder or in the file's own name).
    """
    pure = PurePosixPath(relative)
    if not relative or pure.is_absolute() or _DRIVE.match(relative) or "\\" in relative or ".." in pure.parts:
        raise OutsideProjectError(relative, "give a path relative to the project folder, without '..'")
    real_root = root.resolve()
    real = (real_root / relative).resolve()
    if not real.is_relative_to(real_root):
        raise OutsideProjectError(relative, f"a symbolic link leads it to {str(real)!r}, outside {str(real_root)!r}")
    return root / relative


@contextlib.contextmanager
def project_lock(root: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold the lock of the project folder *root* while the ``with`` block runs.

    Args:
        root: The project folder.
        shared: Take a shared lock (for reading: ``verify``, a dry run) instead of an exclusive one.

    Raises:
        ProjectBusyError: Another process held the lock for :data:`LOCK_TIMEOUT` seconds.
    """
    descriptor = _open_folder(root)
    if descriptor is None:
        yield
        return
    try:
        _acquire(descriptor, root, shared=shared)
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


def _open_folder(root: Path) -> int | None:
    if fcntl is None:  # pragma: no cover - Windows
        return None
    try:
        return os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # the folder cannot be opened; the read or write that follows says why
        return None


def _acquire(descriptor: int, root: Path, *, shared: bool) -> None:
    operation = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            fcntl.flock(descriptor, operation)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise ProjectBusyError(str(root), LOCK_TIMEOUT) from None
            time.sleep(_POLL_SECONDS)
        except OSError as error:
            if error.errno in {errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL}:
                return  # a file system without locks: carry on unserialised, as documented
            raise
        else:
            return
