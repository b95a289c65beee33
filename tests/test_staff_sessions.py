"""Staff sessions end on the server (sign-out, password change, disabling); common passwords
are refused; TOTP is a second factor (required for admins); staff pages are never cached."""

from __future__ import annotations

import base64
import re
import time

import pytest
from staff_helpers import PASSWORD, SECRETS, Staff, add_staff, csrf

from finder.admin import totp
from finder.directory import staff, store

NEW_PASSWORD = "another quite long password 19"


def copied(app, member: Staff) -> Staff:
    """Another browser carrying a copy of `member`'s session cookie."""
    thief = app.test_client()
    thief.set_cookie("session", member.client.get_cookie("session").value)
    return Staff(thief)


def signed_out(response) -> bool:
    return response.status_code == 303 and "/admin/sign-in" in response.headers["Location"]


def test_a_copied_cookie_stops_working_when_its_owner_signs_out(editor, staff_app):
    thief = copied(staff_app, editor)
    assert thief.get("/admin/").status_code == 200
    assert editor.post("/admin/sign-out").status_code == 303
    assert signed_out(thief.get("/admin/"))


def test_a_password_change_ends_every_other_session(editor, staff_app):
    thief = copied(staff_app, editor)
    response = editor.post("/admin/account/password", {
        "current": PASSWORD, "new": NEW_PASSWORD, "again": NEW_PASSWORD}, page="/admin/account")
    assert response.status_code == 303
    assert editor.get("/admin/").status_code == 200
    assert signed_out(thief.get("/admin/"))
    assert Staff(staff_app.test_client()).sign_in("ed@example.org").status_code == 401
    assert Staff(staff_app.test_client()).sign_in("ed@example.org",
                                                  NEW_PASSWORD).status_code == 303


@pytest.mark.parametrize(("fields", "problem"), [
    ({"current": "not my password at all", "new": NEW_PASSWORD, "again": NEW_PASSWORD},
     "not your current password"),
    ({"current": PASSWORD, "new": NEW_PASSWORD, "again": NEW_PASSWORD + "x"}, "not the same"),
    ({"current": PASSWORD, "new": "password1234", "again": "password1234"}, "most common"),
], ids=["wrong-current", "mismatch", "common"])
def test_a_password_change_explains_a_refusal(editor, fields, problem):
    response = editor.post("/admin/account/password", fields, page="/admin/account")
    assert response.status_code == 400 and problem in response.get_data(as_text=True)


def test_an_admin_reset_ends_the_members_sessions(admin, editor, staff_app):
    member = staff.find(store.connect(staff_app.config["DATABASE"]), "ed@example.org")
    response = admin.post(f"/admin/staff/{member['id']}/password",
                          {f"p{member['id']}-password": NEW_PASSWORD,
                           f"p{member['id']}-csrf_token": admin.token("/admin/staff")},
                          page="/admin/staff")
    assert response.status_code == 303
    assert signed_out(editor.get("/admin/"))
    assert Staff(staff_app.test_client()).sign_in("ed@example.org",
                                                  NEW_PASSWORD).status_code == 303


def test_disabling_ends_a_session_even_when_the_account_is_enabled_again(editor, admin,
                                                                         staff_app):
    conn = store.connect(staff_app.config["DATABASE"])
    member = staff.find(conn, "ed@example.org")
    staff.update(conn, member["id"], "editor", active=False)
    staff.update(conn, member["id"], "editor", active=True)
    conn.close()
    assert signed_out(editor.get("/admin/"))


@pytest.mark.parametrize("password", ["password1234", "Password1234!", "qwertyuiop12",
                                      "123456789012", "!!letmein2024"],
                         ids=["plain", "capital-and-bang", "keyboard", "digits", "dressed-up"])
def test_a_common_password_is_refused_for_a_new_account(staff_app, tmp_path, password):
    secret = tmp_path / "password"
    secret.write_text(password)
    result = staff_app.test_cli_runner().invoke(
        args=["staff", "add", "new@example.org", "--role", "admin", "--password-file", secret])
    assert result.exit_code != 0 and "most common passwords" in result.output


def test_the_common_password_list_is_a_few_thousand_long():
    from finder.admin.accounts import common_passwords

    assert 2000 <= len(common_passwords()) <= 20000


RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


@pytest.mark.parametrize(("at", "expected"), [
    (59, "94287082"), (1111111109, "07081804"), (1111111111, "14050471"),
    (1234567890, "89005924"), (2000000000, "69279037"), (20000000000, "65353130"),
])
def test_totp_matches_the_rfc_6238_test_vectors(at, expected):
    assert totp.code(RFC_SECRET, at, digits=8) == expected


