# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""One rule for hidden characters everywhere, byte order marks accepted everywhere, look-alike names refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ethlicense
from ethlicense._lookalike import lookalike_key
from ethlicense._text import find_hidden_character
from ethlicense.build import build_project, verify_project
from ethlicense.config import load_config
from ethlicense.errors import CatalogError, ConfigFileError, InvalidSpecError, UnsafeTextError

#: Characters that print as nothing, or change the look of the one before, and are not controls or formats.
INVISIBLE_PRINTABLE = {
    "COMBINING GRAPHEME JOINER": "\u034f",
    "HANGUL CHOSEONG FILLER": "\u115f",
    "HANGUL JUNGSEONG FILLER": "\u1160",
    "BRAILLE PATTERN BLANK": "\u2800",
    "HANGUL FILLER": "\u3164",
    "VARIATION SELECTOR-1": "\ufe00",
    "VARIATION SELECTOR-16": "\ufe0f",
    "HALFWIDTH HANGUL FILLER": "\uffa0",
    "TAG LATIN SMALL LETTER A": "\U000e0061",
    "CANCEL TAG": "\U000e007f",
    "VARIATION SELECTOR-17": "\U000e0100",
    "VARIATION SELECTOR-256": "\U000e01ef",
}
CONFIG = '[license]\nbase = "MIT"\nholders = ["Jane Doe"]\nyear = 2026\n\n[provenance]\ngit = false\n'
CLAUSE = 'id = "no-mining"\ntitle = "No mining"\nrestricts = ["fields-of-endeavor"]\ntext = "No mining."\n'
#: "Hi" written as variation selectors, the way hidden bytes ride on a visible character.
SMUGGLED = "Jane Doe" + "".join(chr(0xE0100 + byte - 16) for byte in b"Hi")


@pytest.mark.parametrize("character", INVISIBLE_PRINTABLE.values(), ids=INVISIBLE_PRINTABLE.keys())
def test_the_rule_covers_invisible_printable_characters(character: str) -> None:
    """Variation selectors, tags, fillers and the combining grapheme joiner are hidden characters."""
    assert find_hidden_character(f"Jane{character}Doe") == character
    assert find_hidden_character(f"Jane\u00a0Doe{character}") == character


@pytest.mark.parametrize("character", INVISIBLE_PRINTABLE.values(), ids=INVISIBLE_PRINTABLE.keys())
def test_holders_and_names_refuse_them(character: str) -> None:
    """Compose refuses them in holders and in the license's name."""
    with pytest.raises(UnsafeTextError, match="holders"):
        ethlicense.compose("MIT", holders=[f"Jane{character}Doe"], year=2026)
    with pytest.raises(UnsafeTextError, match="name"):
        ethlicense.compose("MIT", holders=["A"], year=2026, name=f"Jane{character}License")


def test_bytes_smuggled_in_variation_selectors_are_refused() -> None:
    """A holder carrying bytes as variation selectors is refused, not written."""
    with pytest.raises(UnsafeTextError, match="U\\+E01"):
        ethlicense.compose("MIT", holders=[SMUGGLED], year=2026)


def test_plain_text_in_other_scripts_passes() -> None:
    """Ordinary letters of other scripts (Hangul syllables, Cyrillic, accents) stay allowed."""
    assert find_hidden_character("\ud55c\uad6d \u0418\u0432\u0430\u043d Jos\u00e9") is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# a comment \u202e that reads backwards\n" + CONFIG, 1),
        (CONFIG + "# \u2066isolated\u2069\n", 8),
        (CONFIG.replace("Jane Doe", "Jane\u3164Doe"), 3),
        (CONFIG.replace("Jane Doe", SMUGGLED), 3),
    ],
)
def test_ethlicense_toml_follows_the_same_rule(tmp_path: Path, text: str, line: int) -> None:
    """Hidden characters anywhere in ethlicense.toml, comments included, are refused with their line."""
    path = tmp_path / "ethlicense.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigFileError, match="hidden and reordering") as caught:
        load_config(path)
    assert caught.value.line == line


