# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""SPDX License List matching: canonical texts, harmless variations, added text, and the shipped base templates."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import jinja2
import pytest

from ethlicense.catalog import default_catalog
from ethlicense.check._index import BaseMatch, find_base_within, find_license, find_licenses_in
from ethlicense.check._normalise import compact_form, compact_mapped, normalise_for_matching
from ethlicense.check._spdx_data import SpdxLicense, load_spdx_licenses
from ethlicense.check._templates import compile_template, matches
from ethlicense.errors import UnknownLicenseError

LICENSES = load_spdx_licenses().licenses
OSI_IDS = sorted(license_id for license_id, entry in LICENSES.items() if entry.osi_approved)
BASE_TEMPLATES = sorted((Path(__file__).resolve().parent.parent / "templates" / "bases").glob("*.txt.j2"))
NOTICE = "Copyright (c) 2026 Jane Doe"
ADDED = "The following organizations may not use this software: Example Corporation, Sample Holdings Ltd."

#: Licenses whose SPDX canonical texts are identical, so that no matcher can tell them apart by text (the
#: difference lies in the notice that applies them, or in an exception stated elsewhere). ``find_license`` names
#: the one with the shortest id; any member is a right answer for the others' texts.
SAME_TEXT: tuple[frozenset[str], ...] = (
    frozenset({"AGPL-3.0-only", "AGPL-3.0-or-later"}),
    frozenset({"CAL-1.0", "CAL-1.0-Combined-Work-Exception"}),
    frozenset({"GPL-2.0-only", "GPL-2.0-or-later"}),
    frozenset({"GPL-3.0-only", "GPL-3.0-or-later"}),
    frozenset({"LGPL-2.0-only", "LGPL-2.0-or-later"}),
    frozenset({"LGPL-2.1-only", "LGPL-2.1-or-later"}),
    frozenset({"LGPL-3.0-only", "LGPL-3.0-or-later"}),
    frozenset({"MPL-2.0", "MPL-2.0-no-copyleft-exception"}),
    frozenset({"OFL-1.1", "OFL-1.1-RFN", "OFL-1.1-no-RFN"}),
)

#: OSI-approved licenses that cannot match their own canonical text because of the SPDX data (none, currently);
#: each entry would give the reason.
XFAIL_OWN_TEXT: dict[str, str] = {}


def _accepted(license_id: str) -> frozenset[str]:
    """Return the ids that are a right answer for *license_id*'s canonical text."""
    for group in SAME_TEXT:
        if license_id in group:
            return group
    return frozenset({license_id})


def _own_text_cases() -> list[object]:
    """Return the OSI ids, marked xfail where the SPDX data keeps a license from matching its own text."""
    return [
        pytest.param(license_id, marks=pytest.mark.xfail(reason=XFAIL_OWN_TEXT[license_id], strict=True))
        if license_id in XFAIL_OWN_TEXT
        else license_id
        for license_id in OSI_IDS
    ]


def _mit() -> str:
    """Return the SPDX MIT text with its copyright placeholder filled in."""
    return LICENSES["MIT"].text.replace("Copyright (c) <year> <copyright holders>", NOTICE).strip()


def _rewrap(text: str, width: int) -> str:
    """Return *text* with each paragraph re-wrapped to *width* columns."""
    return "\n\n".join(textwrap.fill(" ".join(paragraph.split()), width) for paragraph in text.split("\n\n"))


def _comment(text: str, marker: str) -> str:
    """Return *text* as a block of source comments, every line starting with *marker*."""
    return "\n".join(f"{marker} {line}".rstrip() for line in text.split("\n"))


