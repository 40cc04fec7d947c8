# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The project configuration: schema, catalog checks, located errors, discovery and TOML writing."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ethlicense
from ethlicense._toml import dumps, find_key_line, format_key, toml_string, toml_value
from ethlicense.config import (
    ClauseEntry,
    Config,
    LicenseSettings,
    check_output_path,
    config_toml,
    find_config,
    load_config,
    output_settings_model,
    parse_config,
)
from ethlicense.errors import ConfigError, ConfigFileError

LERNA_STYLE = """\
[license]
base = "MIT"
holders = ["Lerna Contributors"]
year = 2018
name = "Lerna License"                  # optional
[[clauses]]
id = "named-organizations"
organizations = ["Palantir Technologies Inc.", "Microsoft Corporation"]
[[clauses]]
id = "ice-collaborators"
[[clauses]]                             # a user-defined clause, inline
id = "no-crypto-mining"
title = "No cryptocurrency mining"
restricts = ["fields-of-endeavor"]
text = "The Software may not be used to mine cryptocurrency."
"""

MINIMAL = """\
[license]
base = "MIT"
holders = ["Jane Doe"]
year = 2026
"""


def _error(text: str, *, path: str = "ethlicense.toml", pyproject: bool = False) -> ConfigFileError:
    with pytest.raises(ConfigFileError) as caught:
        parse_config(text, path=path, pyproject=pyproject)
    return caught.value


def test_the_issue_example_loads_and_renders() -> None:
    """The example of the issue, with an inline user-defined clause, validates and renders."""
    loaded = parse_config(LERNA_STYLE, path="ethlicense.toml")
    rendered = loaded.rendered
    assert rendered.name == "Lerna License"
    assert re.fullmatch(
        r"LicenseRef-MIT-with-ice-collaborators-named-organizations-no-crypto-mining-[0-9a-f]{10}", rendered.license_id
    )
    assert "The Software may not be used to mine cryptocurrency." in rendered.text
    assert "Palantir Technologies Inc." in rendered.text
    user_clause = next(item.clause for item in rendered.clauses if item.id == "no-crypto-mining")
    assert not user_clause.builtin
    assert "OSD-6" in rendered.assessment.criteria
    assert loaded.config.clauses[0].arguments == {
        "organizations": ["Palantir Technologies Inc.", "Microsoft Corporation"]
    }


def test_defaults_of_optional_tables() -> None:
    """Outputs, SPDX identity and provenance take documented defaults."""
    config = parse_config(MINIMAL, path="ethlicense.toml").config
    defaults = {"license": "LICENSE", "provenance": "PROVENANCE.md", "spdx": "LICENSE.spdx.json"}
    assert config.outputs == output_settings_model().model_validate(defaults)
    assert {name: config.outputs.path(name) for name in defaults} == defaults
    assert config.outputs.include == ()
    assert config.spdx.created is None
    assert config.spdx.download_location == "NOASSERTION"
    assert config.provenance.git is True


