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
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, model_validator

from ethlicense.models import Restriction, Violation

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


#: Files larger than this are skipped with a finding rather than read.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: Seconds of analysis allowed per text; a text that needs more gets the verdict "needs review" with a
#: ``too-complex`` finding. Ordinary license files take a few hundredths of a second.
TIME_BUDGET_SECONDS = 5.0


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Position(StrEnum):
    """Where a piece of text lies relative to the base license's text."""

    BEFORE = "before"
    """Above the base license's text."""
    INSIDE = "inside"
    """Inside it: between its paragraphs, inside a sentence, or in place of some of its words."""
    AFTER = "after"
    """Below it."""
    BASE = "base"
    """In the base license's own terms (for licenses that are not open source themselves)."""
    WHOLE = "whole"
    """Anywhere in a text in which no base license was found."""


class Verdict(StrEnum):
    """The verdict on a license text."""

    OPEN_SOURCE = "open-source"
    """An OSI-approved license, with additions recognised as harmless, each for a stated reason."""
    NOT_OPEN_SOURCE = "not-open-source"
    """A restriction was found, the base is not OSI-approved, or the base's own terms were changed."""
    NEEDS_REVIEW = "needs-review"
    """Neither could be established: a person must read the passages named under ``review``."""


class AdditionKind(StrEnum):
    """What a piece of added text is. The first three bind the licensee; the others do not."""

    RESTRICTION = "restriction"
    """Restricts who may use the software, what for, or how (see ``restricts``)."""
    CONDITION = "condition"
    """Binds the licensee in some other way: the text is a license of its own, not the base."""
    CHANGE = "change"
    """Wording of the base license replaced by other wording."""
    REQUEST = "request"
    """Asks something of the licensee without making it a condition."""
    STATEMENT = "statement"
    """States the authors' values or views, and binds no one."""
    CONTRIBUTION_NOTE = "contribution-note"
    """About contributing to the project."""
    THIRD_PARTY_NOTICE = "third-party-notice"
    """Names third-party code included and its license."""
    LICENSE_NOTICE = "license-notice"
    """A notice applying a license (``Licensed under the Apache License...``, an SPDX identifier)."""
    DISCLAIMER = "disclaimer"
    """A disclaimer of warranty or liability."""
    TRADEMARK_NOTICE = "trademark-notice"
    """About trademarks or the use of names for endorsement."""
    PERMISSION = "permission"
    """Grants more than the base license does."""
    EXEMPTION = "exemption"
    """Narrows a restriction (``This condition does not apply to...``)."""
    DEFINITION = "definition"
    """Defines a term."""
    TITLE = "title"
    """A title or heading."""
    COPYRIGHT = "copyright"
    """A copyright notice."""
    STRUCTURE = "structure"
    """Layout: ethlicense's title, introduction and part headings, separators, Markdown fences."""
    LAYOUT_TERMS = "layout-terms"
    """ethlicense's own terms, which every composite has: the sentence that makes the Additional Conditions part
    of the license, and their definitions, breach-and-cure and general sections. They serve the clauses and
    restrict nothing themselves."""
    NOTE = "note"
    """Other text that binds no one."""
    OTHER_LICENSE = "other-license"
    """The text of another SPDX license (third-party code, a second license of a dual license)."""
    UNCLEAR = "unclear"
    """Reads as if it might bind (a negation, a modal verb, a limit), but is recognised neither as a restriction
    nor as harmless: the verdict is "needs review"."""


#: The kinds of addition that bind the licensee.
BINDING_KINDS = frozenset({AdditionKind.RESTRICTION, AdditionKind.CONDITION, AdditionKind.CHANGE})

#: The kinds of addition judged, by reading their prose, to bind no one; a restriction worded in a way the rules
#: do not know lands in one of these, so an open-source verdict with any of them carries a finding saying so.
PROSE_KINDS = frozenset(
    {
        AdditionKind.REQUEST,
        AdditionKind.STATEMENT,
        AdditionKind.CONTRIBUTION_NOTE,
        AdditionKind.THIRD_PARTY_NOTICE,
        AdditionKind.DISCLAIMER,
        AdditionKind.TRADEMARK_NOTICE,
        AdditionKind.PERMISSION,
        AdditionKind.EXEMPTION,
        AdditionKind.DEFINITION,
        AdditionKind.NOTE,
    }
)


