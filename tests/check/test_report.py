# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reports: one verdict line per file, a summary for several, JSON with the criteria beside the verdict."""

from __future__ import annotations

import json

import pytest

from ethlicense.check._report import check_data, format_check_json, format_check_text
from ethlicense.check._result import CheckResult, Verdict
from ethlicense.models import Violation

PLAIN = CheckResult(
    path="a/LICENSE", base_license="MIT", base_name="MIT License", verdict=Verdict.OPEN_SOURCE, osi_open_source=True
)
RESTRICTED = CheckResult(
    path="b/LICENSE",
    base_license="MIT",
    verdict=Verdict.NOT_OPEN_SOURCE,
    osi_open_source=False,
    violations=(
        Violation(criterion="OSD-6", clause=None, reason="r"),
        Violation(criterion="DFSG-6", clause=None, reason="r"),
    ),
)


def test_text_report_has_a_line_per_file_and_a_summary() -> None:
    """An open-source file without findings is one line; several files end with a tally."""
    report = format_check_text([PLAIN, RESTRICTED])
    lines = report.splitlines()
    assert lines[0] == "a/LICENSE: open source"
    assert lines[1] == "b/LICENSE: not open source (fails OSD-6)"
    assert lines[-1] == "2 files: 1 open source, 1 not open source"


def test_text_report_without_details_is_verdicts_only() -> None:
    """With details off, a file with violations still takes one line."""
    assert format_check_text([RESTRICTED], details=False) == "b/LICENSE: not open source (fails OSD-6)\n"


def test_check_data_puts_the_verdict_and_criteria_first() -> None:
    """The JSON data starts with where the text came from, its base and verdict, then the distinct criteria."""
    data = check_data(RESTRICTED)
    assert list(data)[:8] == [
        "path",
        "base_license",
        "base_name",
        "license_id_guess",
        "guess_similarity",
        "verdict",
        "osi_open_source",
        "criteria",
    ]
    assert data["criteria"] == ["OSD-6", "DFSG-6"]
    assert list(data)[8] == "main_criterion"
    assert data["main_criterion"] == RESTRICTED.main_criterion == "OSD-6"


def test_json_is_an_array_or_one_object() -> None:
    """Several results make an array; ``single`` makes one object and refuses more than one result."""
    assert [item["path"] for item in json.loads(format_check_json([PLAIN, RESTRICTED]))] == ["a/LICENSE", "b/LICENSE"]
    assert json.loads(format_check_json([PLAIN], single=True))["verdict"] == "open-source"
    with pytest.raises(ValueError, match="exactly one"):
        format_check_json([PLAIN, RESTRICTED], single=True)
