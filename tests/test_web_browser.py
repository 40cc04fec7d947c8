# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license builder in a real browser: Debian's Chromium, driven by Playwright, against ``ethlicense serve``.

The server runs as ``python -m ethlicense serve --port 0`` in a child process; Playwright starts the system
Chromium (never a browser of its own). Without Chromium the tests are skipped, unless
``ETHLICENSE_REQUIRE_BROWSER=1`` (set by ``.ci/run``), which makes a missing browser a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi", reason="the web extra is not installed")
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright  # noqa: E402

import ethlicense  # noqa: E402
from ethlicense.cli import cli  # noqa: E402
from ethlicense.formats import verdict_line  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LERNA = ROOT / "examples" / "lerna-2018"
ORGANIZATIONS = ["Example Corporation", "Sample Holdings Ltd."]
#: The flags that keep Chromium from reaching out to the network at start (this machine has none) and let it
#: run as root in a container.
CHROMIUM_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.subprocess


def chromium_path() -> str | None:
    """Return the system Chromium: ``ETHLICENSE_CHROMIUM``, else ``chromium`` on the PATH."""
    configured = os.environ.get("ETHLICENSE_CHROMIUM")
    if configured:
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The address of ``ethlicense serve`` running in a child process."""
    with subprocess.Popen(
        [sys.executable, "-m", "ethlicense", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("ethlicense license builder: "):
            process.kill()
            _, err = process.communicate(timeout=30)
            pytest.fail(f"ethlicense serve did not start: {line}{err}")
        try:
            yield line.strip().rsplit(" ", 1)[-1]
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, started by Playwright."""
    path = chromium_path()
    if path is None:
        if os.environ.get("ETHLICENSE_REQUIRE_BROWSER") == "1":
            pytest.fail("ETHLICENSE_REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)")
        pytest.skip("no chromium installed (apt-get install chromium); set ETHLICENSE_REQUIRE_BROWSER=1 to fail")
    playwright: Playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGUMENTS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A fresh page with JavaScript on; it fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(server)
    yield opened
    context.close()
    assert errors == []


def choose_mit_military_named_organizations(page: Page) -> None:
    """Fill the form as a person would: MIT, a holder and year, two clauses and their organizations."""
    page.get_by_role("radio", name="MIT License MIT").check()
    page.get_by_role("textbox", name="Copyright holders").fill("Jane Doe")
    page.get_by_role("spinbutton", name="Year").fill("2026")
    page.get_by_role("checkbox", name="No military use military").check()
    page.get_by_role("checkbox", name="Named organizations named-organizations").check()
    page.get_by_role("textbox", name="Organizations").fill("\n".join(ORGANIZATIONS))


def expected_license() -> ethlicense.RenderedLicense:
    """What ``ethlicense render`` makes of the same choices."""
    return ethlicense.compose(
        "MIT",
        clauses=["military", ethlicense.clause("named-organizations", organizations=ORGANIZATIONS)],
        holders=["Jane Doe"],
        year=2026,
    )


def download(page: Page, name: str, folder: Path) -> bytes:
    """Click a download link and return the bytes the browser saved."""
    with page.expect_download() as event:
        page.get_by_role("link", name=f"Download {name}", exact=True).click()
    saved = folder / event.value.suggested_filename
    event.value.save_as(saved)
    assert saved.name == name
    return saved.read_bytes()


def test_mit_military_named_organizations_live(page: Page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing MIT + military + named organizations shows the CLI's verdict live; the downloads build and verify."""
    choose_mit_military_named_organizations(page)
    expected = expected_license()
    expect(page.locator("#license-id")).to_have_text(expected.license_id)
    expect(page.locator("#verdict")).to_have_text(verdict_line(expected))
    expect(page.locator("#license-name")).to_have_text(expected.name)
    assert page.locator("#license-text").text_content() == expected.text
    rows = page.locator("#violations tr")
    expect(rows).to_have_count(len(expected.violations))
    expect(rows.filter(has_text="OSD-5")).to_contain_text("named-organizations")
    expect(rows.filter(has_text="OSD-6")).to_contain_text("military")
    expect(page.locator(".consequences li").first).to_have_text(expected.assessment.consequences[0].text)
    expect(page.locator(".provenance h4").first).to_contain_text("No military use")
    assert "clause=named-organizations" in page.url  # the address bar holds the choices
    page.screenshot(path=tmp_path / "builder.png", full_page=False)

    files = {name: download(page, name, tmp_path) for name in ("LICENSE", "ethlicense.toml", "LICENSE.spdx.json")}
    assert files["LICENSE"].decode("utf-8") == expected.text
    project = tmp_path / "project"
    project.mkdir()
    (project / "ethlicense.toml").write_bytes(files["ethlicense.toml"])
    monkeypatch.chdir(project)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    runner = CliRunner()
    built = runner.invoke(cli, ["build"], catch_exceptions=False)
    assert built.exit_code == 0, built.stderr
    assert (project / "LICENSE").read_bytes() == files["LICENSE"]
    assert (project / "LICENSE.spdx.json").read_bytes() == files["LICENSE.spdx.json"]
    verified = runner.invoke(cli, ["verify"], catch_exceptions=False)
    assert verified.exit_code == 0, verified.stderr
    spdx = json.loads(files["LICENSE.spdx.json"])
    assert spdx["hasExtractedLicensingInfos"][0]["licenseId"] == expected.license_id


def test_permalink_reopens_the_same_license(page: Page, browser: Browser) -> None:
    """The permalink opens, in a new page, the same choices and the same license."""
    choose_mit_military_named_organizations(page)
    expected = expected_license()
    expect(page.locator("#license-id")).to_have_text(expected.license_id)
    link = page.get_by_role("link", name="Permalink to these choices").get_attribute("href")
    assert link is not None
    other = browser.new_page()
    other.goto(page.url.split("/?")[0] + link)
    expect(other.locator("#license-id")).to_have_text(expected.license_id)
    expect(other.get_by_role("checkbox", name="No military use military")).to_be_checked()
    expect(other.get_by_role("textbox", name="Organizations")).to_have_value("\n".join(ORGANIZATIONS))
    other.close()


def test_refused_combination_shows_the_cli_message(page: Page) -> None:
    """A GPL base with a clause shows, word for word, the message ``ethlicense render`` prints."""
    page.get_by_role("radio", name="GNU General Public License v3.0 only GPL-3.0-only").check()
    page.get_by_role("checkbox", name="No military use military").check()
    result = CliRunner().invoke(cli, ["render", "GPL-3.0-only", "--clause", "military"])
    message = result.stderr.strip().removeprefix("Error: ")
    expect(page.locator("#error-message")).to_have_text(message)
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("#output")).to_be_hidden()


