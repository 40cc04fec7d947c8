# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Writing output files atomically, never clobbering without permission."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ethlicense.errors import EthLicenseError, OutputExistsError


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
    if target.is_dir():
        msg = f"{str(target)!r} is a directory"
        raise EthLicenseError(msg)
    folder = target.parent
    descriptor, temporary = -1, ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
        Path(temporary).replace(target)
        temporary = ""
    except OSError as error:
        msg = f"cannot write {str(target)!r}: {error.strerror or error}"
        raise EthLicenseError(msg) from None
    finally:
        if descriptor >= 0:
            os.close(descriptor)
        if temporary:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
    return target
