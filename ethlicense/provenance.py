# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Provenance reports: where each clause of a license comes from, and the versions that produced the text.

The record itself (:class:`~ethlicense.models.Provenance`) is made with the license by
:func:`ethlicense.compose.render` (:func:`build_provenance` is that module's, named here too); this module
formats it, as Markdown for ``PROVENANCE.md`` and as JSON.

A project that changes its license also needs relicensing notes: earlier releases keep their license, and
the people whose code is in the project must agree. :func:`relicensing_from_git` lists those people from
the git history (git runs in a child process, only when asked) and :func:`consent_markdown` makes the
consent report. That list is kept out of the provenance report, which ``ethlicense verify`` checks: it
grows with every new contributor.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ethlicense._version import __version__
from ethlicense.compose import build_provenance
from ethlicense.errors import GitHistoryError
from ethlicense.models import Provenance, RenderedLicense

if TYPE_CHECKING:
    from ethlicense.models import Source

__all__ = [
    "Contributor",
    "Relicensing",
    "build_provenance",
    "consent_json",
    "consent_markdown",
    "ethlicense_version",
    "provenance_json",
    "provenance_markdown",
    "relicensing_from_git",
]


def __dir__() -> list[str]:
    return __all__


@functools.cache
def ethlicense_version() -> str:
    """Return the version of ethlicense (the one written in ``ethlicense/_version.py``)."""
    return __version__


def provenance_json(provenance: Provenance) -> dict[str, Any]:
    """Return *provenance* as plain JSON-ready data."""
    return provenance.model_dump(mode="json")


def _source_line(source: Source) -> str:
    details = [part for part in (source.author, source.date, source.relation.value) if part]
    line = f"- {source.title}"
    if source.url:
        line = f"- [{source.title}]({source.url})"
    line += f" ({', '.join(details)})"
    if source.note:
        line += f": {' '.join(source.note.split())}"
    return line


def provenance_markdown(rendered: RenderedLicense, *, relicensing_notes: bool = False) -> str:
    """Return a Markdown provenance report: the verdict with its criteria, and every clause's sources.

    With *relicensing_notes*, the report ends with notes for a project that adopts the license: what
    happens to earlier releases, and that the contributors must agree (``ethlicense consent`` lists them).
    """
    provenance = rendered.provenance
    verdict = rendered.assessment
    lines = [
        f"# Provenance of {rendered.name}",
        "",
        f"- License id: `{rendered.license_id}`",
        f"- Base license: {rendered.base.name} (`{rendered.base.id}`)",
        f"- Open source (OSI): {'yes' if verdict.osi_open_source else 'no'}",
        f"- Free software (FSF): {verdict.fsf_status}",
        f"- Debian (DFSG): {verdict.debian_status}",
        f"- Text SHA-256: `{provenance.text_sha256}`",
        (
            f"- Made with ethlicense {provenance.ethlicense_version}, catalog {provenance.catalog_version}, "
            f"SPDX License List {provenance.spdx_license_list_version}"
        ),
    ]
    if verdict.violations:
        lines += ["", "## Verdict", "", "| Criterion | Clause | Reason |", "| --- | --- | --- |"]
        lines += [
            f"| {item.criterion} | {item.clause or '(whole license)'} | {item.reason} |" for item in verdict.violations
        ]
    if verdict.restrictions_removable:
        lines += ["", "**The base license lets recipients remove these restrictions: they bind no one.**"]
    if verdict.notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in verdict.notes]
    if verdict.consequences:
        lines += ["", "## Consequences", ""] + [f"- {item.text}" for item in verdict.consequences]
    for clause in provenance.clauses:
        kind = "built-in" if clause.builtin else "user-defined"
        lines += [
            "",
            f"## Clause `{clause.id}`: {clause.title}",
            "",
            (
                f"Version {clause.version} ({kind}); restricts "
                f"{', '.join(item.value for item in clause.restricts)}; text SHA-256 `{clause.text_sha256}`."
            ),
        ]
        if clause.rationale:
            lines += ["", "### Rationale", "", clause.rationale]
        if clause.drafting_notes:
            lines += ["", "### Drafting notes", "", clause.drafting_notes]
        if clause.sources:
            lines += ["", "### Sources", ""] + [_source_line(source) for source in clause.sources]
    if relicensing_notes:
        lines += ["", "## Relicensing", "", *_relicensing_notes(rendered)]
        lines += [
            "",
            (
                "The contributors whose consent the change needs are not listed here, because the list grows "
                "with every new contributor: `ethlicense consent` makes it from the git history (names only; "
                "`--emails` adds the addresses)."
            ),
        ]
    return "\n".join(lines) + "\n"


# --- relicensing --------------------------------------------------------------------------------------

GIT_LOG_FORMAT = "%aN%x00%aE"
_GIT_LOG_SHOWN = "%aN <%aE>"


class Contributor(NamedTuple):
    """A commit author, as git reports them after applying ``.mailmap``."""

    name: str
    email: str


@dataclass(frozen=True)
class Relicensing:
    """The contributors of a project, from its git history, for the consent report."""

    contributors: tuple[Contributor, ...] | None = None
    """Everyone who authored a commit in the project folder (sorted by name, then email), or ``None``."""
    reason: str = ""
    """Why :attr:`contributors` is ``None`` (for example ``not a git repository``)."""

    def names(self) -> tuple[str, ...]:
        """Return the contributors' names, each once, in order."""
        return tuple(dict.fromkeys(item.name for item in self.contributors or ()))


