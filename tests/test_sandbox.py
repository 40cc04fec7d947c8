# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Hostile clause templates: nothing runs, nothing loads, nothing grows without bound, values stay data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jinja2
import pytest
from click.testing import CliRunner

import ethlicense
from ethlicense import _sandbox
from ethlicense.catalog import clause_from_mapping, default_catalog
from ethlicense.cli import cli
from ethlicense.models import Clause
from ethlicense.render import environment, render_clause_text
from tests.conftest import sample_arguments

#: A parameter every test clause has, so that payloads can start from a value of the caller's.
PARAMETERS = [{"name": "names", "kind": "string-list", "description": "Some names.", "required": True}]


def user_clause(template: str, **extra: Any) -> Clause:
    """Return a validated user-defined clause with *template* as its text, without compiling it."""
    return Clause(
        id="hostile",
        title="Hostile",
        restricts=(ethlicense.Restriction.CONDUCT,),
        template=template,
        parameters=tuple(ethlicense.Parameter.model_validate(item) for item in PARAMETERS),
        **extra,
    )


def compose_with(template: str) -> ethlicense.RenderedLicense:
    """Compose MIT with a user clause whose text is *template*."""
    configured = ethlicense.clause(user_clause(template), names=["Example Corp.", "Sample Ltd."])
    return ethlicense.compose("MIT", clauses=[configured], holders=["Jane Doe"], year=2026)


def clause_file(folder: Path, template: str) -> Path:
    """Write a TOML clause file whose text is *template* (as a literal string) and return its path."""
    path = folder / "hostile.toml"
    path.write_text(
        f"id = \"hostile\"\ntitle = \"Hostile\"\nrestricts = [\"conduct\"]\ntext = '''\n{template}\n'''\n"
        '[[parameters]]\nname = "names"\nkind = "string-list"\ndescription = "Some names."\nrequired = true\n',
        encoding="utf-8",
    )
    return path


