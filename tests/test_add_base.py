# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""scripts/add_base.py adds a base from the shipped SPDX data: its template, and stubs that tests refuse unfilled."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    """Import scripts/add_base.py, which is a script and not part of a package."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("add_base", ROOT / "scripts" / "add_base.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return module


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the files add_base.py reads and writes."""
    shutil.copytree(ROOT / "ethlicense" / "data", tmp_path / "ethlicense" / "data")
    shutil.copytree(ROOT / "templates" / "bases", tmp_path / "templates" / "bases")
    return tmp_path


def test_a_new_base_gets_its_spdx_text_and_stubs_with_todos(project: Path) -> None:
    """X11: the template holds the SPDX text with a copyright slot; the stubs parse and say what is left to do."""
    written = _script().add_base("X11", project)
    assert "templates/bases/X11.txt.j2" in written
    template = (project / "templates" / "bases" / "X11.txt.j2").read_text(encoding="utf-8")
    assert template.startswith("X11 License\n\n{{ copyright_notice }}\n\nPermission is hereby granted")
    bases_text = (project / "ethlicense" / "data" / "bases.toml").read_text(encoding="utf-8")
    entry = tomllib.loads(bases_text)["X11"]
    assert (entry["accepts_restrictions"], entry["layout"], entry["sublicensable"]) == (False, "two-part", True)
    assert entry["copyright_original"] == "Copyright (C) 1996 X Consortium"
    assert "TODO" in entry["restriction_note"]
    descriptions = tomllib.loads((project / "ethlicense" / "data" / "descriptions.toml").read_text(encoding="utf-8"))
    assert descriptions["bases"]["X11"] == {"permissions": {}, "conditions": {}, "limitations": {}}
    assert '"X11"' in (project / "ethlicense" / "data" / "spdx" / "bases.json").read_text(encoding="utf-8")


def test_a_base_with_a_catalog_base_s_text_shares_its_description(project: Path) -> None:
    """GPL-1.0-or-later is new; a text equal to a catalog base's would get same_as, and here gets a stub."""
    script = _script()
    script.add_base("GPL-1.0-or-later", project)
    descriptions = tomllib.loads((project / "ethlicense" / "data" / "descriptions.toml").read_text(encoding="utf-8"))
    assert "same_as" not in descriptions["bases"]["GPL-1.0-or-later"]
    assert script.descriptions_stub("GPL-9.9-or-later", "GPL-3.0-only") == (
        '\n[bases."GPL-9.9-or-later"]\nsame_as = "GPL-3.0-only"\n'
    )


def test_unknown_and_existing_ids_are_refused(project: Path) -> None:
    """A misspelt id names the nearest SPDX ids; a base already in the catalog is not added twice."""
    script = _script()
    with pytest.raises(SystemExit, match="did you mean MIT"):
        script.add_base("MTI", project)
    with pytest.raises(SystemExit, match="a base already"):
        script.add_base("MIT", project)


def test_the_script_runs_as_a_command(project: Path) -> None:
    """``python scripts/add_base.py ID`` works from its own folder (it finds update_spdx_data.py beside it)."""
    shutil.copytree(ROOT / "scripts", project / "scripts")
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "add_base.py"), "Unknown-Id-Zz"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Unknown-Id-Zz: not in the shipped SPDX License List data" in result.stderr


def test_no_stub_is_left_unfilled() -> None:
    """The shipped data holds no TODO that scripts/add_base.py left for a person to fill."""
    for name in ("bases.toml", "descriptions.toml"):
        text = (ROOT / "ethlicense" / "data" / name).read_text(encoding="utf-8")
        assert "TODO" not in text, f"ethlicense/data/{name} has a TODO left by scripts/add_base.py"
