# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""atheris harness: the fuzzer's bytes as a license file for ``check``, alone or around a real license.

Fails when anything escapes ``check``, when a check takes longer than its time budget allows (a per-input time
limit: the budget, plus the time to decode and prepare), when a reported passage is not in the text, or when
the verdict and ``osi_open_source`` disagree. Seed it with real license files for a faster start::

    mkdir -p /tmp/check-corpus && cp LICENSE LICENSES/*.txt /tmp/check-corpus/
    python fuzz/fuzz_check.py /tmp/check-corpus -max_total_time=60

See fuzz/README.md for the options and for running without atheris.
"""

from __future__ import annotations

import sys
import time

from _inputs import instrumented, run

with instrumented():
    import ethlicense
    from ethlicense.check import Verdict, check_text
    from ethlicense.check._files import decode_license_bytes

#: Seconds of analysis each input gets; with the time to decode and prepare, the per-input limit.
BUDGET = 2.0
LIMIT = BUDGET + 3.0
_MIT = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text


def _text(data: bytes) -> str | None:
    """Return the text checked: the decoded bytes alone, before MIT, after it, or inside it (by the first byte)."""
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    text, _ = decode_license_bytes(rest)
    if text is None:
        return None
    if mode == 1:
        return f"{text}\n\n{_MIT}"
    if mode == 2:
        return f"{_MIT}\n{text}\n"
    if mode == 3:
        middle = len(_MIT) // 2
        return f"{_MIT[:middle]}{text}{_MIT[middle:]}"
    return text


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris and libFuzzer expect
    """Check *data* as a license text; fail on an escape, a slow check, an invented quote or a mixed verdict."""
    text = _text(data)
    if text is None:
        return
    started = time.monotonic()
    result = check_text(text, time_budget=BUDGET)
    elapsed = time.monotonic() - started
    if elapsed > LIMIT:
        msg = f"check took {elapsed:.1f} s, over the per-input limit of {LIMIT:.1f} s"
        raise AssertionError(msg)
    expected = {Verdict.OPEN_SOURCE: True, Verdict.NOT_OPEN_SOURCE: False, Verdict.NEEDS_REVIEW: None}
    if result.osi_open_source is not expected[result.verdict]:
        msg = f"verdict {result.verdict} with osi_open_source {result.osi_open_source}"
        raise AssertionError(msg)
    flat = " ".join(text.split())
    for passage in [item.text for item in result.restrictions] + [item.text for item in result.review]:
        if " ".join(passage.split()) not in flat:
            msg = f"reported passage not in the text: {passage[:80]!r}"
            raise AssertionError(msg)


if __name__ == "__main__":
    run(TestOneInput, sys.argv)
