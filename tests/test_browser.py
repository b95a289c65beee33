"""The pages in a real browser: Debian's Chromium driven by Playwright, with and without
JavaScript, at phone and tablet size; axe-core checks every page against WCAG 2.2 AA."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from finder import create_app
from finder.directory.app import warm
from tests.staff_helpers import PASSWORD, add_staff

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
    "services-one-need": "/services?need=sleep&area=rutland",
    "clear-history": "/clear-your-history",
    "worker": "/worker?need=sleep&age=1-2",
}
STAFF = "axe@example.org"
STAFF_PAGES = {
    "sign-in": "/admin/sign-in",
    "home": "/admin/",
    "services": "/admin/services",
    "new-service": "/admin/services/new",
    "edit-service": "/admin/services/relate-parenting-courses/edit",
    "due-a-check": "/admin/stale",
    "organisations": "/admin/organisations",
}


@pytest.fixture(scope="module")
def live_server(built_directory, tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    database = folder / "finder.db"
    database.write_bytes(built_directory.read_bytes())
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(folder / "instance"),
                      "SECRET_KEY": "test-secret-key-not-for-production"})
    add_staff(app, STAFF, "editor")
    warm(app)  # as gunicorn's master does before forking: no test waits on a first build
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
    context.set_default_timeout(10_000)
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
    page.wait_for_selector("button[name=age][value='1-2']")
    snapshot(page, f"{name}-2-age")
    page.click("button[name=age][value='1-2']")
    page.wait_for_selector("#place")
    page.fill("#place", "Loughborough")
    page.click("form.words button[type=submit]")
    page.wait_for_selector(".cards")
    assert "/find?s=" in page.url and "need=" not in page.url  # the answers are sealed
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
    page.wait_for_selector("button[name=age]")
    length = page.evaluate("history.length")
    page.click("#leave")
    page.wait_for_url("https://www.bbc.co.uk/**")
    assert page.evaluate("history.length") == length
    page.context.close()


def axe_violations(page, base: str, paths: dict[str, str], language: str) -> dict[str, str]:
    """Each page's WCAG 2.2 AA violations as axe reports them (pages with none left out)."""
    from axe_playwright_python.sync_playwright import Axe

    axe, found = Axe(), {}
    for name, path in paths.items():
        if path:
            joiner = "&" if "?" in path else "?"
            page.goto(f"{base}{path}{joiner}lang={language}")
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG},
                                         "resultTypes": ["violations"]})
        if results.violations_count:
            found[name] = results.generate_report()
    return found


@pytest.mark.parametrize("language", ["en", "ur", "ar"])
def test_every_parent_page_passes_axe_at_wcag_22_aa(browser, live_server, language):
    page = new_page(browser, PHONE)
    found = axe_violations(page, live_server, PARENT_PAGES, language)
    page.context.close()
    assert found == {}


