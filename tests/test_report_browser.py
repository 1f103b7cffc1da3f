"""The HTML report in a real headless browser (Debian's chromium, which CI installs).

It must load with no console errors and no network request, and a screenshot of the article
must show the highlights in each label's colour.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import reviewed
from tests.conftest import run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# CI installs chromium (.ci/run); there a missing browser is a failure, not a reason to skip.
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed here (CI installs it)",
)
# Flags for a headless browser on a closed network, as root, in a container.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The highlight backgrounds of the report's CSS (the states' colours, `states.STATES`).
BACKGROUNDS = {
    "sourced": (0xD3, 0xF5, 0xDC),
    "unverified": (0xFF, 0xF1, 0xA8),
    "opinion": (0xD6, 0xE9, 0xFF),
    "pending": (0xEC, 0xEF, 0xF2),
}


@needs_chromium
@pytest.mark.timeout(600)
def test_the_html_report_loads_cleanly_and_shows_the_highlights(tmp_path: Path) -> None:
    from PIL import Image
    from playwright.sync_api import sync_playwright

    reviewed.make(tmp_path)
    assert run("report", "-f", "claims.yaml", "-o", "report.html").exit_code == 0
    page_file = tmp_path / "report.html"

    problems: list[str] = []
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on(
                "console",
                lambda m: (
                    problems.append(f"{m.type}: {m.text}")
                    if m.type in ("error", "warning")
                    else None
                ),
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri(), wait_until="load")
            marks = page.locator("a.hl")
            assert marks.count() >= 114
            assert page.locator("ol.claims > li").count() == 114
            # A highlight links to its claim's entry, and the entry links back.
            page.locator('a.hl[href="#a-c037"]').first.click()
            assert page.evaluate("location.hash") == "#a-c037"
            assert page.locator("li#a-c037").evaluate("e => getComputedStyle(e).backgroundColor")
            shot = tmp_path / "article.png"
            page.locator("div.text").screenshot(path=str(shot))
        finally:
            browser.close()

    assert problems == []
    assert requests == [page_file.as_uri()]  # the page itself, nothing else
    counts = {rgb: n for n, rgb in Image.open(shot).convert("RGB").getcolors(1 << 24) or []}
    found = {name: counts.get(rgb, 0) for name, rgb in BACKGROUNDS.items()}
    assert all(n > 200 for n in found.values()), found
    assert found["pending"] > found["sourced"]  # most claims are still pending