def _render(template: Path, notice: str) -> str:
    """Render a base license template with block-trimming Jinja settings and the given copyright notice."""
    environment = jinja2.Environment(  # noqa: S701 - plain-text license, not HTML
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    return environment.from_string(template.read_text(encoding="utf-8")).render(copyright_notice=notice)


# --- the SPDX data -------------------------------------------------------------------------------------------


def test_load_spdx_licenses_reads_the_shipped_list_once() -> None:
    """The shipped list loads with its version and every license's metadata, and is read only once."""
    data = load_spdx_licenses()
    assert data is load_spdx_licenses()
    assert data.license_list_version
    assert len(data.licenses) > 600
    mit = data.licenses["MIT"]
    assert isinstance(mit, SpdxLicense)
    assert (mit.license_id, mit.name, mit.osi_approved) == ("MIT", "MIT License", True)
    assert "<<var;" in mit.template


def test_documented_same_text_groups_really_share_their_text() -> None:
    """Every group in SAME_TEXT has one canonical text, so accepting any member is no excuse for a wrong match."""
    for group in SAME_TEXT:
        assert len({LICENSES[license_id].text.strip() for license_id in group}) == 1, sorted(group)


@pytest.mark.parametrize("license_id", _own_text_cases())
def test_osi_license_matches_its_own_text(license_id: str) -> None:
    """Every OSI-approved license's canonical text matches its own template."""
    assert matches(license_id, LICENSES[license_id].text)


@pytest.mark.parametrize("license_id", _own_text_cases())
def test_osi_license_text_is_identified(license_id: str) -> None:
    """find_license names every OSI-approved license from its canonical text (or a license with the same text)."""
    assert find_license(LICENSES[license_id].text) in _accepted(license_id)


def test_find_licenses_in_lists_every_license_with_the_same_text() -> None:
    """The GPL-3.0 text matches both GPL-3.0-only and GPL-3.0-or-later, the plain one first."""
    found = find_licenses_in(LICENSES["GPL-3.0-or-later"].text)
    assert [match.license_id for match in found[:2]] == ["GPL-3.0-only", "GPL-3.0-or-later"]
    assert all(0 < match.similarity <= 1 for match in found)


def test_unknown_license_id_is_refused() -> None:
    """matches() raises UnknownLicenseError, with suggestions, for an id not on the SPDX list."""
    with pytest.raises(UnknownLicenseError, match="MIT"):
        matches("MTI", "anything")


# --- harmless variations -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("filled copyright line", _mit()),
        ("rewrapped narrow", _rewrap(_mit(), 38)),
        ("rewrapped as one line per paragraph", _rewrap(_mit(), 10_000)),
        ("extra spaces and tabs", _mit().replace(" ", "  \t ").replace("\n\n", "\n   \n\n")),
        ("windows line endings", _mit().replace("\n", "\r\n")),
        ("curly quotes", _mit().replace('"Software"', "\u201cSoftware\u201d").replace('"AS IS"', "\u201cAS IS\u201d")),
        ("copyright sign", _mit().replace("Copyright (c)", "Copyright \u00a9")),
        ("copyright sign alone", _mit().replace("Copyright (c)", "\u00a9")),
        ("upper case", _mit().upper()),
        ("C comment", "/*\n" + _comment(_mit(), " *") + "\n */"),
        ("hash comment", _comment(_mit(), "#")),
        ("several notices", _mit().replace(NOTICE, f"{NOTICE}\nCopyright (c) 2025 John Roe\nAll rights reserved.")),
        ("REUSE notice", _mit().replace(NOTICE, "SPDX-FileCopyrightText: 2026 Jane Doe")),
        ("notice above the title", f"{NOTICE}\n\n" + _mit().replace(f"{NOTICE}\n\n", "")),
        ("no notice", _mit().replace(f"{NOTICE}\n\n", "")),
        ("no title", _mit().replace("MIT License\n\n", "")),
        ("surrounding blank lines", f"\n\n   {_mit()}\n\n\n"),
    ],
)
def test_mit_variations_still_match(case: str, text: str) -> None:
    """Differences the SPDX Matching Guidelines call immaterial leave an MIT text MIT."""
    assert matches("MIT", text), case
    assert find_license(text) == "MIT", case


def test_apache_variations_still_match() -> None:
    """British spelling, typographic dashes and quotes and a different wrapping leave Apache-2.0 Apache-2.0."""
    apache = LICENSES["Apache-2.0"].text
    text = _rewrap(apache.replace("License", "Licence").replace("-", "\u2013").replace('"', "\u201d"), 60)
    assert matches("Apache-2.0", text)
    assert find_license(text) == "Apache-2.0"


