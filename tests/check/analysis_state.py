# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A small analysis state for the tests of check's analysis modules: a text with MIT found at a given place."""

from __future__ import annotations

from ethlicense.catalog import default_catalog
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._state import Region, State


def mit_state(text: str, start: int = 0, end: int | None = None) -> tuple[State, Region]:
    """Return a state for *text* and a region of MIT from *start* to *end* (the whole text by default)."""
    region = Region(load_spdx_licenses().licenses["MIT"], start, len(text) if end is None else end)
    return State(text=text, shapes=[], catalog=default_catalog()), region
