"""/admin is closed to the signed-out, its forms need CSRF, and staff text is always escaped."""

from __future__ import annotations

import re
import time

import pytest
from pages import check_page
from staff_helpers import Staff, add_staff, csrf, edit_form

CONVERTER = re.compile(r"<(?:\w+:)?\w+>")
SAMPLE = {"service_id": "relate-parenting-courses", "org_id": "relate", "record_id": "relate",
          "entry_id": "1", "staff_id": "1", "token": "0" * 32, "filename": "admin.css"}


def admin_rules(app):
    return [rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/admin")]


def sample_url(rule) -> str:
    return CONVERTER.sub(lambda m: SAMPLE[m.group(0).strip("<>").split(":")[-1]], rule.rule)


def test_there_are_admin_routes_to_check(staff_app):
    assert len(admin_rules(staff_app)) > 20


def test_every_admin_route_refuses_a_signed_out_client(staff_app):
    client = staff_app.test_client()
    let_in = []
    for rule in admin_rules(staff_app):
        if rule.endpoint in ("admin.sign_in", "admin.static"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(sample_url(rule), method=method)
            refused = response.status_code in (401, 403) or (
                response.status_code in (302, 303)
                and "/admin/sign-in" in response.headers["Location"])
            # a POST without a CSRF token may be refused by CSRF first: still refused
            if not refused and not (method == "POST" and response.status_code == 400):
                let_in.append((method, rule.rule, response.status_code))
    assert let_in == []


def test_admin_urls_are_lower_case_with_hyphens(staff_app):
    bad = [rule.rule for rule in admin_rules(staff_app)
           if not re.fullmatch(r"[a-z0-9/.-]*", CONVERTER.sub("x", rule.rule))]
    assert bad == []


def test_a_post_without_a_csrf_token_is_refused(editor):
    response = editor.client.post("/admin/services/relate-parenting-courses/retire")
    assert response.status_code == 400


def test_sign_in_needs_a_csrf_token(staff_app):
    add_staff(staff_app, "ed@example.org")
    response = staff_app.test_client().post("/admin/sign-in", data={
        "email": "ed@example.org", "password": "a long staff password 42"})
    assert response.status_code == 400


def test_the_session_cookie_is_http_only_and_same_site(staff_app):
    add_staff(staff_app, "ed@example.org")
    cookie = Staff(staff_app.test_client()).sign_in("ed@example.org").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_the_session_cookie_is_secure_over_https(staff_app):
    add_staff(staff_app, "ed@example.org")
    client = staff_app.test_client()
    page = client.get("/admin/sign-in", base_url="https://localhost").get_data(as_text=True)
    # over https Flask-WTF also checks that the form was posted from this site
    response = client.post("/admin/sign-in", base_url="https://localhost",
                           headers={"Referer": "https://localhost/admin/sign-in"}, data={
        "csrf_token": csrf(page), "email": "ed@example.org",
        "password": "a long staff password 42"})
    assert response.status_code == 303
    assert "Secure" in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" in response.headers


def test_a_session_older_than_the_configured_hours_is_signed_out(editor, staff_app):
    with editor.client.session_transaction() as session:
        session["signed_in_at"] = time.time() - 3600 * staff_app.config["SESSION_HOURS"] - 1
    response = editor.get("/admin/services")
    assert response.status_code == 303 and "/admin/sign-in" in response.headers["Location"]


def test_a_disabled_account_is_signed_out_at_once(editor, staff_app):
    from finder.directory import staff, store

    conn = store.connect(staff_app.config["DATABASE"])
    member = staff.find(conn, "ed@example.org")
    staff.update(conn, member["id"], "editor", active=False)
    conn.close()
    assert editor.get("/admin/").status_code == 303


def test_an_editor_cannot_manage_staff(editor):
    assert editor.get("/admin/staff").status_code == 403
    response = editor.post("/admin/staff/new", {"email": "x@example.org", "role": "admin",
                                                "password": "another long password"})
    assert response.status_code == 403


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/admin",
                                    "/elsewhere", "/admin\\@evil.example"],
                         ids=["absolute", "scheme-relative", "outside-admin", "backslash"])
def test_sign_in_never_sends_staff_to_another_site(staff_app, target):
    add_staff(staff_app, "ed@example.org")
    client = staff_app.test_client()
    page = client.get("/admin/sign-in").get_data(as_text=True)
    response = client.post(f"/admin/sign-in?next={target}", data={
        "csrf_token": csrf(page), "email": "ed@example.org",
        "password": "a long staff password 42"})
    assert response.headers["Location"] == "/admin/"


HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x"]


@pytest.mark.parametrize("text", HOSTILE, ids=["script", "attribute-breaker", "single-quote"])
def test_hostile_staff_text_is_escaped_everywhere_it_appears(editor, staff_app, text):
    page = "/admin/services/relate-parenting-courses/edit"
    form = edit_form(editor, page)
    form.update(name=f"Parenting {text}", description=f"About {text}")
    assert editor.client.post(page, data=form).status_code == 303
    for url in (page, "/admin/services?status=all", "/admin/",
                "/admin/services/relate-parenting-courses/history",
                "/admin/services/relate-parenting-courses/preview", "/services"):
        html = editor.get(url).get_data(as_text=True)
        assert text not in html, url
    api = staff_app.test_client().get("/api/v1/services?q=relate").get_json()
    assert any(text in s["name"] for s in api["contents"])


@pytest.mark.parametrize("website", ["javascript:alert(1)", "JavaScript:alert(1)",
                                     "data:text/html,hi", "http://x.org/\"onclick=\"y"],
                         ids=["javascript", "mixed-case", "data-url", "quote-inside"])
def test_a_website_that_is_not_a_web_address_is_refused(editor, website):
    page = "/admin/services/relate-parenting-courses/edit"
    form = edit_form(editor, page)
    form["website"] = website
    response = editor.client.post(page, data=form)
    assert response.status_code == 400
    assert "must be a web address" in response.get_data(as_text=True)


def test_admin_pages_are_well_formed_and_have_no_inline_script(editor):
    for url in ("/admin/", "/admin/services", "/admin/services/new", "/admin/stale",
                "/admin/unmet-need", "/admin/import", "/admin/organisations"):
        html = editor.get(url).get_data(as_text=True)
        check_page(html, "en")
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all(" src=\"/static/" in tag for tag in scripts), scripts  # none inline
        assert "script-src 'self'" in editor.get(url).headers["Content-Security-Policy"]
