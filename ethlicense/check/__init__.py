# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""Check an existing license text: which license it builds on, what was added, and whether it is open source.

``check`` runs the other way from ``compose``: text, then the SPDX license it is based on (matched under the
SPDX Matching Guidelines), then whatever was added before, inside or after that license or changed in it, and
a classification of each addition: a restriction (on whom, on what for, an extra agreement, other software), a
condition of some other kind, or something harmless such as a request, a statement of values or a copyright
line. A restriction fails the criteria ``ethlicense.assess`` derives from what it restricts (the Open Source
Definition's, Debian's and the FSF's). ethlicense's own composites are recognised in every layout ``render``
writes, with the ids of their clauses, and get the criteria of their own assessment.

>>> import ethlicense
>>> mit = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text
>>> result = check_text(mit)
>>> result.base_license, result.verdict.value, result.osi_open_source
('MIT', 'open-source', True)
>>> restricted = check_text("The Software may not be used for military purposes.\n\n" + mit)
>>> restricted.verdict.value, restricted.osi_open_source, restricted.criteria
('not-open-source', False, ('OSD-6', 'DFSG-6', 'FSF-0'))
>>> unclear = check_text("Banks: not welcome.\n\n" + mit)
>>> unclear.verdict.value, unclear.osi_open_source, [item.text for item in unclear.review]
('needs-review', None, ['Banks: not welcome.'])

There are three verdicts. **Open source** only when the base is an OSI-approved license and every added or
changed passage is recognised as harmless, with the reason (a request, a disclaimer, a copyright line...).
**Not open source** when a restriction is found, the base is not OSI-approved, or the base's own terms were
changed. **Needs review** otherwise: added prose that reads as if it might bind and that the rules neither
recognise as a restriction nor as harmless, a text without a recognisable base, or a text too complex to analyse
within the time budget (:data:`TIME_BUDGET_SECONDS`); the result names the passages to read under ``review``.

The matcher loads the SPDX License List on first use (a few tenths of a second); importing this module does
not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ethlicense._additions import AdditionKind
from ethlicense.check._report import check_data, format_check_json, format_check_text
from ethlicense.check._result import (
    MAX_FILE_BYTES,
    TIME_BUDGET_SECONDS,
    Addition,
    CheckResult,
    Finding,
    FindingKind,
    FoundRestriction,
    Position,
    Verdict,
)

if TYPE_CHECKING:
    from ethlicense.catalog import Catalog

__all__ = [
    "MAX_FILE_BYTES",
    "TIME_BUDGET_SECONDS",
    "Addition",
    "AdditionKind",
    "CheckResult",
    "Finding",
    "FindingKind",
    "FoundRestriction",
    "Position",
    "Verdict",
    "check_bytes",
    "check_data",
    "check_file",
    "check_paths",
    "check_text",
    "find_license_files",
    "format_check_json",
    "format_check_text",
    "is_license_file_name",
]


def __dir__() -> list[str]:
    return __all__


def check_text(
    text: str,
    *,
    path: str | None = None,
    catalog: Catalog | None = None,
    time_budget: float | None = TIME_BUDGET_SECONDS,
) -> CheckResult:
    """Check a license text: identify its base license, isolate and classify additions, judge it.

    Args:
        text: The license text.
        path: Where the text came from, copied into the result.
        catalog: The catalog whose clauses are recognised by id (the built-in one by default).
        time_budget: Seconds of analysis allowed (``None``: no limit). A text that needs more gets the verdict
            "needs review" with a ``too-complex`` finding, never a hang. The limit is enforced within a
            fraction of a second in the main thread on POSIX systems; elsewhere it is checked between steps.

    Returns:
        The verdict, with every restriction, violation, finding and addition.
    """
    from ethlicense.check._analyse import analyse  # noqa: PLC0415 - the matcher loads only when a text is checked

    return analyse(text, path=path, catalog=catalog, time_budget=time_budget)


def check_file(path: str | os.PathLike[str], *, catalog: Catalog | None = None) -> CheckResult:
    """Check the license file at *path*.

    Binary, empty, undecodable and oversized (over :data:`MAX_FILE_BYTES`) files give a result with a finding
    saying so rather than an error; text that is not UTF-8 is read as Windows-1252 with a finding.

    Raises:
        LicenseFileError: *path* does not exist, is a folder, or cannot be read.
    """
    from ethlicense.check._files import check_one_file  # noqa: PLC0415 - see check_text

    return check_one_file(Path(path), catalog=catalog, strict=True)


def check_bytes(data: bytes, *, path: str | None = None, catalog: Catalog | None = None) -> CheckResult:
    """Check the bytes of a license file: decode them, then :func:`check_text`.

    UTF-8 is read as such, UTF-16 and UTF-32 when a byte order mark says so, and anything else as Windows-1252
    with a finding. Binary input, and input over :data:`MAX_FILE_BYTES`, give a skipped result with a finding.
    """
    from ethlicense.check._files import check_license_bytes  # noqa: PLC0415 - see check_text

    return check_license_bytes(data, path=path, catalog=catalog)


def is_license_file_name(name: str) -> bool:
    """Return whether a file called *name* is a license file (``LICENSE``, ``COPYING.txt``, ``LICENSE-MIT``...).

    >>> [is_license_file_name(name) for name in ("LICENSE", "licence.md", "COPYING.LESSER", "license.py")]
    [True, True, True, False]
    """
    from ethlicense.check._files import license_file_name  # noqa: PLC0415 - keeps this module light

    return license_file_name(name)


def find_license_files(directory: str | os.PathLike[str]) -> list[Path]:
    """Return every license file under *directory*, sorted, without following links to folders.

    Raises:
        LicenseFileError: *directory* cannot be read.
    """
    from ethlicense.check._files import walk_license_files  # noqa: PLC0415 - see is_license_file_name

    return walk_license_files(Path(directory))


def check_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    jobs: int | None = None,
    catalog: Catalog | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Iterator[CheckResult]:
    """Check several files, or with *recursive* every license file under the folders given; yield in order.

    Args:
        paths: Files, or with *recursive*, folders (files are checked as given).
        recursive: Look for license files under folders.
        jobs: Worker processes for many files (default: one per CPU; 1 checks in this process).
        catalog: The catalog whose clauses are recognised (the built-in one by default).
        on_total: Called once with the number of files, before the first result.

    Raises:
        LicenseFileError: A path given does not exist, or is a folder without *recursive*.
    """
    from ethlicense.check._files import check_many  # noqa: PLC0415 - see check_text

    return check_many(
        [Path(path) for path in paths], recursive=recursive, jobs=jobs, catalog=catalog, on_total=on_total
    )
