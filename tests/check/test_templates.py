# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Template matching: canonical texts, harmless variations, added text, compiled templates, the base templates."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import jinja2
import pytest

from ethlicense.catalog import default_catalog
from ethlicense.check._index import BaseMatch, find_base_within, find_license
from ethlicense.check._templates import compile_template, matches
from tests.check.spdx_cases import ADDED, LICENSES, NOTICE, accepted, own_text_cases

BASE_TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "templates" / "bases").glob("*.txt.j2"))


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


@pytest.mark.parametrize("license_id", own_text_cases())
def test_osi_license_matches_its_own_text(license_id: str) -> None:
    """Every OSI-approved license's canonical text matches its own template."""
    assert matches(license_id, LICENSES[license_id].text)


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
    assert find_license(rendered) in accepted(license_id)
    assert matches(license_id, _render(template, ""))


def test_every_catalog_base_has_its_template_and_no_other() -> None:
    """The base templates tested above are exactly the catalog's bases: none missing, none left over."""
    assert {path.name.removesuffix(".txt.j2") for path in BASE_TEMPLATES} == set(default_catalog().bases)
