# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The examples in examples/: each one runs, and what it writes is what is committed.

The examples with a ``render.sh`` are run for real, with bash and the installed ``ethlicense`` command, in
a scratch copy of their folder; the ``LICENSE`` they write must equal the committed one byte for byte.
``pytest --update-golden`` copies the new output over the committed file instead. Each example's README
snippets run too (conventions in ``tests/snippets.py``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ethlicense
from tests.snippets import SOURCE_DATE_EPOCH, run_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RENDERED = ["no-military-mit", "hippocratic-style", "custom-clause"]
MINE = [*RENDERED, "python-api"]


def _copy(example: str, tmp_path: Path) -> Path:
    folder = tmp_path / example
    shutil.copytree(EXAMPLES / example, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def _environment() -> dict[str, str]:
    """The environment of a child process: the running interpreter's scripts first on PATH, a pinned date."""
    scripts = Path(sys.executable).parent
    return {
        **os.environ,
        "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
    }


@pytest.mark.subprocess
@pytest.mark.parametrize("example", RENDERED)
def test_render_script_reproduces_the_committed_license(example: str, tmp_path: Path, *, update_golden: bool) -> None:
    """render.sh, run with bash in a copy of the example, writes exactly the committed LICENSE."""
    bash = shutil.which("bash")
    if bash is None:  # pragma: no cover - every CI machine has bash
        pytest.skip("bash is not installed")
    folder = _copy(example, tmp_path)
    (folder / "LICENSE").unlink()
    completed = subprocess.run(
        [bash, str(folder / "render.sh")], capture_output=True, text=True, env=_environment(), check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr.startswith("wrote LICENSE\n")
    produced = (folder / "LICENSE").read_bytes()
    committed = EXAMPLES / example / "LICENSE"
    if update_golden:
        committed.write_bytes(produced)
    assert produced == committed.read_bytes(), f"examples/{example}/LICENSE is stale: run examples/{example}/render.sh"


@pytest.mark.parametrize("example", MINE)
def test_readme_snippets_run(example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands and Python blocks in the example's README run in a copy of its folder, as shown."""
    folder = _copy(example, tmp_path)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    run_document(folder / "README.md", monkeypatch.chdir)


def test_every_example_has_a_readme() -> None:
    """Each folder in examples/ explains itself in a README.md."""
    folders = [path for path in EXAMPLES.iterdir() if path.is_dir() and not path.name.startswith((".", "_"))]
    assert {path.name for path in folders} >= set(MINE)
    for folder in folders:
        assert (folder / "README.md").is_file(), f"examples/{folder.name} has no README.md"


def test_hippocratic_style_license_is_named_and_judged_as_documented() -> None:
    """The committed Apache-2.0 license carries its own name, all five clauses in id order, and the Apache terms."""
    text = (EXAMPLES / "hippocratic-style" / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("Example Project Ethical License 1.0\n")
    headings = [line for line in text.splitlines() if re.fullmatch(r"A\d+\. [A-Z].*", line)]
    assert headings == [
        "A1. Definitions",
        "A2. No fossil fuel extraction",
        "A3. Respect for human rights",
        "A4. No law enforcement use",
        "A5. No mass surveillance",
        "A6. No military use",
        "A7. Breach, notice and cure",
        "A8. General",
    ]
    assert text.index("Part 1. Additional Conditions") < text.index("END OF TERMS AND CONDITIONS")
    assert text.rstrip().endswith("limitations under the License.")


def test_custom_clause_file_loads_and_is_judged_by_what_it_restricts() -> None:
    """Both clauses of the example's clause file load, and each fails the criteria of its restriction kind."""
    clauses = ethlicense.load_clause_file(EXAMPLES / "custom-clause" / "clauses.toml")
    assert [clause.id for clause in clauses] == ["no-targeted-advertising", "registered-deployments"]
    advertising, registration = clauses
    lic = ethlicense.compose(
        "MIT",
        clauses=[advertising, ethlicense.clause(registration, registration_url="https://example.org/register")],
        holders=["Example Project authors"],
        year=2026,
    )
    assert {(item.criterion, item.clause) for item in lic.violations} == {
        ("OSD-6", "no-targeted-advertising"),
        ("DFSG-6", "no-targeted-advertising"),
        ("FSF-0", "no-targeted-advertising"),
        ("OSD-7", "registered-deployments"),
        ("DFSG-7", "registered-deployments"),
    }
    assert lic.text == (EXAMPLES / "custom-clause" / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.subprocess
def test_python_api_example_writes_license_and_provenance(tmp_path: Path) -> None:
    """compose_license.py prints the verdict, writes LICENSE and PROVENANCE.md, and leaves them alone on a rerun."""
    script = EXAMPLES / "python-api" / "compose_license.py"
    output = tmp_path / "out"
    output.mkdir()

    def run() -> str:
        completed = subprocess.run(
            [sys.executable, str(script), str(output)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=_environment(),
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        return completed.stdout

    first = run().splitlines()
    assert re.fullmatch(
        r"Conditional license based on the MIT License \(No military use; Named organizations\) "
        r"\(LicenseRef-MIT-with-military-named-organizations-[0-9a-f]{10}\)",
        first[0],
    ), first[0]
    assert first[1] == "open source: False"
    assert any(line.startswith("  fails OSD-6 because of military: ") for line in first)
    assert any(line.startswith("  fails OSD-5 because of named-organizations: ") for line in first)
    assert first[-2:] == [f"wrote {output / 'LICENSE'}", f"wrote {output / 'PROVENANCE.md'}"]

    license_text = (output / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith(
        "Conditional license based on the MIT License (No military use; Named organizations)\n"
    )
    assert "- Example Surveillance Corp." in license_text
    assert "Copyright (c) 2026 Jane Doe" in license_text
    provenance = (output / "PROVENANCE.md").read_text(encoding="utf-8")
    assert provenance.startswith("# Provenance of Conditional license based on the MIT License")
    assert "## Clause `named-organizations`" in provenance

    second = run().splitlines()
    assert second[-2:] == [f"{output / 'LICENSE'} exists; left alone", f"{output / 'PROVENANCE.md'} exists; left alone"]
    assert (output / "LICENSE").read_text(encoding="utf-8") == license_text
