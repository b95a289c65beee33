"""The pages in a real browser: Debian's Chromium driven by Playwright, at phone size."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def live_server(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is missing: `bash scripts/test` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.mark.parametrize("language", ["en", "ur", "pl"])
def test_home_page_renders_at_phone_size(browser, live_server, language):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{live_server}/?lang={language}")
    assert page.locator("html").get_attribute("lang") == language
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == ("rtl" if language == "ur" else "ltr")
    assert page.locator("h1").is_visible()
    no_sideways_scroll = page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert no_sideways_scroll
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{language}-phone.png"), full_page=True)
    page.close()


def test_following_the_link_lists_support(browser, live_server):
    page = browser.new_page(viewport=PHONE)
    page.goto(live_server)
    page.get_by_role("link", name="See all support").click()
    page.wait_for_url("**/services")
    assert page.locator(".card").count() > 0
    page.close()
