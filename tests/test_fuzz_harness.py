# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The atheris harnesses in fuzz/ import and run without atheris, on a few inputs each."""

from __future__ import annotations

import doctest
import hashlib
import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"

CLAUSE_FILE = (
    b'id = "mine"\ntitle = "Mine"\nrestricts = ["conduct"]\ntext = "No harm to {{ who }}."\n'
    b'[[parameters]]\nname = "who"\nkind = "string"\ndescription = "Whom."\ndefault = "anyone"\n'
)
INPUTS = [
    b"",
    b"\x00" * 64,
    b"\xff" * 64,
    bytes(range(256)),
    CLAUSE_FILE,
    b'id = "x"\ntitle = "T\xe2\x80\xae"\nrestricts = ["conduct"]\ntext = "t"\n',
    b'id = "x"\ntext = "{{ cycler.__init__.__globals__.os.system(\'true\') }}"\n',
    *(hashlib.sha512(bytes([seed])).digest() * 4 for seed in range(20)),
]


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], ModuleType]]:
    """Import a harness from fuzz/ as atheris would run it (its folder first on the path)."""
    monkeypatch.syspath_prepend(str(FUZZ))
    imported: list[str] = []

    def load(name: str) -> ModuleType:
        imported.append(name)
        return importlib.import_module(name)

    yield load
    for name in [*imported, "_inputs"]:
        sys.modules.pop(name, None)


@pytest.mark.parametrize("name", ["fuzz_compose", "fuzz_clause_file", "fuzz_check"])
def test_harness_runs_its_inputs_without_atheris(harness: Callable[[str], ModuleType], name: str) -> None:
    """Each harness's TestOneInput accepts arbitrary bytes without raising."""
    module = harness(name)
    for data in INPUTS:
        module.TestOneInput(data)


def test_clause_file_harness_renders_a_valid_file(
    harness: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clause file harness really loads and renders a valid file (so it tests more than refusals)."""
    module = harness("fuzz_clause_file")
    rendered: list[str] = []
    original = module.ethlicense.compose

    def spy(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        rendered.append(result.text)
        return result

    monkeypatch.setattr(module.ethlicense, "compose", spy)
    module.TestOneInput(CLAUSE_FILE)
    assert len(rendered) == 1
    assert "No harm to anyone." in rendered[0]


def test_smoke_mode_runs_random_inputs(
    harness: Callable[[str], ModuleType], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--smoke N`` runs N random inputs without atheris and says so."""
    module = harness("fuzz_compose")
    inputs = harness("_inputs")
    inputs.run(module.TestOneInput, ["fuzz_compose.py", "--smoke", "50", "--seed", "7"])
    assert "50 random inputs" in capsys.readouterr().err


def test_check_harness_fails_on_an_invented_quote(
    harness: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check harness really compares what is quoted with the text (so it tests more than not raising)."""
    module = harness("fuzz_check")
    original = module.check_text

    def inventing(text: str, **options: object) -> object:
        result = original(text, **options)
        invented = result.model_copy(update={"review": (), "restrictions": ()})
        restriction = original("No Palantir.\n\n" + module._MIT).restrictions[0]  # noqa: SLF001 - the harness's own text
        return invented.model_copy(update={"restrictions": (restriction,)})

    monkeypatch.setattr(module, "check_text", inventing)
    with pytest.raises(AssertionError, match="not in the text"):
        module.TestOneInput(b"\x00plain words")


def test_the_decoder_examples_hold(harness: Callable[[str], ModuleType]) -> None:
    """The doctest of the shared byte decoder passes."""
    result = doctest.testmod(harness("_inputs"))
    assert result.attempted > 0
    assert result.failed == 0
