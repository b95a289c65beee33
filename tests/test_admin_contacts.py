"""Contacts edited as a list: rows added without JavaScript, removed by a box, each checked
(UK numbers, web addresses, a source), saved to the live listing and shown to parents."""

from __future__ import annotations

import re

import pytest
from staff_helpers import Staff, add_staff, edit_form

from finder.admin.contacts import uk_number
from finder.directory import editor, store

SERVICE = "relate-parenting-courses"
PAGE = f"/admin/services/{SERVICE}/edit"
# An Ofcom drama number for Leicester: never a real line.
NUMBER = "0116 496 0123"


def saved(app, service_id: str = SERVICE) -> dict:
    conn = store.connect(app.config["DATABASE"])
    try:
        return editor.service(conn, service_id)
    finally:
        conn.close()


def with_a_second_row(member: Staff) -> dict:
    """The form after "Add another contact": the saved row and a blank second one."""
    form = edit_form(member, PAGE)
    response = member.client.post(PAGE, data={**form, "contact_action": "add"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'id="contacts-1"' in html and "error-summary" not in html
    return {**form, "contacts-1-kind": "phone", "contacts-1-value": "",
            "contacts-1-source": "", "contacts-1-seen": ""}


def test_each_saved_contact_is_a_row_of_its_own(editor, staff_app):
    html = editor.get(PAGE).get_data(as_text=True)
    [contact] = saved(staff_app)["contacts"]
    assert 'id="contacts-0"' in html and 'id="contacts-1"' not in html
    assert f'value="{contact["value"]}"' in html and f'value="{contact["source"]}"' in html


def test_adding_a_row_saves_nothing(editor, staff_app):
    before = saved(staff_app)
    with_a_second_row(editor)
    assert saved(staff_app) == before


def test_a_contact_without_a_source_is_summed_up_with_a_link_to_its_field(editor, staff_app):
    form = with_a_second_row(editor)
    form["contacts-1-value"] = NUMBER
    response = editor.client.post(PAGE, data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'<a href="#contacts-1-source">Contact 2, [^<]*: Enter where it comes',
                     html)
    assert 'id="contacts-1-source-error"' in html
    assert len(saved(staff_app)["contacts"]) == 1


def test_a_second_contact_is_saved_and_shown_to_parents(editor, staff_app):
    form = with_a_second_row(editor)
    form.update({"contacts-1-value": NUMBER, "contacts-1-label": "Advice line",
                 "contacts-1-source": "staff"})
    assert editor.client.post(PAGE, data=form).status_code == 303
    second = saved(staff_app)["contacts"][1]
    assert second == {"kind": "phone", "value": NUMBER, "label": "Advice line",
                      "source": "staff", "seen": "undated", "verified": False}
    page = staff_app.test_client().get(f"/services/{SERVICE}").get_data(as_text=True)
    assert NUMBER in page and "tel:+441164960123" in page


def test_the_fields_the_form_does_not_edit_survive_a_save(editor, staff_app):
    before = saved(staff_app, "freeva-support-line")
    page = "/admin/services/freeva-support-line/edit"
    assert editor.client.post(page, data=edit_form(editor, page)).status_code == 303
    after = saved(staff_app, "freeva-support-line")
    for key in ("contacts", "summary", "who_for", "what_happens", "staff_note"):
        assert after.get(key) == before.get(key), key


def test_a_row_marked_remove_is_gone_after_saving(editor, staff_app):
    page = "/admin/services/freeva-support-line/edit"
    first, second = saved(staff_app, "freeva-support-line")["contacts"]
    form = edit_form(editor, page)
    form["contacts-0-remove"] = "y"
    assert editor.client.post(page, data=form).status_code == 303
    assert saved(staff_app, "freeva-support-line")["contacts"] == [second]


@pytest.mark.parametrize(("kind", "value", "problem"), [
    ("phone", "0116 45", "Enter a UK number"),
    ("phone", "+1 212 555 0100", "Enter a UK number"),
    ("text", "call us", "Enter a UK number"),
    ("web", "javascript:alert(1)", "Enter a web address starting https://"),
    ("web", "ftp://example.org/x", "Enter a web address starting https://"),
    ("email", "not an email", "Enter an email address"),
    ("phone", "", "Enter the number, address or link"),
], ids=["short", "not-uk", "words", "script", "ftp", "email", "empty"])
def test_a_contact_that_is_not_what_it_says_is_refused(editor, staff_app, kind, value,
                                                       problem):
    form = with_a_second_row(editor)
    form.update({"contacts-1-kind": kind, "contacts-1-value": value,
                 "contacts-1-label": "Line", "contacts-1-source": "staff"})
    response = editor.client.post(PAGE, data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'href="#contacts-1-value"' in html and problem in html
    assert len(saved(staff_app)["contacts"]) == 1


def test_values_are_kept_as_typed_never_completed(editor, staff_app):
    form = with_a_second_row(editor)
    form.update({"contacts-1-kind": "web", "contacts-1-value": "www.example.org/help",
                 "contacts-1-source": "https://www.example.org/help", "contacts-1-seen":
                 "2024-05-01"})
    assert editor.client.post(PAGE, data=form).status_code == 303
    second = saved(staff_app)["contacts"][1]
    assert second["value"] == "www.example.org/help" and second["seen"] == "2024-05-01"


@pytest.mark.parametrize("number", ["0116 454 1004", "01509 550317", "0808 802 0028",
                                    "07700 900123", "+44 (0)116 454 1004", "+44 7700 900123",
                                    "116 123", "111", "85258"])
def test_uk_numbers_read_as_numbers(number):
    assert uk_number(number)


@pytest.mark.parametrize("number", ["0116 45", "+1 212 555 0100", "00 44 116", "0044",
                                    "1234567890123"])
def test_other_numbers_do_not(number):
    assert not uk_number(number)


def test_a_stale_save_of_contacts_still_stops(editor, staff_app):
    add_staff(staff_app, "jo@example.org")
    other = Staff(staff_app.test_client())
    assert other.sign_in("jo@example.org", address="192.0.2.2").status_code == 303
    mine = with_a_second_row(editor)
    theirs = edit_form(other, PAGE)
    theirs["contacts-0-label"] = "Their label"
    assert other.client.post(PAGE, data=theirs).status_code == 303
    mine.update({"contacts-1-value": NUMBER, "contacts-1-source": "staff"})
    response = editor.client.post(PAGE, data=mine)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "<td>Ways to get in touch</td>" in html and "<td>contacts</td>" not in html
    assert saved(staff_app)["contacts"][0]["label"] == "Their label"
    assert len(saved(staff_app)["contacts"]) == 1