def test_a_notice_between_title_and_terms_is_ignored() -> None:
    """A copyright notice put below a license's optional title block is ignored, but other text there is not."""
    apache = LICENSES["Apache-2.0"].text
    where = apache.index("TERMS AND CONDITIONS")
    assert matches("Apache-2.0", f"{apache[:where]}{NOTICE}\n\n{apache[where:]}")
    assert not matches("Apache-2.0", f"{apache[:where]}{NOTICE}\n\n{ADDED}\n\n{apache[where:]}")


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("case and whitespace", "  Hello\t\tWORLD \n", "hello world"),
        ("paragraph break", "one\n \n\n two\nthree", "one\ntwo three"),
        ("quotes", "\u201cA\u201d \u2018b\u2019 ``c'' \"d\"", "'a' 'b' 'c' 'd'"),
        ("dashes", "a \u2013 b \u2014 c -- d", "a - b - c - d"),
        (
            "copyright spellings",
            "Copyright (C) 2026, \u00a9 2025, Copyright \u00a9 2024",
            "copyright 2026, copyright 2025, copyright 2024",
        ),
        ("comment markers", "// one\n# two\n * three */", "one two three"),
        ("separator lines", "Title\n=====\n\nText", "title\ntext"),
        ("varietal spelling", "the Licence and licensed", "the license and licensed"),
        ("https", "see https://example.org/", "see http://example.org/"),
        ("emphasis is not a comment", "*This* text", "*this* text"),
    ],
)
def test_normalise_for_matching(case: str, text: str, expected: str) -> None:
    """The normal form applies the SPDX guidelines' equivalences."""
    assert normalise_for_matching(text) == expected, case


@pytest.mark.parametrize("license_id", ["MIT", "Apache-2.0", "GPL-3.0-only", "MPL-2.0", "CAL-1.0", "LPPL-1.3c"])
def test_offset_tracking_normalises_exactly_like_the_fast_path(license_id: str) -> None:
    """The normalisation that tracks offsets yields the same compact text as the fast one, with valid offsets."""
    text = f"{ADDED}\r\n\r\n /* {LICENSES[license_id].text} */ \u00a9\u0130"
    compact, starts, ends = compact_mapped(text)
    assert compact == compact_form(normalise_for_matching(text))
    assert len(starts) == len(ends) == len(compact)
    assert all(0 <= start < end <= len(text) for start, end in zip(starts, ends, strict=True))


# --- added or changed text -------------------------------------------------------------------------------------


def test_mit_with_a_prepended_paragraph_is_not_mit_but_contains_it() -> None:
    """A paragraph above MIT makes the text not MIT, and find_base_within returns exactly the MIT part."""
    mit = _mit()
    text = f"{ADDED}\n\n{mit}\n"
    assert not matches("MIT", text)
    assert find_license(text) is None
    found = find_base_within(text)
    assert found == BaseMatch("MIT", len(ADDED) + 2, len(ADDED) + 2 + len(mit))
    assert text[found.start : found.end] == mit


def test_mit_with_an_appended_paragraph_is_not_mit_but_contains_it() -> None:
    """A paragraph below MIT makes the text not MIT, and find_base_within returns exactly the MIT part."""
    mit = _mit()
    text = f"{mit}\n\n{ADDED}\n"
    assert not matches("MIT", text)
    found = find_base_within(text)
    assert found is not None
    assert (found.license_id, text[found.start : found.end]) == ("MIT", mit)


def test_a_paragraph_after_the_copyright_notice_is_not_part_of_the_notice() -> None:
    """Text added below the copyright line, as its own paragraph, is not swallowed by the copyright slot."""
    text = _mit().replace(f"{NOTICE}\n\n", f"{NOTICE}\n\n{ADDED}\n\n")
    assert not matches("MIT", text)
    assert find_license(text) is None


def test_a_changed_word_does_not_match() -> None:
    """Changing one substantive word of MIT makes it no longer MIT."""
    text = _mit().replace("without restriction", "with restriction")
    assert not matches("MIT", text)
    assert find_license(text) is None


def test_apache_with_a_paragraph_inside_its_terms_does_not_match() -> None:
    """A paragraph inserted inside Apache-2.0's terms makes the text not Apache-2.0."""
    apache = LICENSES["Apache-2.0"].text
    where = apache.index("You must give any other recipients")
    text = apache[:where] + "You may not use the Work for military purposes.\n\n" + apache[where:]
    assert matches("Apache-2.0", apache)
    assert not matches("Apache-2.0", text)
    assert find_license(text) is None
    assert find_base_within(text) is None