@pytest.mark.parametrize("language", ["en", "ur", "ar"])
def test_every_staff_page_passes_axe_at_wcag_22_aa(browser, live_server, language):
    page = new_page(browser, TABLET)
    page.goto(f"{live_server}/admin/sign-in")
    page.fill("#email", STAFF)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/admin/**")
    found = axe_violations(page, live_server, STAFF_PAGES, language)
    page.goto(f"{live_server}/admin/services/new?lang={language}")
    page.fill("#max_age_extra_months", "14")
    page.click("form.listing > button[type=submit]")
    page.wait_for_selector(".error-summary")
    found |= axe_violations(page, live_server, {"new-service-errors": ""}, language)
    assert page.locator(".error-summary a").count() >= 3  # name, description, months, ...
    focus_follows_the_summary(page, "max_age_extra_months")
    page.context.close()
    assert found == {}


LANDSCAPE = {"width": 1180, "height": 820}
SENSITIVE = ("need=", "q=", "age=", "place=", "domestic", "partner")


def history_urls(page) -> list[str]:
    """Every entry in the tab's history, as Chromium keeps it (Back and Forward both)."""
    session = page.context.new_cdp_session(page)
    return [entry["url"] for entry in session.send("Page.getNavigationHistory")["entries"]]


def answer_the_questions(page, live_server, language):
    """"Feeling safe at home": the helplines first, then on to the place and the results."""
    page.goto(f"{live_server}/?lang={language}")
    page.click("button[name=need][value=domestic-abuse]")
    page.wait_for_selector(".safety")
    page.click("main a.button")
    page.wait_for_selector("#place")
    page.fill("#place", "Loughborough")
    page.click("form.words button[type=submit]")
    page.wait_for_selector(".cards")


@pytest.mark.parametrize("how", ["button", "shift"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_leaving_quickly_leaves_no_answer_in_the_history(browser, live_server, language, how):
    page = new_page(browser, PHONE)
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(
        body="<!doctype html><title>Weather</title>", content_type="text/html"))
    answer_the_questions(page, live_server, language)
    assert not any(word in page.url for word in SENSITIVE)
    page.mouse.wheel(0, 5000)
    assert page.locator("#leave").is_visible()  # still on screen at the foot of the results
    if how == "button":
        page.click("#leave")
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url("https://www.bbc.co.uk/**")
    urls = history_urls(page)
    assert urls[-1].startswith("https://www.bbc.co.uk/")
    assert [u for u in urls if any(word in u for word in SENSITIVE)] == []
    page.context.close()


def test_two_shift_presses_do_not_leave(browser, live_server):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/clear-your-history")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    page.wait_for_timeout(200)
    assert page.url.endswith("/clear-your-history")
    page.context.close()


def test_words_with_a_disclosure_never_reach_the_address_bar(browser, live_server):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/")
    page.fill("#q", "my partner hits me")
    page.click("form.words button[type=submit]")
    page.wait_for_selector(".safety")
    page.click("text=Carry on")
    page.wait_for_selector("h1")
    assert [u for u in history_urls(page) if any(w in u for w in SENSITIVE)] == []
    page.context.close()


def focus_follows_the_summary(page, field: str) -> None:
    assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
    page.click(f".error-summary a[href='#{field}']")
    assert page.evaluate("document.activeElement.id") == field
    assert page.locator(f"#{field}").get_attribute("aria-invalid") == "true"
    red = page.evaluate(f"getComputedStyle(document.getElementById('{field}')).borderTopColor")
    assert red == "rgb(164, 38, 44)"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_wrong_place_is_summed_up_at_the_top_with_a_link_to_the_field(browser, live_server,
                                                                         language):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/?lang={language}")
    page.click("button[name=need][value=sleep]")
    page.click("button[name=age][value='1-2']")
    page.fill("#place", "Atlantis")
    page.click("form.words button[type=submit]")
    page.wait_for_selector(".error-summary")
    focus_follows_the_summary(page, "place")
    page.context.close()


def test_a_wrong_mobile_number_is_summed_up_at_the_top(browser, live_server):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/find?need=sleep&age=1-2&place=Melton")
    page.fill("#phone", "0116 254 1234")
    page.click(".keep button[type=submit]")
    page.wait_for_selector(".error-summary")
    assert page.evaluate("window.scrollY") < 100  # the summary is on the first screen
    focus_follows_the_summary(page, "phone")
    page.context.close()


def picked(page) -> set[str]:
    return set(page.eval_on_selector_all("input[name=service]:checked",
                                         "boxes => boxes.map(b => b.value)"))


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("viewport", [TABLET, LANDSCAPE], ids=["portrait", "landscape"])
def test_worker_picks_survive_three_filter_changes(browser, live_server, javascript, viewport):
    page = new_page(browser, viewport, javascript)
    page.goto(f"{live_server}/worker?need=sleep")
    first = page.locator(".card").first.locator(".pick")
    assert first.bounding_box()["y"] < viewport["height"]  # results on the first screen
    boxes = page.locator(".card input[name=service]")
    chosen = {boxes.nth(0).get_attribute("value"), boxes.nth(1).get_attribute("value")}
    boxes.nth(0).check()
    boxes.nth(1).check()
    for change in ("input[name=need][value=feeding]", "input[name=need][value=sleep]",
                   "input[name=free]"):
        page.click(change)
        if javascript:
            page.wait_for_load_state("networkidle")
        else:
            page.click("#apply")
            page.wait_for_url("**/worker?**")
        assert picked(page) >= chosen
    assert page.locator("#basket-count").inner_text() == str(len(picked(page)))
    page.click("button[value=print]")
    assert page.locator(".card").count() == len(picked(page)) or page.locator(".card").count() == 2
    page.context.close()


