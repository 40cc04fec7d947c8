#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
#
# Render this example's LICENSE: the MIT License with the built-in no-military-use clause.
# Run it from anywhere; it writes LICENSE next to itself (replacing the committed copy with the same bytes).
set -euo pipefail
cd "$(dirname "$0")"
ethlicense render MIT --clause military --holder "Example Project authors" --year 2026 -o LICENSE --force
