# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The SPDX License List data ethlicense ships: each license's name, flags, text and template (read once)."""

from __future__ import annotations

import dataclasses
import difflib
import gzip
import json
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType

from ethlicense.check._checker import remembered
from ethlicense.errors import UnknownLicenseError


@dataclasses.dataclass(frozen=True, slots=True)
class SpdxLicense:
    """One license of the SPDX License List.

    Attributes:
        license_id: The SPDX identifier, such as ``"MIT"``.
        name: The full name, such as ``"MIT License"``.
        osi_approved: Whether the OSI approved the license.
        fsf_libre: Whether the FSF lists the license as free (``True``) or non-free (``False``); ``None`` when
            the FSF's list does not mention it.
        see_also: Where the license is published.
        text: The canonical license text.
        template: SPDX's ``standardLicenseTemplate``, with ``<<var>>`` and ``<<beginOptional>>`` markup.
    """

    license_id: str
    name: str
    osi_approved: bool
    fsf_libre: bool | None
    see_also: tuple[str, ...]
    text: str
    template: str


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class SpdxData:
    """The shipped SPDX License List.

    Attributes:
        license_list_version: The version of the SPDX License List the data comes from.
        release_date: The release date of that version (may be empty).
        source: Where the data was taken from.
        licenses: Every non-deprecated license, by id.
    """

    license_list_version: str
    release_date: str
    source: str
    licenses: Mapping[str, SpdxLicense]


@remembered("spdx-data")
def load_spdx_licenses() -> SpdxData:
    """Return the SPDX License List shipped in ``ethlicense/data/spdx/licenses.json.gz`` (read once)."""
    resource = files("ethlicense") / "data" / "spdx" / "licenses.json.gz"
    raw = json.loads(gzip.decompress(resource.read_bytes()).decode("utf-8"))
    licenses = {
        license_id: SpdxLicense(
            license_id=license_id,
            name=str(entry["name"]),
            osi_approved=bool(entry["osi_approved"]),
            fsf_libre=None if entry["fsf_libre"] is None else bool(entry["fsf_libre"]),
            see_also=tuple(str(url) for url in entry["see_also"]),
            text=str(entry["text"]),
            template=str(entry["template"]),
        )
        for license_id, entry in sorted(raw["licenses"].items())
    }
    return SpdxData(
        license_list_version=str(raw["license_list_version"]),
        release_date=str(raw.get("release_date", "")),
        source=str(raw.get("source", "")),
        licenses=MappingProxyType(licenses),
    )


def spdx_license(license_id: str) -> SpdxLicense:
    """Return the license *license_id*, or raise :class:`UnknownLicenseError` with suggestions."""
    licenses = load_spdx_licenses().licenses
    try:
        return licenses[license_id]
    except KeyError:
        suggestions = difflib.get_close_matches(license_id, list(licenses), n=3)
        raise UnknownLicenseError(license_id, suggestions) from None
