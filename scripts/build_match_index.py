# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Build the word-pair index that ``ethlicense check`` ranks candidate licenses with, and ship it.

The index is derived from ``ethlicense/data/spdx/licenses.json.gz`` alone, so the output is the same on every
machine; it records the SHA-256 of that file, and the package ignores it (building the index in memory
instead, which takes about two seconds per process) once the SPDX data changes. Run this script after
``scripts/update_spdx_data.py``; ``tests/test_check.py`` fails while the shipped index is stale.

Usage::

    python scripts/build_match_index.py          # writes ethlicense/data/spdx/match-index.json.gz
    python scripts/build_match_index.py --check  # exits 1 if the shipped file is not what would be written
"""

from __future__ import annotations

from pathlib import Path

from _shipped_file import write_or_check

from ethlicense.check._index import index_document, write_index_document

TARGET = Path(__file__).resolve().parent.parent / "ethlicense" / "data" / "spdx" / "match-index.json.gz"


def main() -> int:
    """Write (or with ``--check``, compare) the shipped file."""
    return write_or_check(
        TARGET,
        lambda: write_index_document(index_document()),
        description=__doc__ or "",
        command="python scripts/build_match_index.py",
    )


if __name__ == "__main__":
    raise SystemExit(main())
