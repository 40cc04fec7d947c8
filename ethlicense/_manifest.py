# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The build record, ``.ethlicense.lock``: what ``ethlicense build`` wrote, so it can tell its own files.

The record is a small JSON file in the project folder that maps each file ``build`` wrote (its path
relative to the project folder) to the output it is and the SHA-256 of the content written. ``build``
overwrites a file only when its current content hashes to a recorded value, or already equals what it is
about to write; anything else was written by someone else, or edited by hand since, and needs ``--force``.

A file may carry more than one accepted hash for a moment: just before renaming new outputs into place,
``build`` records both the old and the new hash of each, and afterwards only the new one. So if the build
is killed between two renames, every file holds either its old or its new content, the record accepts
both, and the next build carries on without ``--force``.

The record also remembers which optional outputs (SPDX, REUSE) the last build made, so a plain ``build``
or ``verify`` keeps covering them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ethlicense._io import read_regular_file
from ethlicense.errors import EthLicenseError

FORMAT_VERSION = 1
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_COMMENT = (
    "Written by `ethlicense build`: the SHA-256 of each file it wrote, so that it can tell its own output "
    "from a file edited by hand. Commit this file with the outputs."
)


@dataclass(frozen=True)
class RecordedFile:
    """One file in the record: which output it is and the hashes of the contents ``build`` wrote."""

    kind: str
    sha256: tuple[str, ...]


@dataclass(frozen=True)
class Manifest:
    """The build record of a project."""

    files: Mapping[str, RecordedFile] = field(default_factory=dict)
    optional_outputs: tuple[str, ...] = ()

    def accepts(self, path: str, digest: str) -> bool:
        """Return whether *digest* is a recorded hash of the file at *path*."""
        recorded = self.files.get(path)
        return recorded is not None and digest in recorded.sha256


def _is_project_path(name: str) -> bool:
    """Return whether *name* is a relative POSIX path that stays in the project folder (no ``..``, no drive)."""
    pure = PurePosixPath(name)
    return bool(
        name
        and "\\" not in name
        and "\0" not in name
        and not pure.is_absolute()
        and not _DRIVE.match(name)
        and ".." not in pure.parts
        and pure.as_posix() == name
    )


def _broken(path: Path, problem: str) -> EthLicenseError:
    return EthLicenseError(
        f"{str(path)!r}: {problem}; it is the record of what `ethlicense build` wrote: restore it from version "
        "control, or delete it and run `ethlicense build --force`"
    )


def read_manifest(path: Path) -> Manifest:
    """Return the record at *path*, or an empty record when there is no file.

    Raises:
        EthLicenseError: The file exists but is not a record this version understands.
    """
    try:
        text = read_regular_file(path).decode("utf-8-sig")
    except FileNotFoundError:
        return Manifest()
    except (OSError, UnicodeDecodeError) as error:
        raise _broken(path, f"cannot read it ({error})") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _broken(path, f"not JSON ({error})") from None
    except RecursionError:
        raise _broken(path, "not JSON (arrays or objects nested too deeply)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise _broken(path, f"not a format-{FORMAT_VERSION} build record")
    files: dict[str, RecordedFile] = {}
    entries = data.get("files")
    optional = data.get("optional_outputs", [])
    if not isinstance(entries, dict) or not isinstance(optional, list):
        raise _broken(path, "'files' must be an object and 'optional_outputs' an array")
    for name, entry in entries.items():
        digests = entry.get("sha256") if isinstance(entry, dict) else None
        kind = entry.get("kind") if isinstance(entry, dict) else None
        if (
            not isinstance(kind, str)
            or not isinstance(digests, list)
            or not all(isinstance(item, str) and _SHA256.match(item) for item in digests)
        ):
            raise _broken(path, f"the entry for {name!r} needs a 'kind' and a list of SHA-256 hex digests")
        if not _is_project_path(name):
            raise _broken(path, f"the entry {name!r} is not a path inside the project folder")
        files[name] = RecordedFile(kind, tuple(digests))
    return Manifest(files, tuple(sorted(str(item) for item in optional)))


def manifest_text(manifest: Manifest) -> str:
    """Return the JSON text of *manifest*: keys sorted, two-space indent, one final newline."""
    data = {
        "comment": _COMMENT,
        "format": FORMAT_VERSION,
        "optional_outputs": sorted(manifest.optional_outputs),
        "files": {
            name: {"kind": entry.kind, "sha256": sorted(set(entry.sha256))}
            for name, entry in sorted(manifest.files.items())
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
