# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The project commands `init`, `build` and `verify`, through click's runner and as real processes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense.cli import cli

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """\
[license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026

[[clauses]]
id = "military"

[provenance]
git = false
"""

INIT_HEADER = (
    "# The license of this project, for ethlicense: `ethlicense build` writes LICENSE and PROVENANCE.md\n"
    "# from this file and `ethlicense verify` checks them. Every key is described in ethlicense's\n"
    "# docs/configuration.md.\n"
    "\n"
)

#: The id of MIT with the military clause, as composed now (it ends with a digest of the terms).
MILITARY_ID = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026).license_id


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Invoke the CLI in-process and return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an ethlicense.toml, made the current folder."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return tmp_path


# --- init ---------------------------------------------------------------------------------------------


def test_init_with_flags_writes_deterministic_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Flags alone give a fixed file that builds; running again with --force gives the same bytes."""
    monkeypatch.chdir(tmp_path)
    args = ["init", "--base", "mit", "--holder", 'Jane "JD" Doe', "--clause", "military", "--year", "2026"]
    args += ["--clause", "named-organizations", "--set", "named-organizations.organizations=A Corp.;B \\ Inc."]
    args += ["--set", "named-organizations.effective_date=2026-02-01", "--no-input"]
    code, _, err = run(*args)
    assert code == 0, err
    assert "wrote ethlicense.toml; next: ethlicense build" in err
    text = (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")
    assert text == INIT_HEADER + (
        "[license]\n"
        'base = "MIT"\n'
        'holders = ["Jane \\"JD\\" Doe"]\n'
        "year = 2026\n"
        "\n"
        "[[clauses]]\n"
        'id = "military"\n'
        "\n"
        "[[clauses]]\n"
        'id = "named-organizations"\n'
        'organizations = ["A Corp.", "B \\\\ Inc."]\n'
        "effective_date = 2026-02-01\n"
    )
    assert run(*args, "--force")[0] == 0
    assert (tmp_path / "ethlicense.toml").read_text(encoding="utf-8") == text
    code, out, _ = run("build", "-q")
    assert code == 0
    assert "B \\ Inc." in (tmp_path / "LICENSE").read_text(encoding="utf-8")
    assert "created LICENSE" in out


def test_init_refuses_to_overwrite(project: Path) -> None:
    """An existing ethlicense.toml is kept unless --force."""
    code, _, err = run("init", "--holder", "X", "--no-input")
    assert code == 2
    assert err == "Error: 'ethlicense.toml' exists; pass --force to overwrite it\n"
    assert (project / "ethlicense.toml").read_text(encoding="utf-8") == CONFIG


def test_init_asks_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Interactive init asks for base, holders, year, clauses and required parameters, re-asking on errors."""
    monkeypatch.chdir(tmp_path)
    answers = "MTI\nMIT\nJane Doe; John Roe\n2026\nmilitery\nnamed-organizations military\nA Corp.;B Inc.\n"
    code, out, err = run("init", "--interactive", stdin=answers)
    assert code == 0, err
    assert re.search(r"unknown base license 'MTI'\. Did you mean (?:'[^']+' or )*'MIT'", out + err)
    assert "unknown clause 'militery'" in out + err
    text = (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")
    assert 'holders = ["Jane Doe", "John Roe"]' in text
    assert 'id = "named-organizations"\norganizations = ["A Corp.", "B Inc."]' in text
    assert 'id = "military"' in text


def test_init_without_a_terminal_asks_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not on a terminal, init behaves as --no-input: MIT, this year, and a holder must be given."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    code, _, err = run("init")
    assert code == 2
    assert err.startswith("Error: ethlicense.toml:")
    assert "license.holders: MIT has a copyright line to fill in" in err
    assert not (tmp_path / "ethlicense.toml").exists()
    assert run("init", "--holder", "Jane Doe")[0] == 0
    assert "year = 2026\n" in (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--clause", "militery"], "unknown clause 'militery'. Did you mean "),
        (["--clause", "military", "--set", "military.alow_humanitarian=true"], "did you mean 'allow_humanitarian'?"),
        (["--clause", "military", "--set", "military=true"], "expected CLAUSE.PARAMETER=VALUE"),
        (["--set", "military.allow_humanitarian=true"], "clause 'military' is not chosen"),
        (["--clause", "named-organizations"], "required; give it with --set named-organizations.organizations=VALUE"),
        (["--base", "GPL-3.0-only", "--clause", "military"], "license.base: GPL-3.0-only does not accept"),
        (["--year", "3000"], "license.year: input should be less than or equal to 2100"),
        (["--config", "pyproject.toml"], "init writes a file of its own"),
    ],
)
def test_init_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    """Bad flags are one line on stderr, exit code 2, and no file."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("init", "--holder", "Jane Doe", "--no-input", *args)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


# --- build --------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("project")
def test_build_prints_files_verdict_and_hints() -> None:
    """Build lists each file, the verdict on stderr and the PEP 639, npm and badge lines on stdout."""
    code, out, err = run("build", "--spdx", "--reuse")
    assert code == 0, err
    assert out.splitlines()[:6] == [
        "created LICENSE",
        "created PROVENANCE.md",
        "created LICENSE.spdx.json",
        f"created LICENSES/{MILITARY_ID}.txt",
        "created REUSE.toml",
        "created .ethlicense.lock",
    ]
    assert f'license = "{MILITARY_ID}"' in out
    assert 'license-files = ["LICENSE"]' in out
    assert '"license": "SEE LICENSE IN LICENSE",' in out
    assert f"https://img.shields.io/badge/license-{MILITARY_ID.replace('-', '--')}-lightgrey" in out
    assert f"{MILITARY_ID}: not open source: fails OSD-6 (military)" in err
    code, out, err = run("build", "-q")
    assert (code, err) == (0, "")
    assert out == "".join(
        f"unchanged {name}\n"
        for name in (
            "LICENSE",
            "PROVENANCE.md",
            "LICENSE.spdx.json",
            f"LICENSES/{MILITARY_ID}.txt",
            "REUSE.toml",
            ".ethlicense.lock",
        )
    )


def test_build_dry_run_writes_nothing(project: Path) -> None:
    """--dry-run says what it would do and writes nothing; a refusal is listed, then exit 2."""
    code, out, _ = run("build", "--dry-run", "-q")
    assert code == 0
    assert out == "would create LICENSE\nwould create PROVENANCE.md\nwould create .ethlicense.lock\n"
    assert sorted(path.name for path in project.iterdir()) == ["ethlicense.toml"]
    (project / "LICENSE").write_text("mine\n", encoding="utf-8")
    code, out, err = run("build", "-n", "-q")
    assert code == 2
    assert "would refuse LICENSE (not written by ethlicense; needs --force)" in out
    assert err == ("Error: refusing to overwrite 'LICENSE' (not written by ethlicense); pass --force to replace it\n")
    assert (project / "LICENSE").read_text(encoding="utf-8") == "mine\n"


def test_build_refuses_a_hand_edit_until_forced(project: Path) -> None:
    """A hand-edited LICENSE stops the build with one line; --force replaces it."""
    assert run("build", "-q")[0] == 0
    license_file = project / "LICENSE"
    license_file.write_text(license_file.read_text(encoding="utf-8") + "extra\n", encoding="utf-8")
    code, _, err = run("build", "-q")
    assert code == 2
    assert err == (
        "Error: refusing to overwrite 'LICENSE' (edited since ethlicense wrote it); pass --force to replace it\n"
    )
    code, out, _ = run("build", "-q", "--force")
    assert code == 0
    assert out.startswith("updated LICENSE\n")


def test_build_with_other_config_and_output(project: Path) -> None:
    """--config names another file; -o puts the license text elsewhere inside the project."""
    (project / "other.toml").write_text(CONFIG.replace("Jane Doe", "Other Holder"), encoding="utf-8")
    (project / "out").mkdir()
    code, out, err = run("build", "--config", "other.toml", "-o", "out/OUT_LICENSE", "-q")
    assert code == 0, err
    assert out.startswith("created out/OUT_LICENSE\n")
    assert "Other Holder" in (project / "out" / "OUT_LICENSE").read_text(encoding="utf-8")
    code, _, err = run("build", "-o", str(project.parent / "LICENSE"))
    assert code == 2
    assert "is outside the project folder" in err


def test_configuration_error_is_one_line(project: Path) -> None:
    """A broken configuration: one line naming file, line and key; exit 2; nothing written."""
    (project / "ethlicense.toml").write_text(CONFIG.replace("year", "yeer"), encoding="utf-8")
    for command in ("build", "verify"):
        code, out, err = run(command)
        assert code == 2
        assert out == ""
        assert err == (
            "Error: ethlicense.toml:4: license.yeer: unknown key; did you mean 'year'? (and 1 more problem)\n"
        )
    (project / "ethlicense.toml").write_text("[license\n", encoding="utf-8")
    code, _, err = run("build")
    assert code == 2
    assert re.fullmatch(r"Error: ethlicense\.toml:1: not valid TOML: .+\n", err)
    assert sorted(path.name for path in project.iterdir()) == ["ethlicense.toml"]


def test_no_configuration_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a configuration, build says how to make one."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("build")
    assert code == 2
    assert "run `ethlicense init` or pass --config" in err


# --- verify -------------------------------------------------------------------------------------------


def test_verify_exit_codes(project: Path) -> None:
    """verify: 0 when the outputs match, 1 with a diff after a hand edit, 0 again after a forced build."""
    assert run("build", "-q")[0] == 0
    assert run("verify") == (0, "ethlicense.toml: all 2 outputs match\n", "")
    assert run("verify", "-q") == (0, "", "")
    license_file = project / "LICENSE"
    license_file.write_text(license_file.read_text(encoding="utf-8").replace("Jane Doe", "Somebody"), encoding="utf-8")
    code, out, err = run("verify")
    assert code == 1
    assert out.startswith("--- LICENSE (on disk)\n+++ LICENSE (from ethlicense.toml)\n@@ ")
    assert "-Copyright (c) 2026 Somebody\n+Copyright (c) 2026 Jane Doe\n" in out
    assert err == (
        "1 of 2 outputs does not match ethlicense.toml: LICENSE (differs); "
        "run `ethlicense build --force` to update it\n"
    )
    assert run("build", "-q")[0] == 2  # the advice is needed: a plain build refuses the hand-edited file
    (project / "PROVENANCE.md").unlink()
    code, out, _ = run("verify")
    assert code == 1
    assert "PROVENANCE.md: missing\n" in out
    assert run("build", "--force", "-q")[0] == 0
    assert run("verify", "-q")[0] == 0


def test_help_has_examples() -> None:
    """Each command's --help explains it with examples, and the group lists the commands."""
    for command in ("init", "build", "verify"):
        code, out, _ = run(command, "--help")
        assert code == 0
        assert "Examples:" in out
        assert f"ethlicense {command}" in out
    listing = run("--help")[1]
    for command in ("init", "build", "verify"):
        assert re.search(rf"^  {command} ", listing, re.MULTILINE)