# Payloads that would create MARKER if the sandbox let them run. "{marker}" is filled in per test.
ESCAPES = [
    "{{ cycler.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ joiner.__init__.__globals__.os.popen('touch {marker}').read() }}",
    "{{ namespace.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ lipsum.__globals__['os'].system('touch {marker}') }}",
    "{{ self.__init__.__globals__.__builtins__.open('{marker}', 'w') }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch {marker}') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}{{ 'touch {marker}' }}",
    "{{ names.__class__.__base__.__subclasses__() }}{{ 'touch {marker}' }}",
    "{{ (names|first).__class__.__mro__[-1].__subclasses__() }}{{ '{marker}' }}",
    "{{ names|map(attribute='__class__')|list }}{{ '{marker}' }}",
    "{{ ''|attr('__class__') }}{{ '{marker}' }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(names) }}{{ '{marker}' }}",
    "{{ 'touch {marker}'.format_map({}) }}",
    # The routes of Jinja's sandbox escapes CVE-2024-56326 (a stored reference to str.format) and
    # CVE-2025-27516 (str.format reached through the attr filter).
    "{% set f = '{0.__class__}'.format %}{{ names|map(f)|list }}{{ '{marker}' }}",
    "{{ ('{0.__class__}'|attr('format'))(names) }}{{ '{marker}' }}",
    "{{ names.__getitem__(0) }}{{ '{marker}' }}",
    "{{ config.__class__.__init__.__globals__['os'].system('touch {marker}') }}",
    "{{ range.__self__.open('{marker}', 'w') }}",
    "{{ dict(a=1).__class__.__subclasses__() }}{{ '{marker}' }}",
    "{% include '../../../../../../../../etc/passwd' %}{{ '{marker}' }}",
    "{% import 'layouts/license.j2' as layout %}{{ '{marker}' }}",
    "{% from 'layouts/license.j2' import heading %}{{ '{marker}' }}",
    "{% extends 'layouts/license.j2' %}{{ '{marker}' }}",
    "{{ names.append('x') }}{{ '{marker}' }}",
    "{% set x = names.pop() %}{{ '{marker}' }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_escape_attempt_is_refused_and_runs_nothing(payload: str, tmp_path: Path) -> None:
    """A template that tries to reach Python is refused with a clear error, and its command never runs."""
    marker = tmp_path / "pwned"
    template = payload.replace("{marker}", str(marker))
    with pytest.raises((ethlicense.TemplateSecurityError, ethlicense.CatalogError)) as caught:
        compose_with(template)
    assert "hostile" in str(caught.value)
    assert not marker.exists()


@pytest.mark.parametrize("payload", ESCAPES)
def test_escape_attempt_from_a_clause_file_is_one_line_and_exit_2(payload: str, tmp_path: Path) -> None:
    """Through the CLI, a hostile clause file gives exit code 2 and one line on stderr, and runs nothing."""
    marker = tmp_path / "pwned"
    path = clause_file(tmp_path, payload.replace("{marker}", str(marker)))
    result = CliRunner().invoke(
        cli, ["render", "MIT", "--clause-file", str(path), "--set", "hostile.names=A;B", "--holder", "J"]
    )
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "hostile" in result.stderr
    assert not marker.exists()


def test_the_issue_payload_is_a_template_security_error(tmp_path: Path) -> None:
    """The payload quoted in the issue raises TemplateSecurityError, names the clause, and creates no file."""
    marker = tmp_path / "pwned"
    with pytest.raises(ethlicense.TemplateSecurityError, match="refused by the sandbox") as caught:
        compose_with(f"{{{{ cycler.__init__.__globals__.os.system('touch {marker}') }}}}")
    assert caught.value.clause_id == "hostile"
    assert not marker.exists()


def test_dunder_attributes_are_refused_even_on_values() -> None:
    """Attributes starting with an underscore are refused on every value, including the caller's."""
    with pytest.raises(ethlicense.TemplateSecurityError, match="__class__"):
        compose_with("{{ names.__class__ }}")


@pytest.mark.parametrize("tag", ["include", "import", "from", "extends"])
def test_loading_other_templates_is_refused_when_the_clause_is_loaded(tag: str) -> None:
    """include, import, from and extends are refused as soon as a clause file or mapping is read."""
    template = {
        "include": "{% include 'clauses/military.txt.j2' %}",
        "import": "{% import 'layouts/license.j2' as layout %}",
        "from": "{% from 'layouts/license.j2' import heading %}",
        "extends": "{% extends 'layouts/license.j2' %}",
    }[tag]
    data = {"id": "hostile", "title": "T", "restricts": ["conduct"], "text": f"Before.\n{template}\nAfter."}
    with pytest.raises(ethlicense.TemplateSecurityError, match="cannot load other templates"):
        clause_from_mapping(data, source="test")


@pytest.mark.parametrize("name", ["range", "lipsum", "cycler", "joiner", "namespace", "dict", "self"])
def test_jinja_globals_are_withheld(name: str) -> None:
    """Jinja's default globals and ``self`` are not available to a user clause."""
    with pytest.raises(ethlicense.TemplateSecurityError, match=f"'{name}' on line 1 is not available"):
        compose_with(f"{{{{ {name} }}}}")


def test_a_parameter_may_use_a_withheld_name() -> None:
    """A clause parameter called like a Jinja global is an ordinary value."""
    clause = Clause(
        id="ranged",
        title="Ranged",
        restricts=(ethlicense.Restriction.CONDUCT,),
        template="Within {{ range }}.",
        parameters=(ethlicense.Parameter(name="range", kind=ethlicense.ParameterKind.STRING, description="A range."),),
    )
    configured = ethlicense.clause(clause, range="the European Union")
    assert render_clause_text(configured) == "Within the European Union."


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ 'a' * 10**9 }}", "repeated string or list"),
        ("{{ names * 10**9 }}", "repeated string or list"),
        ("{{ 2 ** 100000000 }}", "larger than 10,000 bits"),
        ("{% set a = 2 ** 6000 %}{{ a * a }}", "larger than 10,000 bits"),
        ("{{ '%0999999999d' % 1 }}", "string formatting with %"),
        ("{{ 'x'|center(10**9) }}", "larger than a clause template may use"),
        ("{{ 'x'|truncate(10**9) }}", "larger than a clause template may use"),
        ("{{ ('x\n' * 100000)|indent(100) }}", "the result of indent"),
        ("{{ ('x' * 100000)|wordwrap(1, wrapstring='----------') }}", "the result of wordwrap"),
        ("{{ ('x' * 1000)|replace('x', 'y' * 1000) }}", "the result of replace"),
        ("{{ ('x' * 1000).replace('x', 'y' * 1000) }}", "the result of replace"),
        ("{{ (['y' * 1000] * 1000)|join('-') }}", "the result of join"),
        ("{% set a = 'xxxxxxxxxx' %}" + "{% set a = a ~ a %}" * 40 + "{{ a }}", "joined with ~"),
        ("{% set a = 'xxxxxxxxxx' %}" + "{% set a = a + a %}" * 40 + "{{ a }}", "joined with +"),
        ("{% set a = 'xxxxxxxxxx' %}" + "{% set a %}{{ a }}{{ a }}{% endset %}" * 40 + "{{ a }}", "the clause text"),
        ("{% macro d(x) %}{{ x }}{{ x }}{% endmacro %}{{ " + "d(" * 40 + "'x'" + ")" * 40 + " }}", "the clause text"),
        ("{% set s = 'x' * 200 %}" + "{% for a in s %}" * 4 + "{% endfor %}" * 4, "units of work"),
        (
            "{% macro m0() %}{% endmacro %}"
            + "".join(
                f"{{% macro m{i}() %}}{{{{ m{i - 1}() }}}}{{{{ m{i - 1}() }}}}{{% endmacro %}}" for i in range(1, 40)
            )
            + "{{ m39() }}",
            "units of work",
        ),
        ("{% set b = 'x' * 200000 %}{% for a in b %}{% if b in b %}{% endif %}{% endfor %}", "units of work"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursed or nested too deeply"),
        ("{% for a in [[1]] recursive %}{{ loop(a) }}{% endfor %}", "not allowed"),
        ("{{ 'x'.center(10**9) }}", "unsafe"),
    ],
)
def test_resource_exhaustion_is_refused_quickly(template: str, message: str) -> None:
    """Templates that would exhaust memory or time are stopped by a limit, well before they do harm."""
    started = time.monotonic()
    with pytest.raises(ethlicense.TemplateSecurityError, match=message):
        compose_with(template)
    assert time.monotonic() - started < _sandbox.MAX_SECONDS + 2


