"""The check queue opens each listing and asks about each contact before "Still right"."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from staff_helpers import edit_form

SERVICE = "relate-parenting-courses"
CHECK = f"/admin/services/{SERVICE}/check"
EDIT = f"/admin/services/{SERVICE}/edit"
# Ofcom's numbers for drama (0116 496 0xxx) and a reserved domain: never a real contact.
CONTACTS = {"phone": "0116 496 0123", "web": "https://example.org/courses"}


@pytest.fixture
def editor(editor):
    """An editor, with two contact details on the listing to check (two rows of its list)."""
    form = edit_form(editor, EDIT)
    form.update({"contacts-0-kind": "web", "contacts-0-value": CONTACTS["web"],
                 "contacts-1-kind": "phone", "contacts-1-value": CONTACTS["phone"],
                 "contacts-1-source": "staff"})
    assert editor.client.post(EDIT, data=form).status_code == 303
    return editor


def questions(html: str) -> list[str]:
    return sorted(set(re.findall(r'name="(contact-\d+)"', html)))


def test_the_queue_opens_each_listing_to_check_it(editor):
    html = editor.get("/admin/stale").get_data(as_text=True)
    assert CHECK in html
    assert f"/admin/services/{SERVICE}/verify" not in html  # no one-click "Still right"


def test_the_check_asks_about_every_contact_detail(editor):
    html = editor.get(CHECK).get_data(as_text=True)
    assert questions(html) == ["contact-0", "contact-1"]
    assert all(value in html for value in CONTACTS.values())


def test_still_right_without_an_answer_for_each_contact_is_refused(editor):
    asked = questions(editor.get(CHECK).get_data(as_text=True))
    answers = {name: "right" for name in asked[1:]}
    response = editor.post(CHECK, answers, page=CHECK)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'class="error-summary"' in html and f'href="#{asked[0]}-right"' in html
    assert CHECK in editor.get("/admin/stale").get_data(as_text=True)


def test_every_contact_still_right_marks_the_listing_checked_today(editor):
    answers = {name: "right" for name in questions(editor.get(CHECK).get_data(as_text=True))}
    response = editor.post(CHECK, answers, page=CHECK)
    assert response.status_code == 303 and response.headers["Location"] == "/admin/stale"
    assert CHECK not in editor.get("/admin/stale").get_data(as_text=True)
    edit = editor.get(f"/admin/services/{SERVICE}/edit").get_data(as_text=True)
    assert dt.date.today().isoformat() in edit


def test_a_contact_found_wrong_sends_the_officer_to_correct_it(editor):
    asked = questions(editor.get(CHECK).get_data(as_text=True))
    answers = {name: "right" for name in asked} | {asked[0]: "wrong"}
    response = editor.post(CHECK, answers, page=CHECK)
    assert response.status_code == 303
    assert response.headers["Location"] == f"/admin/services/{SERVICE}/edit"
    assert CHECK in editor.get("/admin/stale").get_data(as_text=True)  # not marked checked
