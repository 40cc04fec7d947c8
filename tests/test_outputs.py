# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The registry of build outputs: everything that lists outputs follows it, so a new output is one entry.

A throwaway output registered for one test is offered as a key of ``[outputs]``, planned, built, recorded,
verified and given a ``--<name>`` flag, with no other change to the library.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from ethlicense import _outputs
from ethlicense._manifest import read_manifest
from ethlicense._outputs import Output, OutputContext, PlannedFile, all_outputs, get_output
from ethlicense.build import Action, build_project, plan_build, verify_project
from ethlicense.cli.build import build, output_options
from ethlicense.cli.verify import verify
from ethlicense.config import output_settings_model, parse_config
from ethlicense.errors import ConfigFileError

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """\
[license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026

[[clauses]]
id = "military"
"""


def _license_id_file(context: OutputContext) -> list[PlannedFile]:
    """The throwaway output's renderer: one line naming the license."""
    rendered = context.rendered
    return [PlannedFile(context.path("id_file"), "id_file", f"{rendered.license_id}: {rendered.name}\n")]


@pytest.fixture
def id_file(monkeypatch: pytest.MonkeyPatch) -> Output:
    """Register a throwaway optional output, ``id_file``, off by default, for one test."""
    output = Output(
        "id_file", "a file naming the license id", _license_id_file, path="LICENSE-ID.txt", optional=True, default=False
    )
    monkeypatch.setattr(_outputs, "OUTPUTS", (*_outputs.OUTPUTS, output))
    return output


def _project(folder: Path, extra: str = "") -> Path:
    path = folder / "ethlicense.toml"
    path.write_text(CONFIG + extra, encoding="utf-8")
    return path


def test_registry_holds_the_outputs_build_makes() -> None:
    """The built-in outputs, in the order build lists them, with their defaults."""
    assert [output.name for output in all_outputs()] == ["license", "provenance", "notice", "spdx", "reuse", "metadata"]
    assert [output.name for output in all_outputs() if output.optional] == ["spdx", "reuse", "metadata"]
    assert get_output("spdx").path == "LICENSE.spdx.json"
    assert get_output("metadata").edits
    assert not get_output("metadata").remembered
    with pytest.raises(KeyError):
        get_output("nothing")


@pytest.mark.parametrize("name", ["Spdx", "two words", "include", "exclude", "1st", ""])
def test_output_names_are_keys_flags_and_keywords(name: str) -> None:
    """An output's name must work as a TOML key, a flag and a Python keyword argument."""
    with pytest.raises(ValueError, match="output name"):
        Output(name, "x", _license_id_file)


def test_new_output_is_a_configuration_key(id_file: Output) -> None:
    """A registered output gets a path key and a place in include, with its default; unknown before."""
    config = parse_config(CONFIG + '[outputs]\nid_file = "docs/ID.txt"\ninclude = ["id_file"]\n', path="e.toml").config
    assert config.outputs.path("id_file") == "docs/ID.txt"
    assert config.outputs.switched("id_file") is True
    assert output_settings_model()().path(id_file.name) == "LICENSE-ID.txt"
    with pytest.raises(ConfigFileError, match=r"outputs.include\[0\]: input should be 'id_file', 'reuse' or 'spdx'"):
        parse_config(CONFIG + '[outputs]\ninclude = ["idfile"]\n', path="e.toml")
    with pytest.raises(ConfigFileError, match="given for two outputs"):
        parse_config(CONFIG + '[outputs]\nid_file = "LICENSE"\n', path="e.toml")


def test_configuration_keys_follow_the_registry() -> None:
    """Without the throwaway output its key is unknown, and the suggestion lists the registry's keys."""
    with pytest.raises(ConfigFileError, match=r"outputs\.id_file: unknown key") as error:
        parse_config(CONFIG + '[outputs]\nid_file = "ID.txt"\n', path="e.toml")
    for output in all_outputs():
        if output.path is not None:
            assert output.name in str(error.value)


@pytest.mark.usefixtures("id_file")
def test_new_output_is_planned_built_recorded_and_verified(tmp_path: Path) -> None:
    """The throwaway output is left out by default, made when switched on, kept on, and checked by verify."""
    config = _project(tmp_path)
    assert "id_file" not in [item.kind for item in plan_build(config).files]
    plan = plan_build(config, id_file=True)
    assert [item.kind for item in plan.files] == ["license", "provenance", "id_file"]
    assert plan.optional_outputs == ("id_file",)
    result = build_project(config, id_file=True)
    assert [(item.path, item.action) for item in result.files][-1] == ("LICENSE-ID.txt", Action.CREATE)
    written = (tmp_path / "LICENSE-ID.txt").read_text(encoding="utf-8")
    assert written == f"{plan.rendered.license_id}: {plan.rendered.name}\n"
    record = read_manifest(tmp_path / ".ethlicense.lock")
    assert record.files["LICENSE-ID.txt"].kind == "id_file"
    assert record.optional_outputs == ("id_file",)
    assert verify_project(config).ok  # the record keeps it on
    (tmp_path / "LICENSE-ID.txt").write_text("edited\n", encoding="utf-8")
    drift = verify_project(config).drift
    assert [(item.path, item.kind, item.problem, item.needs_force) for item in drift] == [
        ("LICENSE-ID.txt", "id_file", "differs", True)
    ]
    (tmp_path / "LICENSE-ID.txt").unlink()
    assert [item.problem for item in verify_project(config).drift] == ["missing"]
    assert verify_project(config, id_file=False).ok
    build_project(config, id_file=False)
    assert "LICENSE-ID.txt" not in read_manifest(tmp_path / ".ethlicense.lock").files


