"""A member of staff driving /admin through the test client: sign in, post forms with CSRF."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

from finder.admin import accounts, totp
from finder.directory import staff, store

PASSWORD = "a long staff password 42"
TOKEN = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


def csrf(html: str) -> str:
    return TOKEN.search(html).group(1)


# The second-factor secret of each account made here (admins must have one), and the last
# time step whose code signed it in: a code is accepted once, so the next sign-in uses a later
# step (one step ahead is accepted for a phone's clock running fast).
SECRETS: dict[str, str] = {}
USED_STEPS: dict[str, int] = {}


def next_code(email: str) -> str:
    """A code for `email` that has not signed in yet: the oldest step still accepted."""
    step = max(int(time.time() // totp.STEP_SECONDS) - totp.DRIFT_STEPS,
               USED_STEPS.get(email.lower(), -1) + 1)
    USED_STEPS[email.lower()] = step
    return totp.code(SECRETS[email.lower()], step * totp.STEP_SECONDS)


def add_staff(app, email: str, role: str = "editor", password: str = PASSWORD,
              second_factor: bool | None = None) -> int:
    conn = store.connect(app.config["DATABASE"])
    try:
        staff_id = staff.add(conn, email, accounts.hash_password(password), role)
        if role == "admin" if second_factor is None else second_factor:
            SECRETS[email.lower()] = totp.new_secret()
            USED_STEPS.pop(email.lower(), None)
            staff.set_totp(conn, staff_id, SECRETS[email.lower()])
        return staff_id
    finally:
        conn.close()


class Staff:
    """One browser: a test client with the last CSRF token it was given."""

    def __init__(self, client) -> None:
        self.client = client

    def sign_in(self, email: str, password: str = PASSWORD, address: str = "192.0.2.1",
                base_url: str = "http://localhost", headers: dict | None = None):
        """Password, then (when the account has a second factor) the code."""
        options = {"environ_base": {"REMOTE_ADDR": address}, "base_url": base_url,
                   "headers": headers or {}}
        page = self.client.get("/admin/sign-in", **options).get_data(as_text=True)
        response = self.client.post("/admin/sign-in", data={
            "csrf_token": csrf(page), "email": email, "password": password}, **options)
        if "/admin/sign-in/code" not in response.headers.get("Location", ""):
            return response
        return self.code(next_code(email), **options)

    def code(self, code: str, **options):
        page = self.client.get("/admin/sign-in/code", **options).get_data(as_text=True)
        return self.client.post("/admin/sign-in/code", data={
            "csrf_token": csrf(page), "code": code}, **options)

    def token(self, url: str = "/admin/") -> str:
        return csrf(self.client.get(url).get_data(as_text=True))

    def post(self, url: str, data: dict | None = None, page: str = "/admin/", **kwargs):
        return self.client.post(url, data={"csrf_token": self.token(page), **(data or {})},
                                **kwargs)

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)


class FormReader(HTMLParser):
    """The values a browser would post back from a page's forms."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict = {}
        self.select = self.text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name"):
            self.input(a)
        elif tag == "select":
            self.select = a.get("name")
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value")
        elif tag == "textarea":
            self.text = a.get("name")
            self.fields[self.text] = ""

    def input(self, a: dict) -> None:
        if a.get("type") not in ("checkbox", "radio"):
            self.fields[a["name"]] = a.get("value") or ""
        elif "checked" in a:
            self.fields.setdefault(a["name"], []).append(a.get("value", "y"))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "textarea":
            self.text = None

    def handle_data(self, data):
        if self.text:
            self.fields[self.text] += data


def edit_form(member: Staff, page: str) -> dict:
    """The listing form's current values, as a browser would post them back."""
    html = member.get(page).get_data(as_text=True)
    reader = FormReader()
    reader.feed(html[html.index('class="listing"'):])
    return reader.fields
