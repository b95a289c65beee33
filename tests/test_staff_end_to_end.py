"""A new member of staff, start to finish: account from the command line, sign in, edit a
listing, see the change in a parent's search, find it in the history, restore the old version."""

from __future__ import annotations

import re

from staff_helpers import Staff, edit_form

SERVICE = "relate-parenting-courses"


def parent_search(client) -> dict:
    body = client.get("/api/v1/services?need=teenagers&place=leicester-city&limit=100")
    return {s["slug"]: s for s in body.get_json()["contents"]}


def test_a_new_member_of_staff_edits_a_listing_and_restores_it(staff_app, tmp_path):
    secret = tmp_path / "password"
    secret.write_text("my own long password 2025\n")
    made = staff_app.test_cli_runner().invoke(
        args=["staff", "add", "sam@example.org", "--role", "editor", "--password-file", secret])
    assert made.exit_code == 0, made.output

    sam = Staff(staff_app.test_client())
    signed_in = sam.sign_in("sam@example.org", "my own long password 2025")
    assert signed_in.status_code == 303 and signed_in.headers["Location"] == "/admin/"

    parents = staff_app.test_client()
    before = parent_search(parents)[SERVICE]
    page = f"/admin/services/{SERVICE}/edit"
    form = edit_form(sam, page)
    form.update(name="Relate courses for parents", cost="free")
    assert sam.client.post(page, data=form).status_code == 303

    after = parent_search(parents)[SERVICE]
    assert (after["name"], after["cost"]) == ("Relate courses for parents", "free")

    history = sam.get(f"/admin/services/{SERVICE}/history").get_data(as_text=True)
    assert "sam@example.org" in history
    assert f"<td>{before['name']}</td><td>Relate courses for parents</td>" in history
    restore = re.search(r'action="(/admin/history/\d+/restore)"', history).group(1)
    assert sam.post(restore).status_code == 303

    restored = parent_search(parents)[SERVICE]
    assert (restored["name"], restored["cost"]) == (before["name"], before["cost"])
    assert "restore-version" in sam.get(f"/admin/services/{SERVICE}/history").get_data(
        as_text=True)
