# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license builder's server: JSON API, server-rendered form, downloads, limits and ``ethlicense serve``.

The API is compared with what the command line prints for the same choices (through click's runner), and
the downloaded ``ethlicense.toml`` is built and verified by the ``build`` and ``verify`` commands.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the web extra is not installed")

from fastapi.testclient import TestClient

import ethlicense
from ethlicense.cli import cli
from ethlicense.errors import EthLicenseError
from ethlicense.formats import verdict_line
from ethlicense.web import (
    Choices,
    choices_from_fields,
    compose_choices,
    config_text,
    create_app,
    is_loopback,
    permalink_query,
)
from ethlicense.web import _serve as serve_module
from ethlicense.web._limits import MAX_BODY_BYTES, MAX_QUERY_BYTES

ROOT = Path(__file__).resolve().parent.parent
LERNA = ROOT / "examples" / "lerna-2018"
ORGANIZATIONS = ["Example Corporation", "Sample Holdings Ltd."]
#: MIT with military and named organizations, as the page's form sends it.
FORM = [
    ("base", "MIT"),
    ("holders", "Jane Doe"),
    ("year", "2026"),
    ("clause", "military"),
    ("clause", "named-organizations"),
    ("military.allow_humanitarian", "false"),
    ("military.allow_humanitarian", "true"),
    ("named-organizations.organizations", "\n".join(ORGANIZATIONS)),
    ("named-organizations.reason", ""),
    ("mass-surveillance.include_commercial", "false"),  # a clause not chosen: its fields are ignored
]
CLI_ARGUMENTS = [
    "MIT",
    "--clause",
    "military",
    "--clause",
    "named-organizations",
    "--set",
    f"named-organizations.organizations={';'.join(ORGANIZATIONS)}",
    "--holder",
    "Jane Doe",
    "--year",
    "2026",
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    """A client of the builder application, in process."""
    return TestClient(create_app())


def post_form(client: TestClient, fields: list[tuple[str, str]] | dict[str, str]) -> Any:
    """Send the page's form as a browser does, without JavaScript."""
    content = urllib.parse.urlencode(fields)
    return client.post("/", content=content, headers={"content-type": "application/x-www-form-urlencoded"})


def run_cli(*arguments: str) -> tuple[int, str, str]:
    """Run ``ethlicense`` through click's runner: exit code, stdout, stderr."""
    result = CliRunner().invoke(cli, list(arguments), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def cli_error(*arguments: str) -> str:
    """The one-line message the command line prints for a refused command."""
    code, _, err = run_cli(*arguments)
    assert code == 2
    return err.strip().removeprefix("Error: ")


class _Page(HTMLParser):
    """Collects the form controls, labels and ids of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_targets: set[str] = set()
        self.ids: list[str] = []
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag in {"input", "textarea", "select", "button"}:
            self.controls.append({"tag": tag, **attributes})
        if tag == "label" and attributes.get("for"):
            self.label_targets.add(str(attributes["for"]))
        if tag == "a" and attributes.get("id") and attributes.get("href"):
            self.links[str(attributes["id"])] = str(attributes["href"])


def parse_page(html: str) -> _Page:
    """Parse a page of the builder."""
    page = _Page()
    page.feed(html)
    return page


# --- the JSON API ---------------------------------------------------------------------------------------


def test_api_bases_and_clauses_are_the_command_line_json(client: TestClient) -> None:
    """/api/bases and /api/clauses return what ``bases --format json`` and ``clauses --format json`` print."""
    for path, command in (("/api/bases", "bases"), ("/api/clauses", "clauses")):
        response = client.get(path)
        assert response.status_code == 200
        code, out, _ = run_cli(command, "--format", "json")
        assert code == 0
        assert response.json() == json.loads(out)


def test_api_render_is_the_command_line_json(client: TestClient) -> None:
    """/api/render returns what ``render --format json`` prints for the same choices."""
    body = {
        "base": "MIT",
        "clauses": ["military", "named-organizations"],
        "arguments": {"named-organizations": {"organizations": ORGANIZATIONS}},
        "holders": ["Jane Doe"],
        "year": 2026,
    }
    response = client.post("/api/render", json=body)
    assert response.status_code == 200
    code, out, _ = run_cli("render", *CLI_ARGUMENTS, "--format", "json")
    assert code == 0
    assert response.json() == json.loads(out)
    assert {item["clause"] for item in response.json()["violations"]} == {"military", "named-organizations"}


@pytest.mark.parametrize(
    ("body", "arguments"),
    [
        ({"base": "GPL-3.0-only", "clauses": ["military"]}, ["GPL-3.0-only", "--clause", "military"]),
        (
            {"base": "MIT", "clauses": ["military"], "arguments": {"military": {"colour": "red"}}, "holders": ["J"]},
            ["MIT", "--clause", "military", "--set", "military.colour=red", "--holder", "J"],
        ),
        ({"base": "MIT", "holders": ["J\u202eX"]}, ["MIT", "--holder", "J\u202eX"]),
        ({"base": "MTI", "holders": ["J"]}, ["MTI", "--holder", "J"]),
        ({"base": "MIT", "clauses": ["named-organizations"], "holders": ["J"]}, ["MIT", "-c", "named-organizations"]),
        ({"base": "MIT", "holders": ["J"], "year": 1900}, ["MIT", "--holder", "J", "--year", "1900"]),
        ({"base": "MIT"}, ["MIT"]),
    ],
)
def test_refusals_carry_the_command_line_message(
    client: TestClient, body: dict[str, Any], arguments: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused choice is a 422 whose detail is, word for word, what ``ethlicense render`` prints.

    The command runs in an empty folder, where no project supplies a default holder (the page has no project).
    """
    monkeypatch.chdir(tmp_path)
    response = client.post("/api/render", json=body)
    assert response.status_code == 422
    assert response.json() == {"detail": cli_error("render", *arguments)}


@pytest.mark.parametrize(
    ("content", "content_type", "status", "words"),
    [
        (b"{not json", "application/json", 422, "JSON decode error"),
        (b'{"base": "MIT", "colour": "red"}', "application/json", 422, "colour"),
        (b'{"base": "MIT", "year": "soon"}', "application/json", 422, "year"),
        (b'{"base": 5}', "application/json", 422, "base"),
        (b"x" * (MAX_BODY_BYTES + 1), "application/json", 413, "larger than"),
    ],
)
def test_bad_requests_are_4xx_with_a_message_never_a_traceback(
    client: TestClient, content: bytes, content_type: str, status: int, words: str
) -> None:
    """Malformed or oversized bodies get a 4xx and a one-line ``detail``, never a traceback."""
    response = client.post("/api/render", content=content, headers={"content-type": content_type})
    assert response.status_code == status
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    assert words in detail
    assert "Traceback" not in response.text


def test_size_limits_refuse_before_reading(client: TestClient) -> None:
    """A declared length over the limit, an over-long query and a streamed body over the limit are refused."""
    declared = client.post("/", content=b"base=MIT", headers={"content-length": str(MAX_BODY_BYTES + 1)})
    assert declared.status_code == 413
    long_query = client.get("/?" + "a" * (MAX_QUERY_BYTES + 1))
    assert long_query.status_code == 414

    def chunks() -> Any:
        for _ in range(MAX_BODY_BYTES // 1024 + 2):
            yield b"x" * 1024

    streamed = client.post("/api/render", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_openapi_documents_the_api(client: TestClient) -> None:
    """The OpenAPI schema documents the three API routes and the request body, not the page."""
    schema = client.get("/openapi.json").json()
    assert {"/api/render", "/api/bases", "/api/clauses"} <= set(schema["paths"])
    assert "/" not in schema["paths"]
    request_body = schema["paths"]["/api/render"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert request_body["$ref"].endswith("/Choices")
    assert set(Choices.model_fields) == set(schema["components"]["schemas"]["Choices"]["properties"])
    assert "422" in schema["paths"]["/api/render"]["post"]["responses"]


# --- the page without JavaScript ------------------------------------------------------------------------


def test_form_post_renders_the_license_on_the_server(client: TestClient) -> None:
    """The form sent without JavaScript comes back with text, id, name, verdict, consequences and sources."""
    response = post_form(client, FORM)
    assert response.status_code == 200
    expected = ethlicense.compose(
        "MIT",
        clauses=["military", ethlicense.clause("named-organizations", organizations=ORGANIZATIONS)],
        holders=["Jane Doe"],
        year=2026,
    )
    html = response.text
    assert f'<code id="license-id">{expected.license_id}</code>' in html
    assert f'<dd id="license-name">{expected.name}</dd>' in html
    assert verdict_line(expected) in html
    assert '<th scope="row"><a href="https://opensource.org/osd" title=' in html
    assert html.count('<tr><th scope="row">') == len(expected.violations)
    assert expected.assessment.consequences[0].text.replace('"', "&#34;") in html
    assert "Hippocratic License 3.0, Military Activities module (MIL)" in html  # a source of "military"
    text = html.split('<pre class="license" id="license-text" tabindex="0" aria-labelledby="text-heading">')[1]
    assert text.split("</pre>")[0] == expected.text.replace("&", "&amp;").replace('"', "&#34;").replace("'", "&#39;")


def test_form_post_shows_the_refusal_with_the_cli_message(client: TestClient) -> None:
    """A refused combination comes back as a 422 page that shows the command line's message."""
    response = post_form(client, {"base": "GPL-3.0-only", "clause": "military"})
    assert response.status_code == 422
    message = cli_error("render", "GPL-3.0-only", "--clause", "military")
    assert f'<span id="error-message">{message.replace(chr(34), "&#34;")}</span>' in response.text
    assert 'role="alert"' in response.text


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"base=MIT&holders=J", "text/plain", 415),
        (b"base=MIT&holders=\xff", "application/x-www-form-urlencoded", 400),
        (b"base=MIT&colour=red", "application/x-www-form-urlencoded", 422),
        (b"base=MIT&clause=militry", "application/x-www-form-urlencoded", 422),
        (b"base=MIT&holders=J&year=soon", "application/x-www-form-urlencoded", 422),
    ],
)
def test_bad_forms_are_4xx(client: TestClient, content: bytes, content_type: str, status: int) -> None:
    """Wrong media types, bad encodings, unknown fields and ids are 4xx pages, never a traceback."""
    response = client.post("/", content=content, headers={"content-type": content_type})
    assert response.status_code == status
    assert "Traceback" not in response.text


def test_the_unknown_clause_message_suggests_the_nearest(client: TestClient) -> None:
    """An unknown clause in a form or permalink gets the same suggestion as on the command line."""
    response = client.get("/?base=MIT&clause=militry")
    message = cli_error("render", "MIT", "--clause", "militry", "--holder", "J")
    assert message.replace("'", "&#39;") in response.text


def test_every_control_has_a_label_and_ids_are_unique(client: TestClient) -> None:
    """Every visible form control has a label, every id is unique, and every clause parameter has a field."""
    page = parse_page(client.get("/").text)
    assert len(page.ids) == len(set(page.ids))
    visible = [
        item for item in page.controls if item.get("type") not in {"hidden", "submit"} and item["tag"] != "button"
    ]
    unlabelled = [item for item in visible if item.get("id") not in page.label_targets]
    assert unlabelled == []
    by_name = {item.get("name"): item for item in visible}
    kinds = {"string-list": "textarea", "text": "textarea", "date": "date", "boolean": "checkbox", "string": "text"}
    for clause in ethlicense.default_catalog().clauses.values():
        for parameter in clause.parameters:
            field = by_name[f"{clause.id}.{parameter.name}"]
            assert kinds[parameter.kind.value] in {field["tag"], field.get("type")}, (clause.id, parameter.name)


def test_base_chooser_says_which_bases_accept_restrictions(client: TestClient) -> None:
    """Each base is described, and a base that refuses restrictions says why."""
    html = client.get("/").text
    gpl = html.split('id="base-GPL-3.0-only-about">')[1].split("</p>")[0]
    assert "Refuses restriction clauses" in gpl
    assert "section 7" in gpl
    mit = html.split('id="base-MIT-about">')[1].split("</p>")[0]
    assert "Accepts restriction clauses" in mit
    assert "OSI-approved" in mit


def test_page_has_security_headers_and_static_files(client: TestClient) -> None:
    """The page forbids inline scripts and framing; its script and style are served from /static/."""
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    script = client.get("/static/builder.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "/api/render" in script.text
    assert client.get("/static/builder.css").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/page.html.j2").status_code == 404


# --- permalinks and downloads ---------------------------------------------------------------------------


def test_permalink_holds_the_choices(client: TestClient) -> None:
    """The permalink in the result rebuilds the same license when opened."""
    page = parse_page(post_form(client, FORM).text)
    permalink = page.links["permalink"]
    again = client.get(permalink)
    assert again.status_code == 200
    choices = choices_from_fields(FORM)
    assert f'<code id="license-id">{compose_choices(choices).license_id}</code>' in again.text
    assert permalink == "/?" + permalink_query(choices)


_SIMPLE_TEXT = (
    st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12).map(str.strip).filter(bool)
)


@given(
    base=st.sampled_from(["MIT", "Apache-2.0", "ISC"]),
    military=st.booleans(),
    humanitarian=st.booleans(),
    organizations=st.lists(_SIMPLE_TEXT, min_size=1, max_size=3, unique=True),
    holders=st.lists(_SIMPLE_TEXT, min_size=1, max_size=2),
    year=st.integers(1970, 2100),
    cure_days=st.integers(1, 365),
)
def test_permalink_round_trip(  # noqa: PLR0913, PLR0917 - one argument per drawn choice
    base: str,
    military: bool,
    humanitarian: bool,
    organizations: list[str],
    holders: list[str],
    year: int,
    cure_days: int,
) -> None:
    """Reading a permalink's query gives back the choices it was made from."""
    clauses = ["named-organizations", *(["military"] if military else [])]
    arguments: dict[str, dict[str, Any]] = {"named-organizations": {"organizations": organizations}}
    if military:
        arguments["military"] = {"allow_humanitarian": "true" if humanitarian else "false"}
    choices = Choices(base=base, clauses=clauses, arguments=arguments, holders=holders, year=year, cure_days=cure_days)
    query = permalink_query(choices)
    assert choices_from_fields(urllib.parse.parse_qsl(query, keep_blank_values=True)) == choices


def test_downloads_build_and_verify(client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The downloaded ethlicense.toml builds the downloaded LICENSE and SPDX document, and verify accepts them."""
    query = permalink_query(choices_from_fields(FORM)) + "&package_name=example"
    files = {}
    for name in ("LICENSE", "ethlicense.toml", "LICENSE.spdx.json"):
        response = client.get(f"/download/{name}?{query}")
        assert response.status_code == 200
        assert response.headers["content-disposition"] == f'attachment; filename="{name}"'
        files[name] = response.content
    project = tmp_path / "project"
    project.mkdir()
    (project / "ethlicense.toml").write_bytes(files["ethlicense.toml"])
    monkeypatch.chdir(project)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    code, _, err = run_cli("build")
    assert code == 0, err
    assert (project / "LICENSE").read_bytes() == files["LICENSE"]
    assert (project / "LICENSE.spdx.json").read_bytes() == files["LICENSE.spdx.json"]
    code, _, err = run_cli("verify")
    assert code == 0, err
    document = json.loads(files["LICENSE.spdx.json"])
    assert document["packages"][0]["name"] == "example"
    assert (
        document["hasExtractedLicensingInfos"][0]["licenseId"] == compose_choices(choices_from_fields(FORM)).license_id
    )


def test_download_of_refused_choices_is_4xx(client: TestClient) -> None:
    """Downloading the files of a refused combination gives the refusal, not a file."""
    response = client.get("/download/LICENSE?base=GPL-3.0-only&clause=military")
    assert response.status_code == 422
    assert response.json()["detail"] == cli_error("render", "GPL-3.0-only", "--clause", "military")
    assert client.get("/download/NOTICE?base=MIT").status_code == 404


def _lerna_fields() -> list[tuple[str, str]]:
    """The Lerna 2018 example's ethlicense.toml as the page's form fields."""
    config = tomllib.loads((LERNA / "ethlicense.toml").read_text(encoding="utf-8"))
    license_table = config["license"]
    fields = [
        ("base", license_table["base"]),
        ("holders", "\n".join(license_table["holders"])),
        ("year", str(license_table["year"])),
        ("name", license_table["name"]),
    ]
    for entry in config["clauses"]:
        fields.append(("clause", entry["id"]))
        for key, value in entry.items():
            if key != "id":
                shown = "\n".join(value) if isinstance(value, list) else str(value)
                fields.append((f"{entry['id']}.{key}", shown))
    return fields


def test_lerna_2018_builds_from_the_form(client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Lerna 2018 license, entered in the form, is the example's LICENSE, and its download rebuilds it."""
    fields = _lerna_fields()
    response = post_form(client, fields)
    assert response.status_code == 200
    expected = (LERNA / "LICENSE").read_text(encoding="utf-8")
    assert compose_choices(choices_from_fields(fields)).text == expected
    page = parse_page(response.text)
    toml = client.get(page.links["download-ethlicense-toml"]).content
    (tmp_path / "ethlicense.toml").write_bytes(toml)
    monkeypatch.chdir(tmp_path)
    assert run_cli("build")[0] == 0
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8") == expected
    assert run_cli("verify")[0] == 0


def test_config_text_writes_every_argument() -> None:
    """The ethlicense.toml names every parameter value, defaults included, and reads back to the same text."""
    rendered = compose_choices(choices_from_fields(FORM))
    text = config_text(rendered)
    data = tomllib.loads(text)
    assert data["clauses"][0] == {"id": "military", "allow_humanitarian": True}
    assert data["clauses"][1]["organizations"] == ORGANIZATIONS
    assert ethlicense.config.parse_config(text, path="ethlicense.toml").rendered.text == rendered.text


# --- ethlicense serve ------------------------------------------------------------------------------------


def test_is_loopback() -> None:
    """Loopback addresses and localhost count as this machine only; others do not."""
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("[::1]")
    assert is_loopback("127.1.2.3")
    assert not is_loopback("0.0.0.0")  # noqa: S104 - the address under test, not one listened on
    assert not is_loopback("192.0.2.10")
    assert not is_loopback("example.org")


def test_serve_warns_when_not_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listening on another address says that the network can reach the builder."""
    import uvicorn  # noqa: PLC0415 - only this test needs it

    ran: list[bool] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda _self, sockets=None: ran.append(bool(sockets)))
    bind = serve_module._bind  # noqa: SLF001 - the function under the command, replaced to avoid a real address
    monkeypatch.setattr(serve_module, "_bind", lambda _host, _port: bind("127.0.0.1", 0))
    lines: list[str] = []
    serve_module.serve("192.0.2.10", 0, announce=lines.append)
    assert ran == [True]
    assert lines[0].startswith("ethlicense license builder: http://127.0.0.1:")
    assert "anyone who can reach this machine" in lines[1]


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without FastAPI and uvicorn, serve exits 2 with the pip command that installs them."""
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    code, _, err = run_cli("serve", "--port", "0")
    assert code == 2
    assert 'pip install "ethlicense[web]"' in err
    with pytest.raises(EthLicenseError, match="web extra"):
        serve_module.serve("127.0.0.1", 0)


def test_serve_refuses_an_address_in_use() -> None:
    """A port that is taken is a one-line error."""
    taken = serve_module._bind("127.0.0.1", 0)  # noqa: SLF001
    try:
        port = taken.getsockname()[1]
        taken_error = re.escape(f"cannot listen on 127.0.0.1 port {port}")
        with pytest.raises(EthLicenseError, match=taken_error):
            serve_module._bind("127.0.0.1", port)  # noqa: SLF001
    finally:
        taken.close()


@pytest.mark.subprocess
def test_serve_in_a_real_process() -> None:
    """``ethlicense serve --port 0`` listens on loopback, says so, and answers the page and the API."""
    with subprocess.Popen(
        [sys.executable, "-m", "ethlicense", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            second = process.stdout.readline()
            url = first.strip().rsplit(" ", 1)[-1]
            assert url.startswith("http://127.0.0.1:")
            assert "loopback only" in second
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own loopback server
                assert response.status == 200
                assert "ethlicense license builder" in response.read().decode("utf-8")
            with urllib.request.urlopen(url + "api/bases", timeout=30) as response:  # noqa: S310
                assert any(item["id"] == "MIT" for item in json.load(response))
        finally:
            process.terminate()
            process.wait(timeout=30)
