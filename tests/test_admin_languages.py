"""Staff pages in the staff member's language: chosen as parents choose (`?lang=`, kept in a
cookie), right to left in Urdu and Arabic, every label from the catalogues."""

from __future__ import annotations

import html as markup

import pytest
from staff_helpers import edit_form

from finder.messages import say

SERVICE = "relate-parenting-courses"
# Each page, and sentences it shows (labels, hints, choices, errors, buttons): msgids in English.
PAGES = {
    "editor": (f"/admin/services/{SERVICE}/edit",
               ["Name of the service", "Ways to get in touch", "Add another contact",
                "Remove this contact", "Universal: any family", "Years", "Save"]),
    "check-queue": ("/admin/stale", ["Due a check", "Check it"]),
    "check": (f"/admin/services/{SERVICE}/check", ["Check this listing", "Still right"]),
    "accounts": ("/admin/staff", ["Staff accounts", "Reset password", "Role",
                                  "Editor: keeps the listings"]),
    "your-account": ("/admin/account", ["Your account", "Current password",
                                        "Set up a new authenticator app"]),
}


def shown(html: str, language: str, message: str) -> bool:
    return markup.escape(say(language, message), quote=False) in html


@pytest.mark.parametrize("language", ["ur", "ar"])
@pytest.mark.parametrize("page", PAGES)
def test_each_staff_page_is_in_the_chosen_language_right_to_left(admin, language, page):
    path, messages = PAGES[page]
    response = admin.get(f"{path}?lang={language}")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="rtl">' in html
    for message in messages:
        assert say(language, message) != message, message  # a draft exists
        assert shown(html, language, message), message
    assert "Name of the service</label>" not in html and ">Sign out" not in html


@pytest.mark.parametrize("language", ["ur", "ar"])
def test_sign_in_is_in_the_chosen_language(staff_app, language):
    html = staff_app.test_client().get(f"/admin/sign-in?lang={language}").get_data(as_text=True)
    assert 'dir="rtl"' in html
    assert all(shown(html, language, m) for m in ("Sign in", "Password", "Email"))


def test_an_error_on_a_staff_form_is_in_the_chosen_language(admin):
    form = admin.get(f"/admin/services/{SERVICE}/edit?lang=ur")
    assert form.status_code == 200
    response = admin.post(f"/admin/services/{SERVICE}/edit", {"name": "", "source": ""},
                          page=f"/admin/services/{SERVICE}/edit")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert shown(html, "ur", "This is required.") and "This is required." not in html


def test_a_staff_member_chooses_a_language_as_parents_do(admin):
    home = admin.get("/admin/").get_data(as_text=True)
    assert 'href="/admin/?lang=ar"' in home and 'hreflang="ur"' in home
    admin.get("/admin/?lang=ar")
    later = admin.get("/admin/services").get_data(as_text=True)  # the cookie keeps it
    assert '<html lang="ar" dir="rtl">' in later
    assert shown(later, "ar", "Services")


def test_wtforms_own_messages_come_from_the_catalogues(admin):
    admin.get(f"/admin/services/{SERVICE}/edit?lang=ar")
    response = admin.post(f"/admin/services/{SERVICE}/edit", {"max_age_years": "many"},
                          page=f"/admin/services/{SERVICE}/edit")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert shown(html, "ar", "Not a valid integer value.")
    assert "Not a valid integer value." not in html


def test_a_content_rule_problem_is_in_the_chosen_language(admin):
    admin.get(f"/admin/services/{SERVICE}/edit?lang=ur")
    form = edit_form(admin, f"/admin/services/{SERVICE}/edit")
    form.update({"min_age_years": "5", "max_age_years": "1", "contacts-0-seen": "last spring"})
    response = admin.client.post(f"/admin/services/{SERVICE}/edit", data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert shown(html, "ur", "The youngest age is over the oldest age.")
    assert shown(html, "ur", "must be the page's date (2024-05-01) or undated")
    assert "max_age_months" not in html
