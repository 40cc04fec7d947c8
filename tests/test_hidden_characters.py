# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Hidden and reordering characters are refused in every string a user supplies, naming field and code point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic
import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense.catalog import clause_from_mapping, load_clause_file
from ethlicense.cli import cli

#: The characters of the issue (bidirectional controls, zero-width characters, the byte order mark) and a
#: sample of the other controls and format characters.
HIDDEN = [
    *(chr(code) for code in range(0x202A, 0x202F)),  # LRE, RLE, PDF, LRO, RLO
    *(chr(code) for code in range(0x2066, 0x206A)),  # LRI, RLI, FSI, PDI
    *(chr(code) for code in range(0x200B, 0x200E)),  # ZWSP, ZWNJ, ZWJ
    "\ufeff",  # byte order mark / zero width no-break space
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u2060",  # word joiner
    "\u00ad",  # soft hyphen
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\U000e0001",  # language tag
]
IDS = [f"U+{ord(character):04X}" for character in HIDDEN]


def code_point(character: str) -> str:
    """Return the ``U+XXXX`` form the error messages use."""
    return f"U+{ord(character):04X}"


def expect_refusal(
    action: Callable[[], object], field: str, character: str, error: type[Exception] = ethlicense.UnsafeTextError
) -> None:
    """Assert that *action* raises *error* with a message naming *field* and the code point of *character*."""
    with pytest.raises(error) as caught:
        action()
    message = str(caught.value)
    assert field in message
    assert code_point(character) in message


# The Python API: holders, name, license id and every kind of clause parameter.


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
def test_holders_name_and_license_id_refuse_hidden_characters(character: str) -> None:
    """compose() refuses a hidden character in a holder, the name or the license id, naming which."""
    expect_refusal(lambda: ethlicense.compose("MIT", holders=["A", f"Jane{character}Doe"]), "holders[1]", character)
    expect_refusal(
        lambda: ethlicense.compose("MIT", clauses=["military"], holders=["A"], name=f"Name{character}"),
        "name",
        character,
    )
    expect_refusal(
        lambda: ethlicense.compose(
            "MIT", clauses=["military"], holders=["A"], license_id=f"LicenseRef-x{character}", year=2026
        ),
        "license_id",
        character,
    )


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"organizations": ["A", "B{}C"]}, "parameter 'organizations', item 2"),
        ({"organizations": "A;B{}C"}, "parameter 'organizations'"),
        ({"organizations": ["A"], "reason": "because{}"}, "parameter 'reason'"),
        ({"organizations": ["A"], "effective_date": "2018-08-28{}"}, "parameter 'effective_date'"),
        ({"organizations": ["A"], "include_parents": "true{}"}, "parameter 'include_parents'"),
    ],
)
def test_every_kind_of_parameter_refuses_hidden_characters(
    character: str, arguments: dict[str, Any], field: str
) -> None:
    """Strings, list items, lists given as text, dates and booleans given as text are all checked."""
    filled = {
        key: [item.format(character) for item in value] if isinstance(value, list) else value.format(character)
        for key, value in arguments.items()
    }
    expect_refusal(lambda: ethlicense.clause("named-organizations", **filled), field, character)


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
def test_multi_line_text_parameters_refuse_hidden_characters(character: str) -> None:
    """A multi-line text parameter accepts line breaks but no hidden character."""
    clause = ethlicense.Clause(
        id="explained",
        title="Explained",
        restricts=(ethlicense.Restriction.CONDUCT,),
        template="{{ explanation }}",
        parameters=(ethlicense.Parameter(name="explanation", kind=ethlicense.ParameterKind.TEXT, description="Why."),),
    )
    assert ethlicense.clause(clause, explanation="One.\nTwo.").arguments["explanation"] == "One.\nTwo."
    expect_refusal(lambda: ethlicense.clause(clause, explanation=f"One.\nTw{character}o."), "explanation", character)


@pytest.mark.parametrize("value", ["Jane\nDoe", "Jane\tDoe", "Jane\rDoe"])
def test_one_line_fields_refuse_line_breaks_and_tabs(value: str) -> None:
    """Holders, names and string parameters are one line: no line break, tab or carriage return."""
    with pytest.raises(ethlicense.UnsafeTextError, match="holders"):
        ethlicense.compose("MIT", holders=[value])
    with pytest.raises(ethlicense.UnsafeTextError, match="reason"):
        ethlicense.clause("named-organizations", organizations=["A"], reason=value)


# User-defined clauses: every field of a mapping, a Clause built directly, and TOML files.

