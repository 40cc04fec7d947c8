# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The NOTICE file ``build`` writes where the license text alone does not carry what must travel with the Work.

Two cases need one:

* an Apache-2.0 base with Additional Conditions: section 4(d) of the Apache License makes everyone who
  distributes a Derivative Work pass on the attribution notices of a NOTICE file, so the NOTICE names the
  license by its id and reproduces its Additional Conditions, which then reach every downstream recipient;
* a bare base whose SPDX text has no copyright line (the GPL family, MPL-2.0, BSL-1.0): the holders' copyright
  notice goes in the NOTICE instead of being added to the license text.
"""

from __future__ import annotations

from ethlicense._text import normalise_output
from ethlicense.models import RenderedLicense

__all__ = ["notice_text"]

_PART_1 = "Part 1. Additional Conditions"
_PART_2 = "Part 2. "


def _part_1(text: str) -> str:
    start = text.index(_PART_1)
    end = text.index("\n" + _PART_2, start)
    return text[start:end].strip("\n")


def notice_text(rendered: RenderedLicense, *, license_path: str = "LICENSE") -> str | None:
    """Return the NOTICE file for *rendered*, or ``None`` when the license text needs none."""
    spec = rendered.spec
    holders = ", ".join(spec.holders)
    if not spec.clauses:
        if not rendered.notice_elsewhere:
            return None
        return normalise_output(
            f"{rendered.notice_elsewhere}\n\n"
            f"This work is licensed under the {rendered.base.name} ({rendered.license_id}); the license text is in "
            f"the file {license_path}.\n"
        )
    if rendered.base.id != "Apache-2.0":
        return None
    copyright_line = spec.base.copyright_format.format(year=spec.year, holders=holders) if holders else ""
    lines = [copyright_line, ""] if copyright_line else []
    lines += [
        f"This Work is licensed under the {rendered.name}, identified as {rendered.license_id}; the full license",
        f"is in the file {license_path}. That license is not the Apache License 2.0: its Part 1, reproduced below,",
        "adds Additional Conditions that bind every recipient of this Work and of every Derivative Work of it.",
        "Section 4(d) of the Apache License 2.0 requires anyone who distributes a Derivative Work to include the",
        "attribution notices of this NOTICE file.",
        "",
        _part_1(rendered.text),
    ]
    return normalise_output("\n".join(lines))