def test_models_are_frozen_and_strict() -> None:
    """Config models refuse unknown fields and cannot be changed after validation."""
    settings = LicenseSettings(base="MIT", holders=("A",), year=2026)
    with pytest.raises(ValueError, match="frozen"):
        settings.year = 2027  # type: ignore[misc]
    with pytest.raises(ValueError, match="Extra inputs"):
        LicenseSettings.model_validate({"base": "MIT", "year": 2026, "colour": "red"})


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("year = 2026", "yeer = 2026", "ethlicense.toml:4: license.yeer: unknown key; did you mean 'year'?"),
        ("year = 2026", 'year = "2026"', "ethlicense.toml:4: license.year: expected an integer, got '2026'"),
        ("year = 2026", "year = 1900", "ethlicense.toml:4: license.year: input should be greater than or equal"),
        ('holders = ["Jane Doe"]', 'holders = "Jane Doe"', "ethlicense.toml:3: license.holders: expected an array"),
        ('base = "MIT"', 'base = "MTI"', "ethlicense.toml:2: license.base: unknown base license 'MTI'. Did you mean"),
        ('base = "MIT"', "base = 1", "ethlicense.toml:2: license.base: expected a string, got 1"),
        ("year = 2026", "year = ", "ethlicense.toml:4: not valid TOML: Invalid value"),
        ('holders = ["Jane Doe"]', "holders = []", "ethlicense.toml:3: license.holders: MIT has a copyright line"),
        ("[license]", "[licence]", "ethlicense.toml:1: licence: unknown key; did you mean 'license'?"),
    ],
)
def test_errors_name_file_line_and_key(old: str, new: str, expected: str) -> None:
    """Unknown keys, wrong types, broken TOML and unknown ids give one line: file, line, key, problem."""
    error = _error(MINIMAL.replace(old, new))
    message = str(error)
    assert message.startswith(expected), message
    assert "\n" not in message
    assert isinstance(error, ConfigError)
    assert isinstance(error, ValueError)
    assert error.path == "ethlicense.toml"
    assert error.line is not None


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('[[clauses]]\nid = "militery"\n', "ethlicense.toml:6: clauses[0].id: unknown clause 'militery'. Did you mean"),
        ("[[clauses]]\nallow_humanitarian = true\n", "ethlicense.toml:5: clauses[0]: missing key 'id'"),
        (
            '[[clauses]]\nid = "military"\nalow_humanitarian = true\n',
            "ethlicense.toml:7: clauses[0].alow_humanitarian: clause 'military' has no parameter",
        ),
        (
            '[[clauses]]\nid = "military"\nallow_humanitarian = "maybe"\n',
            "ethlicense.toml:7: clauses[0].allow_humanitarian: expected true or false, got 'maybe'",
        ),
        (
            '[[clauses]]\nid = "named-organizations"\n',
            "ethlicense.toml:5: clauses[0].organizations: required",
        ),
        (
            '[[clauses]]\nid = "military"\n\n[[clauses]]\nid = "military"\n',
            "ethlicense.toml:9: clauses[1].id: clause 'military' is chosen twice (first as clauses[0])",
        ),
        (
            '[[clauses]]\nid = "x-mining"\ntitle = "X"\nrestrict = ["conduct"]\ntext = "No."\n',
            "ethlicense.toml:8: clauses[0].restrict: unknown key in a clause definition",
        ),
        (
            '[[clauses]]\nid = "x-mining"\ntitle = "X"\nrestricts = ["mining"]\ntext = "No."\n',
            "ethlicense.toml:8: clauses[0].restricts[0]: input should be 'persons-or-groups'",
        ),
        (
            '[[clauses]]\nid = "military"\ntitle = "X"\nrestricts = ["conduct"]\ntext = "No."\n',
            "ethlicense.toml:6: clauses[0].id: clause id 'military' is already defined",
        ),
        (
            '[[clauses]]\nid = "x-mining"\ntitle = "X"\nrestricts = ["conduct"]\ntext = "No {{ coin }}."\n',
            "ethlicense.toml:9: clauses[0].text: x-mining: its template uses an undefined value",
        ),
        ('\n[outputs]\nlicense = "../LICENSE"\n', "ethlicense.toml:7: outputs.license: '../LICENSE': outputs stay"),
        ('\n[outputs]\nlicense = "/etc/LICENSE"\n', "ethlicense.toml:7: outputs.license: '/etc/LICENSE': give a path"),
        ('\n[outputs]\nspdx = "LICENSE"\n', "ethlicense.toml:6: outputs: 'LICENSE' is given for two outputs"),
        ('\n[outputs]\nlicense = "REUSE.toml"\n', "ethlicense.toml:7: outputs.license: 'REUSE.toml' is reserved"),
        (
            '\n[outputs]\ninclude = ["sdpx"]\n',
            "ethlicense.toml:7: outputs.include[0]: input should be 'reuse' or 'spdx'",
        ),
        ('\n[spdx]\ncreated = "yesterday"\n', "ethlicense.toml:7: spdx.created: expected a date and time"),
        ("\n[provenance]\ngit = 1\n", "ethlicense.toml:7: provenance.git: expected true or false, got 1"),
    ],
)
def test_clause_and_table_errors(extra: str, expected: str) -> None:
    """Clause ids, parameters, inline definitions and the optional tables are checked with locations."""
    message = str(_error(MINIMAL + extra))
    assert message.startswith(expected), message
    assert "\n" not in message


def test_clauses_must_be_an_array_of_tables() -> None:
    """A top-level ``clauses`` that is not [[clauses]] tables is refused."""
    assert str(_error("clauses = 3\n" + MINIMAL)).startswith("ethlicense.toml:1: clauses: expected an array of tables")


