# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reports on many license files: each file beside its package's declared license, then a summary.

Each result of ``check`` becomes an :class:`Entry`: the result, its verdict, the license its package declares
(read by :mod:`ethlicense.check._declared`) and any contradiction between the two. A :class:`Tally` counts the
verdicts and keeps the packages that need attention, for the summary table at the end of a run, the final
object of ``--format jsonl`` and the exit status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ethlicense.check._declared import DeclaredLicense, DeclaredLicenseFinder, Mismatch, compare_declared
from ethlicense.check._report import check_data, format_check_text
from ethlicense.check._result import CheckResult

__all__ = [
    "EXIT_DECLARED_MISMATCH",
    "EXIT_NEEDS_REVIEW",
    "EXIT_NOT_OPEN_SOURCE",
    "EXIT_OK",
    "VERDICTS",
    "Entry",
    "Tally",
    "entry_data",
    "entry_text",
    "make_entry",
    "verdict_of",
]

#: The verdicts of ``check``, in the order the summary lists them, and ``not-checked`` for skipped files.
VERDICTS: Final = ("open-source", "not-open-source", "needs-review", "not-checked")
#: ``check --require-osi``: every file is open source, and no package's declared license is contradicted.
EXIT_OK: Final = 0
#: ``check --require-osi``: a file is not open source.
EXIT_NOT_OPEN_SOURCE: Final = 1
#: ``check --require-osi``: no file is "not open source", but a file needs review or could not be checked.
EXIT_NEEDS_REVIEW: Final = 3
#: ``check --require-osi``: a license file contradicts the license its package declares (the Lerna case).
EXIT_DECLARED_MISMATCH: Final = 4
#: The kind of the finding added to a file whose text contradicts its package's declared license.
DECLARED_MISMATCH: Final = "declared-mismatch"


def verdict_of(result: CheckResult) -> str:
    """Return ``check``'s verdict on *result*: ``open-source``, ``not-open-source`` or ``needs-review``.

    Every count and exit status of a tree goes through this one function.
    """
    return str(result.verdict)


def _category(result: CheckResult) -> str:
    return "not-checked" if result.skipped else verdict_of(result)


@dataclass(frozen=True)
class Entry:
    """One file's result, with its package's declared license and any contradiction between them."""

    result: CheckResult
    declared: DeclaredLicense | None = None
    mismatch: Mismatch | None = None

    @property
    def category(self) -> str:
        """The file's verdict, or ``not-checked`` for a file that could not be checked."""
        return _category(self.result)


def make_entry(result: CheckResult, finder: DeclaredLicenseFinder | None) -> Entry:
    """Pair *result* with the declared license of its package (when *finder* is given and finds one)."""
    if finder is None or result.path is None or result.path == "<stdin>":
        return Entry(result)
    declared = finder.find(Path(result.path))
    if declared is None or result.skipped:
        return Entry(result, declared)
    mismatch = compare_declared(
        declared,
        base_license=result.base_license,
        verdict=verdict_of(result),
        restricted=bool(result.restrictions),
    )
    return Entry(result, declared, mismatch)


def entry_data(entry: Entry, *, with_package: bool) -> dict[str, Any]:
    """Return *entry* as JSON-ready data: :func:`ethlicense.check.check_data` with ``verdict``.

    With *with_package*, also ``package`` (the declared license, or ``null``) and a ``declared-mismatch``
    finding when the text contradicts it.
    """
    data = check_data(entry.result)
    data.setdefault("verdict", verdict_of(entry.result))
    if not with_package:
        return data
    declared = entry.declared
    data["package"] = None
    if declared is not None:
        data["package"] = {
            "name": declared.package,
            "version": declared.version,
            "manifest": declared.manifest,
            "field": declared.field,
            "value": declared.value,
            "declared_license": declared.expression,
            "license_ids": list(declared.license_ids),
            "refers_to": declared.refers_to,
            "problem": declared.problem,
            "mismatch": entry.mismatch.model_dump(mode="json") if entry.mismatch else None,
        }
    if entry.mismatch is not None:
        data["findings"] = [*data["findings"], {"kind": DECLARED_MISMATCH, "message": entry.mismatch.message}]
    return data


def entry_text(entry: Entry, *, details: bool) -> str:
    """Return the report on one file (as :func:`ethlicense.check.format_check_text`) with its package.

    The declared license follows the verdict line; a contradiction of it is always shown.
    """
    text = format_check_text([entry.result], details=details)
    declared = entry.declared
    if declared is None:
        return text
    lines = text.splitlines()
    extra: list[str] = []
    if entry.mismatch is not None:
        extra.append(f"  {DECLARED_MISMATCH}: {entry.mismatch.message} ({declared.label}, {_where(declared)})")
    elif details and not (entry.result.osi_open_source and len(lines) == 1):
        extra.append(f"  declared license: {declared.summary} ({declared.label}, {_where(declared)})")
    return "\n".join([lines[0], *extra, *lines[1:]]) + "\n"


