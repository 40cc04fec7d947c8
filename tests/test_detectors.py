# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Real license detectors read a bare base as that base, and a composite as something else.

SPDX's reference matcher (Java, through jpype) and GitHub's licensee run here; without them these tests
skip, unless ``ETHLICENSE_REQUIRE_DETECTORS=1`` (set by CI), which makes a missing detector a failure. The
other detectors are compared by ``scripts/detector_matrix.py`` (``docs/detectors.md``).
"""

from __future__ import annotations

import functools
import os
import subprocess
import tomllib
from pathlib import Path

import pytest

import ethlicense
from ethlicense.check._spdx_data import load_spdx_licenses
from tests import detectors

CATALOG = ethlicense.default_catalog()
YEAR = 2026
HOLDERS = ("Jane Doe",)

#: Bare bases (base, holders): with a copyright holder and, where the base needs none, without.
BARE: list[tuple[str, tuple[str, ...]]] = [
    (base, holders)
    for base in sorted(CATALOG.bases)
    for holders in (HOLDERS, ())
    if holders or not CATALOG.bases[base].requires_holders
]
BARE_CASES = [
    pytest.param(base, holders, id=f"{base}-{'holders' if holders else 'no-holders'}") for base, holders in BARE
]
#: The bases that accept restrictions; each gets one composite.
COMPOSITE_BASES = [base for base in sorted(CATALOG.bases) if CATALOG.bases[base].accepts_restrictions]
COMPOSITE_CASES = [pytest.param(base, id=f"{base}+military") for base in COMPOSITE_BASES]

#: licensee 9.15 reports the GNU licenses under the SPDX ids it has always used, which SPDX deprecated in
#: favour of the ``-only`` and ``-or-later`` ones (``GPL-3.0`` is ``GPL-3.0-only``). The two share one text (the
#: choice of later versions is made in each file's notice), so no detector of license texts can tell them apart.
_GNU_PREFIXES = ("GPL-", "AGPL-", "LGPL-")


def licensee_spelling(base: str) -> str:
    """Return the id licensee reports for *base*."""
    if base.startswith(_GNU_PREFIXES):
        return base.removesuffix("-only").removesuffix("-or-later")
    return base


#: Licenses (in licensee's spelling) that licensee cannot recognise in their SPDX text, and why (a data file, so
#: that adding a base never means editing this test). It may then say NOASSERTION, never another license.
LICENSEE_BLIND_SPOTS = {
    name: entry["reason"]
    for name, entry in tomllib.loads(
        (Path(__file__).parent / "data" / "licensee-blind-spots.toml").read_text(encoding="utf-8")
    ).items()
}


@functools.cache
def licensee_known() -> frozenset[str]:
    """Return the ids of the licenses licensee knows (choosealicense.com's, hidden ones included)."""
    script = 'require "licensee"; puts Licensee::License.all(hidden: true).map(&:spdx_id)'
    result = subprocess.run(["ruby", "-e", script], capture_output=True, text=True, check=True, timeout=120)  # noqa: S607 - ruby from PATH, as licensee itself
    return frozenset(result.stdout.split())


def _require(detector: str) -> None:
    """Skip the test when *detector* is missing, or fail it when CI requires the detectors."""
    if detectors.available(detector):
        return
    message = f"{detector} is not installed (see tests/detectors.py)"
    if os.environ.get("ETHLICENSE_REQUIRE_DETECTORS") == "1":
        pytest.fail(f"{message}, and ETHLICENSE_REQUIRE_DETECTORS=1 requires it")
    pytest.skip(message)


def _bare_text(base: str, holders: tuple[str, ...]) -> str:
    return ethlicense.compose(base, holders=list(holders), year=YEAR).text


def _composite_text(base: str) -> str:
    return ethlicense.compose(base, clauses=["military"], holders=list(HOLDERS), year=YEAR).text


@pytest.fixture(scope="module")
def licensee_bare() -> dict[tuple[str, tuple[str, ...]], detectors.Reading]:
    """What GitHub's licensee reads in every bare base, read in one batch."""
    _require(detectors.LICENSEE)
    readings = detectors.read_licensee([_bare_text(base, holders) for base, holders in BARE])
    return dict(zip(BARE, readings, strict=True))


@pytest.fixture(scope="module")
def licensee_composites() -> dict[str, detectors.Reading]:
    """What GitHub's licensee reads in every composite, read in one batch."""
    _require(detectors.LICENSEE)
    readings = detectors.read_licensee([_composite_text(base) for base in COMPOSITE_BASES])
    return dict(zip(COMPOSITE_BASES, readings, strict=True))


def test_reference_matcher_accepts_spdx_mit_text() -> None:
    """The SPDX License List's own MIT text is accepted as MIT, and not as ISC: the matcher works here."""
    _require(detectors.SPDX_REFERENCE)
    text = load_spdx_licenses().licenses["MIT"].text
    assert detectors.spdx_reference_difference("MIT", text) == ""
    assert detectors.spdx_reference_accepts("MIT", text)
    assert not detectors.spdx_reference_accepts("ISC", text)


@pytest.mark.parametrize(("base", "holders"), BARE_CASES)
def test_reference_matcher_accepts_bare_base(base: str, holders: tuple[str, ...]) -> None:
    """A base rendered without clauses is, to SPDX's reference matcher, exactly that SPDX license."""
    _require(detectors.SPDX_REFERENCE)
    difference = detectors.spdx_reference_difference(base, _bare_text(base, holders))
    assert difference == "", f"the SPDX reference matcher does not accept ethlicense's {base} as {base}: {difference}"


@pytest.mark.parametrize(("base", "holders"), BARE_CASES)
def test_licensee_reports_bare_base(
    base: str, holders: tuple[str, ...], licensee_bare: dict[tuple[str, tuple[str, ...]], detectors.Reading]
) -> None:
    """GitHub's licensee reports a bare base as that base (NOASSERTION only where it cannot know the base's text).

    A base licensee does not know at all (not one of choosealicense.com's licenses) must give NOASSERTION.
    """
    reading = licensee_bare[base, holders]
    expected = licensee_spelling(base)
    if expected not in licensee_known():
        assert reading.license_ids == ("NOASSERTION",), f"{reading}; licensee does not know {expected}"
    elif expected in LICENSEE_BLIND_SPOTS:
        assert reading.license_ids in {(expected,), ("NOASSERTION",)}, f"{reading}; {LICENSEE_BLIND_SPOTS[expected]}"
    else:
        assert reading.license_ids == (expected,), reading


@pytest.mark.parametrize("base", COMPOSITE_CASES)
def test_reference_matcher_rejects_composite_as_base(base: str) -> None:
    """SPDX's reference matcher does not accept a base with a restriction clause as the plain base."""
    _require(detectors.SPDX_REFERENCE)
    assert not detectors.spdx_reference_accepts(base, _composite_text(base)), (
        f"the SPDX reference matcher reads {base} with a no-military-use clause as plain {base}"
    )


@pytest.mark.parametrize("base", COMPOSITE_CASES)
def test_licensee_does_not_report_composite_as_base(
    base: str, licensee_composites: dict[str, detectors.Reading]
) -> None:
    """GitHub's licensee does not report a base with a restriction clause as the plain base."""
    reading = licensee_composites[base]
    assert licensee_spelling(base) not in reading.license_ids, reading