def test_hidden_character_in_a_holder_is_refused(page: Page) -> None:
    """A reordering character in a holder is refused with the CLI's message naming the field."""
    page.get_by_role("textbox", name="Copyright holders").fill("Jane\u202eDoe")
    expect(page.locator("#error-message")).to_contain_text("holders[0]: 'Jane\\u202eDoe' contains U+202E")


def test_without_javascript_the_form_renders_on_the_server(browser: Browser, server: str) -> None:
    """With JavaScript off, the Build button sends the form and the server shows the same verdict."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    choose_mit_military_named_organizations(page)
    page.get_by_role("button", name="Build the license").click()
    expected = expected_license()
    expect(page.locator("#license-id")).to_have_text(expected.license_id)
    expect(page.locator("#verdict")).to_have_text(verdict_line(expected))
    assert page.url.rstrip("/") == server.rstrip("/")  # a POST: the choices are in the permalink, not the URL
    page.get_by_role("link", name="Permalink to these choices").click()
    expect(page.locator("#license-id")).to_have_text(expected.license_id)
    assert "clause=military" in page.url
    context.close()


def test_keyboard_only(page: Page) -> None:
    """The form is usable with the keyboard alone, in reading order, and Build moves focus to the result."""
    focused: list[str] = []
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.className"))
    assert focused[:4] == ["skip", "base-MIT", "holders", "year"]
    first_clause = next(iter(ethlicense.default_catalog().clauses))
    assert focused[4] == f"clause-{first_clause}-chosen"  # the clauses come next, in catalog order
    page.locator("#holders").focus()
    page.keyboard.type("Jane Doe")
    page.locator("#clause-military-chosen").focus()
    page.keyboard.press("Space")
    expect(page.locator("#clause-military-chosen")).to_be_checked()
    page.keyboard.press("Tab")  # the clause's own parameter comes right after it
    assert page.evaluate("document.activeElement.id") == "field-military-allow_humanitarian"
    page.get_by_role("button", name="Build the license").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#license-id")).to_contain_text("LicenseRef-MIT-with-military-")
    expect(page.locator("#result")).to_be_focused()


def test_lerna_2018_is_buildable_on_the_page(page: Page, tmp_path: Path) -> None:
    """The Lerna 2018 license, typed into the page, downloads as the example's LICENSE byte for byte."""
    config = tomllib.loads((LERNA / "ethlicense.toml").read_text(encoding="utf-8"))
    organizations = config["clauses"][0]
    page.get_by_role("textbox", name="Copyright holders").fill("\n".join(config["license"]["holders"]))
    page.get_by_role("spinbutton", name="Year").fill(str(config["license"]["year"]))
    page.locator("details.more > summary").click()
    page.get_by_role("textbox", name="Name of the license").fill(config["license"]["name"])
    page.get_by_role("checkbox", name="Named organizations named-organizations").check()
    page.get_by_role("textbox", name="Organizations").fill("\n".join(organizations["organizations"]))
    page.locator("#field-named-organizations-reason").fill(organizations["reason"])
    page.locator("#field-named-organizations-effective_date").fill(organizations["effective_date"].isoformat())
    page.get_by_role("checkbox", name="No ICE collaborators ice-collaborators").check()
    expected = (LERNA / "LICENSE").read_text(encoding="utf-8")
    expect(page.locator("#license-name")).to_have_text(config["license"]["name"])
    expect(page.locator("#license-text")).to_have_text(expected, use_inner_text=False)
    assert download(page, "LICENSE", tmp_path).decode("utf-8") == expected
