# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The base class of ethlicense's Pydantic models.

Like :mod:`ethlicense.models`, this module does not use ``from __future__ import annotations``, so that
Pydantic reads the class's annotations without evaluating strings.
"""

from pydantic import BaseModel, ConfigDict

__all__ = ["FrozenModel"]


class FrozenModel(BaseModel):
    """A model that cannot change once made and refuses unknown fields.

    Refusing unknown fields makes a typo in a data or configuration file an error rather than a silently
    ignored key. The schema is built on first use rather than when the class is defined
    (``defer_build``), so importing a module full of models stays cheap for a command that needs few of them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
