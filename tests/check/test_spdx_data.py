# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The shipped SPDX License List data."""

from __future__ import annotations

import pytest

from ethlicense.check._spdx_data import SpdxLicense, load_spdx_licenses
from ethlicense.check._templates import matches
from ethlicense.errors import UnknownLicenseError


def test_load_spdx_licenses_reads_the_shipped_list_once() -> None:
    """The shipped list loads with its version and every license's metadata, and is read only once."""
    data = load_spdx_licenses()
    assert data is load_spdx_licenses()
    assert data.license_list_version
    assert len(data.licenses) > 600
    mit = data.licenses["MIT"]
    assert isinstance(mit, SpdxLicense)
    assert (mit.license_id, mit.name, mit.osi_approved) == ("MIT", "MIT License", True)
    assert "<<var;" in mit.template


def test_unknown_license_id_is_refused() -> None:
    """matches() raises UnknownLicenseError, with suggestions, for an id not on the SPDX list."""
    with pytest.raises(UnknownLicenseError, match="MIT"):
        matches("MTI", "anything")