OVERLAP = """() => {
  const focused = document.activeElement;
  const box = focused.getBoundingClientRect();
  const stuck = [...document.querySelectorAll('body *')].filter(el => {
    const position = getComputedStyle(el).position;
    return (position === 'sticky' || position === 'fixed') && !el.contains(focused);
  });
  const hidden = stuck.filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && box.top < r.bottom && r.top < box.bottom
      && box.left < r.right && r.left < box.right;
  });
  const onScreen = box.bottom > 0 && box.top < innerHeight;
  return {tag: focused.tagName, name: focused.name || focused.textContent.slice(0, 30),
          hidden: hidden.length, onScreen};
}"""


@pytest.mark.parametrize("viewport", [TABLET, LANDSCAPE], ids=["portrait", "landscape"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_keyboard_walk_through_worker_mode_never_hides_the_focus(browser, live_server,
                                                                    viewport, language):
    page = new_page(browser, viewport)
    page.goto(f"{live_server}/worker?age=1-2&lang={language}")
    walked = []
    for _ in range(120):
        page.keyboard.press("Tab")
        step = page.evaluate(OVERLAP)
        if step["tag"] == "BODY":  # past the last control: the walk is over
            break
        walked.append(step)
    problems = [(n, step) for n, step in enumerate(walked)
                if step["hidden"] or not step["onScreen"]]
    assert problems == []
    assert sum(step["name"] == "service" for step in walked) >= 3  # the walk reached the picks
    page.context.close()


SMALL_TARGETS = """() => [...document.querySelectorAll('a, button, input, select, summary')]
  .filter(el => {
    const r = el.getBoundingClientRect();
    const offScreen = r.right < 0 || r.left > innerWidth;
    if (r.width === 0 || offScreen || el.type === 'hidden' || el.type === 'checkbox') return false;
    const inSentence = getComputedStyle(el).display === 'inline'
      && el.parentElement.textContent.trim() !== el.textContent.trim()
      && el.closest('p, li, dd') && !el.closest('nav, .asked');
    return !inSentence && r.height < 44;
  }).map(el => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("language", ["en", "ur"])
def test_every_control_is_at_least_44_px_high(browser, live_server, language):
    page = new_page(browser, PHONE)
    small = {}
    for path in [*PARENT_PAGES.values(), "/clear-your-history"]:
        joiner = "&" if "?" in path else "?"
        page.goto(f"{live_server}{path}{joiner}lang={language}")
        small[path] = page.evaluate(SMALL_TARGETS)
    assert {path: found for path, found in small.items() if found} == {}
    page.context.close()


@pytest.mark.parametrize(("language", "family"), [
    ("ur", "Noto Nastaliq Urdu"), ("ar", "Noto Naskh Arabic"), ("gu", "Noto Sans Gujarati"),
    ("pa", "Noto Sans Gurmukhi")])
def test_each_script_asks_for_its_own_face_and_no_italics(browser, live_server, language,
                                                          family):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/find?need=sleep&age=1-2&place=Melton&lang={language}")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily") \
        .startswith(f'"{family}"')
    styles = page.eval_on_selector_all(".why", "els => els.map(e => getComputedStyle(e).fontStyle)")
    assert styles and set(styles) == {"normal"}
    page.context.close()


@pytest.mark.parametrize("path", ["/", "/find?need=sleep&lang=ur"])
def test_the_inline_style_applies_under_the_policy_with_no_stylesheet_request(browser, live_server,
                                                                             path):
    page = new_page(browser, PHONE)
    refused, requested = [], []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("request", lambda request: requested.append(request.resource_type))
    page.goto(f"{live_server}{path}")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 253, 248)"
    assert refused == [] and "stylesheet" not in requested
    page.context.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_feeling_typed_on_a_phone_gets_a_kind_line_and_a_way_on(browser, live_server,
                                                                  language):
    page = new_page(browser, PHONE)
    page.goto(f"{live_server}/?lang={language}")
    page.fill("#q", "😢")
    page.click("form.words button[type=submit]")
    page.wait_for_selector("#feeling-yes")
    assert "q=" not in page.url  # what the parent wrote stays out of the address bar
    assert axe_violations(page, live_server, {"feeling": ""}, language) == {}
    assert fits_the_screen(page)
    page.click("#feeling-yes")
    page.wait_for_selector("button[name=age][value='1-2']")
    page.context.close()
