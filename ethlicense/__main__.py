# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Run the command line as ``python -m ethlicense``."""

from ethlicense.cli import main

main()
