# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Compose MIT with two restriction clauses, print the verdict, and write LICENSE and PROVENANCE.md.

Run from any folder: ``python compose_license.py OUTPUT_FOLDER`` (default: the current folder).
Existing files are left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ethlicense
from ethlicense.provenance import provenance_markdown


def main() -> None:
    """Compose, report and write the license."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
    lic = ethlicense.compose(
        "MIT",
        clauses=[
            "military",
            ethlicense.clause(
                "named-organizations",
                organizations=["Example Surveillance Corp."],
                reason="its work for mass surveillance programs",
            ),
        ],
        holders=["Jane Doe"],
        year=2026,
    )
    print(f"{lic.name} ({lic.license_id})")
    print(f"open source: {lic.osi_open_source}")
    for violation in lic.violations:
        print(f"  fails {violation.criterion} because of {violation.clause}: {violation.reason}")
    for target, text in ((folder / "LICENSE", lic.text), (folder / "PROVENANCE.md", provenance_markdown(lic))):
        if target.exists():
            print(f"{target} exists; left alone")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