def _run_git(directory: Path, *arguments: str) -> tuple[int, str]:
    import shutil  # noqa: PLC0415 - only needed when git history is asked for
    import subprocess  # noqa: PLC0415 - idem

    executable = shutil.which("git")
    if executable is None:
        return -1, "git is not installed"
    command = [executable, "-C", str(directory), "-c", "log.showSignature=false", *arguments]
    try:
        result = subprocess.run(command, capture_output=True, check=False, timeout=120)  # noqa: S603 - fixed command
    except (OSError, subprocess.TimeoutExpired) as error:
        return -1, str(error)
    stream = result.stdout if result.returncode == 0 else result.stderr
    return result.returncode, stream.decode("utf-8", errors="replace")


def relicensing_from_git(directory: str | Path) -> Relicensing:
    """Return the contributors of the project in *directory*, from its git history.

    Runs ``git log --format='%aN%x00%aE' -- .`` in *directory*, so only commits that touch the project
    folder count and ``.mailmap`` is applied; the authors are de-duplicated and sorted (by name
    case-insensitively, then exactly, then by email), so the same repository state always gives the same
    list. A folder outside any git repository, or a machine without git, gives no list and says why; a
    repository without commits gives an empty one.

    Raises:
        GitHistoryError: The repository is a shallow clone (its history, and so the list, would be
            incomplete), or ``git log`` fails.
    """
    folder = Path(directory)
    code, output = _run_git(folder, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository")
    if code != 0:
        reason = "git is not installed" if output == "git is not installed" else "not a git repository"
        return Relicensing(None, reason)
    if output.split()[-1:] == ["true"]:
        msg = (
            f"{str(folder)!r} is a shallow git clone, so its contributor list would be incomplete; fetch the "
            "whole history (git fetch --unshallow; in GitHub Actions, fetch-depth: 0)"
        )
        raise GitHistoryError(msg)
    if _run_git(folder, "rev-parse", "--verify", "--quiet", "HEAD")[0] != 0:
        return Relicensing(())
    code, output = _run_git(folder, "log", f"--format={GIT_LOG_FORMAT}", "--", ".")
    if code != 0:
        msg = f"git log failed in {str(folder)!r}: {' '.join(output.split())}"
        raise GitHistoryError(msg)
    authors = set()
    for line in output.splitlines():
        name, _, email = line.partition("\0")
        if name.strip() or email.strip():
            authors.add(Contributor(name.strip(), email.strip()))
    ordered = sorted(authors, key=lambda item: (item.name.casefold(), item.name, item.email.casefold(), item.email))
    return Relicensing(tuple(ordered))


def _relicensing_notes(rendered: RenderedLicense) -> list[str]:
    lines = [
        (
            "- **Earlier releases keep their license.** This license covers only copies distributed under it. "
            "Every release published before it took effect stays under the license it was published with: "
            "whoever has such a copy may go on using, changing and redistributing it on those terms, and "
            "anyone may continue the project from it."
        ),
        (
            "- **Code that others wrote needs their consent.** Each copyright holder whose contribution "
            "remains in the project must agree to the new terms, unless they already granted the right to "
            "relicense (in a contributor license agreement or a copyright assignment, for example). Record "
            "each agreement, such as an approving review of the change or a signed statement, before the "
            "first release under the new terms, and rewrite or remove the contributions of anyone who "
            "declines."
        ),
    ]
    if rendered.clauses:
        lines.append(
            f"- **Change the metadata too.** This license is `{rendered.license_id}`, not "
            f"`{rendered.base.id}`: package metadata, badges and license files must say so."
        )
    return lines


def consent_markdown(rendered: RenderedLicense, relicensing: Relicensing, *, emails: bool = False) -> str:
    """Return the consent report: whose agreement a change to *rendered* needs, from the git history.

    Args:
        rendered: The license the project changes to.
        relicensing: The contributors (see :func:`relicensing_from_git`).
        emails: List each contributor as ``Name <email>``; by default only names are listed, so that the
            report can be published without publishing addresses.
    """
    lines = [f"# Consent to relicense under {rendered.name}", "", *_relicensing_notes(rendered), ""]
    lines += ["## Contributors whose consent the change needs", ""]
    command = f"git log --format='{_GIT_LOG_SHOWN}' -- . | sort -u"
    if relicensing.contributors is None:
        lines.append(
            f"The list was not collected ({relicensing.reason or 'not requested'}). To make it, run `{command}` "
            "in the project folder."
        )
    elif not relicensing.contributors:
        lines.append("The git history of the project folder has no commits yet.")
    else:
        entries = (
            [f"{item.name} <{item.email}>" for item in relicensing.contributors] if emails else relicensing.names()
        )
        count = len(entries)
        lines += [
            (
                f"From the git history of the project folder (`git log -- .`, with `.mailmap` applied): "
                f"{count} {'person' if count == 1 else 'people'}."
            ),
            "",
        ]
        lines += [f"- {_markdown_escape(entry)}" for entry in entries]
    return "\n".join(lines) + "\n"


def consent_json(relicensing: Relicensing, *, emails: bool = False) -> dict[str, Any]:
    """Return the contributors as JSON-ready data: ``{"contributors": [...], "reason": ...}``.

    Each contributor is ``{"name": ...}``, with ``"email"`` too when *emails*; ``contributors`` is ``null``
    when the list could not be made, and ``reason`` says why.
    """
    if relicensing.contributors is None:
        return {"contributors": None, "reason": relicensing.reason}
    if emails:
        people = [{"name": item.name, "email": item.email} for item in relicensing.contributors]
    else:
        people = [{"name": name} for name in relicensing.names()]
    return {"contributors": people, "reason": None}


def _markdown_escape(text: str) -> str:
    """Escape the characters that Markdown would read as markup or HTML in a list item."""
    return "".join(f"\\{character}" if character in "\\`*_[]<>#|" else character for character in text)
