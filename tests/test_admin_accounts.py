"""Staff accounts: made from the command line, hashed, signed in, throttled, managed by admins."""

from __future__ import annotations

import pytest
from staff_helpers import PASSWORD, Staff, add_staff

from finder import create_app
from finder.admin.accounts import Limits, account_wait, pair_wait
from finder.directory import staff, store


def member(app, email: str) -> dict | None:
    conn = store.connect(app.config["DATABASE"])
    try:
        return staff.find(conn, email)
    finally:
        conn.close()


def test_staff_add_reads_the_password_from_a_file_and_stores_only_a_hash(staff_app, tmp_path):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    result = staff_app.test_cli_runner().invoke(
        args=["staff", "add", "amy@example.org", "--role", "admin", "--password-file", secret])
    assert result.exit_code == 0, result.output
    found = member(staff_app, "amy@example.org")
    assert found["role"] == "admin"
    assert found["password_hash"].startswith("scrypt:") and PASSWORD not in found["password_hash"]


def test_staff_add_asks_for_the_password_twice(staff_app):
    result = staff_app.test_cli_runner().invoke(
        args=["staff", "add", "bo@example.org"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert member(staff_app, "bo@example.org")["role"] == "editor"


@pytest.mark.parametrize(("email", "typed", "problem"), [
    ("cy@example.org", "short\nshort\n", "at least 12"),
    ("not-an-email", f"{PASSWORD}\n{PASSWORD}\n", "not an email address"),
], ids=["short-password", "bad-email"])
def test_staff_add_refuses_what_it_cannot_use(staff_app, email, typed, problem):
    result = staff_app.test_cli_runner().invoke(args=["staff", "add", email], input=typed)
    assert result.exit_code != 0 and problem in result.output
    assert member(staff_app, email) is None


def test_staff_add_refuses_an_email_already_used(staff_app, tmp_path):
    add_staff(staff_app, "dee@example.org")
    secret = tmp_path / "password"
    secret.write_text(PASSWORD)
    result = staff_app.test_cli_runner().invoke(
        args=["staff", "add", "DEE@example.org", "--password-file", secret])
    assert result.exit_code != 0 and "already has an account" in result.output


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(staff_app):
    add_staff(staff_app, "ed@example.org")
    wrong_password = Staff(staff_app.test_client()).sign_in("ed@example.org", "not it at all")
    no_account = Staff(staff_app.test_client()).sign_in("nobody@example.org")
    assert wrong_password.status_code == no_account.status_code == 401
    assert b"do not match" in wrong_password.get_data()
    assert b"do not match" in no_account.get_data()


def test_signing_out_ends_the_session(editor):
    assert editor.post("/admin/sign-out").status_code == 303
    assert editor.get("/admin/").status_code == 303


LIMITS = Limits(slow_after=3, lock_after=10, lock_addresses=5, window=900.0)


@pytest.mark.parametrize(("failures", "now", "wait"), [
    ([], 100.0, 0.0),
    ([90.0, 95.0], 100.0, 0.0),
    ([90.0, 95.0, 99.0], 100.0, 1.0),
    ([90.0, 95.0, 96.0, 99.0], 100.0, 3.0),
    ([90.0, 95.0, 96.0, 99.0], 110.0, 0.0),
    ([float(t) for t in range(10)], 100.0, 165.0),
    ([float(t) for t in range(30)], 100.0, 229.0),
], ids=["none", "under-the-limit", "slowed", "slowed-longer", "waited-enough", "doubling",
        "capped"])
def test_failures_from_one_address_at_one_account_slow_it_with_growing_delays(failures, now,
                                                                                 wait):
    assert pair_wait(failures, now, LIMITS) == wait


@pytest.mark.parametrize(("addresses", "wait"), [
    (1, 0.0), (4, 0.0), (5, 809.0),
], ids=["one-address", "too-few-addresses", "many-addresses"])
def test_only_failures_from_many_addresses_lock_the_account(addresses, wait):
    failures = [(f"pair:ed@example.org|192.0.2.{i % addresses}", float(i)) for i in range(10)]
    assert account_wait(failures, 100.0, LIMITS) == wait


def test_an_account_locked_by_failures_refuses_even_the_right_password(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "SIGN_IN_SLOW_AFTER": 100,
                      "SIGN_IN_LOCK_AFTER": 3, "SIGN_IN_LOCK_ADDRESSES": 3})
    add_staff(app, "ed@example.org")
    for address in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        assert Staff(app.test_client()).sign_in("ed@example.org", "guess " * 3,
                                                address).status_code == 401
    response = Staff(app.test_client()).sign_in("ed@example.org", address="192.0.2.9")
    assert response.status_code == 429
    assert b"Too many failed sign-ins" in response.get_data()


def test_guesses_from_one_address_never_lock_out_the_real_member_elsewhere(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "SIGN_IN_SLOW_AFTER": 2})
    add_staff(app, "ed@example.org")
    attacker = Staff(app.test_client())
    codes = [attacker.sign_in("ed@example.org", "guess " * 3, "203.0.113.9").status_code
             for _ in range(12)]
    assert codes[:2] == [401, 401] and codes[-1] == 429
    assert Staff(app.test_client()).sign_in("ed@example.org",
                                            address="192.0.2.50").status_code == 303