def test_default_on_output_is_switched_off_by_exclude_or_flag(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An optional output that is on by default is made unless ``exclude`` or a switch leaves it out."""
    output = Output("id_file", "a file naming the license id", _license_id_file, path="ID.txt", optional=True)
    monkeypatch.setattr(_outputs, "OUTPUTS", (*_outputs.OUTPUTS, output))
    config = _project(tmp_path)
    assert "ID.txt" in [item.path for item in plan_build(config).files]
    assert "ID.txt" not in [item.path for item in plan_build(config, id_file=False).files]
    excluded = _project(tmp_path, '[outputs]\nexclude = ["id_file"]\n')
    assert "ID.txt" not in [item.path for item in plan_build(excluded).files]
    assert "ID.txt" in [item.path for item in plan_build(excluded, id_file=True).files]
    both = _project(tmp_path, '[outputs]\nexclude = ["id_file"]\ninclude = ["id_file"]\n')
    with pytest.raises(ConfigFileError, match="both in include and in exclude"):
        plan_build(both)


def test_unknown_switch_is_refused(tmp_path: Path) -> None:
    """A switch that names no optional output is a TypeError, as an unknown keyword argument would be."""
    config = _project(tmp_path)
    with pytest.raises(TypeError, match="no optional output is called 'license'"):
        plan_build(config, license=True)
    with pytest.raises(TypeError, match="'spdxx'"):
        build_project(config, spdxx=True)
    with pytest.raises(TypeError, match="'spdxx'"):
        verify_project(config, spdxx=True)


@pytest.mark.usefixtures("id_file")
def test_new_output_gets_a_flag() -> None:
    """The build command's output options loop over the registry, so the throwaway output gets --id_file."""
    seen: dict[str, Any] = {}

    @click.command()
    @output_options
    def command(**values: Any) -> None:
        seen.update(values)

    result = CliRunner().invoke(command, ["--help"])
    assert "--id_file / --no-id_file" in result.output
    assert "a file naming the license id" in result.output
    assert CliRunner().invoke(command, ["--no-id_file", "--spdx"]).exit_code == 0
    assert seen == {"output": None, "spdx": True, "reuse": None, "id_file": False}


def test_flags_say_what_each_output_is() -> None:
    """Each optional output's flag help is made from its description and default."""
    assert get_output("spdx").flag_help == (
        "Include (or leave out) the SPDX 2.3 JSON document. [default: as configured or last built]"
    )
    assert get_output("metadata").flag_help.startswith("Update the license in pyproject.toml")
    assert get_output("metadata").flag_help.endswith("[default: [outputs] metadata, false]")


def outputs_table() -> str:
    """Return the Markdown table of the outputs that docs/configuration.md shows."""
    rows = ["| Output | Written to | Optional | What |", "| --- | --- | --- | --- |"]
    for output in all_outputs():
        if output.path is not None:
            where = f"`{output.path}`"
        elif output.reserved:
            where = ", ".join(f"`{path}`" for path in output.reserved)
        else:
            where = "the files it updates"
        optional = "no" if not output.optional else f"yes, {'on' if output.default else 'off'} by default"
        description = output.description[0].upper() + output.description[1:]
        rows.append(f"| `{output.name}` | {where} | {optional} | {description}. |")
    return "\n".join(rows) + "\n"


def test_configuration_page_lists_the_registry() -> None:
    """docs/configuration.md's table of outputs is the registry's (copy the expected table when it fails)."""
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    table = outputs_table()
    assert table in page, f"docs/configuration.md: replace the table of outputs with\n{table}"
    assert re.search(r"\| `spdx` \| `LICENSE\.spdx\.json` \| yes, off by default \|", table)


def test_configuration_page_describes_every_outputs_key() -> None:
    """Every key of ``[outputs]`` that the registry gives has a row in docs/configuration.md's table of keys."""
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    section = page[page.index("## `[outputs]`") : page.index("## `[spdx]`")]
    for key in output_settings_model().model_fields:
        assert f"\n| `{key}` | " in section, key


def test_build_and_verify_have_a_flag_per_optional_output() -> None:
    """The build command has a flag per optional output; verify one per output that writes files of its own."""
    build_flags = {option for param in build.params for option in param.opts}
    verify_flags = {option for param in verify.params for option in param.opts}
    for output in all_outputs():
        assert (f"--{output.name}" in build_flags) is output.optional, output.name
        assert (f"--{output.name}" in verify_flags) is (output.optional and not output.edits), output.name
    helps = {param.name: getattr(param, "help", None) for param in build.params}
    assert helps["spdx"] == get_output("spdx").flag_help
