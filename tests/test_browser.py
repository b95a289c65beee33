"""The pages in a real browser: Debian's Chromium driven by Playwright, with and without
JavaScript, at phone and tablet size; axe-core checks every page against WCAG 2.2 AA."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from finder import create_app

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PARENT_PAGES = {
    "need": "/",
    "age": "/find?need=sleep",
    "place": "/find?need=sleep&age=1-2",
    "place-error": "/find?need=sleep&age=1-2&place=Atlantis",
    "choose-place": "/find?need=sleep&age=1-2&place=Kirby",
    "results": "/find?need=sleep&age=1-2&place=Loughborough",
    "safety": "/find?q=my+partner+hits+me",
    "sent": "/find/sent?need=sleep&age=1-2&place=",
    "services": "/services",
    "worker": "/worker?need=sleep&age=1-2",
}


@pytest.fixture(scope="module")
def live_server(built_directory, tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    database = folder / "finder.db"
    database.write_bytes(built_directory.read_bytes())
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(folder / "instance"),
                      "SECRET_KEY": "test-secret-key-not-for-production"})
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


def new_page(browser, viewport, javascript=True):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    return context.new_page()


def snapshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def fits_the_screen(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["en", "ur", "pl"])
def test_a_parent_reaches_results_in_three_taps_on_a_phone(browser, live_server, language,
                                                           javascript):
    page = new_page(browser, PHONE, javascript)
    name = f"parent-{language}-{'js' if javascript else 'nojs'}"
    page.goto(f"{live_server}/?lang={language}")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    snapshot(page, f"{name}-1-need")
    page.click("button[name=need][value=sleep]")
    page.wait_for_url("**/find?need=sleep")
    snapshot(page, f"{name}-2-age")
    page.click("button[name=age][value='1-2']")
    page.wait_for_url("**age=1-2")
    page.fill("#place", "Loughborough")
    page.click("form.words button[type=submit]")
    page.wait_for_url("**place=Loughborough")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".card").count() > 0
    assert fits_the_screen(page)
    assert page.locator("[data-print]").is_visible() == javascript
    snapshot(page, f"{name}-3-results")
    page.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_worker_filters_picks_and_texts_on_a_tablet(browser, live_server, javascript):
    page = new_page(browser, TABLET, javascript)
    name = f"worker-{'js' if javascript else 'nojs'}"
    page.goto(f"{live_server}/worker")
    before = page.locator(".card").count()
    if javascript:
        page.evaluate("window.stillHere = true")
    if javascript:
        with page.expect_response("**/worker/results?need=sleep"):
            page.check("input[name=need][value=sleep]")
        page.wait_for_url("**/worker?need=sleep")
        assert page.evaluate("window.stillHere === true"), "the filters reloaded the page"
    else:
        page.check("input[name=need][value=sleep]")
        page.click("#apply")
        page.wait_for_url("**need=sleep**")
    assert 0 < page.locator(".card").count() < before
    assert fits_the_screen(page)
    snapshot(page, f"{name}-results")
    page.locator("input[name=service]").nth(0).check()
    page.fill("#phone", "07700 900123")
    page.click("button[value=text]")
    page.wait_for_url("**/worker/selected**")
    assert page.locator("h1").inner_text() == "Text sent"
    snapshot(page, f"{name}-sent")
    page.context.close()


def test_leave_quickly_replaces_the_page_in_the_history(browser, live_server):
    page = new_page(browser, PHONE)
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(
        body="<!doctype html><title>Weather</title>", content_type="text/html"))
    page.goto(f"{live_server}/")
    page.click("button[name=need][value=sleep]")
    page.wait_for_url("**/find?need=sleep")
    length = page.evaluate("history.length")
    page.click("#leave")
    page.wait_for_url("https://www.bbc.co.uk/**")
    assert page.evaluate("history.length") == length
    page.context.close()


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("path", PARENT_PAGES.values(), ids=PARENT_PAGES.keys())
def test_every_page_passes_axe_at_wcag_22_aa(browser, live_server, path, language):
    from axe_playwright_python.sync_playwright import Axe

    page = new_page(browser, PHONE)
    joiner = "&" if "?" in path else "?"
    page.goto(f"{live_server}{path}{joiner}lang={language}")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG},
                                       "resultTypes": ["violations"]})
    page.context.close()
    assert results.violations_count == 0, results.generate_report()