def test_a_code_is_accepted_one_step_either_side_and_no_further():
    secret = totp.new_secret()
    now = 1_800_000_000.0
    assert totp.verify(secret, totp.code(secret, now - 30), now)
    assert totp.verify(secret, totp.code(secret, now + 30), now)
    assert not totp.verify(secret, totp.code(secret, now - 90), now)


def test_an_admin_must_set_up_a_second_factor_before_anything_else(staff_app):
    add_staff(staff_app, "new@example.org", "admin", second_factor=False)
    member = Staff(staff_app.test_client())
    response = member.sign_in("new@example.org")
    assert response.headers["Location"] == "/admin/account/two-factor"
    assert member.get("/admin/services").headers["Location"] == "/admin/account/two-factor"
    html = member.get("/admin/account/two-factor").get_data(as_text=True)
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', html).group(1)
    assert "otpauth://totp/" in html and f"secret={secret}" in html
    response = member.client.post("/admin/account/two-factor", data={
        "csrf_token": csrf(html), "code": totp.code(secret, time.time())})
    assert response.status_code == 303
    assert member.get("/admin/services").status_code == 200
    SECRETS["new@example.org"] = secret
    again = Staff(staff_app.test_client())
    first = again.client.post("/admin/sign-in", data={
        "csrf_token": csrf(again.get("/admin/sign-in").get_data(as_text=True)),
        "email": "new@example.org", "password": PASSWORD})
    assert first.headers["Location"].startswith("/admin/sign-in/code")
    assert again.get("/admin/").status_code == 303
    right = {totp.code(secret, time.time() + step) for step in (-30, 0, 30)}
    wrong = next(c for c in ("000000", "111111", "222222", "333333") if c not in right)
    assert again.code(wrong).status_code == 401
    assert again.code(totp.code(secret, time.time())).status_code == 303
    assert again.get("/admin/").status_code == 200


@pytest.mark.parametrize("url", ["/admin/", "/admin/services", "/admin/export/csv",
                                 "/admin/export/oruk", "/admin/sign-in"])
def test_staff_pages_and_exports_are_never_cached(editor, url):
    assert editor.get(url).headers["Cache-Control"] == "no-store"


def test_a_code_names_its_rfc_6238_time_step():
    """RFC 6238: T = floor(time / 30); the step matched is the one whose code was typed."""
    at = 1111111111  # T = 0x023523ED, as in the RFC's table
    assert at // 30 == 0x023523ED
    code = totp.code(RFC_SECRET, at)
    assert totp.matched_step(RFC_SECRET, code, at) == 0x023523ED
    assert totp.matched_step(RFC_SECRET, code, at + 29) == 0x023523ED  # one step on
    assert totp.matched_step(RFC_SECRET, code, at + 60) is None  # two steps on
    assert totp.matched_step(RFC_SECRET, totp.code(RFC_SECRET, at + 30), at) == 0x023523EE


def test_the_last_accepted_step_is_kept_and_no_older_one_passes(staff_app):
    staff_id = add_staff(staff_app, "steps@example.org", "admin")
    conn = store.connect(staff_app.config["DATABASE"])
    try:
        step = 1111111111 // 30
        assert staff.use_totp_step(conn, staff_id, step)
        assert not staff.use_totp_step(conn, staff_id, step)  # the same code again
        assert not staff.use_totp_step(conn, staff_id, step - 1)  # an older one
        assert staff.use_totp_step(conn, staff_id, step + 1)
        staff.set_totp(conn, staff_id, totp.new_secret())  # a new secret starts afresh
        assert staff.use_totp_step(conn, staff_id, step - 5)
    finally:
        conn.close()


def sign_in_with(app, email: str, code: str):
    member = Staff(app.test_client())
    response = member.client.post("/admin/sign-in", data={
        "csrf_token": csrf(member.get("/admin/sign-in").get_data(as_text=True)),
        "email": email, "password": PASSWORD})
    assert response.headers["Location"].startswith("/admin/sign-in/code")
    return member.code(code)


def test_a_code_that_signed_in_once_never_signs_in_again(staff_app):
    add_staff(staff_app, "once@example.org", "admin")
    secret, now = SECRETS["once@example.org"], time.time()
    current = totp.code(secret, now)
    assert sign_in_with(staff_app, "once@example.org", current).status_code == 303
    replayed = sign_in_with(staff_app, "once@example.org", current)
    assert replayed.status_code == 401
    assert "That code is not right" in replayed.get_data(as_text=True)
    older = sign_in_with(staff_app, "once@example.org", totp.code(secret, now - 30))
    assert older.status_code == 401
    assert sign_in_with(staff_app, "once@example.org",
                        totp.code(secret, now + 30)).status_code == 303