VALID_CLAUSE: dict[str, Any] = {
    "id": "mine",
    "version": "1.0",
    "title": "Mine",
    "summary": "A summary.",
    "restricts": ["conduct"],
    "text": "No {{ what }}.",
    "rationale": "A rationale.",
    "drafting_notes": "Some notes.",
    "sources": [{"title": "A source", "url": "https://example.org/", "author": "Someone", "note": "A note."}],
    "parameters": [{"name": "what", "kind": "string", "description": "What.", "default": "harm"}],
}

#: (path to the string in VALID_CLAUSE, the field name the message must give).
CLAUSE_FIELDS: list[tuple[tuple[str | int, ...], str]] = [
    (("id",), "id"),
    (("version",), "version"),
    (("title",), "title"),
    (("summary",), "summary"),
    (("text",), "text"),
    (("rationale",), "rationale"),
    (("drafting_notes",), "drafting_notes"),
    (("sources", 0, "title"), "sources[0].title"),
    (("sources", 0, "url"), "sources[0].url"),
    (("sources", 0, "author"), "sources[0].author"),
    (("sources", 0, "note"), "sources[0].note"),
    (("parameters", 0, "name"), "parameters[0].name"),
    (("parameters", 0, "description"), "parameters[0].description"),
    (("parameters", 0, "default"), "parameters[0].default"),
]


def with_character(path: tuple[str | int, ...], character: str) -> dict[str, Any]:
    """Return a deep copy of VALID_CLAUSE with *character* inserted into the string at *path*."""
    data: Any = {
        **VALID_CLAUSE,
        "sources": [dict(VALID_CLAUSE["sources"][0])],
        "parameters": [dict(VALID_CLAUSE["parameters"][0])],
    }
    node = data
    for step in path[:-1]:
        node = node[step]
    value = node[path[-1]]
    node[path[-1]] = value[:1] + character + value[1:]
    result: dict[str, Any] = data
    return result


def test_the_valid_clause_is_valid() -> None:
    """The clause the next tests spoil is itself accepted."""
    assert clause_from_mapping(VALID_CLAUSE, source="test").id == "mine"


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
@pytest.mark.parametrize(("path", "field"), CLAUSE_FIELDS, ids=[field for _, field in CLAUSE_FIELDS])
def test_every_field_of_a_clause_definition_refuses_hidden_characters(
    character: str, path: tuple[str | int, ...], field: str
) -> None:
    """clause_from_mapping names the source, the field and the code point."""
    data = with_character(path, character)
    expect_refusal(lambda: clause_from_mapping(data, source="mine.toml"), f"mine.toml: {field}", character, Exception)
    with pytest.raises(ethlicense.CatalogError):
        clause_from_mapping(data, source="mine.toml")


@pytest.mark.parametrize("character", ["\u202e", "\u200b", "\ufeff", "\x00"], ids=code_point)
@pytest.mark.parametrize(("path", "field"), CLAUSE_FIELDS, ids=[field for _, field in CLAUSE_FIELDS])
def test_a_clause_built_directly_refuses_hidden_characters(
    character: str, path: tuple[str | int, ...], field: str
) -> None:
    """The models check their strings too, so a Clause built in Python (or by a config loader) is safe."""
    data = with_character(path, character)
    data["template"] = data.pop("text")
    with pytest.raises(pydantic.ValidationError) as caught:
        ethlicense.Clause.model_validate(data)
    message = str(caught.value)
    assert code_point(character) in message
    assert field.rsplit(".", 1)[-1].split("[", maxsplit=1)[0] in message


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
@pytest.mark.parametrize("where", ["comment", "key", "string", "escape", "multi-line"])
def test_clause_files_refuse_hidden_characters_anywhere(tmp_path: Path, character: str, where: str) -> None:
    """A TOML clause file with a hidden character, even in a comment, is refused with file, line and code point."""
    escape = f"\\U{ord(character):08X}"
    lines = {
        "comment": f'# A comment {character} here\nid = "mine"',
        "key": f'id = "mine"\n"ti{character}tle" = "Mine"',
        "string": f'id = "mine"\nsummary = "One{character}two"',
        "escape": f'id = "mine"\nsummary = "One{escape}two"',
        "multi-line": f'id = "mine"\nsummary = """\nOne\nTw{character}o\n"""',
    }[where]
    path = tmp_path / "mine.toml"
    path.write_text(f'{lines}\ntitle = "Mine"\nrestricts = ["conduct"]\ntext = "No harm."\n', encoding="utf-8")
    with pytest.raises(ethlicense.CatalogError) as caught:
        load_clause_file(path)
    message = str(caught.value)
    assert "mine.toml" in message
    assert code_point(character) in message
    if where == "escape":
        assert "summary" in message
    else:
        line = 1 if where == "comment" else 2 if where in {"key", "string"} else 4
        assert f"mine.toml, line {line}" in message


