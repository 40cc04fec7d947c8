# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The kinds of added text: the vocabulary that check's results and the wording classifier share.

Defined outside :mod:`ethlicense.check` because the classifier (:mod:`ethlicense._classify`) also serves
``render``, which reads a user-defined clause with it and never loads check. ``ethlicense.check`` exports both
names.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["BINDING_KINDS", "AdditionKind"]


class AdditionKind(StrEnum):
    """What a piece of added text is. The first three bind the licensee; the others do not."""

    RESTRICTION = "restriction"
    """Restricts who may use the software, what for, or how (see ``restricts``)."""
    CONDITION = "condition"
    """Binds the licensee in some other way: the text is a license of its own, not the base."""
    CHANGE = "change"
    """Wording of the base license replaced by other wording."""
    REQUEST = "request"
    """Asks something of the licensee without making it a condition."""
    STATEMENT = "statement"
    """States the authors' values or views, and binds no one."""
    CONTRIBUTION_NOTE = "contribution-note"
    """About contributing to the project."""
    THIRD_PARTY_NOTICE = "third-party-notice"
    """Names third-party code included and its license."""
    LICENSE_NOTICE = "license-notice"
    """A notice applying a license (``Licensed under the Apache License...``, an SPDX identifier)."""
    DISCLAIMER = "disclaimer"
    """A disclaimer of warranty or liability."""
    TRADEMARK_NOTICE = "trademark-notice"
    """About trademarks or the use of names for endorsement."""
    PERMISSION = "permission"
    """Grants more than the base license does."""
    EXEMPTION = "exemption"
    """Narrows a restriction (``This condition does not apply to...``)."""
    DEFINITION = "definition"
    """Defines a term."""
    TITLE = "title"
    """A title or heading."""
    COPYRIGHT = "copyright"
    """A copyright notice."""
    STRUCTURE = "structure"
    """Layout: ethlicense's title, introduction and part headings, separators, Markdown fences."""
    LAYOUT_TERMS = "layout-terms"
    """ethlicense's own terms, which every composite has: the sentence that makes the Additional Conditions part
    of the license, and their definitions, breach-and-cure and general sections. They serve the clauses and
    restrict nothing themselves."""
    NOTE = "note"
    """Other text that binds no one."""
    OTHER_LICENSE = "other-license"
    """The text of another SPDX license (third-party code, a second license of a dual license)."""
    UNCLEAR = "unclear"
    """Reads as if it might bind (a negation, a modal verb, a limit), but is recognised neither as a restriction
    nor as harmless: the verdict is "needs review"."""


#: The kinds of addition that bind the licensee.
BINDING_KINDS = frozenset({AdditionKind.RESTRICTION, AdditionKind.CONDITION, AdditionKind.CHANGE})
