#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
#
# Render this example's LICENSE: Apache-2.0 with five built-in clauses, in the manner of the Hippocratic
# License's core and modules, under a name and LicenseRef id of the project's own.
# Run it from anywhere; it writes LICENSE next to itself (replacing the committed copy with the same bytes).
set -euo pipefail
cd "$(dirname "$0")"
ethlicense render Apache-2.0 \
    --clause human-rights \
    --clause mass-surveillance --set mass-surveillance.include_commercial=true \
    --clause military \
    --clause law-enforcement \
    --clause fossil-fuels \
    --name "Example Project Ethical License 1.0" \
    --license-id LicenseRef-Example-Ethical-1.0 \
    --holder "Example Project authors" --year 2026 \
    -o LICENSE --force
