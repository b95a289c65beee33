"""The contacts list in a real browser (Debian's Chromium): add a second contact, meet the error
summary for a missing source, fix it, save, see it on the public page; axe on the editor."""

from __future__ import annotations

import pytest
from test_browser import (  # noqa: F401 - browser and live_server are fixtures
    PHONE,
    STAFF,
    TABLET,
    axe_violations,
    browser,
    live_server,
    new_page,
)

from tests.staff_helpers import PASSWORD

pytestmark = pytest.mark.browser

SERVICE = "relate-parenting-courses"
EDIT = f"/admin/services/{SERVICE}/edit"
SAVE = "form.listing > button[type=submit]"
# Ofcom's drama numbers for Leicester: never a real line.
NUMBERS = {("en", "phone"): "0116 496 0201", ("en", "tablet"): "0116 496 0202",
           ("ur", "phone"): "0116 496 0203", ("ur", "tablet"): "0116 496 0204"}


def signed_in(browser, live_server, viewport, javascript=True):  # noqa: F811
    page = new_page(browser, viewport, javascript)
    page.goto(f"{live_server}/admin/sign-in")
    page.fill("#email", STAFF)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/admin/**")
    return page


@pytest.mark.parametrize(("size", "javascript"), [("phone", False), ("tablet", True)],
                         ids=["phone-no-js", "tablet-js"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_second_contact_is_added_corrected_saved_and_shown(browser, live_server, language,  # noqa: F811
                                                              size, javascript):
    page = signed_in(browser, live_server, PHONE if size == "phone" else TABLET, javascript)
    page.goto(f"{live_server}{EDIT}?lang={language}")
    rows = page.locator("fieldset.contact-row").count()
    page.click("button[name=contact_action][value=add]")
    new = f"contacts-{rows}"
    page.wait_for_selector(f"#{new}")
    assert page.locator("fieldset.contact-row").count() == rows + 1
    number = NUMBERS[(language, size)]
    page.select_option(f"#{new}-kind", "phone")
    page.fill(f"#{new}-value", number)
    page.click(SAVE)
    page.wait_for_selector(".error-summary")
    link = page.locator(f".error-summary a[href='#{new}-source']")
    assert link.count() == 1
    assert page.locator(f"#{new}-source").get_attribute("aria-invalid") == "true"
    link.click()
    if javascript:
        assert page.evaluate("document.activeElement.id") == f"{new}-source"
    page.fill(f"#{new}-source", "staff")
    page.click(SAVE)
    page.wait_for_selector("p.flash.info")
    assert page.locator(".error-summary").count() == 0
    page.goto(f"{live_server}/services/{SERVICE}?lang={language}")
    assert page.locator(f"a[href='tel:+44{number[1:].replace(' ', '')}']").count() == 1
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    page.context.close()


@pytest.mark.parametrize("language", ["en", "ur", "ar"])
def test_the_contacts_editor_passes_axe_with_and_without_errors(browser, live_server,  # noqa: F811
                                                                 language):
    page = signed_in(browser, live_server, TABLET)
    found = axe_violations(page, live_server, {"editor": EDIT}, language)
    page.click("button[name=contact_action][value=add]")
    page.wait_for_selector("fieldset.contact-row >> nth=1")
    found |= axe_violations(page, live_server, {"editor-added-row": ""}, language)
    last = page.locator("fieldset.contact-row").count() - 1
    page.fill(f"#contacts-{last}-value", "call us")
    page.click(SAVE)
    page.wait_for_selector(".error-summary")
    found |= axe_violations(page, live_server, {"editor-contact-errors": ""}, language)
    assert page.locator(f".error-summary a[href='#contacts-{last}-value']").count() == 1
    page.context.close()
    assert found == {}, "\n".join(found.values())


def test_enter_in_a_field_saves_rather_than_adding_a_row(browser, live_server):  # noqa: F811
    page = signed_in(browser, live_server, TABLET)
    page.goto(f"{live_server}{EDIT}")
    rows = page.locator("fieldset.contact-row").count()
    page.fill("#cost_note", "Free to every family")
    page.press("#cost_note", "Enter")
    page.wait_for_selector("p.flash.info")
    assert page.locator("fieldset.contact-row").count() == rows
    assert page.locator("#cost_note").input_value() == "Free to every family"
    page.context.close()