def test_truthful_name_and_gpl_refusal_point_at_their_keys() -> None:
    """Composition errors are attributed to the key that causes them."""
    clause = '\n[[clauses]]\nid = "military"\n'
    named = MINIMAL.replace("year = 2026", 'year = 2026\nname = "MIT License"') + clause
    assert str(_error(named)).startswith("ethlicense.toml:5: license.name: name 'MIT License' is the name of MIT")
    gpl = MINIMAL.replace('"MIT"', '"GPL-3.0-only"') + clause
    assert str(_error(gpl)).startswith("ethlicense.toml:2: license.base: GPL-3.0-only does not accept")
    hidden = MINIMAL.replace("Jane Doe", "Jane\u202eDoe")
    assert str(_error(hidden)).startswith("ethlicense.toml:3: license.holders[0]:")
    bad_id = MINIMAL + 'license_id = "MIT-custom"\n' + clause
    assert str(_error(bad_id)).startswith("ethlicense.toml:5: license.license_id: 'MIT-custom' is not a LicenseRef-")
    aliased = MINIMAL + 'license_id = "LicenseRef-MIT-TC"\n' + clause
    assert str(_error(aliased)).startswith(
        "ethlicense.toml:5: license.license_id: license_id 'LicenseRef-MIT-TC' is read by SPDX tools as 'MIT'"
    )


def test_inline_clause_with_parameters() -> None:
    """An inline clause may declare parameters; their values sit beside its definition keys."""
    text = MINIMAL + (
        '\n[[clauses]]\nid = "no-mining"\ntitle = "No mining"\nrestricts = ["fields-of-endeavor"]\n'
        'text = "The Software may not be used to mine {{ coin }}."\ncoin = "Bitcoin"\n'
        '\n[[clauses.parameters]]\nname = "coin"\nkind = "string"\ndescription = "What may not be mined."\n'
        "required = true\n"
    )
    loaded = parse_config(text, path="ethlicense.toml")
    assert "The Software may not be used to mine Bitcoin." in loaded.rendered.text
    assert loaded.config.clauses[0].arguments == {"coin": "Bitcoin"}
    assert config_toml(loaded.config).count("[[clauses.parameters]]") == 1


def test_pyproject_table(tmp_path: Path) -> None:
    """[tool.ethlicense] in pyproject.toml has the same schema; errors name its full key path."""
    pyproject = tmp_path / "pyproject.toml"
    body = MINIMAL.replace("[license]", "[tool.ethlicense.license]")
    pyproject.write_text('[project]\nname = "demo-package"\n\n' + body, encoding="utf-8")
    loaded = load_config(pyproject)
    assert loaded.prefix == ("tool", "ethlicense")
    assert loaded.root == tmp_path
    assert loaded.package_name() == "demo-package"
    assert find_config(tmp_path) == pyproject
    pyproject.write_text(body.replace("year = 2026", "yeer = 2026"), encoding="utf-8")
    message = str(_error(pyproject.read_text(encoding="utf-8"), path=str(pyproject), pyproject=True))
    assert (
        message
        == f"{pyproject}:4: tool.ethlicense.license.yeer: unknown key; did you mean 'year'? (and 1 more problem)"
    )


def test_pyproject_without_table_is_refused() -> None:
    """A pyproject.toml given explicitly must hold [tool.ethlicense]."""
    assert "has no [tool.ethlicense] table" in str(
        _error('[project]\nname = "x"\n', path="pyproject.toml", pyproject=True)
    )


