# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license builder as a FastAPI application: the page, the JSON API and the downloads.

Routes:

* ``GET /``: the page; with a query (a permalink, or the form sent with ``GET``) it shows that license.
* ``POST /``: the form sent without JavaScript; the page comes back with the license or the refusal.
* ``POST /api/render``: the JSON of ``ethlicense render --format json`` for a :class:`Choices` body.
* ``GET /api/bases``, ``GET /api/clauses``: ``ethlicense bases --format json`` and ``clauses --format json``.
* ``GET /download/LICENSE``, ``/download/ethlicense.toml``, ``/download/LICENSE.spdx.json``: the files of
  the license whose choices the query holds.
* ``/openapi.json`` and ``/docs``: the API's OpenAPI schema and its reference page.

Whatever the library refuses comes back as a 4xx response whose ``detail`` is the message the
command line prints, never as a traceback.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, ConfigDict

from ethlicense._version import __version__
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.compose import default_year
from ethlicense.errors import EthLicenseError
from ethlicense.formats import bases_data, clauses_data, license_data
from ethlicense.models import RenderedLicense
from ethlicense.web._choices import (
    MAX_FIELDS,
    Choices,
    choices_from_fields,
    compose_choices,
    config_text,
    spdx_text,
)
from ethlicense.web._limits import MAX_BODY_BYTES, MAX_QUERY_BYTES, SizeLimit
from ethlicense.web._page import DOWNLOADS, STATIC_FILES, render_page, static_file

__all__ = ["Choices", "create_app", "message"]

_FORM_TYPE = "application/x-www-form-urlencoded"
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def message(error: Exception) -> str:
    """Return an error's message as the command line prints it: one line, naming options, not parameters."""
    text = error.command_line_message() if isinstance(error, EthLicenseError) else str(error)
    return " ".join(text.split())


class Problem(BaseModel):
    """A refused request: the message ``ethlicense`` prints for the same choices."""

    model_config = ConfigDict(extra="forbid")
    detail: str


class Violation(BaseModel):
    """One criterion the license fails, and the clause that makes it fail."""

    criterion: str
    clause: str | None
    reason: str


class LicenseDocument(BaseModel):
    """The JSON of ``ethlicense render --format json`` (the stable keys; others may follow)."""

    model_config = ConfigDict(extra="allow")
    text: str
    license_id: str
    name: str
    base: str
    osi_open_source: bool
    violations: list[Violation]
    clauses: list[dict[str, Any]]
    provenance: dict[str, Any]


_REFUSED: dict[int | str, dict[str, Any]] = {
    422: {"model": Problem, "description": "The choices are refused; `detail` is the command line's message."},
    413: {"model": Problem, "description": "The request body is too large."},
}


def _query_pairs(query: str) -> list[tuple[str, str]]:
    try:
        return urllib.parse.parse_qsl(
            query, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS, errors="strict"
        )
    except (UnicodeDecodeError, ValueError) as error:
        msg = f"cannot read the form: {error}"
        raise EthLicenseError(msg) from None


