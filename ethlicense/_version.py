# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The version of ethlicense: the one place it is written (hatchling reads it from here at build time).

Reading it from this module rather than from the installed metadata keeps ``importlib.metadata`` out of
every command's start-up.
"""

__version__ = "0.1.0"
