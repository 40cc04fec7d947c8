# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What the atheris harnesses share: decoding the fuzzer's bytes, and running with or without atheris.

atheris is optional. Without it a harness still imports (so the test suite can run its ``TestOneInput`` on a
few inputs) and still runs on random inputs with ``--smoke N``; with it, the harness runs under libFuzzer
with coverage feedback from ethlicense and Jinja.
"""

from __future__ import annotations

import contextlib
import importlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

_Item = TypeVar("_Item")

try:
    atheris: Any = importlib.import_module("atheris")
except ImportError:
    atheris = None

#: Code points a decoded string favours, besides ASCII: the hidden and reordering characters the library must
#: refuse, and characters that matter to Jinja, TOML and the layout.
INTERESTING_CHARACTERS = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff\u00ad\u2028\u2029"
    "\x00\x1b\x7f\t\r\n{}%#'\"\\;=[]~|.é漢𝔘"
)


def instrumented() -> contextlib.AbstractContextManager[object]:
    """Return a context in which imports of ethlicense and Jinja are instrumented, if atheris is present."""
    if atheris is None:
        return contextlib.nullcontext()
    manager: contextlib.AbstractContextManager[object] = atheris.instrument_imports(include=["ethlicense", "jinja2"])
    return manager


class ByteReader:
    r"""Turn a fuzzer's bytes into choices, numbers and strings; past the end it reads zeros.

    >>> reader = ByteReader(b"\x02ab")
    >>> reader.text(max_length=5)
    'ab'
    >>> reader.integer(0, 9)
    0
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._position = 0

    def byte(self) -> int:
        """Return the next byte, or 0 when the data is used up."""
        if self._position >= len(self._data):
            return 0
        value = self._data[self._position]
        self._position += 1
        return value

    def integer(self, low: int, high: int) -> int:
        """Return an integer from *low* to *high* inclusive."""
        span = high - low + 1
        value = 0
        for _ in range(max(1, (span.bit_length() + 7) // 8)):
            value = value * 256 + self.byte()
        return low + value % span

    def boolean(self) -> bool:
        """Return a boolean."""
        return self.byte() % 2 == 1

    def choice(self, options: Sequence[_Item]) -> _Item:
        """Return one of *options*."""
        return options[self.integer(0, len(options) - 1)]

    def character(self) -> str:
        """Return one character: mostly ASCII, sometimes an interesting one, sometimes any code point."""
        first = self.byte()
        if first < 0xC0:
            return chr(first % 0x80)
        if first < 0xF0:
            return INTERESTING_CHARACTERS[first % len(INTERESTING_CHARACTERS)]
        code = self.integer(0, 0x10FFFF)
        return chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"

    def text(self, max_length: int = 40) -> str:
        """Return a string of at most *max_length* characters."""
        return "".join(self.character() for _ in range(self.integer(0, max_length)))


def run(test_one_input: Callable[[bytes], None], argv: Sequence[str]) -> None:
    """Run a harness: under atheris with libFuzzer's options, or on random inputs with ``--smoke N``.

    ``--smoke N [--seed S]`` feeds *N* random byte strings to *test_one_input* without atheris and reports
    how long that took; every other argument goes to libFuzzer (``-max_total_time=60``, a corpus folder...).
    """
    arguments = list(argv)
    if "--smoke" in arguments:
        count = int(arguments[arguments.index("--smoke") + 1])
        seed = int(arguments[arguments.index("--seed") + 1]) if "--seed" in arguments else 0
        generator = random.Random(seed)
        started = time.monotonic()
        for _ in range(count):
            test_one_input(generator.randbytes(generator.randint(0, 512)))
        sys.stderr.write(f"{count} random inputs in {time.monotonic() - started:.1f} s, no crash\n")
        return
    if atheris is None:
        sys.stderr.write(
            "atheris is not installed (pip install atheris, see fuzz/README.md); "
            "run with --smoke N for random inputs without it\n"
        )
        raise SystemExit(2)
    atheris.Setup(arguments, test_one_input)
    atheris.Fuzz()
