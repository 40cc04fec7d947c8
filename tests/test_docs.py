# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The documentation: every snippet in README.md and docs/ runs, and the generated pages are up to date.

How snippets are run, and how to mark a block that must not run (``<!-- docs-test: skip -->``) or that
shows an error (``<!-- docs-test: exit-code=2 -->``), is explained at the top of ``tests/snippets.py``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import click
import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense.catalog import default_catalog
from ethlicense.cli import cli
from tests.snippets import (
    SOURCE_DATE_EPOCH,
    Block,
    SnippetError,
    commands,
    output_matches,
    parse_blocks,
    run_document,
)

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _generator() -> ModuleType:
    """Import scripts/generate_docs.py, which is a script and not part of a package."""
    spec = importlib.util.spec_from_file_location("generate_docs", ROOT / "scripts" / "generate_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a copy of examples/, with SOURCE_DATE_EPOCH pinned, as the current directory."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    return tmp_path


@pytest.mark.parametrize("document", DOCUMENTS, ids=[str(path.relative_to(ROOT)) for path in DOCUMENTS])
@pytest.mark.usefixtures("scratch")
def test_document_snippets_run(document: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every python block and ethlicense command in the document runs, exits as shown and prints what is shown."""
    run_document(document, monkeypatch.chdir)


def test_documents_have_snippets_to_run() -> None:
    """The documents are not silently skipped: together they hold dozens of runnable snippets."""
    python_blocks = [
        block for path in DOCUMENTS for block in parse_blocks(path) if block.language == "python" and not block.skip
    ]
    console_commands = [
        command
        for path in DOCUMENTS
        for block in parse_blocks(path)
        if block.language == "console" and not block.skip
        for command in commands(block)
    ]
    assert len(python_blocks) >= 10
    assert len(console_commands) >= 20


@pytest.mark.parametrize("page", sorted(_generator().PAGES))
def test_generated_page_is_up_to_date(page: str) -> None:
    """The committed generated pages equal what scripts/generate_docs.py makes now."""
    generate = _generator().PAGES[page]
    committed = (ROOT / page).read_text(encoding="utf-8")
    assert committed == generate(), f"{page} is out of date: run python scripts/generate_docs.py"


def test_clause_catalogue_lists_every_clause() -> None:
    """Each built-in clause has its own section in the catalogue, with its rendered text and its sources."""
    catalogue = (ROOT / "docs" / "clauses.md").read_text(encoding="utf-8")
    for clause in default_catalog().clauses.values():
        assert f"(`{clause.id}`) {{ #{clause.id} }}" in catalogue, clause.id
        assert f"[`{clause.id}`](#{clause.id})" in catalogue, clause.id
        for source in clause.sources:
            assert source.title in catalogue, (clause.id, source.title)
        for parameter in clause.parameters:
            assert f"| `{parameter.name}` |" in catalogue, (clause.id, parameter.name)


def test_cli_reference_lists_every_command() -> None:
    """Each command, lazily registered ones included, has a section with its help in the CLI reference."""
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    context = click.Context(cli, info_name="ethlicense")
    names = cli.list_commands(context)
    assert {"render", "bases", "clauses", "show"} <= set(names)
    for name in names:
        assert f"## ethlicense {name} {{ #{name} }}" in reference, name
        assert f"Usage: ethlicense {name} " in reference, name


def test_api_reference_documents_names_that_shadow_modules() -> None:
    """A public function named like a submodule (``compose``) is documented by its full path in api.md.

    ``::: ethlicense`` cannot show such a name: the documentation tool sees the submodule there, not the
    function, so docs/api.md must name it explicitly.
    """
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    shadowing = [name for name in ethlicense.__all__ if importlib.util.find_spec(f"ethlicense.{name}") is not None]
    assert "compose" in shadowing
    for name in shadowing:
        target = getattr(ethlicense, name)
        assert f"::: {target.__module__}.{name}\n" in api, f"docs/api.md: add '::: {target.__module__}.{name}'"


# The runner itself.


def _blocks(tmp_path: Path, markdown: str) -> list[Block]:
    path = tmp_path / "page.md"
    path.write_text(markdown, encoding="utf-8")
    return list(parse_blocks(path))


def test_parser_reads_language_title_and_markers(tmp_path: Path) -> None:
    """Fence info gives the language and title; the comment above a fence gives skip and exit-code."""
    markdown = (
        '```toml title="clauses.toml"\nid = "x"\n```\n\n'
        "<!-- docs-test: skip -->\n```bash\npip install .\n```\n\n"
        "<!-- docs-test: exit-code=2 -->\n\n```console\n$ ethlicense show nope\nError: ...\n```\n"
    )
    path = tmp_path / "page.md"
    path.write_text(markdown, encoding="utf-8")
    toml, bash, console = parse_blocks(path)
    assert (toml.language, toml.title, toml.text) == ("toml", "clauses.toml", 'id = "x"\n')
    assert (bash.skip, bash.exit_code) == (True, 0)
    assert (console.skip, console.exit_code, console.line) == (False, 2, 12)


def test_parser_refuses_unknown_markers(tmp_path: Path) -> None:
    """A misspelt marker is an error, not a silently ignored comment."""
    with pytest.raises(SnippetError, match="unknown docs-test option 'skipp'"):
        _blocks(tmp_path, "<!-- docs-test: skipp -->\n```bash\nethlicense bases\n```\n")


def test_console_commands_join_continuations_and_collect_output(tmp_path: Path) -> None:
    """A console command continues over lines ending in a backslash, and the lines after it are its output."""
    path = tmp_path / "page.md"
    path.write_text(
        "```console\n$ ethlicense render MIT \\\n    --holder J\nMIT License\n...\n$ ethlicense bases\n```\n",
        encoding="utf-8",
    )
    [block] = parse_blocks(path)
    first, second = commands(block)
    assert (first.line, first.text, first.expected_output) == (
        2,
        "ethlicense render MIT --holder J",
        "MIT License\n...",
    )
    assert (second.line, second.text, second.expected_output) == (6, "ethlicense bases", None)


@pytest.mark.parametrize(
    ("expected", "actual", "matches"),
    [
        ("wrote LICENSE", "wrote LICENSE\n", True),
        ("a\n...\nz", "a\nb\nc\nz", True),
        ("fails OSD-6 (military), ...", "fails OSD-6 (military), DFSG-6 (military)", True),
        ("wrote LICENSE", "wrote NOTICE", False),
        ("a\nz", "a\nb\nz", False),
    ],
)
def test_output_matching_with_ellipsis(expected: str, actual: str, *, matches: bool) -> None:
    """``...`` stands for any text, and everything else must match exactly."""
    assert output_matches(expected, actual) is matches


@pytest.mark.usefixtures("scratch")
def test_runner_fails_on_wrong_exit_code_output_and_shell_syntax(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command exiting unexpectedly, printing other output, or using a pipe fails with the line number."""
    cases = {
        "```console\n$ ethlicense show nope\n```\n": "exited with 2, expected 0",
        "```console\n$ ethlicense bases --format json\nnot json\n```\n": "differs from the document",
        "```bash\nethlicense bases | head\n```\n": "unsupported shell syntax '|'",
        "```bash\ngit clone https://example.org/x.git && cd x\n```\n": "'cd x': no such folder here",
    }
    for markdown, message in cases.items():
        path = tmp_path / "case.md"
        path.write_text(markdown, encoding="utf-8")
        with pytest.raises(SnippetError, match=message) as failure:
            run_document(path, monkeypatch.chdir)
        assert str(failure.value).startswith(f"{path}:2: ")


@pytest.mark.usefixtures("scratch")
def test_runner_runs_only_ethlicense_commands_and_writes_titled_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setup commands are skipped, titled blocks become files, ``cd`` moves, and redirects write stdout."""
    path = tmp_path / "case.md"
    path.write_text(
        '```toml title="work/my.toml"\nid = "my-clause"\ntitle = "Mine"\n'
        'restricts = ["conduct"]\ntext = "Be nice."\n```\n'
        "```bash\ncd work\npip install . && ethlicense render MIT --holder J --clause-file my.toml --quiet > OUT\n```\n"
        "```python\nfrom pathlib import Path\nassert 'Be nice.' in Path('OUT').read_text()\n```\n",
        encoding="utf-8",
    )
    assert run_document(path, monkeypatch.chdir) == {"python": 1, "commands": 2, "files": 1}
    assert (tmp_path / "work" / "OUT").is_file()


@pytest.mark.subprocess
def test_site_formats_signatures_and_wraps_long_lines(tmp_path: Path) -> None:
    """The docs site builds with ruff-formatted API signatures and the stylesheet that wraps long lines."""
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings_handlers.python")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(requirement.startswith("ruff") for requirement in extras["docs"])
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    signature = re.search(r'class="doc-signature highlight">(.*?)</code>', api, re.DOTALL)
    assert signature is not None
    text = re.sub(r"<[^>]+>", "", signature.group(1))
    assert "\n    base: str,\n" in text  # one parameter per line, as ruff formats a long signature
    css = (tmp_path / "site" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert "white-space: pre-wrap" in css
    assert "stylesheets/extra.css" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


# Command output in the pages: generated, run, or checked as a true sample; never pasted.

#: ``<!-- sample-output STREAM: ethlicense ARGS -->`` on the line before a ``text`` block: the block is a
#: shortened sample of what the command prints on STREAM (stdout or stderr), where ``…`` stands for any text.
_SAMPLE = re.compile(r"^<!-- sample-output (?P<stream>stdout|stderr): (?P<command>ethlicense [^>]*?) -->$")

#: Console blocks the snippet tests cannot run here (a server, a project set up just so), each with its output
#: checked by the test named beside it.
CHECKED_BY_TESTS = {
    ("docs/web.md", "ethlicense serve"): "test_serve_announcement_in_web_md_is_true",
    ("docs/configuration.md", "ethlicense verify"): "test_verify_report_in_configuration_md_is_true",
}


def _samples() -> list[tuple[str, str, str, str]]:
    """Return each sample-output block of the documents: (where, stream, command, shown text)."""
    found = []
    for path in DOCUMENTS:
        lines = path.read_text(encoding="utf-8").splitlines()
        blocks = {block.line: block for block in parse_blocks(path)}
        for index, line in enumerate(lines):
            match = _SAMPLE.match(line)
            if match is None:
                continue
            where = f"{path.relative_to(ROOT)}:{index + 1}"
            block = blocks.get(index + 2)
            assert block is not None, f"{where}: a sample-output marker must be followed by a code block"
            assert block.language == "text", f"{where}: a sample-output block is a text block"
            found.append((where, match["stream"], match["command"], block.text))
    return found


@pytest.mark.parametrize(("where", "stream", "command", "shown"), _samples(), ids=[item[0] for item in _samples()])
def test_sample_output_is_true(where: str, stream: str, command: str, shown: str) -> None:
    """A shortened sample of command output shows lines the command prints, in order; ``…`` stands for the rest."""
    result = CliRunner().invoke(
        cli, shlex.split(command)[1:], env={"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    actual = result.stdout if stream == "stdout" else result.stderr
    assert output_matches(shown.replace("\u2026", "..."), actual), f"{where}: not what {command!r} prints:\n{actual}"


def test_readme_shows_checked_samples() -> None:
    """README.md's sample of the license and of the verdict are checked (the markers are not lost in an edit)."""
    assert [(where.split(":")[0], stream) for where, stream, _, _ in _samples()][:2] == [
        ("README.md", "stdout"),
        ("README.md", "stderr"),
    ]


def test_no_command_output_is_pasted() -> None:
    """A console block that shows output is run by the snippet tests, generated, or checked by a named test."""
    pasted = []
    for path in DOCUMENTS:
        for block in parse_blocks(path):
            if block.language != "console" or not block.skip:
                continue
            for command in commands(block):
                if command.expected_output is None:
                    continue
                key = (str(path.relative_to(ROOT)), command.text)
                if key not in CHECKED_BY_TESTS:
                    pasted.append(f"{block.where}: {command.text}")
                else:
                    assert CHECKED_BY_TESTS[key] in globals(), key
    assert not pasted, "output pasted into a page: use generated-output or sample-output (tests/test_docs.py)"


def _shown_output(page: str, command: str) -> str:
    """Return the output that *page* shows for *command* in a console block."""
    for block in parse_blocks(ROOT / page):
        for item in commands(block):
            if item.text == command and item.expected_output is not None:
                return item.expected_output
    msg = f"{page} shows no output for {command!r}"
    raise AssertionError(msg)


def test_serve_announcement_in_web_md_is_true(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines docs/web.md shows for ``ethlicense serve`` are what it announces (the port aside)."""
    uvicorn = pytest.importorskip("uvicorn")
    from ethlicense.web import _serve  # noqa: PLC0415 - the web extra, needed by this test alone

    monkeypatch.setattr(uvicorn.Server, "run", lambda _self, **_kwargs: None)
    lines: list[str] = []
    _serve.serve("127.0.0.1", 0, announce=lines.append)
    actual = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:8000", "\n".join(lines))
    assert output_matches(_shown_output("docs/web.md", "ethlicense serve"), actual), actual


@pytest.mark.usefixtures("scratch")
def test_verify_report_in_configuration_md_is_true(tmp_path: Path) -> None:
    """docs/configuration.md's ``verify`` report is what verify says of a pyproject.toml that still says MIT."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "toy"\nversion = "1.0"\nlicense = "MIT"\n', encoding="utf-8"
    )
    runner = CliRunner()
    init = ["init", "--base", "MIT", "--holder", "Jane Doe", "--clause", "military", "--year", "2026", "--no-input"]
    assert runner.invoke(cli, init).exit_code == 0
    assert runner.invoke(cli, ["build", "--quiet"]).exit_code == 0
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    shown = _shown_output("docs/configuration.md", "ethlicense verify")
    assert output_matches(shown, result.output), result.output


@pytest.mark.subprocess
def test_benchmark_sample_in_performance_md_is_true() -> None:
    """docs/performance.md shows bench_compose.py's output as it prints it, the measured figures aside."""
    blocks = parse_blocks(ROOT / "docs" / "performance.md")
    index = next(i for i, block in enumerate(blocks) if "benchmarks/bench_compose.py" in block.text)
    command, shown = blocks[index].text.split(), blocks[index + 1]
    assert command[:2] == ["python", "benchmarks/bench_compose.py"]
    assert shown.language == "text"
    result = subprocess.run(
        [sys.executable, *command[1:]], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )

    def figures_masked(text: str) -> str:
        return re.sub(r"\d+\.\d+", "N", text).strip()

    assert figures_masked(shown.text) == figures_masked(result.stdout)
