# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""Run the code snippets of Markdown documents, so that the documentation cannot drift from the code.

Used by ``tests/test_docs.py`` (README.md and docs/) and ``tests/test_examples.py`` (each example's README).
The conventions, for everyone who writes those files:

* A ```` ```python ```` block is executed. The blocks of one document run in order, in one shared
  namespace, in a scratch folder that is the working directory.
* A ```` ```console ```` block holds commands after a ``$`` prompt; a line ending in ``\`` continues on
  the next line. The lines after a command, up to the next prompt, are its expected output: stdout and
  stderr as a terminal shows them, trailing spaces and surrounding blank lines ignored. ``...`` in the
  expected output stands for any text, including several lines. A command shown without output has its
  exit status checked only.
* A ```` ```bash ````, ```` ```sh ```` or ```` ```shell ```` block holds one command per line (a ``$``
  prompt is allowed); its output is not checked.
* Only ``ethlicense`` commands are run, in-process through click's ``CliRunner``. In a chain such as
  ``python3 -m venv .venv && pip install . && ethlicense render MIT``, every other command is taken as
  setup that the test environment already has, and skipped; so are commands on their own such as
  ``cat LICENSE`` or ``python -m pytest``. ``cd FOLDER`` is run too: it changes the working directory
  for the rest of the document (FOLDER must exist). An ``ethlicense`` command may set variables first
  (``SOURCE_DATE_EPOCH=0 ethlicense ...``), may send its stdout to a file (``> FILE``), and may be
  followed by a ``# comment``. Any other shell syntax (pipes, ``;``, ``||``, ``<``) is an error: rewrite
  the example or mark the block ``skip``.
* A block whose fence info has ``title="FILE"`` (```` ```toml title="mining.toml" ````, which
  mkdocs-material shows as a file name) is written to FILE in the scratch folder, so later blocks can use
  it. A titled ``python`` block is written and also run.
* An HTML comment on the line before a block's fence adjusts it (Markdown renderers do not show it):
  ``<!-- docs-test: skip -->`` leaves the block alone (for commands that must not run here), and
  ``<!-- docs-test: exit-code=2 -->`` expects every command of the block to exit with that status instead
  of 0 (for examples of errors).