class FindingKind(StrEnum):
    """What a finding is about."""

    HIDDEN_CHARACTERS = "hidden-characters"
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    UNREADABLE = "unreadable"
    NO_BASE = "no-base"
    MODIFIED_BASE = "modified-base"
    OTHER_LICENSE = "other-license"
    RESTRICTIONS_VOID = "restrictions-void"
    COMPOSITE = "composite"
    LICENSE_REFERENCE = "license-reference"
    DECLARED_LICENSE = "declared-license"
    UNBINDING_ADDITIONS = "unbinding-additions"
    NEEDS_REVIEW = "needs-review"
    TOO_COMPLEX = "too-complex"
    MINOR_DIFFERENCES = "minor-differences"
    INTERNAL_ERROR = "internal-error"


class Finding(_Model):
    """Something a reader of the verdict should know: a problem with the input, or a note on the text."""

    kind: FindingKind
    message: str


class Addition(_Model):
    """A piece of text that is not the base license's text, and what it is."""

    text: str
    position: Position
    kind: AdditionKind
    restricts: tuple[Restriction, ...] = ()
    clause: str | None = None
    """The id of the catalog clause this is, when recognised."""
    replaces: str | None = None
    """For a change, the base license's wording it replaces (in the normal form of the SPDX guidelines)."""
    license_id: str | None = None
    """For another license's text, its SPDX id; for an ``SPDX-License-Identifier`` line, the id it declares."""
    start: int
    """Offset in the checked text."""
    end: int
    cue: str = ""
    """The words that decided the classification."""

    @property
    def binding(self) -> bool:
        """Whether this addition binds the licensee."""
        return self.kind in BINDING_KINDS


class FoundRestriction(_Model):
    """One restriction found in the text, with the Open Source Definition criteria it fails.

    The result's ``violations`` list these and the criteria of Debian's guidelines and the FSF's definition that
    the same restriction fails.
    """

    text: str
    restricts: Restriction
    criteria: tuple[str, ...]
    clause: str | None = None
    position: Position


