# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""atheris harness: the fuzzer's bytes as a clause file, loaded with ``load_clause_file`` and rendered.

Only :class:`~ethlicense.errors.EthLicenseError` may escape, and what renders must be free of hidden
characters. Seed it with real clause files for a faster start::

    mkdir -p /tmp/clause-corpus && cp examples/custom-clause/clauses.toml /tmp/clause-corpus/
    python fuzz/fuzz_clause_file.py /tmp/clause-corpus -max_total_time=60

See fuzz/README.md for the options and for running without atheris.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path

from _inputs import instrumented, run

with instrumented():
    import ethlicense
    from ethlicense._text import find_hidden_character
    from ethlicense.catalog import load_clause_file
    from ethlicense.errors import EthLicenseError

_FOLDER = tempfile.mkdtemp(prefix="ethlicense-fuzz-")
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
_PATH = Path(_FOLDER) / "clauses.toml"


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris and libFuzzer expect
    """Load *data* as a clause file and render its clauses; fail on anything but an EthLicenseError."""
    _PATH.write_bytes(data)
    try:
        clauses = load_clause_file(_PATH)
        catalog = ethlicense.default_catalog().with_clauses(clauses)
        rendered = ethlicense.compose("MIT", clauses=clauses, holders=["Jane Doe"], year=2026, catalog=catalog)
    except EthLicenseError:
        return
    hidden = find_hidden_character(rendered.text, multiline=True)
    if hidden is not None:
        msg = f"rendered text contains U+{ord(hidden):04X}"
        raise AssertionError(msg)


if __name__ == "__main__":
    run(TestOneInput, sys.argv)
