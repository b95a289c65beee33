"""The listing editor: the content rules on every save, duplicates flagged, retire and restore,
translations, previews and the history of every change."""

from __future__ import annotations

import pytest
from staff_helpers import edit_form

SERVICE = "relate-parenting-courses"
EDIT = f"/admin/services/{SERVICE}/edit"

NEW = {"id": "melton-dads-walk", "organisation_id": "relate", "name": "Dads' walk and talk",
       "description": "A walk for dads with their children, then a cup of tea.",
       "min_age_years": "0", "min_age_extra_months": "0", "max_age_years": "4",
       "max_age_extra_months": "11", "needs": ["dads", "meeting-parents"],
       "districts": ["melton"], "based_in": "melton", "threshold": "community",
       "referral": "self", "cost": "free", "parent_audience": "fathers",
       "source": "A test listing", "status": "active", "name_pl": "Spacer dla ojców"}


def api_names(client, **params) -> list[str]:
    body = client.get("/api/v1/services", query_string={"limit": 100, **params}).get_json()
    return [s["name"] for s in body["contents"]]


def test_a_new_service_is_saved_and_parents_find_it(editor, staff_app):
    response = editor.post("/admin/services/new", NEW, page="/admin/services/new")
    assert response.status_code == 303, response.get_data(as_text=True)
    assert "Dads' walk and talk" in api_names(staff_app.test_client(), need="dads",
                                              place="melton")


@pytest.mark.parametrize(("change", "field", "problem"), [
    ({"min_age_years": "5", "max_age_years": "1"}, "min_age_years", "is over"),
    ({"max_age_extra_months": "12"}, "max_age_extra_months", "between 0 and 11"),
    ({"needs": []}, "needs", "is required"),
    ({"districts": []}, "districts", "is required"),
    ({"email": "not an email"}, "email", "must be an email address"),
    ({"phone": "call us!"}, "phone", "must be a telephone number"),
    ({"id": "Bad Id"}, "id", "lower-case letters"),
    ({"id": SERVICE}, "id", "already has this id"),
], ids=["ages-reversed", "months-over-11", "no-need", "no-district", "bad-email", "bad-phone",
        "bad-id", "id-taken"])
def test_a_new_service_breaking_a_content_rule_is_refused_with_the_reason(editor, change,
                                                                          field, problem):
    response = editor.post("/admin/services/new", {**NEW, **change}, page="/admin/services/new")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'id="{field}-error"' in html and problem in html


def test_a_likely_duplicate_is_flagged_and_saved_only_when_confirmed(editor, staff_app):
    copy = {**NEW, "id": "relate-courses-copy", "name": "Relate Parenting Courses",
            "organisation_id": "relate"}
    flagged = editor.post("/admin/services/new", copy, page="/admin/services/new")
    assert flagged.status_code == 400 and "may be a duplicate" in flagged.get_data(as_text=True)
    confirmed = editor.post("/admin/services/new", {**copy, "confirm_duplicate": "y"},
                            page="/admin/services/new")
    assert confirmed.status_code == 303


def test_an_edit_changes_what_parents_see_and_is_recorded_field_by_field(editor, staff_app):
    form = edit_form(editor, EDIT)
    old_name = form["name"]
    form.update(name="Relate family courses", cost="free")
    assert editor.client.post(EDIT, data=form).status_code == 303
    names = api_names(staff_app.test_client(), q="relate")
    assert "Relate family courses" in names and old_name not in names
    history = editor.get(f"/admin/services/{SERVICE}/history").get_data(as_text=True)
    assert old_name in history and "Relate family courses" in history
    assert "ed@example.org" in history and "<td>cost</td>" in history


def test_a_retired_service_leaves_the_search_and_a_restored_one_returns(editor, staff_app):
    parents = staff_app.test_client()
    name = edit_form(editor, EDIT)["name"]
    assert editor.post(f"/admin/services/{SERVICE}/retire").status_code == 303
    assert name not in api_names(parents, q="relate")
    assert "retired" in editor.get("/admin/services?status=retired").get_data(as_text=True)
    assert editor.post(f"/admin/services/{SERVICE}/restore").status_code == 303
    assert name in api_names(parents, q="relate")


def test_restoring_a_version_puts_every_field_back(editor, staff_app):
    before = edit_form(editor, EDIT)
    changed = {**before, "name": "Wrong name", "description": "Wrong words.",
               "districts": ["rutland"], "description_so": "Qoraal"}
    editor.client.post(EDIT, data=changed)
    from finder.directory import editor as edits
    from finder.directory import store

    conn = store.connect(staff_app.config["DATABASE"])
    entry = edits.history(conn, "service", SERVICE)[0]
    conn.close()
    response = editor.post(f"/admin/history/{entry['id']}/restore")
    assert response.status_code == 303
    after = edit_form(editor, EDIT)
    assert {k: after[k] for k in ("name", "description", "districts", "description_so")} == \
        {k: before.get(k, "") for k in ("name", "description", "districts", "description_so")}


def test_a_translation_shows_in_the_preview_in_that_language(editor):
    form = {**edit_form(editor, EDIT), "name_pl": "Kursy dla rodziców",
            "description_pl": "Kursy o relacjach i wychowaniu."}
    editor.client.post(EDIT, data=form)
    html = editor.get(f"/admin/services/{SERVICE}/preview?language=pl").get_data(as_text=True)
    assert "Kursy dla rodziców" in html and "Kursy o relacjach" in html
    english = editor.get(f"/admin/services/{SERVICE}/preview").get_data(as_text=True)
    assert "Kursy dla rodziców" not in english


def test_the_preview_shows_the_text_message_a_parent_would_get(editor):
    html = editor.get(f"/admin/services/{SERVICE}/preview?language=ur").get_data(as_text=True)
    assert 'class="sms" lang="ur" dir="rtl"' in html


@pytest.mark.parametrize(("query", "shown", "hidden"), [
    ("need=dads", "angels-and-monsters", "Solihull"),
    ("district=rutland&threshold=universal", "Rutland", "Leicester Mammas"),
    ("q=mammas", "Mammas", "Relate"),
], ids=["by-need", "by-district-and-threshold", "by-words"])
def test_the_service_list_filters(editor, query, shown, hidden):
    html = editor.get(f"/admin/services?{query}").get_data(as_text=True)
    rows = html[html.index("<tbody>"):]
    assert shown in rows and hidden not in rows


def test_an_organisation_is_created_edited_and_its_history_kept(editor, staff_app):
    page = "/admin/organisations/new"
    org = {"id": "oakham-dads", "name": "Oakham Dads", "source": "Test", "based_in": "rutland"}
    assert editor.post(page, org, page=page).status_code == 303
    edit = "/admin/organisations/oakham-dads/edit"
    org["version"] = edit_form(editor, edit)["version"]  # the version the form was filled from
    assert editor.post(edit, {**org, "website": "javascript:alert(1)"},
                       page=edit).status_code == 400
    assert editor.post(edit, {**org, "name": "Oakham Dads Group"}, page=edit).status_code == 303
    history = editor.get("/admin/organisations/oakham-dads/history").get_data(as_text=True)
    assert "Oakham Dads Group" in history and "create" in history
