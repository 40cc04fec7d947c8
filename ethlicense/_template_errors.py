# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""What rendering any template can raise, as ethlicense's errors.

Kept apart from :mod:`ethlicense._sandbox`, so that rendering the built-in templates does not load the
sandbox that only user-defined clauses need.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import jinja2
from jinja2.exceptions import SecurityError

from ethlicense.errors import CatalogError, TemplateSecurityError

__all__ = ["rendering_errors"]


@contextlib.contextmanager
def rendering_errors(owner: str) -> Iterator[None]:
    """Turn what rendering a template can raise into ethlicense's errors, naming *owner* (a clause id).

    Used for every template, trusted or not, so that the same failure reads the same everywhere.

    Raises:
        TemplateSecurityError: The template tried something a sandbox forbids, or recursed too deeply.
        CatalogError: The template failed for another reason (an undefined value, a type error...).
    """
    try:
        yield
    except SecurityError as error:
        raise TemplateSecurityError(owner, str(error)) from None
    except (RecursionError, MemoryError):
        raise TemplateSecurityError(owner, "it recursed or nested too deeply") from None
    except jinja2.UndefinedError as error:
        msg = f"{owner}: its template uses an undefined value: {error.message}"
        raise CatalogError(msg) from None
    except jinja2.TemplateError as error:
        msg = f"{owner}: its template failed to render: {error}"
        raise CatalogError(msg) from None
    except (TypeError, ValueError, LookupError, AttributeError, ArithmeticError) as error:
        msg = f"{owner}: its template failed to render: {error}"
        raise CatalogError(msg) from None
    except Exception as error:  # noqa: BLE001 - a filter's own check (an assert, say) is the template's fault too
        msg = f"{owner}: its template failed to render: {type(error).__name__}: {error}"
        raise CatalogError(msg) from None