def test_an_over_long_template_is_refused() -> None:
    """A template longer than the limit is refused before it is compiled."""
    with pytest.raises(ethlicense.TemplateSecurityError, match="characters long"):
        compose_with("x" * (_sandbox.MAX_TEMPLATE_LENGTH + 1))


@pytest.mark.parametrize("template", ["{{ (" * 400 + "1" + ") }}" * 400, "{% if 1 %}" * 100 + "{% endif %}" * 100])
def test_a_deeply_nested_template_is_a_catalog_error(template: str) -> None:
    """A template nested too deeply to compile gives an ordinary error, never a crash."""
    with pytest.raises(ethlicense.CatalogError, match=r"nested too deeply|syntax error"):
        compose_with(template)


@pytest.mark.parametrize("name", ["format", "attr", "random", "pprint", "tojson", "xmlattr", "urlize", "sum"])
def test_filters_outside_the_list_are_unknown(name: str) -> None:
    """Only the filters that shape text are available to a user clause."""
    with pytest.raises(ethlicense.CatalogError, match=f"No filter named '{name}'"):
        compose_with(f"{{{{ names|{name} }}}}")


def test_the_limits_leave_ordinary_templates_alone() -> None:
    """Loops, macros, filters, tests, comparisons and methods that legal text needs all still work."""
    template = (
        "{% macro item(text) %}- {{ text }}{% endmacro %}"
        "{% for name in names|sort %}{{ item(name|upper) }}{{ ',' if not loop.last }}\n{% endfor %}"
        "{{ names|join('; ') }} / {{ names|length }} / {{ 'Corp' in names|first }} / "
        "{{ (names|first).replace('Corp.', 'Corporation').rstrip('.') }} / {{ names[0] ~ '!' }} / "
        "{{ names|map('lower')|select('string')|list|length is even }} / {{ 6 * 7 }} / {{ 2 ** 10 }}"
    )
    text = render_clause_text(ethlicense.clause(user_clause(template), names=["Example Corp.", "Sample Ltd."]))
    assert text == (
        "- EXAMPLE CORP.,\n- SAMPLE LTD.\n"
        "Example Corp.; Sample Ltd. / 2 / True / Example Corporation / Example Corp.! / True / 42 / 1024"
    )