def _where(declared: DeclaredLicense) -> str:
    return f"{declared.manifest}: {declared.field}" if declared.field else declared.manifest


@dataclass
class _Attention:
    package: str
    declared: str
    problem: str
    files: list[str] = field(default_factory=list)
    mismatch: bool = False


def _problem(entry: Entry) -> str:
    if entry.mismatch is not None:
        return entry.mismatch.message
    result = entry.result
    if result.skipped:
        message = result.findings[-1].message if result.findings else "could not be checked"
        return f"not checked: {message}"
    verdict = verdict_of(result)
    if verdict == "not-open-source":
        criteria = [criterion for criterion in result.criteria if criterion.startswith("OSD-")]
        return "not open source" + (f" (fails {', '.join(criteria)})" if criteria else "")
    return verdict.replace("-", " ")


@dataclass
class Tally:
    """Counts of verdicts over a run, and the packages that need attention, in the order first met."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    mismatches: int = 0
    files: int = 0
    _attention: dict[str, _Attention] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        """Count *entry*; keep its package when the file is not open source or contradicts its declaration."""
        self.files += 1
        self.counts[entry.category] = self.counts.get(entry.category, 0) + 1
        if entry.mismatch is not None:
            self.mismatches += 1
        if entry.category == "open-source" and entry.mismatch is None:
            return
        path = entry.result.path or "<text>"
        declared = entry.declared
        key = declared.manifest if declared is not None else path
        item = self._attention.get(key)
        if item is None:
            name = declared.label if declared is not None else str(Path(path).parent)
            summary = declared.summary if declared is not None else "-"
            item = self._attention[key] = _Attention(name, summary, _problem(entry))
        elif entry.mismatch is not None and not item.mismatch:
            item.problem = _problem(entry)
        item.mismatch = item.mismatch or entry.mismatch is not None
        item.files.append(path)

    def exit_status(self, *, require_osi: bool) -> int:
        """Return the exit status of ``check``.

        0, or with *require_osi*: 4 for a contradicted declaration, else 1 for any file that is not open
        source, else 3 for any file that needs review or could not be checked.
        """
        if not require_osi:
            return EXIT_OK
        if self.mismatches:
            return EXIT_DECLARED_MISMATCH
        if self.counts.get("not-open-source", 0):
            return EXIT_NOT_OPEN_SOURCE
        if self.counts.get("open-source", 0) != self.files:
            return EXIT_NEEDS_REVIEW
        return EXIT_OK

    def data(self) -> dict[str, Any]:
        """The summary as JSON-ready data (the last line of ``--format jsonl``, under ``summary``)."""
        return {
            "files": self.files,
            "verdicts": dict(self.counts),
            "declared_mismatches": self.mismatches,
            "attention": [
                {
                    "package": item.package,
                    "declared_license": item.declared,
                    "problem": item.problem,
                    "declared_mismatch": item.mismatch,
                    "files": list(item.files),
                }
                for item in self._attention.values()
            ],
        }

    def text(self) -> str:
        """The summary table for people."""
        width = max(len(name) for name in (*VERDICTS, "declared license contradicted"))
        lines = [f"Summary: {self.files} license file{'s' if self.files != 1 else ''}"]
        rows = [(name.replace("-", " "), self.counts[name]) for name in VERDICTS]
        rows.append(("declared license contradicted", self.mismatches))
        lines.extend(f"  {name:<{width}}  {count:>6}" for name, count in rows)
        items = list(self._attention.values())
        if not items:
            lines.append("No package needs attention.")
            return "\n".join(lines) + "\n"
        lines.append(f"Packages that need attention ({len(items)}):")
        table = [("PACKAGE", "DECLARED", "FILE", "PROBLEM")]
        for item in items:
            more = f" (+{len(item.files) - 1} more)" if len(item.files) > 1 else ""
            table.append((item.package, item.declared, item.files[0] + more, item.problem))
        widths = [max(len(row[column]) for row in table) for column in range(3)]
        lines.extend(
            "  " + "  ".join(cell.ljust(widths[column]) for column, cell in enumerate(row[:3])) + "  " + row[3]
            for row in table
        )
        return "\n".join(line.rstrip() for line in lines) + "\n"


def json_line(data: dict[str, Any]) -> str:
    """Return *data* as one line of JSON (for ``--format jsonl``)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