* ``SOURCE_DATE_EPOCH`` is 2026-01-01, so a command without ``--year`` gives the same output every year.
"""

from __future__ import annotations

import re
import shlex
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from ethlicense.cli import cli

#: 2026-01-01T00:00:00Z, the year the documentation's examples are written for.
SOURCE_DATE_EPOCH = "1767225600"

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^\s*<!--\s*docs-test:\s*(?P<options>.*?)\s*-->\s*$")
_TITLE = re.compile(r"""title=(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')""")
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_OPERATOR = re.compile(r"^[();<>|&]+$")
_SHELLS = frozenset({"bash", "sh", "shell", "console"})
_PYTHON = frozenset({"python", "py", "python3"})


class SnippetError(AssertionError):
    """A snippet failed, or a document breaks the conventions; the message starts with ``FILE:LINE``."""


@dataclass(frozen=True)
class Block:
    """A fenced code block of a Markdown document."""

    path: Path
    line: int
    """The line of the opening fence (1-based)."""
    language: str
    title: str | None
    text: str
    skip: bool = False
    exit_code: int = 0

    @property
    def where(self) -> str:
        """``FILE:LINE`` of the opening fence."""
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Command:
    """One command of a shell block, with the output the document shows for it (``None``: not shown)."""

    line: int
    text: str
    expected_output: str | None


def _marker_options(block_line: int, lines: Sequence[str], path: Path) -> tuple[bool, int]:
    previous = block_line - 2  # index of the line above the fence
    while previous >= 0 and not lines[previous].strip():
        previous -= 1
    match = _MARKER.match(lines[previous]) if previous >= 0 else None
    if match is None:
        return False, 0
    skip, exit_code = False, 0
    for option in match.group("options").split():
        if option == "skip":
            skip = True
        elif option.startswith("exit-code=") and option.removeprefix("exit-code=").isdigit():
            exit_code = int(option.removeprefix("exit-code="))
        else:
            msg = f"{path}:{previous + 1}: unknown docs-test option {option!r} (use skip or exit-code=N)"
            raise SnippetError(msg)
    return skip, exit_code


def parse_blocks(path: Path, text: str | None = None) -> list[Block]:
    """Return the fenced code blocks of the Markdown file *path* (or of *text*, named *path*)."""
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence, info = opening.group("indent"), opening.group("fence"), opening.group("info").strip()
        closing = re.compile(rf"^ *{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        body: list[str] = []
        end = index + 1
        while end < len(lines) and not closing.match(lines[end]):
            body.append(lines[end].removeprefix(indent))
            end += 1
        if end == len(lines):
            msg = f"{path}:{index + 1}: code block is never closed"
            raise SnippetError(msg)
        words = info.split()
        title = _TITLE.search(info)
        skip, exit_code = _marker_options(index + 1, lines, path)
        blocks.append(
            Block(
                path=path,
                line=index + 1,
                language=words[0].lstrip("{.").rstrip("}").lower() if words else "",
                title=(title.group("double") or title.group("single")) if title else None,
                text="\n".join(body) + "\n" if body else "",
                skip=skip,
                exit_code=exit_code,
            )
        )
        index = end + 1
    return blocks


def _join_continuations(lines: list[str], start: int) -> tuple[str, int]:
    r"""Return the command starting at ``lines[start]`` with its ``\`` continuations, and the next index."""
    parts = [lines[start]]
    index = start
    while parts[-1].rstrip().endswith("\\") and index + 1 < len(lines):
        parts[-1] = parts[-1].rstrip()[:-1]
        index += 1
        parts.append(lines[index].strip())
    return " ".join(part.strip() for part in parts), index + 1


def commands(block: Block) -> list[Command]:
    """Return the commands of a shell block, each with the output shown for it (console blocks only)."""
    lines = block.text.splitlines()
    found: list[Command] = []
    index = 0
    console = block.language == "console"
    while index < len(lines):
        line = lines[index]
        if console and not line.startswith("$ "):
            if line.strip():
                msg = f"{block.where}: output line {line!r} follows no command"
                raise SnippetError(msg)
            index += 1
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            index += 1
            continue
        command_line = block.line + 1 + index
        text, index = _join_continuations(lines, index)
        output: list[str] = []
        while console and index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        shown = "\n".join(output).strip("\n")
        found.append(Command(command_line, text.removeprefix("$ ").strip(), shown or None))
    return found


def output_matches(expected: str, actual: str) -> bool:
    """Return whether *actual* output matches *expected*, where ``...`` stands for any text.

    Trailing spaces and leading or trailing blank lines are ignored on both sides.
    """

    def tidy(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")

    pattern = ".*?".join(re.escape(part) for part in tidy(expected).split("..."))
    return re.fullmatch(pattern, tidy(actual), flags=re.DOTALL) is not None


def _segments(command: Command, where: str) -> Iterator[list[str]]:
    """Yield the parts of a command chain (split at ``&&``) as words, comments removed."""
    lexer = shlex.shlex(command.text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    try:
        words = list(lexer)
    except ValueError as error:
        msg = f"{where}: cannot parse {command.text!r}: {error}"
        raise SnippetError(msg) from None
    segment: list[str] = []
    for word in [*words, "&&"]:
        if word == "&&":
            if segment:
                yield segment
            segment = []
        else:
            segment.append(word)


def _run_ethlicense(words: list[str], command: Command, block: Block, where: str) -> None:
    environment: dict[str, str | None] = {}
    while words and _ASSIGNMENT.match(words[0]):
        name, _, value = words.pop(0).partition("=")
        environment[name] = value
    redirect: Path | None = None
    if len(words) >= 2 and words[-2] == ">":
        redirect = Path(words[-1])
        words = words[:-2]
    operators = [word for word in words if _OPERATOR.match(word)]
    if operators:
        msg = f"{where}: unsupported shell syntax {operators[0]!r} in {command.text!r}; see tests/snippets.py"
        raise SnippetError(msg)
    result = CliRunner().invoke(cli, words[1:], prog_name="ethlicense", env=environment)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        details = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info else ""
        msg = f"{where}: {command.text!r} raised {result.exception!r}\n{details}"
        raise SnippetError(msg)
    if result.exit_code != block.exit_code:
        msg = (
            f"{where}: {command.text!r} exited with {result.exit_code}, expected {block.exit_code}"
            f"\n--- output ---\n{result.output}"
        )
        raise SnippetError(msg)
    if redirect is not None:
        redirect.write_bytes(result.stdout_bytes)
    if command.expected_output is not None and not output_matches(command.expected_output, result.output):
        msg = (
            f"{where}: the output of {command.text!r} differs from the document"
            f"\n--- shown ---\n{command.expected_output}\n--- actual ---\n{result.output}"
        )
        raise SnippetError(msg)


def run_shell_block(block: Block, chdir: Callable[[Path], object]) -> int:
    """Run the ``ethlicense`` and ``cd`` commands of a shell block; return how many ran."""
    ran = 0
    for command in commands(block):
        where = f"{block.path}:{command.line}"
        for words in _segments(command, where):
            start = next((index for index, word in enumerate(words) if not _ASSIGNMENT.match(word)), len(words))
            if start < len(words) and words[start] == "ethlicense":
                _run_ethlicense(words, command, block, where)
                ran += 1
            elif words[:1] == ["cd"]:
                folder = Path(words[1]) if len(words) == 2 else None
                if folder is None or not folder.is_dir():
                    msg = f"{where}: {' '.join(words)!r}: no such folder here; mark the block skip"
                    raise SnippetError(msg)
                chdir(folder)
                ran += 1
    return ran


def run_python_block(block: Block, namespace: dict[str, object]) -> None:
    """Execute a python block in *namespace*; tracebacks point at the document's own line numbers."""
    code = compile("\n" * block.line + block.text, str(block.path), "exec")
    try:
        exec(code, namespace)  # noqa: S102 - running the documentation's own examples is the point
    except Exception as error:
        msg = f"{block.where}: python block failed: {error!r}\n{traceback.format_exc()}"
        raise SnippetError(msg) from error


def run_document(path: Path, chdir: Callable[[Path], object]) -> dict[str, int]:
    """Run every snippet of the Markdown file *path*, in the current working directory (a scratch folder).

    *chdir* changes the working directory for a ``cd`` command (pass pytest's ``monkeypatch.chdir``, which
    restores it after the test).

    Returns:
        How many python blocks, commands and files were run or written, by kind.

    Raises:
        SnippetError: A snippet failed or broke the conventions (the message says where).
    """
    counts = {"python": 0, "commands": 0, "files": 0}
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in parse_blocks(path):
        if block.skip:
            continue
        if block.title is not None:
            target = Path(block.title)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.text, encoding="utf-8")
            counts["files"] += 1
        if block.language in _PYTHON:
            run_python_block(block, namespace)
            counts["python"] += 1
        elif block.language in _SHELLS:
            counts["commands"] += run_shell_block(block, chdir)
        elif block.exit_code:
            msg = f"{block.where}: exit-code= applies to shell blocks only"
            raise SnippetError(msg)
    return counts
