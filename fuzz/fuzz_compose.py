# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""atheris harness: ``compose()`` with a base, clauses, parameters and strings decoded from the fuzzer's bytes.

Only :class:`~ethlicense.errors.EthLicenseError` may escape; a rendered license must be normalised and free of
hidden characters. Run it for a minute with::

    python fuzz/fuzz_compose.py -max_total_time=60

See fuzz/README.md for the options and for running without atheris.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from _inputs import ByteReader, instrumented, run

with instrumented():
    import ethlicense
    from ethlicense._text import find_hidden_character
    from ethlicense.catalog import clause_from_mapping
    from ethlicense.errors import EthLicenseError
    from ethlicense.models import Restriction

CATALOG = ethlicense.default_catalog()
BASES = sorted(CATALOG.bases)
BUILTIN_CLAUSES = sorted(CATALOG.clauses)
KINDS = ["string", "text", "string-list", "date", "boolean"]
NAMES = ["p", "q", "names", "when", "flag"]

#: Pieces of Jinja the decoder strings together into clause templates: ordinary ones, hostile ones, and the
#: punctuation between them, so the fuzzer can assemble what the pieces alone do not say.
FRAGMENTS = [
    "{{ p }}",
    "{{ q }}",
    "{{ names|join(', ') }}",
    "{% for n in names %}",
    "{% endfor %}",
    "{% if flag %}",
    "{% else %}",
    "{% endif %}",
    "{{ when.isoformat() }}",
    "{% macro m(a) %}",
    "{% endmacro %}",
    "{{ m(p) }}",
    "{% set x = ",
    "{% filter upper %}",
    "{% endfilter %}",
    "{% include 'layouts/license.j2' %}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ ",
    " }}",
    "{% ",
    " %}",
    "|",
    "upper",
    "join",
    "replace",
    "wordwrap",
    "indent",
    "length",
    "(",
    ")",
    "~",
    "*",
    "**",
    "+",
    "%",
    " in ",
    "'x'",
    "10",
    "999999",
    ".",
    "__class__",
    "loop.index",
    "range",
    "self",
    "names[0]",
    "\n",
    "No one may use the Software",
]


def _value(reader: ByteReader) -> object:
    kind = reader.integer(0, 7)
    if kind == 0:
        return reader.boolean()
    if kind == 1:
        return [reader.text(20) for _ in range(reader.integer(0, 3))]
    if kind == 2:
        return reader.choice(["2018-08-28", "yes", "no", "true", "1970-01-01", "2100-12-31", ""])
    if kind == 3:
        return reader.integer(-(2**31), 2**31)
    return reader.text()


def _template(reader: ByteReader) -> str:
    count = reader.integer(0, 12)
    return "".join(reader.choice(FRAGMENTS) if reader.integer(0, 3) else reader.text(10) for _ in range(count))


def _clause_mapping(reader: ByteReader) -> dict[str, Any]:
    mapping: dict[str, Any] = {
        "id": reader.choice(["mine", "no-harm", "a", "military", "Bad Id"]) if reader.integer(0, 5) else reader.text(),
        "title": reader.choice(["Mine", "No harm"]) if reader.integer(0, 3) else reader.text(),
        "restricts": [reader.choice([item.value for item in Restriction]) for _ in range(reader.integer(0, 2))],
        "text": _template(reader),
    }
    parameters = []
    for name in NAMES:
        if reader.boolean():
            parameter: dict[str, Any] = {"name": name, "kind": reader.choice(KINDS), "description": "A value."}
            if reader.integer(0, 3) == 0:
                parameter["required"] = True
            elif reader.integer(0, 3) == 0:
                parameter["default"] = _value(reader)
            parameters.append(parameter)
    if parameters:
        mapping["parameters"] = parameters
    if reader.integer(0, 7) == 0:
        mapping[reader.choice(["summary", "rationale", "colour", "version", "sources"])] = _value(reader)
    return mapping


def _clause(reader: ByteReader) -> Callable[[], Any]:
    kind = reader.integer(0, 3)
    if kind == 0:
        wanted = reader.choice(BUILTIN_CLAUSES) if reader.integer(0, 7) else reader.text()
        return lambda: wanted
    arguments = {reader.choice(NAMES): _value(reader) for _ in range(reader.integer(0, 4))}
    if kind == 1:
        builtin = reader.choice(BUILTIN_CLAUSES)
        names = [parameter.name for parameter in CATALOG.clauses[builtin].parameters]
        chosen = {reader.choice(names): _value(reader) for _ in range(reader.integer(0, 3))} if names else {}
        if builtin == "named-organizations" and reader.integer(0, 3):
            chosen["organizations"] = ["Example Corp."]
        return lambda: ethlicense.clause(builtin, **chosen)
    mapping = _clause_mapping(reader)
    return lambda: ethlicense.clause(clause_from_mapping(mapping, source="fuzz"), **arguments)


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris and libFuzzer expect
    """Compose one license from *data*; fail on anything but an EthLicenseError or an unsound result."""
    reader = ByteReader(data)
    base = reader.choice(BASES) if reader.integer(0, 15) else reader.text()
    builders = [_clause(reader) for _ in range(reader.integer(0, 3))]
    holders = [reader.choice(["Jane Doe", "A"]) if reader.integer(0, 3) else reader.text() for _ in range(2)]
    year = reader.choice([None, 2026, 1970, 2100, 1969, reader.integer(-(10**6), 10**6)])
    name = None if reader.integer(0, 3) else reader.text()
    license_id = None if reader.integer(0, 3) else "LicenseRef-" + reader.text(10)
    try:
        rendered = ethlicense.compose(
            base,
            clauses=[build() for build in builders],
            holders=holders[: reader.integer(0, 2)],
            year=year,
            name=name,
            license_id=license_id,
            allow_void_restrictions=reader.boolean(),
        )
    except EthLicenseError:
        return
    if not rendered.text.endswith("\n") or rendered.text.endswith("\n\n") or "\r" in rendered.text:
        msg = f"rendered text is not normalised: {rendered.text[-40:]!r}"
        raise AssertionError(msg)
    hidden = find_hidden_character(rendered.text, multiline=True)
    if hidden is not None:
        msg = f"rendered text contains U+{ord(hidden):04X}"
        raise AssertionError(msg)


if __name__ == "__main__":
    run(TestOneInput, sys.argv)
