# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Add a base license from the shipped SPDX License List data: its template, and stubs to fill in.

Reads ``ethlicense/data/spdx/licenses.json.gz`` (nothing is downloaded) and:

* appends a stub for the base to ``ethlicense/data/bases.toml``, with what the SPDX data tells (the copyright
  line its template marks as a variable, whether it mentions sublicensing) and ``TODO`` where a person must
  decide and cite (family, whether it accepts restrictions and why, the layout);
* appends a stub to ``ethlicense/data/descriptions.toml`` (its permissions, conditions and limitations, each to
  be quoted from the text), or ``same_as`` when a catalog base has the very same text (a GNU "-or-later" id);
* writes ``templates/bases/<ID>.txt.j2`` and ``ethlicense/data/spdx/bases.json`` as
  ``scripts/update_spdx_data.py --shipped`` does.

The test suite fails while a ``TODO`` is left; CONTRIBUTING.md ("Adding a base license") lists the steps that
follow.

Usage::

    python scripts/add_base.py X11
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_spdx_data import ROOT, read_shipped, write_bases  # the sibling script, on the path above

#: The SPDX template's copyright variable: ``<<var;name="copyright";original="...";match="...">>``.
_COPYRIGHT_VARIABLE = re.compile(r'<<var;name="copyright";original="(?P<original>(?:[^"\\]|\\.)*)"')


def _toml_string(value: str) -> str:
    """Return *value* as a TOML basic string (JSON's escapes are TOML's for these characters)."""
    return json.dumps(value, ensure_ascii=False)


def copyright_line(text: str, template: str) -> str | None:
    """Return the words of *text* that the SPDX *template* marks as its copyright variable, if they occur once."""
    found = _COPYRIGHT_VARIABLE.search(template)
    if found is None:
        return None
    words = found["original"].replace('\\"', '"').split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches = pattern.findall(text)
    return str(matches[0]) if len(matches) == 1 else None


def bases_stub(license_id: str, entry: dict[str, Any]) -> str:
    """Return the ``bases.toml`` stub for *license_id*, with TODO where a person must decide and cite."""
    text = entry["text"]
    notice = copyright_line(text, entry["template"])
    sublicensable = "sublicense" in text.lower()
    lines = [
        "",
        f"[{_toml_string(license_id)}]",
        "# Added by scripts/add_base.py. Replace each TODO with what the license's own text says, quoting it in",
        '# restriction_note; see CONTRIBUTING.md, "Adding a base license". Delete the TODO comments when done.',
        'family = "permissive"  # TODO: permissive | weak-copyleft | strong-copyleft',
        "accepts_restrictions = false  # TODO: true only where the text lets conditions be added; say why below",
        f"sublicensable = {str(sublicensable).lower()}  # TODO: does the grant let recipients sublicense?",
    ]
    if notice is not None:
        lines.append(f"copyright_original = {_toml_string(notice)}")
    else:
        lines.append("# The SPDX template has no copyright line: the bare text carries none (see the GPL family).")
    lines += [
        'copyright_format = "Copyright (c) {year} {holders}"',
        'restriction_note = """TODO: why the base accepts or refuses added restrictions, quoting its sections."""',
        'layout = "two-part"  # TODO: or "integrated", with conditions_after, lead_in, title_line (docs/detectors.md)',
    ]
    return "\n".join(lines) + "\n"


def descriptions_stub(license_id: str, same_as: str | None) -> str:
    """Return the ``descriptions.toml`` stub for *license_id*."""
    key = _toml_string(license_id)
    if same_as is not None:
        return f"\n[bases.{key}]\nsame_as = {_toml_string(same_as)}\n"
    lines = [""]
    for part in ("permissions", "conditions", "limitations"):
        lines += [
            f"[bases.{key}.{part}]",
            f"# TODO: term id = the license's own words for it (the {part} in [terms] at the top of this file).",
            "",
        ]
    return "\n".join(lines)


def add_base(license_id: str, root: Path = ROOT) -> list[str]:
    """Add *license_id* under *root*; return the files written.

    Raises:
        SystemExit: The id is not in the shipped SPDX data, is not OSI-approved, or is a base already.
    """
    licenses, version = read_shipped(root)
    if license_id not in licenses:
        near = difflib.get_close_matches(license_id, licenses, n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        msg = f"{license_id}: not in the shipped SPDX License List data{hint}"
        raise SystemExit(msg)
    data = root / "ethlicense" / "data"
    bases = tomllib.loads((data / "bases.toml").read_text(encoding="utf-8"))
    if license_id in bases:
        msg = f"{license_id} is a base already (ethlicense/data/bases.toml)"
        raise SystemExit(msg)
    entry = licenses[license_id]
    if not entry["osi_approved"]:
        msg = (
            f"{license_id} is not OSI-approved: a base is an open-source license, so that a base rendered bare is "
            "open source and every verdict starts from there"
        )
        raise SystemExit(msg)
    same_as = next((key for key in sorted(bases) if licenses[key]["text"] == entry["text"]), None)
    with (data / "bases.toml").open("a", encoding="utf-8", newline="\n") as stream:
        stream.write(bases_stub(license_id, entry))
    with (data / "descriptions.toml").open("a", encoding="utf-8", newline="\n") as stream:
        stream.write(descriptions_stub(license_id, same_as))
    write_bases(licenses, version, root)
    return [
        "ethlicense/data/bases.toml",
        "ethlicense/data/descriptions.toml",
        f"templates/bases/{license_id}.txt.j2",
        "ethlicense/data/spdx/bases.json",
    ]


def main(argv: list[str] | None = None) -> int:
    """Add the base named on the command line and say what to do next."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("license_id", metavar="ID", help="the SPDX id, exactly as the SPDX License List has it")
    options = parser.parse_args(argv)
    for path in add_base(options.license_id):
        print(f"wrote {path}")
    print(
        "next: fill in the TODOs (CONTRIBUTING.md, 'Adding a base license'), then run\n"
        "  python scripts/update_spdx_data.py --shipped\n"
        "  python -m pytest tests/test_golden.py --update-golden\n"
        "  python scripts/generate_docs.py\n"
        "  python scripts/generate_snapshot.py\n"
        "  python -m pytest"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
