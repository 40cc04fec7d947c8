# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense check`` command: a thin layer over :mod:`ethlicense.check`."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any

import click

from ethlicense.check import (
    MAX_FILE_BYTES,
    CheckResult,
    Verdict,
    check_bytes,
    check_paths,
    format_check_json,
    format_check_text,
)

__all__ = ["check"]

_STDIN = "-"


def _run(paths: tuple[str, ...], *, recursive: bool, jobs: int | None, show_progress: bool) -> list[CheckResult]:
    """Check standard input (first, when named as ``-``) and the paths, with a progress bar when asked."""
    results = [check_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), path="<stdin>")] if _STDIN in paths else []
    with contextlib.ExitStack() as stack:
        bars: list[Any] = []

        def started(total: int) -> None:
            if show_progress and total > 1:
                bar = click.progressbar(length=total, label="Checking license files", file=sys.stderr)
                bars.append(stack.enter_context(bar))

        files = [Path(path) for path in paths if path != _STDIN]
        for result in check_paths(files, recursive=recursive, jobs=jobs, on_total=started):
            results.append(result)
            for bar in bars:
                bar.update(1)
    return results


@click.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format: a report for people, or JSON (one object for one file, else an array).",
)
@click.option(
    "--require-osi",
    is_flag=True,
    help=(
        "Fail unless every file is open source: exit 1 when a file is not open source, 3 when none is but a file "
        "needs review or could not be checked."
    ),
)
@click.option(
    "--recursive",
    "-r",
    is_flag=True,
    help="Check every license file (LICENSE*, LICENCE*, COPYING*, UNLICENSE, *-LICENSE) under the folders given.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for many files. [default: one per CPU]",
)
@click.option("--brief", is_flag=True, help="Text format: one verdict line per file, without the details.")
def check(  # noqa: PLR0913, PLR0917 - click passes one parameter per option
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

    \b
    Exit status:
      0  checked (with --require-osi: every file is open source)
      1  with --require-osi: a file is not open source
      2  an error, such as a missing path
      3  with --require-osi: no file is 'not open source', but a file needs review or could not be checked

    \b
    Examples:
      ethlicense check LICENSE
      ethlicense check LICENSE --format json
      ethlicense check a/LICENSE b/COPYING --format json
      ethlicense check --require-osi LICENSE
      ethlicense check --recursive .venv/lib/python3.11/site-packages --brief
    """  # noqa: D301 - click's \b marker must stay a real backspace character
    show_progress = recursive and sys.stderr.isatty()
    results = _run(paths, recursive=recursive, jobs=jobs, show_progress=show_progress)
    if output_format == "json":
        single = len(paths) == 1 and not recursive
        click.echo(format_check_json(results, single=single), nl=False)
    else:
        click.echo(format_check_text(results, details=not brief), nl=False)
    if require_osi:
        sys.exit(require_osi_status(results))


def require_osi_status(results: list[CheckResult]) -> int:
    """Return the exit status of ``check --require-osi`` for *results* (see the command's help)."""
    if any(result.verdict is Verdict.NOT_OPEN_SOURCE and not result.skipped for result in results):
        return 1
    if any(result.verdict is not Verdict.OPEN_SOURCE for result in results):
        return 3
    return 0
