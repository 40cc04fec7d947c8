# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The index: which licenses a text is, or holds, by the word pairs they share and the shipped canonical texts."""

from __future__ import annotations

import pytest

from ethlicense.check._index import find_base_within, find_license, find_licenses_in
from tests.check.spdx_cases import ADDED, LICENSES, NOTICE, SAME_TEXT, accepted, own_text_cases


def test_documented_same_text_groups_really_share_their_text() -> None:
    """Every group in SAME_TEXT has one canonical text, so accepting any member is no excuse for a wrong match."""
    for group in SAME_TEXT:
        assert len({LICENSES[license_id].text.strip() for license_id in group}) == 1, sorted(group)


@pytest.mark.parametrize("license_id", own_text_cases())
def test_osi_license_text_is_identified(license_id: str) -> None:
    """find_license names every OSI-approved license from its canonical text (or a license with the same text)."""
    assert find_license(LICENSES[license_id].text) in accepted(license_id)


def test_find_licenses_in_lists_every_license_with_the_same_text() -> None:
    """The GPL-3.0 text matches both GPL-3.0-only and GPL-3.0-or-later, the plain one first."""
    found = find_licenses_in(LICENSES["GPL-3.0-or-later"].text)
    assert [match.license_id for match in found[:2]] == ["GPL-3.0-only", "GPL-3.0-or-later"]
    assert all(0 < match.similarity <= 1 for match in found)


def test_find_base_within_returns_the_copyright_notice_with_the_license() -> None:
    """Copyright lines right above a license belong to the license's region."""
    apache = LICENSES["Apache-2.0"].text.strip()
    text = f"{ADDED}\n\n{NOTICE}\n\n{apache}\n\nMore terms follow.\n"
    found = find_base_within(text)
    assert found is not None
    assert (found.license_id, text[found.start : found.end]) == ("Apache-2.0", f"{NOTICE}\n\n{apache}")


def test_find_base_within_finds_nothing_in_unrelated_text() -> None:
    """Text holding no license, or nothing at all, contains no base license."""
    assert find_base_within("Hello, world. This is not a license.") is None
    assert find_base_within("") is None
    assert find_license("") is None
