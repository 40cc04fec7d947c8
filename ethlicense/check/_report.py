# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reports of check results: the text report for people and the JSON data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ethlicense._additions import AdditionKind
from ethlicense.check._result import CheckResult, FindingKind, Position, Verdict


def check_data(result: CheckResult) -> dict[str, Any]:
    """Return *result* as JSON-ready data, with the distinct failed criteria under ``criteria``.

    ``main_criterion`` follows: the one a reader should hear first (:attr:`CheckResult.main_criterion`), or
    ``None`` when the text fails none.
    """
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
    ordered["main_criterion"] = result.main_criterion
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