def test_pre_commit_hook_definition() -> None:
    """The shipped pre-commit hook runs `ethlicense verify` on configuration and output changes."""
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "ethlicense-verify"
    assert hook["entry"] == "ethlicense verify"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    for path in (
        "ethlicense.toml",
        "pkg/pyproject.toml",
        "LICENSE",
        "PROVENANCE.md",
        "LICENSES/x.txt",
        ".ethlicense.lock",
        "package.json",
        "Cargo.toml",
        "README.md",
    ):
        assert pattern.search(path), path
    for path in ("src/app.py", "docs/LICENSE.md", "docs/README.markdown"):
        assert not pattern.search(path), path


# --- real processes -----------------------------------------------------------------------------------


def _command() -> list[str]:
    found = shutil.which("ethlicense", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "ethlicense"]


def _run_process(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    environment.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [*_command(), *args], cwd=folder, capture_output=True, text=True, check=False, env=environment, timeout=60
    )


@pytest.mark.subprocess
def test_real_init(tmp_path: Path) -> None:
    """`ethlicense init` in a child process, without a terminal, writes the file from flags."""
    result = _run_process(tmp_path, "init", "--base", "MIT", "--holder", "X", "--clause", "military", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert 'id = "military"' in (tmp_path / "ethlicense.toml").read_text(encoding="utf-8")


@pytest.mark.subprocess
def test_real_build(tmp_path: Path) -> None:
    """`ethlicense build --spdx --reuse` in a child process writes every output."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    result = _run_process(tmp_path, "build", "--spdx", "--reuse")
    assert result.returncode == 0, result.stderr
    assert f"created LICENSES/{MILITARY_ID}.txt" in result.stdout
    assert (tmp_path / "LICENSE.spdx.json").is_file()


@pytest.mark.subprocess
def test_real_verify(tmp_path: Path) -> None:
    """`ethlicense verify` in a child process: exit 0, then 1 after an edit, 2 on a broken configuration."""
    (tmp_path / "ethlicense.toml").write_text(CONFIG, encoding="utf-8")
    assert _run_process(tmp_path, "build").returncode == 0
    assert _run_process(tmp_path, "verify").returncode == 0
    with (tmp_path / "LICENSE").open("a", encoding="utf-8") as handle:
        handle.write("edited\n")
    drifted = _run_process(tmp_path, "verify")
    assert drifted.returncode == 1
    assert "+++ LICENSE (from ethlicense.toml)" in drifted.stdout
    (tmp_path / "ethlicense.toml").write_text("[license]\n", encoding="utf-8")
    broken = _run_process(tmp_path, "verify")
    assert broken.returncode == 2
    assert broken.stderr.startswith("Error: ethlicense.toml:1: license.")
    assert "Traceback" not in broken.stderr
