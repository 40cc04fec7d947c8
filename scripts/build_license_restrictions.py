# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Read the restrictions in the SPDX texts of licenses that are not OSI-approved, with the rules, and ship them.

``ethlicense check`` reports the restrictions of such a license's own text (read by
``ethlicense._classify.license_restrictions``, tens of milliseconds per license in every process). This script
reads them all ahead of time into ``ethlicense/data/spdx/license-restrictions.json.gz``, with the SHA-256 of the
SPDX data and of the rules' source files; the package ignores the file (and reads each license itself) once
either changes. Run it after changing ``ethlicense/_classify.py`` or ``ethlicense/_cues.py`` (or after
``scripts/update_spdx_data.py``); ``tests/check/test_license_restrictions.py`` fails while the file is stale.

Usage::

    python scripts/build_license_restrictions.py          # writes ethlicense/data/spdx/license-restrictions.json.gz
    python scripts/build_license_restrictions.py --check  # exits 1 if the shipped file is not what would be written
"""

from __future__ import annotations

from pathlib import Path

from _shipped_file import write_or_check

from ethlicense.check._index import write_index_document
from ethlicense.check._license_restrictions import RESOURCE, restrictions_document

TARGET = Path(__file__).resolve().parent.parent / "ethlicense" / Path(*RESOURCE)


def main() -> int:
    """Write (or with ``--check``, compare) the shipped file."""
    return write_or_check(
        TARGET,
        lambda: write_index_document(restrictions_document()),
        description=__doc__ or "",
        command="python scripts/build_license_restrictions.py",
    )


if __name__ == "__main__":
    raise SystemExit(main())
