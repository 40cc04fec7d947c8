# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""How SPDX tools read a license id: refuse a ``LicenseRef-`` id they would take for another license.

The license-expression library behind spdx-tools resolves some ``LicenseRef-`` ids as aliases of licenses
on the SPDX License List (``LicenseRef-MIT-TC`` parses as ``MIT``). A restricted license published under
such an id would be read by every SPDX tool as its base, so :func:`parse_license_id` refuses it. The
library is imported on first use: it costs tens of milliseconds and is needed only when an id is chosen by
hand or an SPDX document is written.
"""

from __future__ import annotations

from ethlicense.errors import InvalidSpecError

__all__ = ["parse_license_id"]


def parse_license_id(license_id: str) -> object:
    """Return the spdx-tools license expression for *license_id*, refusing ids it would rename.

    Raises:
        InvalidSpecError: *license_id* is not a valid SPDX license expression, or SPDX tools read it as a
            different license (the message names which).
    """
    from license_expression import ExpressionError  # type: ignore[import-untyped]  # noqa: PLC0415 - lazy
    from spdx_tools.common.spdx_licensing import (  # type: ignore[import-untyped]  # noqa: PLC0415 - lazy
        spdx_licensing,
    )

    try:
        expression: object = spdx_licensing.parse(license_id)
    except ExpressionError as error:
        msg = f"license_id {license_id!r} is not a valid SPDX license expression: {error}"
        raise InvalidSpecError(msg) from None
    if str(expression) != license_id:
        msg = (
            f"license_id {license_id!r} is read by SPDX tools as {str(expression)!r}, which would misname "
            "the license; choose another LicenseRef- id"
        )
        raise InvalidSpecError(msg)
    return expression