def test_pyproject_is_checked_only_in_our_tables(tmp_path: Path) -> None:
    """In pyproject.toml, a zero-width non-joiner in another table is that tool's business; in ours it is refused."""
    other = '[project]\nname = "demo"\ndescription = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"\n'
    ours = "\n".join("[tool.ethlicense." + line[1:] if line.startswith("[") else line for line in CONFIG.splitlines())
    path = tmp_path / "pyproject.toml"
    path.write_text(other + ours + "\n", encoding="utf-8")
    assert load_config(path).config.license.holders == ("Jane Doe",)
    path.write_text(other + ours + "\n# \u202e\n", encoding="utf-8")
    with pytest.raises(ConfigFileError, match="U\\+202E"):
        load_config(path)


def test_clause_files_follow_the_same_rule(tmp_path: Path) -> None:
    """A clause file with a filler or variation selector is refused like one with a bidi control."""
    path = tmp_path / "clause.toml"
    path.write_text(CLAUSE.replace("No mining.", "No\u2800mining."), encoding="utf-8")
    with pytest.raises(CatalogError, match="U\\+2800"):
        ethlicense.load_clause_file(path)


def test_a_byte_order_mark_is_accepted_everywhere(tmp_path: Path) -> None:
    """ethlicense.toml, pyproject.toml, clause files and the build record may start with a UTF-8 BOM."""
    config = tmp_path / "ethlicense.toml"
    config.write_text("\ufeff" + CONFIG, encoding="utf-8")
    build_project(config)
    record = tmp_path / ".ethlicense.lock"
    record.write_text("\ufeff" + record.read_text(encoding="utf-8"), encoding="utf-8")
    assert verify_project(config).ok
    clause = tmp_path / "clause.toml"
    clause.write_text("\ufeff" + CLAUSE, encoding="utf-8")
    assert ethlicense.load_clause_file(clause)[0].id == "no-mining"
    pyproject = tmp_path / "sub" / "pyproject.toml"
    pyproject.parent.mkdir()
    pyproject.write_text("\ufeff[tool.ethlicense.license]\nbase = 'MIT'\nholders = ['A']\nyear = 2026\n", "utf-8")
    assert load_config(pyproject).config.license.base == "MIT"


@pytest.mark.parametrize(
    "name",
    [
        "MIT License",
        "mit license",
        "The MIT License",
        "the  MIT   LICENSE",
        "\u041cIT License",  # Cyrillic capital EM
        "\uff2d\uff29\uff34 License",  # fullwidth
        "MlT License",  # small L for capital I
        "M\u0399T License",  # Greek capital IOTA
        "\U0001d40c\U0001d408\U0001d413 License",  # mathematical bold
        "The Apache License 2.0",
        "\u041cIT",
    ],
)
def test_look_alikes_of_a_base_name_are_refused(name: str) -> None:
    """A restricted license may not take a base's name in another case, width or script, or after "The"."""
    with pytest.raises(InvalidSpecError, match="name"):
        ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, name=name)


@pytest.mark.parametrize("name", ["Jane Doe Ethical License", "Hippocratic License", "The Mitigation License"])
def test_names_of_their_own_pass(name: str) -> None:
    """Names that merely share letters with a base's name are accepted."""
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026, name=name)
    assert rendered.name == name


def test_a_bare_license_may_keep_its_own_name() -> None:
    """Without restrictions the look-alike rule does not apply (the license is the base)."""
    assert lookalike_key("The MIT License") == lookalike_key("mit license")
    ethlicense.compose("MIT", holders=["A"], year=2026, name="MIT License")


@given(
    before=st.text(max_size=20),
    after=st.text(max_size=20),
    hidden=st.sampled_from(sorted(INVISIBLE_PRINTABLE.values())),
)
def test_an_invisible_character_is_found_wherever_it_is(before: str, after: str, hidden: str) -> None:
    """Whatever surrounds it, a string with one of these characters is reported as hiding something."""
    assert find_hidden_character(before + hidden + after) is not None
