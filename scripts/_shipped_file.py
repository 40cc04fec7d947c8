# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Write a generated file the package ships, or with ``--check`` say whether the shipped one is current.

Shared by ``scripts/build_match_index.py``, ``scripts/build_license_restrictions.py`` and
``scripts/build_criterion_model.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def write_or_check(
    target: Path,
    build: Callable[[], bytes],
    *,
    description: str,
    command: str,
    argv: Sequence[str] | None = None,
) -> int:
    """Write *target* with the bytes *build* returns, or with ``--check`` compare them.

    The command line is *argv*, else the process's.

    Returns the exit status: 1 when ``--check`` finds the shipped file stale, else 0.
    """
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the file is stale")
    arguments = parser.parse_args(argv)
    data = build()
    if arguments.check:
        current = target.read_bytes() if target.exists() else b""
        if current != data:
            print(f"{target} is stale; run {command}", file=sys.stderr)
            return 1
        print(f"{target} is current")
        return 0
    target.write_bytes(data)
    print(f"wrote {target} ({len(data)} bytes)")
    return 0
