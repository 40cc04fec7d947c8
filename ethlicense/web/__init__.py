# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license builder in the browser: ``ethlicense serve`` (needs the ``web`` extra).

:func:`create_app` returns the FastAPI application; :func:`serve` runs it with uvicorn. Both import the web
framework only when called, so that ``ethlicense --help`` works without the extra installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethlicense.web._choices import (
    Choices,
    choices_from_fields,
    compose_choices,
    config_text,
    permalink_query,
    spdx_text,
)
from ethlicense.web._serve import WEB_EXTRA_MISSING, is_loopback, serve

if TYPE_CHECKING:
    from fastapi import FastAPI

    from ethlicense.catalog import Catalog

__all__ = [
    "WEB_EXTRA_MISSING",
    "Choices",
    "choices_from_fields",
    "compose_choices",
    "config_text",
    "create_app",
    "is_loopback",
    "permalink_query",
    "serve",
    "spdx_text",
]


def __dir__() -> list[str]:
    return __all__


def create_app(*, catalog: Catalog | None = None) -> FastAPI:
    """Return the builder's FastAPI application (see :mod:`ethlicense.web.app`).

    Raises:
        ModuleNotFoundError: The ``web`` extra (FastAPI) is not installed.
    """
    from ethlicense.web.app import create_app as create  # noqa: PLC0415 - FastAPI only when asked for

    return create(catalog=catalog)
