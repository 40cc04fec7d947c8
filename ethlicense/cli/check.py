# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense check`` command: a thin layer over :mod:`ethlicense.check`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ethlicense.check import MAX_FILE_BYTES, CheckResult, check_bytes, format_check_json, format_check_text
from ethlicense.check._declared import DeclaredLicenseFinder
from ethlicense.check._files import check_many
from ethlicense.check._progress import ProgressLine
from ethlicense.check._tree import Entry, Tally, entry_data, entry_text, json_line, make_entry
from ethlicense.cli.common import format_option

__all__ = ["check"]

_STDIN = "-"


def _results(
    paths: tuple[str, ...], *, recursive: bool, jobs: int | None, progress: ProgressLine | None
) -> Iterator[CheckResult]:
    """Check standard input (first, when named as ``-``), then the paths, telling *progress* as files finish."""
    if _STDIN in paths:
        yield check_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), path="<stdin>")
    files = [Path(path) for path in paths if path != _STDIN]
    if not files:
        return
    yield from check_many(
        files,
        recursive=recursive,
        jobs=jobs,
        on_total=progress.start if progress is not None else None,
        on_done=progress.advance if progress is not None else None,
    )


class _Output:
    """Writes each file's report as it comes (or keeps it for one JSON document), then the summary."""

    def __init__(self, output_format: str, *, recursive: bool, brief: bool, progress: ProgressLine | None) -> None:
        self.output_format = output_format
        self.recursive = recursive
        self.brief = brief
        self.progress = progress
        self.kept: list[Entry] = []

    def _write(self, text: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        click.echo(text, nl=False)
        if self.progress is not None:
            self.progress.redraw()

    def add(self, entry: Entry) -> None:
        if self.output_format == "jsonl":
            self._write(json_line(entry_data(entry, with_package=self.recursive)))
        elif self.output_format == "text" and self.recursive:
            self._write(entry_text(entry, details=not self.brief))
        else:
            self.kept.append(entry)

    def finish(self, tally: Tally, *, single: bool) -> None:
        if self.progress is not None:
            self.progress.clear()
        if self.output_format == "jsonl":
            click.echo(json_line({"summary": tally.data()}), nl=False)
        elif self.output_format == "json" and self.recursive:
            from ethlicense.formats import dumps  # noqa: PLC0415 - formats loads the renderer, needed only here

            click.echo(dumps([entry_data(entry, with_package=True) for entry in self.kept]), nl=False)
        elif self.output_format == "json":
            click.echo(format_check_json([entry.result for entry in self.kept], single=single), nl=False)
        elif self.recursive:
            click.echo(tally.text(), nl=False)
        else:
            click.echo(format_check_text([entry.result for entry in self.kept], details=not self.brief), nl=False)


@click.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option(
    ("text", "json", "jsonl"),
    "text",
    "Output format: a report for people; JSON (one object for one file, else an array); or JSON Lines "
    "(one object per file as it is checked, then a summary object), for big trees.",
)
@click.option(
    "--require-osi",
    is_flag=True,
    help=(
        "Fail unless every file is open source: exit 1 when a file is not open source, 3 when none is but a file "
        "needs review or could not be checked, 4 when a license file contradicts its package's declared license."
    ),
)
@click.option(
    "--recursive",
    "-r",
    is_flag=True,
    help=(
        "Check every license file (LICENSE*, LICENCE*, COPYING*, UNLICENSE, *-LICENSE) under the folders given, "
        "beside the license its package declares, and end with a summary."
    ),
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for many files. [default: one per CPU]",
)
@click.option("--brief", is_flag=True, help="Text format: one verdict line per file, without the details.")
def check(  # noqa: PLR0913 - click passes one parameter per option
    paths: tuple[str, ...],
    output_format: str,
    require_osi: bool,
    recursive: bool,
    jobs: int | None,
    brief: bool,
) -> None:
    """Check license files: the base license, what was added to it, and whether it is open source.

    Each PATH is a license file, '-' for standard input (checked first), or with --recursive a folder
    (site-packages, node_modules, vendor/...). The base is identified against the SPDX License List; text added before,
    inside or after it, or changed in it, is classified: a restriction on who may use the software (OSD 5),
    on what for (OSD 6), a separate agreement (OSD 7), conditions on other software (OSD 9), another binding
    condition, or something harmless (a request, a statement of values, a notice, a copyright line).

    Each file gets one of three verdicts. 'open source': an OSI-approved license, and every passage added or
    changed is recognised as harmless, with the reason shown. 'not open source': a restriction was found, the
    base is not OSI-approved, or the base's terms were changed. 'needs review': anything else, such as added
    prose that reads as if it might bind but is recognised neither as a restriction nor as harmless, a text
    without a recognisable base, or one too complex to analyse within the time budget (5 s per file); the
    passages to read are listed. The rules read English prose and can miss wordings they do not know.

    With --recursive, each license file is also compared with the license its package declares (wheel
    METADATA, package.json, Cargo.toml, composer.json, pyproject.toml): a file whose text is not the
    declared license ("declared MIT, but the text is not MIT") gets a 'declared-mismatch' finding. The run
    ends with a summary: counts per verdict and the packages that need attention. On a terminal, a progress
    line on standard error shows the time left once the rate is known.

    FIFOs, devices and sockets are skipped with a finding, never opened; files over 10 MiB are skipped with
    a 'too-large' finding; package manifests over 1 MiB are not read.

    \b
    Exit status:
      0  checked (with --require-osi: every file is open source)
      1  with --require-osi: a file is not open source
      2  an error, such as a missing path
      3  with --require-osi: no file is 'not open source', but a file needs review or could not be checked
      4  with --require-osi: a license file contradicts its package's declared license (wins over 1 and 3)

    \b
    Examples:
      ethlicense check LICENSE
      ethlicense check LICENSE --format json
      ethlicense check a/LICENSE b/COPYING --format json
      ethlicense check --require-osi LICENSE
      ethlicense check --recursive .venv/lib/python3.11/site-packages --brief
      ethlicense check --recursive node_modules --format jsonl > licenses.jsonl
    """
    progress = ProgressLine(sys.stderr) if recursive and sys.stderr.isatty() else None
    finder = DeclaredLicenseFinder([Path(path) for path in paths if path != _STDIN]) if recursive else None
    output = _Output(output_format, recursive=recursive, brief=brief, progress=progress)
    tally = Tally()
    try:
        for result in _results(paths, recursive=recursive, jobs=jobs, progress=progress):
            entry = make_entry(result, finder)
            tally.add(entry)
            output.add(entry)
    finally:
        if progress is not None:
            progress.clear()
    output.finish(tally, single=len(paths) == 1 and not recursive)
    sys.exit(tally.exit_status(require_osi=require_osi))
