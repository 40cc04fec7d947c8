# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""scripts/add_base.py adds a base from the shipped SPDX data: its template, and stubs that tests refuse unfilled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from ethlicense.catalog import default_catalog
from ethlicense.check._spdx_data import load_spdx_licenses
from tests.script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    """Import scripts/add_base.py, which is a script and not part of a package."""
    return load_script("add_base")


def _new_base() -> str:
    """Return an OSI-approved SPDX license that is not a base yet and has a copyright line in its template.

    NCSA first (a text with placeholders and a list of conditions); whichever comes next once it is a base.
    """
    bases = default_catalog().bases
    licenses = load_spdx_licenses().licenses
    copyright_line = _script().copyright_line
    return next(
        license_id
        for license_id in ("NCSA", *sorted(licenses))
        if license_id not in bases
        and licenses[license_id].osi_approved
        and copyright_line(licenses[license_id].text, licenses[license_id].template) is not None
    )


NEW_BASE = _new_base()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the files add_base.py reads and writes."""
    shutil.copytree(ROOT / "ethlicense" / "data", tmp_path / "ethlicense" / "data")
    shutil.copytree(ROOT / "templates" / "bases", tmp_path / "templates" / "bases")
    return tmp_path


def test_a_new_base_gets_its_spdx_text_and_stubs_with_todos(project: Path) -> None:
    """The template holds the SPDX text with a copyright slot; the stubs parse and say what is left to do."""
    new = NEW_BASE
    written = _script().add_base(new, project)
    assert f"templates/bases/{new}.txt.j2" in written
    entry = tomllib.loads((project / "ethlicense" / "data" / "bases.toml").read_text(encoding="utf-8"))[new]
    spdx_text = load_spdx_licenses().licenses[new].text
    assert entry["copyright_original"] in spdx_text
    template = (project / "templates" / "bases" / f"{new}.txt.j2").read_text(encoding="utf-8")
    assert template.count("{{ copyright_notice }}") == 1
    assert " ".join(template.replace("{{ copyright_notice }}", entry["copyright_original"]).split()) == " ".join(
        spdx_text.split()
    )
    assert (entry["accepts_restrictions"], entry["layout"]) == (False, "two-part")
    assert "TODO" in entry["restriction_note"]
    descriptions = tomllib.loads((project / "ethlicense" / "data" / "descriptions.toml").read_text(encoding="utf-8"))
    assert descriptions["bases"][new] == {"permissions": {}, "conditions": {}, "limitations": {}}
    assert f'"{new}"' in (project / "ethlicense" / "data" / "spdx" / "bases.json").read_text(encoding="utf-8")


def test_a_base_with_a_catalog_base_s_text_shares_its_description(project: Path) -> None:
    """A new id whose SPDX text is a catalog base's gets same_as; any other gets a stub to fill."""
    script = _script()
    licenses = load_spdx_licenses().licenses
    bases = default_catalog().bases
    texts = {licenses[base].text: base for base in sorted(bases)}
    candidates = (key for key, entry in sorted(licenses.items()) if key not in bases and entry.text in texts)
    shared = next(candidates, None)
    if shared is None:
        pytest.skip("every SPDX license that shares a base's text is a base already")
    script.add_base(shared, project)
    descriptions = tomllib.loads((project / "ethlicense" / "data" / "descriptions.toml").read_text(encoding="utf-8"))
    assert descriptions["bases"][shared] == {"same_as": texts[licenses[shared].text]}
    assert script.descriptions_stub("Zz-1.0", None).count("TODO") == 3


def test_unknown_and_existing_ids_are_refused(project: Path) -> None:
    """A misspelt id names the nearest SPDX ids; a base already in the catalog is not added twice."""
    script = _script()
    with pytest.raises(SystemExit, match="did you mean MIT"):
        script.add_base("MTI", project)
    with pytest.raises(SystemExit, match="a base already"):
        script.add_base("MIT", project)
    with pytest.raises(SystemExit, match="X11 is not OSI-approved"):
        script.add_base("X11", project)


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