def test_a_leading_byte_order_mark_is_an_encoding_mark_not_text(tmp_path: Path) -> None:
    """A UTF-8 byte order mark at the very start of a clause file is accepted; elsewhere it is refused."""
    path = tmp_path / "bom.toml"
    body = 'id = "bom"\ntitle = "BOM"\nrestricts = ["conduct"]\ntext = "No harm."\n'
    path.write_text("\ufeff" + body, encoding="utf-8")
    assert [clause.id for clause in load_clause_file(path)] == ["bom"]
    path.write_text(body + "\ufeff", encoding="utf-8")
    with pytest.raises(ethlicense.CatalogError, match=r"U\+FEFF"):
        load_clause_file(path)


def test_a_clause_file_name_with_a_nul_is_a_catalog_error() -> None:
    """A file name the operating system cannot take gives an ordinary error, not a ValueError."""
    with pytest.raises(ethlicense.CatalogError, match="bad file name"):
        load_clause_file("clauses\x00.toml")


# The command line: one line on stderr, exit code 2, naming the field and the code point.


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\u200b", "\ufeff", "\x1b"], ids=code_point)
@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (["--holder", "Jane{}Doe"], "holders[0]"),
        (["--clause", "military", "--name", "Mine{}"], "name"),
        (["--clause", "military", "--license-id", "LicenseRef-mine{}"], "license_id"),
        (["--clause", "named-organizations", "--set", "named-organizations.organizations=A;B{}"], "organizations"),
        (
            [
                "--clause",
                "named-organizations",
                "--set",
                "named-organizations.organizations=A",
                "--set",
                "named-organizations.reason=R{}",
            ],
            "reason",
        ),
    ],
)
def test_the_command_line_refuses_hidden_characters(character: str, arguments: list[str], field: str) -> None:
    """Every string option of `render` is checked; the error is one line with field and code point."""
    filled = [argument.replace("{}", character) for argument in arguments]
    holder = [] if "--holder" in arguments else ["--holder", "J"]
    result = CliRunner().invoke(cli, ["render", "MIT", *holder, *filled])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert field in result.stderr
    assert code_point(character) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("character", ["\u202e", "\u200b"], ids=code_point)
def test_the_command_line_refuses_clause_files_with_hidden_characters(tmp_path: Path, character: str) -> None:
    """A clause file with a hidden character gives one line naming the file and the code point."""
    path = tmp_path / "mine.toml"
    path.write_text(
        f'id = "mine"\ntitle = "Mi{character}ne"\nrestricts = ["conduct"]\ntext = "No harm."\n', encoding="utf-8"
    )
    for command in (["render", "MIT", "--holder", "J"], ["clauses"], ["show", "mine"]):
        result = CliRunner().invoke(cli, [*command, "--clause-file", str(path)])
        assert result.exit_code == 2
        assert "mine.toml" in result.stderr
        assert code_point(character) in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_long_value_is_quoted_around_the_character() -> None:
    """The message quotes an excerpt around the character, not the whole of a long value."""
    text = "word " * 200 + "\u202e" + " word" * 200
    clause = ethlicense.Clause(
        id="long",
        title="Long",
        restricts=(ethlicense.Restriction.CONDUCT,),
        template="{{ explanation }}",
        parameters=(ethlicense.Parameter(name="explanation", kind=ethlicense.ParameterKind.TEXT, description="Why."),),
    )
    with pytest.raises(ethlicense.UnsafeTextError) as caught:
        ethlicense.clause(clause, explanation=text)
    message = str(caught.value)
    assert "number 1001 of 2001" in message
    assert len(message) < 400


@pytest.mark.parametrize("character", HIDDEN, ids=IDS)
def test_a_template_cannot_write_a_hidden_character_with_an_escape(character: str) -> None:
    """A user template has no hidden characters, but could write one with a string escape: that is refused."""
    escape = f"\\U{ord(character):08X}"
    clause = ethlicense.Clause(
        id="escaped",
        title="Escaped",
        restricts=(ethlicense.Restriction.CONDUCT,),
        template=f"Before {{{{ '{escape}' }}}} after.",
    )
    expect_refusal(
        lambda: ethlicense.compose("MIT", clauses=[clause], holders=["A"]), "'escaped', its rendered text", character
    )


def test_a_sentence_hidden_in_variation_selectors_is_never_open_source() -> None:
    """MIT carrying a sentence encoded as variation selectors is reported and needs review, never open source."""
    mit = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text
    sentence = b"The Software may not be used by Example Corp."
    hidden = "".join(chr(0xE0100 + byte - 16) if byte >= 16 else chr(0xFE00 + byte) for byte in sentence)
    result = ethlicense.check.check_text(mit.replace("without restriction", f"without{hidden} restriction"))
    assert "hidden-characters" in [finding.kind for finding in result.findings]
    assert str(result.verdict) == "needs-review"
