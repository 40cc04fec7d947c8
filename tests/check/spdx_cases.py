# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""SPDX texts shared by the tests of check's matching modules."""

from __future__ import annotations

import pytest

from ethlicense.check._spdx_data import load_spdx_licenses

#: Licenses whose SPDX canonical texts are identical, so that no matcher can tell them apart by text (the
#: difference lies in the notice that applies them, or in an exception stated elsewhere). ``find_license`` names
#: the one with the shortest id; any member is a right answer for the others' texts.
SAME_TEXT: tuple[frozenset[str], ...] = (
    frozenset({"AGPL-3.0-only", "AGPL-3.0-or-later"}),
    frozenset({"CAL-1.0", "CAL-1.0-Combined-Work-Exception"}),
    frozenset({"GPL-2.0-only", "GPL-2.0-or-later"}),
    frozenset({"GPL-3.0-only", "GPL-3.0-or-later"}),
    frozenset({"LGPL-2.0-only", "LGPL-2.0-or-later"}),
    frozenset({"LGPL-2.1-only", "LGPL-2.1-or-later"}),
    frozenset({"LGPL-3.0-only", "LGPL-3.0-or-later"}),
    frozenset({"MPL-2.0", "MPL-2.0-no-copyleft-exception"}),
    frozenset({"OFL-1.1", "OFL-1.1-RFN", "OFL-1.1-no-RFN"}),
)


LICENSES = load_spdx_licenses().licenses


OSI_IDS = sorted(license_id for license_id, entry in LICENSES.items() if entry.osi_approved)


NOTICE = "Copyright (c) 2026 Jane Doe"


ADDED = "The following organizations may not use this software: Example Corporation, Sample Holdings Ltd."


#: OSI-approved licenses that cannot match their own canonical text because of the SPDX data (none, currently);
#: each entry would give the reason.
XFAIL_OWN_TEXT: dict[str, str] = {}


def accepted(license_id: str) -> frozenset[str]:
    """Return the ids that are a right answer for *license_id*'s canonical text."""
    for group in SAME_TEXT:
        if license_id in group:
            return group
    return frozenset({license_id})


def own_text_cases() -> list[object]:
    """Return the OSI ids, marked xfail where the SPDX data keeps a license from matching its own text."""
    return [
        pytest.param(license_id, marks=pytest.mark.xfail(reason=XFAIL_OWN_TEXT[license_id], strict=True))
        if license_id in XFAIL_OWN_TEXT
        else license_id
        for license_id in OSI_IDS
    ]