def test_an_address_failing_at_other_accounts_can_still_sign_in_to_its_own(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "SIGN_IN_SLOW_AFTER": 2})
    add_staff(app, "ed@example.org")
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        assert Staff(app.test_client()).sign_in(email).status_code == 401
    assert Staff(app.test_client()).sign_in("ed@example.org").status_code == 303


def test_another_admin_lifts_an_account_lock(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "SIGN_IN_SLOW_AFTER": 100,
                      "SIGN_IN_LOCK_AFTER": 3, "SIGN_IN_LOCK_ADDRESSES": 3})
    ed = add_staff(app, "ed@example.org")
    add_staff(app, "ad@example.org", "admin")
    for address in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        Staff(app.test_client()).sign_in("ed@example.org", "guess " * 3, address)
    assert Staff(app.test_client()).sign_in("ed@example.org").status_code == 429
    admin = Staff(app.test_client())
    assert admin.sign_in("ad@example.org", address="192.0.2.77").status_code == 303
    assert admin.post(f"/admin/staff/{ed}/unlock", page="/admin/staff").status_code == 303
    assert Staff(app.test_client()).sign_in("ed@example.org").status_code == 303


def test_an_admin_adds_staff_changes_a_role_and_disables_an_account(admin, staff_app):
    response = admin.post("/admin/staff/new", {"email": "new@example.org", "role": "editor",
                                               "password": PASSWORD}, page="/admin/staff")
    assert response.status_code == 303
    newcomer = member(staff_app, "new@example.org")
    prefix = f"s{newcomer['id']}-"
    response = admin.post(f"/admin/staff/{newcomer['id']}", {
        f"{prefix}role": "admin", f"{prefix}csrf_token": admin.token("/admin/staff")},
        page="/admin/staff")
    assert response.status_code == 303
    changed = member(staff_app, "new@example.org")
    assert changed["role"] == "admin" and not changed["active"]
    assert Staff(staff_app.test_client()).sign_in("new@example.org").status_code == 401


def test_an_admin_cannot_lock_themselves_out(admin, staff_app):
    me = member(staff_app, "ad@example.org")
    prefix = f"s{me['id']}-"
    admin.post(f"/admin/staff/{me['id']}", {f"{prefix}role": "editor", f"{prefix}active": "y",
                                            f"{prefix}csrf_token": admin.token("/admin/staff")})
    assert member(staff_app, "ad@example.org")["role"] == "admin"


def test_forwarded_headers_without_proxy_fix_warn_once(database, tmp_path, caplog):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path), "PROXY_FIX": 0})
    client = app.test_client()
    client.get("/")
    assert "FINDER_PROXY_FIX is 0" not in caplog.text
    for address in ("203.0.113.1", "203.0.113.2"):
        client.get("/", headers={"X-Forwarded-For": address})
    assert caplog.text.count("FINDER_PROXY_FIX is 0") == 1
