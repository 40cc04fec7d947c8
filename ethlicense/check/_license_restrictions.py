# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The restrictions in the SPDX texts of licenses that are not OSI-approved, as the classifier's rules read them.

Reading a whole license with :func:`ethlicense._classify.license_restrictions` takes tens of milliseconds, paid
again in every process for every such license it meets. ``scripts/build_license_restrictions.py`` reads them all
ahead of time and ships the result in ``ethlicense/data/spdx/license-restrictions.json.gz``, with the SHA-256 of
the SPDX data and of the source files of the rules (:data:`RULE_MODULES`). The shipped readings are a cache,
never the source: they are used only while both digests match, and a license they lack is read afresh, so a
change to the rules or to the SPDX data costs speed, never a stale answer. ``tests/check/test_license_restrictions.py``
fails while the shipped file is stale.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from ethlicense import _classify
from ethlicense.check._checker import remembered
from ethlicense.check._index import resource_bytes, spdx_digest
from ethlicense.check._spdx_data import load_spdx_licenses

__all__ = [
    "RESOURCE",
    "RULE_MODULES",
    "known_restrictions",
    "load_shipped",
    "restrictions_document",
    "rules_digest",
]

#: The source files whose code decides what :func:`ethlicense._classify.license_restrictions` returns: the rules
#: and the modules of ethlicense they import (the kinds and restriction names are those of ``_additions`` and
#: ``models``). A test checks that this list holds every module of ethlicense that ``_classify`` imports.
RULE_MODULES: Final = ("_classify.py", "_cues.py", "_additions.py", "_budget.py", "models.py")

#: The version of the layout of the shipped file; a file of another version is ignored.
_FORMAT: Final = 1
#: Where ``scripts/build_license_restrictions.py`` ships the readings, under the package.
RESOURCE: Final = ("data", "spdx", "license-restrictions.json.gz")

#: One license's restrictions: each sentence with its classification.
Restrictions = tuple[tuple[str, _classify.Classification], ...]


def rules_digest() -> str | None:
    """Return the SHA-256 of the source files of the rules (:data:`RULE_MODULES`), or ``None`` when one is missing."""
    digest = hashlib.sha256()
    package = files("ethlicense")
    for name in RULE_MODULES:
        try:
            source = (package / name).read_bytes()
        except OSError:
            return None
        digest.update(f"{name}\0{len(source)}\0".encode())
        digest.update(source)
    return digest.hexdigest()


def _read(license_id: str) -> Restrictions:
    """Read the restrictions in the SPDX text of *license_id* with the rules."""
    return tuple(_classify.license_restrictions(load_spdx_licenses().licenses[license_id].text))


def restrictions_document() -> dict[str, object]:
    """Return the restrictions of every license that is not OSI-approved as JSON-ready data, for shipping.

    Built by ``scripts/build_license_restrictions.py``, which writes it with
    :func:`ethlicense.check._index.write_index_document`.
    """
    licenses = load_spdx_licenses().licenses
    return {
        "format": _FORMAT,
        "spdx_sha256": spdx_digest(),
        "rules_sha256": rules_digest(),
        "licenses": {
            license_id: [[sentence, item.kind, list(item.restricts), item.cue] for sentence, item in _read(license_id)]
            for license_id, spdx in sorted(licenses.items())
            if not spdx.osi_approved
        },
    }


@remembered("shipped-restrictions")
def _shipped() -> Mapping[str, Restrictions]:
    """Return the shipped readings by license id; empty when the file is missing, broken or stale."""
    raw = resource_bytes(RESOURCE)
    if raw is None:
        return MappingProxyType({})
    try:
        document = json.loads(gzip.decompress(raw).decode("utf-8"))
        rules = rules_digest()
        if document["format"] != _FORMAT or document["spdx_sha256"] != spdx_digest():
            return MappingProxyType({})
        if rules is None or document["rules_sha256"] != rules:
            return MappingProxyType({})
        return MappingProxyType(
            {
                str(license_id): tuple(
                    (
                        str(sentence),
                        _classify.Classification(str(kind), tuple(str(item) for item in restricts), str(cue)),
                    )
                    for sentence, kind, restricts, cue in readings
                )
                for license_id, readings in document["licenses"].items()
            }
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return MappingProxyType({})


@remembered("known-restrictions", limit=256)
def known_restrictions(license_id: str) -> Restrictions:
    """Return the restrictions in the SPDX text of *license_id*: shipped when current, else read (once per license)."""
    shipped = _shipped().get(license_id)
    return shipped if shipped is not None else _read(license_id)


def load_shipped() -> None:
    """Load the shipped readings, for worker processes forked afterwards to share."""
    _shipped()
