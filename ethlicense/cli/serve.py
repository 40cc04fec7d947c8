# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The ``ethlicense serve`` command, which lives with the web app in :mod:`ethlicense.web`.

It needs the web extra (``pip install "ethlicense[web]"``) only when it runs, so the command itself, and
its help, load without it.
"""

from __future__ import annotations

from ethlicense.web._cli import serve

__all__ = ["serve"]
