# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""Compare what a user-defined clause declares it restricts with what its text reads as.

The verdict on a rendered license follows each clause's declaration (``restricts``), but ``ethlicense check``
reads a clause it does not know from its words alone. When the two disagree, the same license is judged one
way by ``render`` and another by ``check``, and one of them is wrong about the text. This module reads the
rendered text of a user-defined clause with check's own classifier and, when it reads as kinds of
restriction none of which the clause declares, says so:

>>> import ethlicense
>>> acme = ethlicense.Clause(
...     id="acme", title="No Acme", restricts=["fields-of-endeavor"], template="Acme Corp may not use the Software."
... )
>>> print(declared_kind_warning(ethlicense.clause(acme), "Acme Corp may not use the Software.").replace("; ", ";\n"))
clause "acme": declared fields-of-endeavor (OSD-6) but its text reads as persons-or-groups (OSD-5);
check the declaration

Only a reading that shares no kind with the declaration is reported. Long clauses pick up incidental kinds from
their definitions and exceptions (a definition that names public authorities reads as persons), so a reading
that adds kinds to a declared one would mostly be noise; and a text from which the classifier reads no kind at
all is no evidence of a different one. Built-in clauses are never compared: ``check`` recognises them.

The classifier is loaded when this module is imported, so :func:`ethlicense.compose.render` imports it only
for a license that has a user-defined clause.
"""

from __future__ import annotations

import re
from typing import Final

from ethlicense._classify import classify_block
from ethlicense.assess import named_criterion
from ethlicense.models import ConfiguredClause, Restriction

__all__ = ["declared_kind_warning", "read_restrictions"]

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")


def read_restrictions(text: str) -> tuple[Restriction, ...]:
    """Return the kinds of restriction that check's classifier reads in a clause's rendered *text*.

    The text is read as check reads a section of Additional Conditions: paragraph by paragraph, in a place
    where a sentence that names a target binds even without a binding word of its own.

    >>> read_restrictions("The Software may not be used for military purposes.")
    (<Restriction.FIELDS_OF_ENDEAVOR: 'fields-of-endeavor'>,)
    >>> read_restrictions("We kindly ask, though it is not a condition, that you not use it for weapons.")
    ()
    """
    paragraphs = [paragraph for paragraph in _PARAGRAPH_BREAK.split(text) if paragraph.strip()]
    if not paragraphs:
        return ()
    found = (kind for result in classify_block(paragraphs, binding_context=True) for kind in result.restricts)
    return tuple(Restriction(kind) for kind in dict.fromkeys(found))


def _named(kinds: tuple[Restriction, ...]) -> str:
    """Name restriction kinds with the Open Source Definition criterion each is named after."""
    parts = []
    for kind in kinds:
        criterion = named_criterion(kind)
        parts.append(f"{kind.value} ({criterion})" if criterion else kind.value)
    return " and ".join(parts)


def declared_kind_warning(configured: ConfiguredClause, text: str) -> str | None:
    """Return a warning when *text*, a user-defined clause's rendered body, reads as other kinds than it declares.

    Args:
        configured: The clause with its parameters, as it was rendered.
        text: Its rendered text (:func:`ethlicense.render.render_clause_text`).

    Returns:
        One line naming the declared kinds and the kinds read, each with its criterion, or ``None`` when the
        reading shares a kind with the declaration, finds none, or the clause is built in.
    """
    clause = configured.clause
    if clause.builtin:
        return None
    read = read_restrictions(text)
    if not read or set(read) & set(clause.restricts):
        return None
    return (
        f'clause "{clause.id}": declared {_named(clause.restricts)} but its text reads as {_named(read)}; '
        "check the declaration"
    )