def create_app(*, catalog: Catalog | None = None) -> FastAPI:  # noqa: C901, PLR0915 - one closure per route
    """Return the builder application.

    Args:
        catalog: The catalog to offer (the built-in one by default).
    """
    catalog = catalog or default_catalog()
    app = FastAPI(
        title="ethlicense license builder",
        version=__version__,
        description=(
            "Compose a base license with restriction clauses and see its text, id, name and verdict. "
            "`POST /api/render` returns what `ethlicense render --format json` prints; a refused choice is a "
            "422 response whose `detail` is the message `ethlicense render` prints."
        ),
        docs_url=None,  # Swagger UI would load its scripts from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    limits = {"body": MAX_BODY_BYTES, "query": MAX_QUERY_BYTES}

    @app.exception_handler(EthLicenseError)
    async def _refused(_request: Request, error: EthLicenseError) -> JSONResponse:
        return JSONResponse({"detail": message(error)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _malformed(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()[:5]
        )
        return JSONResponse({"detail": problems}, status_code=422)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:  # noqa: ANN401 - FastAPI's callable
        response: Response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def page(choices: Choices | None, status: int = 200) -> HTMLResponse:
        rendered: RenderedLicense | None = None
        error: str | None = None
        if choices is not None:
            try:
                rendered = compose_choices(choices, catalog=catalog)
            except EthLicenseError as refused:
                error, status = message(refused), 422
        html = render_page(
            catalog=catalog,
            choices=choices,
            rendered=rendered,
            error=error,
            default_year=default_year(),
            limits=limits,
        )
        return HTMLResponse(html, status_code=status)

    def refused_page(error: EthLicenseError) -> HTMLResponse:
        html = render_page(
            catalog=catalog,
            choices=None,
            rendered=None,
            error=message(error),
            default_year=default_year(),
            limits=limits,
        )
        return HTMLResponse(html, status_code=422)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request) -> HTMLResponse:
        query = request.url.query
        if not query:
            return page(None)
        try:
            choices = choices_from_fields(_query_pairs(query), catalog=catalog)
        except EthLicenseError as error:
            return refused_page(error)
        return page(choices)

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def submit(request: Request) -> HTMLResponse:
        content_type = request.headers.get("content-type", "").partition(";")[0].strip().casefold()
        if content_type != _FORM_TYPE:
            return HTMLResponse(f"send the form as {_FORM_TYPE}", status_code=415)
        body = await request.body()
        try:
            choices = choices_from_fields(_query_pairs(body.decode("utf-8", errors="strict")), catalog=catalog)
        except UnicodeDecodeError:
            return HTMLResponse("the form is not UTF-8", status_code=400)
        except EthLicenseError as error:
            return refused_page(error)
        return page(choices)

    @app.post("/api/render", response_model=LicenseDocument, responses=_REFUSED, summary="Render a license")
    async def api_render(choices: Choices) -> JSONResponse:
        """Return what ``ethlicense render --format json`` prints for the same choices."""
        return JSONResponse(license_data(compose_choices(choices, catalog=catalog)))

    @app.get("/api/bases", summary="List the base licenses")
    async def api_bases() -> list[dict[str, Any]]:
        """Return what ``ethlicense bases --format json`` prints."""
        return bases_data(catalog)

    @app.get("/api/clauses", summary="List the clauses")
    async def api_clauses() -> list[dict[str, Any]]:
        """Return what ``ethlicense clauses --format json`` prints: each clause with parameters and sources."""
        return clauses_data(catalog)

    @app.get("/download/{file_name}", responses=_REFUSED, summary="Download a file of a license")
    async def download(file_name: str, request: Request) -> Response:
        """Return LICENSE, ethlicense.toml or LICENSE.spdx.json for the choices held by the query."""
        if file_name not in DOWNLOADS:
            return JSONResponse({"detail": f"no such file {file_name!r}; choose {', '.join(DOWNLOADS)}"}, 404)
        choices = choices_from_fields(_query_pairs(request.url.query), catalog=catalog)
        rendered = compose_choices(choices, catalog=catalog)
        if file_name == "LICENSE":
            text = rendered.text
        elif file_name == "ethlicense.toml":
            text = config_text(rendered, package_name=choices.package_name)
        else:
            text = spdx_text(rendered, package_name=choices.package_name)
        disposition = f'attachment; filename="{file_name}"'
        return Response(text, media_type=DOWNLOADS[file_name], headers={"Content-Disposition": disposition})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/{file_name}", include_in_schema=False)
    async def static(file_name: str) -> Response:
        if file_name not in STATIC_FILES:
            return PlainTextResponse("not found", status_code=404)
        return Response(static_file(file_name), media_type=STATIC_FILES[file_name])

    app.add_middleware(SizeLimit)
    return app