@pytest.mark.parametrize("clause_id", sorted(default_catalog().clauses))
def test_builtin_templates_render_the_same_in_the_strict_sandbox(clause_id: str) -> None:
    """Every built-in clause, treated as a user clause, renders byte for byte as it does when trusted."""
    builtin = default_catalog().clause(clause_id)
    arguments = sample_arguments(builtin)
    imitation = builtin.model_copy(update={"builtin": False})
    assert render_clause_text(ethlicense.clause(imitation, **arguments)) == render_clause_text(
        ethlicense.clause(builtin, **arguments)
    )


def test_a_user_clause_cannot_claim_to_be_builtin() -> None:
    """Setting ``builtin=True`` on a clause with another template does not lift the strict sandbox."""
    impostor = default_catalog().clause("military").model_copy(update={"template": "{{ range(3)|list }}"})
    assert impostor.builtin
    with pytest.raises(ethlicense.TemplateSecurityError, match="'range'"):
        render_clause_text(ethlicense.clause(impostor))


@pytest.mark.parametrize("name", ["../../etc/passwd", "layouts/../../pyproject.toml", "/etc/passwd", "clauses/"])
def test_the_trusted_loader_only_loads_packaged_templates(name: str) -> None:
    """The environment of the built-in templates cannot be made to read a file outside its templates."""
    with pytest.raises(jinja2.TemplateNotFound):
        environment().get_template(name)


def test_rendering_outside_the_renderer_is_refused() -> None:
    """A compiled user template refuses to run without the budget its renderer sets up."""
    template = _sandbox.compile_clause_template("{% for a in 'ab' %}{{ a }}{% endfor %}", "loose", frozenset())
    with pytest.raises(jinja2.exceptions.SecurityError, match="rendered through ethlicense"):
        template.render()


PAYLOAD = "{{ 7*7 }}{% include 'layouts/license.j2' %}"


def test_holders_and_names_are_never_evaluated_as_templates() -> None:
    """A holder, name or id that looks like a template appears literally and is not evaluated."""
    lic = ethlicense.compose("MIT", clauses=["military"], holders=[PAYLOAD], name=f"License {PAYLOAD}", year=2026)
    assert f"Copyright (c) 2026 {PAYLOAD}\n" in lic.text
    assert lic.text.startswith(f"License {PAYLOAD}\n")
    assert "49" not in lic.text


def test_parameter_values_are_never_evaluated_as_templates() -> None:
    """Parameter values reach the text as data, in built-in and user clauses alike."""
    builtin = ethlicense.clause("named-organizations", organizations=[PAYLOAD], reason=PAYLOAD)
    lic = ethlicense.compose("MIT", clauses=[builtin], holders=["Jane Doe"], year=2026)
    assert f"- {PAYLOAD}\n" in lic.text
    assert "49" not in lic.text
    user = render_clause_text(ethlicense.clause(user_clause("{{ names|join(', ') }}"), names=[PAYLOAD, "{{ 6*7 }}"]))
    assert user == f"{PAYLOAD}, {{{{ 6*7 }}}}"


def test_clause_titles_and_prose_are_never_evaluated_as_templates() -> None:
    """A user clause's title is printed as it is; only its text is a template."""
    clause = user_clause("Body {{ 6*7 }}.").model_copy(update={"title": "Title {{ 7*7 }}"})
    lic = ethlicense.compose("MIT", clauses=[ethlicense.clause(clause, names=["A"])], holders=["J"], year=2026)
    assert "A2. Title {{ 7*7 }}\n" in lic.text
    assert "Body 42." in lic.text
    assert "49" not in lic.text
