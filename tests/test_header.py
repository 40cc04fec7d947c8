# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Source-file headers: one tagged line per holder and one for the license, in each comment syntax.

The `ethlicense header` command is tested in test_cli_header.py.
"""

from __future__ import annotations

import pytest

import ethlicense
from ethlicense._header import source_header

#: The two SPDX tags, assembled so that REUSE tools do not read them as this file's own.
COPYRIGHT_TAG = "SPDX-" + "FileCopyrightText:"
LICENSE_TAG = "SPDX-" + "License-" + "Identifier:"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("py", f"# {COPYRIGHT_TAG} 2026 A\n# {COPYRIGHT_TAG} 2026 B\n# {LICENSE_TAG} MIT\n"),
        ("js", f"// {COPYRIGHT_TAG} 2026 A\n// {COPYRIGHT_TAG} 2026 B\n// {LICENSE_TAG} MIT\n"),
        ("c", f"/*\n * {COPYRIGHT_TAG} 2026 A\n * {COPYRIGHT_TAG} 2026 B\n * {LICENSE_TAG} MIT\n */\n"),
        ("html", f"<!--\n{COPYRIGHT_TAG} 2026 A\n{COPYRIGHT_TAG} 2026 B\n{LICENSE_TAG} MIT\n-->\n"),
        ("sql", f"-- {COPYRIGHT_TAG} 2026 A\n-- {COPYRIGHT_TAG} 2026 B\n-- {LICENSE_TAG} MIT\n"),
    ],
)
def test_header_in_each_comment_style(language: str, expected: str) -> None:
    """One tagged line per holder and one for the license, in the language's comment syntax."""
    assert source_header("MIT", ["A", "B"], 2026, language) == expected


def test_header_refuses_unknown_language_and_hidden_characters() -> None:
    """An unknown language lists the known ones; a holder with a line break could forge a tag line."""
    with pytest.raises(ethlicense.InvalidSpecError, match="known: c, cpp"):
        source_header("MIT", ["A"], 2026, "cobol")
    with pytest.raises(ethlicense.EthLicenseError):
        source_header("MIT", [f"A\n{LICENSE_TAG} GPL-3.0-only"], 2026, "py")