def test_find_config_prefers_ethlicense_toml_and_refuses_both(tmp_path: Path) -> None:
    """Discovery finds ethlicense.toml, refuses two configurations and explains when there is none."""
    with pytest.raises(ConfigFileError, match="run `ethlicense init` or pass --config"):
        find_config(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "ethlicense.toml").write_text(MINIMAL, encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "ethlicense.toml"
    (tmp_path / "pyproject.toml").write_text("[tool.ethlicense.license]\nbase = 'MIT'\n", encoding="utf-8")
    with pytest.raises(ConfigFileError, match="keep one"):
        find_config(tmp_path)


def test_load_config_defaults_to_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a path, load_config reads ethlicense.toml in the current folder (also via the top level)."""
    (tmp_path / "ethlicense.toml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    loaded = ethlicense.load_config()
    assert loaded.path == Path("ethlicense.toml")
    assert loaded.rendered.license_id == "MIT"
    assert loaded.package_name() == tmp_path.name


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"\xff\xfe", "not UTF-8 text"), ("folder", "is a folder")],
)
def test_unreadable_files(tmp_path: Path, content: bytes | str | None, problem: str) -> None:
    """Missing, binary and folder paths are one-line configuration errors."""
    path = tmp_path / "ethlicense.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "folder":
        path.mkdir()
    with pytest.raises(ConfigFileError, match=problem):
        load_config(path)


def test_created_accepts_dates_and_naive_times() -> None:
    """A TOML date or a local date-time for spdx.created is taken as UTC."""
    for value in ("2018-08-28", "2018-08-28T00:00:00", "2018-08-28T00:00:00Z"):
        config = parse_config(MINIMAL + f"\n[spdx]\ncreated = {value}\n", path="ethlicense.toml").config
        assert config.spdx.created == datetime.datetime(2018, 8, 28, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("LICENSE", "LICENSE"), ("./docs/COPYING.md", "docs/COPYING.md"), ("legal/notice.txt", "legal/notice.txt")],
)
def test_check_output_path_normalises(value: str, expected: str) -> None:
    """Relative output paths are kept in POSIX normal form."""
    assert check_output_path(value) == expected


@pytest.mark.parametrize(
    "value", ["../x", "/abs", "C:/x", "a\\b", "docs/", ".", "LICENSES/x.txt", ".ethlicense.lock", "pyproject.toml"]
)
def test_check_output_path_refuses(value: str) -> None:
    """Paths outside the project, folders and reserved names are refused."""
    with pytest.raises(ValueError, match=r"."):
        check_output_path(value)


def test_config_toml_round_trips_the_issue_example() -> None:
    """Writing a loaded configuration and reading it back gives the same configuration."""
    config = parse_config(LERNA_STYLE + '\n[outputs]\ninclude = ["spdx"]\n', path="ethlicense.toml").config
    text = config_toml(config, comment="first line\nsecond line")
    assert text.startswith("# first line\n# second line\n\n[license]\n")
    assert parse_config(text, path="ethlicense.toml").config == config
    assert config_toml(config, comment="first line\nsecond line") == text


def test_config_toml_leaves_defaults_out() -> None:
    """Values equal to their defaults are not written."""
    config = Config(
        license=LicenseSettings(base="MIT", holders=("A",), year=2026),
        clauses=(ClauseEntry(id="military", arguments={"allow_humanitarian": False}),),
    )
    assert config_toml(config) == (
        '[license]\nbase = "MIT"\nholders = ["A"]\nyear = 2026\n\n'
        '[[clauses]]\nid = "military"\nallow_humanitarian = false\n'
    )


_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@given(_TEXT)
def test_toml_string_round_trips(value: str) -> None:
    """Every string, control characters and quotes included, reads back unchanged."""
    assert tomllib.loads(f"key = {toml_string(value)}")["key"] == value


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=10).filter(lambda key: "\x00" not in key),
        st.one_of(
            _TEXT,
            st.booleans(),
            st.integers(-(2**63), 2**63 - 1),
            st.dates(),
            st.lists(_TEXT, max_size=3),
        ),
        max_size=5,
    )
)
def test_dumps_round_trips(data: dict[str, object]) -> None:
    """A table of strings, booleans, integers, dates and string arrays reads back unchanged."""
    assert tomllib.loads(dumps({"table": data})) == ({"table": data})


def test_toml_value_refuses_none() -> None:
    """Values without a TOML form are a TypeError, not silent output."""
    with pytest.raises(TypeError):
        toml_value(None)
    assert toml_value(datetime.datetime(2018, 8, 28, tzinfo=datetime.UTC)) == "2018-08-28T00:00:00Z"


def test_find_key_line_handles_multiline_values_and_nesting() -> None:
    """Multi-line strings and arrays do not confuse the line finder; nested arrays of tables are counted."""
    text = (
        "[license]\n"  # 1
        'base = "MIT"\n'  # 2
        'holders = [\n  "A",\n  "year = 3",\n]\n'  # 3-6
        "year = 2026\n"  # 7
        '[[clauses]]\nid = "a"\ntext = """\nid = "fake"\n"""\n'  # 8-12
        '[[clauses.sources]]\ntitle = "s"\n'  # 13-14
        '[[clauses]]\n"quoted key" = 1\n'  # 15-16
    )
    assert find_key_line(text, ("license", "year")) == 7
    assert find_key_line(text, ("license", "holders", 1)) == 3
    assert find_key_line(text, ("clauses", 0, "id")) == 9
    assert find_key_line(text, ("clauses", 0, "sources", 0, "title")) == 14
    assert find_key_line(text, ("clauses", 1, "quoted key")) == 16
    assert find_key_line(text, ("clauses", 1, "missing")) == 15
    assert find_key_line(text, ("outputs", "license")) is None
    assert format_key(("clauses", 1, "sources", 0, "title")) == "clauses[1].sources[0].title"
