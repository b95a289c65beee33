"""Freshness: listings unchecked for FINDER_STALE_AFTER_DAYS queue up for a one-click check."""

from __future__ import annotations

import datetime as dt

import pytest
from staff_helpers import Staff, add_staff

from finder import create_app
from finder.directory.freshness import is_stale

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("verified", "stale"), [
    ("2025-05-01", False),
    ("2024-12-01", False),
    ("2024-11-30", True),
    ("2023-06-14", True),
    ("", True),
    ("not a date", True),
], ids=["last-month", "exactly-182-days", "183-days", "two-years", "never", "unreadable"])
def test_a_listing_is_stale_after_the_allowed_days(verified, stale):
    assert is_stale({"last_verified": verified}, TODAY, 182) is stale


def test_the_queue_lists_old_listings_and_one_click_confirms_one(editor):
    service = "relate-parenting-courses"
    assert service in editor.get("/admin/stale").get_data(as_text=True)
    response = editor.post(f"/admin/services/{service}/verify", {"back": "stale"},
                           page="/admin/stale")
    assert response.status_code == 303 and response.headers["Location"] == "/admin/stale"
    assert f"/admin/services/{service}/edit" not in editor.get("/admin/stale").get_data(
        as_text=True)
    edit = editor.get(f"/admin/services/{service}/edit").get_data(as_text=True)
    assert dt.date.today().isoformat() in edit and "ed@example.org" in edit


def test_the_stale_age_is_configurable(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "STALE_AFTER_DAYS": 100_000})
    add_staff(app, "ed@example.org")
    member = Staff(app.test_client())
    member.sign_in("ed@example.org")
    queue = member.get("/admin/stale").get_data(as_text=True)
    relate = queue.split("/admin/services/relate-parenting-courses/edit")[1].split("</tr>")[0]
    assert "not checked recently" not in relate and "contact from a public page" in relate


def test_a_contact_from_a_public_page_waits_in_the_queue_until_confirmed(editor):
    service = "nhs-mums-mind"
    row = editor.get("/admin/stale").get_data(as_text=True).split(f"/admin/services/{service}/edit")
    assert len(row) == 2 and "contact from a public page" in row[1].split("</tr>")[0]
    editor.post(f"/admin/services/{service}/verify", {"back": "stale"}, page="/admin/stale")
    assert f"/admin/services/{service}/edit" not in editor.get("/admin/stale").get_data(
        as_text=True)


def test_the_stale_filter_on_the_list_agrees_with_the_queue(editor):
    listed = editor.get("/admin/services?stale=1").get_data(as_text=True)
    assert "relate-parenting-courses" in listed
