"""The safety page in Debian's Chromium: in Urdu and Arabic the helpline's digits render left
to right and are a tap-to-call link, and "Feeling safe at home" reaches it in one tap."""

from __future__ import annotations

import pytest
from test_browser import PHONE, browser, live_server  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.browser
HELPLINE = "0808 2000 247"
DIGIT_LEFTS = """link => {
  const text = link.querySelector('bdi').firstChild, range = document.createRange(), out = [];
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i); range.setEnd(text, i + 1);
    out.push([text.data[i], range.getBoundingClientRect().left]);
  }
  return out;
}"""


def _open(browser, url: str):  # noqa: F811 - the fixture, passed in
    page = browser.new_context(viewport=PHONE).new_page()
    page.goto(url)
    return page


@pytest.mark.parametrize("language", ["ur", "ar"])
def test_the_helpline_reads_left_to_right_in_a_right_to_left_page(browser, live_server,  # noqa: F811
                                                                  language):
    page = _open(browser, f"{live_server}/safety?kind=domestic-abuse&lang={language}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    link = page.locator('a[href="tel:+448082000247"]')
    assert link.inner_text() == HELPLINE
    shown = link.evaluate(DIGIT_LEFTS)
    digits = [(char, left) for char, left in shown if char.isdigit()]
    assert "".join(char for char, _ in digits) == HELPLINE.replace(" ", "")
    lefts = [left for _, left in digits]
    assert lefts == sorted(lefts), f"digits drawn out of order: {shown}"
    page.context.close()


def test_feeling_safe_at_home_opens_the_helpline_in_one_tap(browser, live_server):  # noqa: F811
    page = _open(browser, f"{live_server}/?lang=en")
    page.get_by_text("Feeling safe at home").first.click()
    page.wait_for_load_state()
    assert "/safety" in page.url
    assert page.locator('a[href="tel:+448082000247"]').count() == 1
    page.context.close()
