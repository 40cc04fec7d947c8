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

import argparse
import sys
from pathlib import Path

from ethlicense.check._index import index_document, write_index_document

TARGET = Path(__file__).resolve().parent.parent / "ethlicense" / "data" / "spdx" / "match-index.json.gz"


def main() -> int:
    """Write (or with ``--check``, compare) the shipped index file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the file is stale")
    arguments = parser.parse_args()
    data = write_index_document(index_document())
    if arguments.check:
        current = TARGET.read_bytes() if TARGET.exists() else b""
        if current != data:
            print(f"{TARGET} is stale; run python scripts/build_match_index.py", file=sys.stderr)
            return 1
        print(f"{TARGET} is current")
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