def test_find_base_within_returns_the_copyright_notice_with_the_license() -> None:
    """Copyright lines right above a license belong to the license's region."""
    apache = LICENSES["Apache-2.0"].text.strip()
    text = f"{ADDED}\n\n{NOTICE}\n\n{apache}\n\nMore terms follow.\n"
    found = find_base_within(text)
    assert found is not None
    assert (found.license_id, text[found.start : found.end]) == ("Apache-2.0", f"{NOTICE}\n\n{apache}")


def test_find_base_within_finds_nothing_in_unrelated_text() -> None:
    """Text holding no license, or nothing at all, contains no base license."""
    assert find_base_within("Hello, world. This is not a license.") is None
    assert find_base_within("") is None
    assert find_license("") is None


@pytest.mark.parametrize("license_id", ["GPL-3.0-only", "LGPL-3.0-only", "MPL-2.0", "Apache-2.0"])
def test_a_near_miss_fails_quickly(license_id: str) -> None:
    """A long license changed at its very end is rejected without runaway backtracking."""
    text = LICENSES[license_id].text.rstrip()[:-40] + " except for military use."
    matches(license_id, LICENSES[license_id].text)  # compile first
    started = time.perf_counter()
    assert not matches(license_id, text)
    assert time.perf_counter() - started < 2.0


# --- templates -------------------------------------------------------------------------------------------------


def test_compile_template_handles_markup() -> None:
    """Optional parts may be absent, variables follow their pattern, and the rest must be exact."""
    compiled = compile_template(
        '<<beginOptional>>The Title<<endOptional>>\nHello <<var;name="who";original="World";match="World|Earth">>, '
        'and<<beginOptional>> also<<endOptional>> "bye".'
    )
    assert compiled.variable_count == 1
    assert compiled.fallback_variables == ()
    assert compiled.fullmatch("The Title\n\nHello World, and also \u201cbye\u201d.")
    assert compiled.fullmatch("hello earth, and 'bye'.")
    assert not compiled.fullmatch("Hello Mars, and 'bye'.")
    assert not compiled.fullmatch("Hello World, and also 'bye'. Extra.")
    assert compiled.search("Intro.\n\nHello Earth, and 'bye'.\n\nOutro.") == (8, 31)


def test_compile_template_translates_java_patterns() -> None:
    """Java regex features in variables (properties, named groups, whitespace classes) are translated."""
    compiled = compile_template(
        'A <<var;name="x";original="ab";match="\\p{Alpha}+">> B <<var;name="y";original="c d";'
        'match="(?<first>c)[ \\t]{1,3}d">> C'
    )
    assert compiled.fallback_variables == ()
    assert compiled.fullmatch("a xyz b c d c")
    assert compiled.fullmatch("A XYZ B C\n\nD C")
    assert not compiled.fullmatch("a 123 b c d c")


def test_compile_template_falls_back_when_a_variable_cannot_be_translated() -> None:
    """A variable pattern Python cannot use becomes a bounded wildcard, and is reported."""
    compiled = compile_template(
        'Start <<var;name="bad";original="x";match="[a-z&&[^b]]">> middle '
        '<<var;name="worse";original="y";match="(a)\\1">> end'
    )
    assert compiled.fallback_variables == ("bad", "worse")
    assert compiled.fullmatch("Start anything middle at all end")
    assert not compiled.fullmatch("Start anything finish")


@pytest.mark.parametrize("template", BASE_TEMPLATES, ids=lambda path: path.name)
def test_base_template_renders_to_its_spdx_license(template: Path) -> None:
    """Each shipped base template, rendered with a copyright notice (or without one), matches its SPDX id.

    A base whose SPDX text has no place for a notice (the GPL family, MPL-2.0, BSL-1.0) renders without it.
    """
    license_id = template.name.removesuffix(".txt.j2")
    rendered = _render(template, NOTICE)
    assert (NOTICE in rendered) is default_catalog().base(license_id).holds_copyright_notice
    assert matches(license_id, rendered)
    assert find_license(rendered) in _accepted(license_id)
    assert matches(license_id, _render(template, ""))


def test_every_catalog_base_has_its_template_and_no_other() -> None:
    """The base templates tested above are exactly the catalog's bases: none missing, none left over."""
    assert {path.name.removesuffix(".txt.j2") for path in BASE_TEMPLATES} == set(default_catalog().bases)
