# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Take the screenshots of the license builder shown in docs/web.md (docs/web.png, docs/web-clauses.png).

It starts ``ethlicense serve`` on a free loopback port, opens the page in Debian's Chromium through
Playwright, chooses MIT with the military and named-organizations clauses as a person would, waits for the
live result and saves the window twice: at the top of the page (the base and the verdict), and scrolled to
the clauses (their parameters beside the consequences and the text).

Usage::

    python scripts/web_screenshot.py                      # writes docs/web.png and docs/web-clauses.png
    python scripts/web_screenshot.py -o /tmp --chromium /usr/bin/chromium
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    """Serve the builder, drive the page and save the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs", help="folder to write the PNGs to")
    parser.add_argument("--chromium", default=shutil.which("chromium"), help="the Chromium to drive")
    arguments = parser.parse_args()
    if not arguments.chromium:
        print("no chromium found: apt-get install chromium, or pass --chromium", file=sys.stderr)
        return 1
    with subprocess.Popen(
        [sys.executable, "-m", "ethlicense", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
    ) as server:
        try:
            assert server.stdout is not None  # noqa: S101 - Popen with stdout=PIPE has one
            url = server.stdout.readline().strip().rsplit(" ", 1)[-1]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=arguments.chromium, args=CHROMIUM_ARGUMENTS)
                page = browser.new_page(viewport={"width": 1440, "height": 1500}, device_scale_factor=1)
                page.goto(url)
                page.get_by_role("textbox", name="Copyright holders").fill("Jane Doe")
                page.get_by_role("spinbutton", name="Year").fill("2026")
                page.get_by_role("checkbox", name="No military use military").check()
                page.get_by_role("checkbox", name="Named organizations named-organizations").check()
                page.get_by_role("textbox", name="Organizations").fill("Example Corporation\nSample Holdings Ltd.")
                expect(page.locator("#license-id")).to_contain_text("LicenseRef-MIT-with-military-named-organizations")
                page.locator("#build").focus()
                page.locator("#build").blur()
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(arguments.output / "web.png"))
                # The ticked clauses and their parameters beside the consequences and the text.
                page.evaluate("document.querySelector('fieldset.clauses').scrollIntoView()")
                page.screenshot(path=str(arguments.output / "web-clauses.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"wrote {arguments.output / 'web.png'} and {arguments.output / 'web-clauses.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
