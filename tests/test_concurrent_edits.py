"""Two staff editing one listing: the second, stale save stops, shows both versions, and saves
only when that editor chooses."""

from __future__ import annotations

from staff_helpers import FormReader, Staff, add_staff, edit_form

from finder.directory import editor, store

PAGE = "/admin/services/relate-parenting-courses/edit"


def saved(app) -> dict:
    conn = store.connect(app.config["DATABASE"])
    try:
        return editor.service(conn, "relate-parenting-courses")
    finally:
        conn.close()


def test_a_stale_save_shows_both_versions_and_overwrites_nothing(editor, staff_app):
    add_staff(staff_app, "jo@example.org")
    other = Staff(staff_app.test_client())
    assert other.sign_in("jo@example.org", address="192.0.2.2").status_code == 303
    mine, theirs = edit_form(editor, PAGE), edit_form(other, PAGE)
    theirs["name"] = "Relate courses (their name)"
    assert other.client.post(PAGE, data=theirs).status_code == 303
    mine["name"] = "Relate courses (my name)"
    response = editor.client.post(PAGE, data=mine)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert 'id="conflict"' in html
    assert "Relate courses (their name)" in html and "Relate courses (my name)" in html
    assert saved(staff_app)["name"] == "Relate courses (their name)"


def test_saving_again_after_seeing_both_keeps_the_chosen_version(editor, staff_app):
    add_staff(staff_app, "jo@example.org")
    other = Staff(staff_app.test_client())
    other.sign_in("jo@example.org", address="192.0.2.2")
    mine, theirs = edit_form(editor, PAGE), edit_form(other, PAGE)
    theirs["name"] = "Relate courses (their name)"
    other.client.post(PAGE, data=theirs)
    mine["name"] = "Relate courses (my name)"
    shown = editor.client.post(PAGE, data=mine).get_data(as_text=True)
    reader_form = edit_form_from(shown)
    assert editor.client.post(PAGE, data=reader_form).status_code == 303
    assert saved(staff_app)["name"] == "Relate courses (my name)"


def edit_form_from(html: str) -> dict:
    reader = FormReader()
    reader.feed(html[html.index('class="listing"'):])
    return reader.fields


def test_an_unchanged_form_saves_without_a_conflict(editor, staff_app):
    form = edit_form(editor, PAGE)
    form["name"] = "Relate parenting courses, renamed"
    assert editor.client.post(PAGE, data=form).status_code == 303
    again = edit_form(editor, PAGE)
    again["name"] = "Relate parenting courses, renamed twice"
    assert editor.client.post(PAGE, data=again).status_code == 303


def test_a_stale_organisation_save_shows_both_versions(editor, staff_app):
    page = "/admin/organisations/relate/edit"
    add_staff(staff_app, "jo@example.org")
    other = Staff(staff_app.test_client())
    other.sign_in("jo@example.org", address="192.0.2.2")
    mine, theirs = form_on(editor, page), form_on(other, page)
    theirs["name"] = "Relate (their name)"
    assert other.client.post(page, data=theirs).status_code == 303
    mine["name"] = "Relate (my name)"
    response = editor.client.post(page, data=mine)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Relate (their name)" in html and "Relate (my name)" in html
    assert editor.client.post(page, data=edit_form_from(html)).status_code == 303


def form_on(member: Staff, page: str) -> dict:
    return edit_form_from(member.get(page).get_data(as_text=True))