class CheckResult(_Model):
    """The verdict on one license text.

    The JSON keys ``base_license``, ``verdict``, ``osi_open_source``, ``restrictions`` (each with ``text``,
    ``restricts``, ``criteria`` and ``clause``), ``violations`` (each with ``criterion`` and ``reason``),
    ``review`` and ``findings`` are stable.
    """

    path: str | None = None
    base_license: str | None
    """The SPDX id of the license the text is or builds on, or ``None``."""
    base_name: str | None = None
    license_id_guess: str | None = None
    """The most similar SPDX license when the text is not (based on) one, or when the match is uncertain."""
    guess_similarity: float | None = None
    """How similar the text is to ``license_id_guess``: the Dice coefficient of their word sets (0 to 1)."""
    verdict: Verdict = Verdict.NEEDS_REVIEW
    """Open source, not open source, or needs review (see the module's description)."""
    osi_open_source: bool | None
    """True for the verdict "open source", False for "not open source", ``None`` for "needs review"."""
    restrictions: tuple[FoundRestriction, ...] = ()
    violations: tuple[Violation, ...] = ()
    findings: tuple[Finding, ...] = ()
    additions: tuple[Addition, ...] = ()
    clauses: tuple[str, ...] = ()
    """The ids of ethlicense catalog clauses recognised in the text."""
    declared_license: str | None = None
    """The license the text declares on an ``SPDX-License-Identifier`` line, if it has one (``LicenseRef-...`` for
    a license of its own, such as ethlicense's composites)."""
    review: tuple[Addition, ...] = ()
    """The passages a person must read before relying on the text: those that make the verdict "needs review"."""
    skipped: bool = False
    """True when the file could not be checked (binary, too large, unreadable, empty)."""

    @model_validator(mode="before")
    @classmethod
    def _check_verdict(cls, data: Any) -> Any:  # noqa: ANN401 - pydantic hands over the raw input
        """Derive the verdict from ``osi_open_source`` when only that is given; a skipped file needs review."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if data.get("skipped"):
            data["verdict"], data["osi_open_source"] = Verdict.NEEDS_REVIEW, None
        elif "verdict" not in data:
            value = data.get("osi_open_source")
            data["verdict"] = (
                Verdict.NEEDS_REVIEW if value is None else Verdict.OPEN_SOURCE if value else Verdict.NOT_OPEN_SOURCE
            )
        else:
            verdict = Verdict(data["verdict"])
            data["osi_open_source"] = None if verdict is Verdict.NEEDS_REVIEW else verdict is Verdict.OPEN_SOURCE
        return data

    @property
    def criteria(self) -> tuple[str, ...]:
        """The distinct criteria failed, in order of first appearance.

        For a composite of ``compose``, these are the criteria of its assessment: each restriction fails the
        criteria of the Open Source Definition (``OSD-6``), Debian's guidelines (``DFSG-6``) and the Free
        Software Definition (``FSF-0``) that ``ethlicense.assess`` derives from what it restricts.
        """
        return tuple(dict.fromkeys(violation.criterion for violation in self.violations))

    @property
    def main_criterion(self) -> str | None:
        """The main criterion the text fails: the one a reader should hear first.

        It is the first criterion of the first restriction in ``restrictions``: restrictions come in the order of
        the text, and those of one passage in the order the passage names what it restricts (``OSD-5`` for "may
        not be used by banks for gambling", ``OSD-6`` for "may not be used for gambling by banks"). Without
        restrictions it is the first criterion of ``violations`` (``OSI-approved`` for a binding condition that
        fails no particular criterion); ``None`` when the text fails none.
        """
        for restriction in self.restrictions:
            if restriction.criteria:
                return restriction.criteria[0]
        return self.violations[0].criterion if self.violations else None


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
    from ethlicense._analyse import analyse  # noqa: PLC0415 - the matcher loads only when a text is checked

    return analyse(text, path=path, catalog=catalog, time_budget=time_budget)


def check_file(path: str | os.PathLike[str], *, catalog: Catalog | None = None) -> CheckResult:
    """Check the license file at *path*.

    Binary, empty, undecodable and oversized (over :data:`MAX_FILE_BYTES`) files give a result with a finding
    saying so rather than an error; text that is not UTF-8 is read as Windows-1252 with a finding.

    Raises:
        LicenseFileError: *path* does not exist, is a folder, or cannot be read.
    """
    from ethlicense._check_files import check_one_file  # noqa: PLC0415 - see check_text

    return check_one_file(Path(path), catalog=catalog, strict=True)


def check_bytes(data: bytes, *, path: str | None = None, catalog: Catalog | None = None) -> CheckResult:
    """Check the bytes of a license file: decode them, then :func:`check_text`.

    UTF-8 is read as such, UTF-16 and UTF-32 when a byte order mark says so, and anything else as Windows-1252
    with a finding. Binary input, and input over :data:`MAX_FILE_BYTES`, give a skipped result with a finding.
    """
    from ethlicense._check_files import check_license_bytes  # noqa: PLC0415 - see check_text

    return check_license_bytes(data, path=path, catalog=catalog)


def is_license_file_name(name: str) -> bool:
    """Return whether a file called *name* is a license file (``LICENSE``, ``COPYING.txt``, ``LICENSE-MIT``...).

    >>> [is_license_file_name(name) for name in ("LICENSE", "licence.md", "COPYING.LESSER", "license.py")]
    [True, True, True, False]
    """
    from ethlicense._check_files import license_file_name  # noqa: PLC0415 - keeps this module light

    return license_file_name(name)


def find_license_files(directory: str | os.PathLike[str]) -> list[Path]:
    """Return every license file under *directory*, sorted, without following links to folders.

    Raises:
        LicenseFileError: *directory* cannot be read.
    """
    from ethlicense._check_files import walk_license_files  # noqa: PLC0415 - see is_license_file_name

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
    from ethlicense._check_files import check_many  # noqa: PLC0415 - see check_text

    return check_many(
        [Path(path) for path in paths], recursive=recursive, jobs=jobs, catalog=catalog, on_total=on_total
    )


# ---------------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------------


def check_data(result: CheckResult) -> dict[str, Any]:
    """Return *result* as JSON-ready data, with the distinct failed criteria under ``criteria``."""
    data = result.model_dump(mode="json")
    ordered: dict[str, Any] = {}
    for key in (
        "path",
        "base_license",
        "base_name",
        "license_id_guess",
        "guess_similarity",
        "verdict",
        "osi_open_source",
    ):
        ordered[key] = data.pop(key)
    ordered["criteria"] = list(result.criteria)
    ordered.update(data)
    return ordered


def format_check_json(results: Iterable[CheckResult], *, single: bool = False) -> str:
    """Return results as indented JSON: one object when *single*, else an array of them."""
    from ethlicense.formats import dumps  # noqa: PLC0415 - formats imports the renderer, needed only here

    items = [check_data(result) for result in results]
    if single:
        if len(items) != 1:
            msg = f"single=True needs exactly one result, not {len(items)}"
            raise ValueError(msg)
        return dumps(items[0])
    return dumps(items)


_EXCERPT = 100


def _excerpt(text: str, limit: int = _EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def _verdict(result: CheckResult) -> str:
    if result.skipped:
        return "not checked"
    if result.verdict is Verdict.OPEN_SOURCE:
        return "open source"
    if result.verdict is Verdict.NEEDS_REVIEW:
        return "needs review"
    criteria = [criterion for criterion in result.criteria if criterion.startswith("OSD-")]
    detail = f" (fails {', '.join(criteria)})" if criteria else ""
    return f"not open source{detail}"


def _verdict_label(result: CheckResult) -> str:
    if result.skipped:
        return "not checked"
    return result.verdict.value.replace("-", " ")


_POSITION_WORDS = {Position.BEFORE: "before", Position.INSIDE: "inside", Position.AFTER: "after"}


def _base_line(result: CheckResult) -> str:
    if result.base_license is None:
        similarity = f", similarity {result.guess_similarity:.2f}" if result.guess_similarity is not None else ""
        guess = f"; best guess: {result.license_id_guess}{similarity}" if result.license_id_guess else ""
        return f"base license: none found on the SPDX License List{guess}"
    name = f" ({result.base_name})" if result.base_name else ""
    if result.declared_license is not None and result.declared_license != result.base_license:
        name += f", declared as {result.declared_license}"
    if any(finding.kind is FindingKind.LICENSE_REFERENCE for finding in result.findings):
        return f"base license: {result.base_license}{name}, applied by its standard notice"
    quiet = {AdditionKind.COPYRIGHT, AdditionKind.STRUCTURE}
    places = {
        _POSITION_WORDS[item.position]
        for item in result.additions
        if item.kind not in quiet and item.position in _POSITION_WORDS
    }
    ordered = [word for word in ("before", "inside", "after") if word in places]
    added = f", with text added {' and '.join(ordered)} it" if ordered else ""
    return f"base license: {result.base_license}{name}{added}"


def format_check_text(results: Iterable[CheckResult], *, details: bool = True) -> str:
    """Return a report for people: a verdict line per file, then what was found (unless *details* is false).

    Open-source files without findings take one line each, so that a large tree reads quickly.
    """
    lines: list[str] = []
    counts = {"open source": 0, "not open source": 0, "needs review": 0, "not checked": 0}
    total = 0
    for result in results:
        total += 1
        verdict = _verdict(result)
        counts[_verdict_label(result)] += 1
        label = result.path or "<text>"
        lines.append(f"{label}: {verdict}")
        if not details or (result.verdict is Verdict.OPEN_SOURCE and not result.findings and not result.additions):
            continue
        if not result.skipped:
            lines.append(f"  {_base_line(result)}")
        lines.extend(_detail_lines(result))
    if total > 1:
        summary = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
        lines.append(f"{total} files: {summary}")
    return "\n".join(lines) + "\n" if lines else ""


def _detail_lines(result: CheckResult) -> list[str]:
    lines: list[str] = []
    if result.verdict is Verdict.NEEDS_REVIEW and not result.skipped:
        count = len(result.review)
        what = f"read {count} passage{'s' if count != 1 else ''}" if count else "read the text"
        lines.append(f"  verdict: needs review: {what} before relying on it")
        lines.extend(f"    - {item.position.value}: {_excerpt(item.text)}" for item in result.review)
    if result.restrictions:
        lines.append("  restrictions:")
        for restriction in result.restrictions:
            clause = f" [clause {restriction.clause}]" if restriction.clause else ""
            criteria = ", ".join(restriction.criteria)
            lines.append(f"    - {restriction.restricts.value}, fails {criteria}{clause}: {_excerpt(restriction.text)}")
    conditions = [item for item in result.additions if item.kind in {AdditionKind.CONDITION, AdditionKind.CHANGE}]
    if conditions:
        lines.append("  other binding changes:")
        for item in conditions:
            replaced = f" (replacing {item.replaces!r})" if item.replaces else ""
            lines.append(f"    - {item.kind.value} {item.position.value}{replaced}: {_excerpt(item.text)}")
    layout = [item for item in result.additions if item.kind is AdditionKind.LAYOUT_TERMS]
    if layout:
        lines.append("  ethlicense's own terms (restrict nothing themselves):")
        lines.extend(
            f"    - {item.cue or item.kind.value} {item.position.value}: {_excerpt(item.text, 80)}" for item in layout
        )
    quiet = {AdditionKind.STRUCTURE, AdditionKind.LAYOUT_TERMS, AdditionKind.UNCLEAR}
    harmless = [item for item in result.additions if not item.binding and item.kind not in quiet]
    if harmless:
        lines.append("  harmless additions (kind, why, where):")
        lines.extend(
            f"    - {item.kind.value}{f' ({_excerpt(item.cue, 40)!r})' if item.cue else ''} {item.position.value}: "
            f"{_excerpt(item.text, 80)}"
            for item in harmless
        )
    if result.violations:
        lines.append("  fails:")
        lines.extend(
            f"    - {item.criterion}{f' ({item.clause})' if item.clause else ''}: {item.reason}"
            for item in result.violations
        )
    if result.findings:
        lines.append("  findings:")
        lines.extend(f"    - {item.kind.value}: {item.message}" for item in result.findings)
    return lines
