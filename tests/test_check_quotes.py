# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Every passage ``check`` quotes is in the file, whole: checked on every text of the labelled corpus."""

from __future__ import annotations

import functools
import re

import pytest

from ethlicense.check import CheckResult, check_text
from tests.check_corpus import Case, all_cases

#: Characters after which a sentence or a list item may start (once whitespace is skipped).
_OPENERS = frozenset(".;:!?)]\"'*#>-_|`\u201d\u2019")
#: Characters a whole sentence or list item may end with (besides the end of a line).
_CLOSERS = frozenset(".;:!?)]\"'*_`,\u201d\u2019")


def _pattern(passage: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in passage.split()))


def passage_problem(passage: str, text: str) -> str | None:
    """Return what is wrong with quoting *passage* from *text*, or ``None`` when it is a whole passage of it.

    It must occur in *text* (whitespace aside), start where a sentence or list item can start and end where
    one can end.
    """
    found = None
    for match in _pattern(passage).finditer(text):
        found = match
        before = text[: match.start()].rstrip(" \t")
        after = text[match.end() :].lstrip(" \t")
        starts = not before or before.endswith("\n") or before[-1] in _OPENERS
        ends = not after or after.startswith(("\n", "\r")) or passage[-1] in _CLOSERS
        if starts and ends:
            return None
    if found is None:
        return "not in the text"
    return "not a whole sentence or list item"


def quoted(result: CheckResult) -> list[str]:
    """Return every passage *result* quotes from the text: restrictions and passages to review."""
    return [item.text for item in result.restrictions] + [item.text for item in result.review]


@functools.cache
def _cases() -> list[Case]:
    return all_cases()


def test_the_checker_of_passages_rejects_fragments_and_inventions() -> None:
    """The rule below could fail: a fragment, or a sentence not in the text, is caught."""
    text = "Permission is granted, including but not limited to the rights to use.\n\nNo one may sell it.\n"
    assert passage_problem("including but", text) == "not a whole sentence or list item"
    assert passage_problem("The Software shall be used for Good, not Evil.", text) == "not in the text"
    assert passage_problem("No one may sell it.", text) is None
    assert passage_problem("Permission is granted, including but not limited\nto the rights to use.", text) is None


@pytest.mark.parametrize("share", range(4))
def test_every_quoted_passage_is_a_whole_passage_of_the_file(share: int) -> None:
    """Over the whole corpus (a quarter per test), no report quotes a fragment or text that is not there."""
    problems = []
    cases = _cases()[share::4]
    for case in cases:
        result = check_text(case.text, time_budget=None)
        for passage in quoted(result):
            problem = passage_problem(passage, case.text)
            if problem is not None:
                problems.append((case.id, problem, passage[:80]))
    assert len(cases) > 500
    assert problems == []


def test_a_sentence_of_a_base_that_the_file_lacks_is_never_quoted() -> None:
    """A text resembling the JSON license without its "Good, not Evil" sentence is not said to hold it."""
    from tests.check_corpus import fill_copyright  # noqa: PLC0415 - only this test needs it

    text = fill_copyright("JSON").replace("The Software shall be used for Good, not Evil.", "")
    result = check_text(text)
    assert all("Good, not Evil" not in passage for passage in quoted(result))


def test_words_inserted_in_a_sentence_are_quoted_with_their_sentence() -> None:
    """An edit inside a sentence of MIT is reported as the whole sentence it sits in, never as the inserted words."""
    from tests.check_corpus import base_text  # noqa: PLC0415 - only this test needs it

    text = base_text("MIT").replace(
        "to any person obtaining", "to any person (except employees of Example Corp) obtaining"
    )
    result = check_text(text)
    assert result.restrictions
    for passage in quoted(result):
        assert passage.startswith("Permission is hereby granted"), passage
        assert passage_problem(passage, text) is None
