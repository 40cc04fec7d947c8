# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
