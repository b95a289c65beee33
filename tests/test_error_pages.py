"""Every route in the URL map, given parameters that match nothing, answers a calm page with the
security headers and leaves no traceback in the log; static files count against the limit."""

from __future__ import annotations

import logging
import re

import pytest
from staff_helpers import Staff, add_staff

from finder import create_app

CONVERTER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
BAD = {"int": "987654", "float": "9.5", "path": "no/such/thing", "uuid":
       "00000000-0000-0000-0000-000000000000"}


def bad_url(rule) -> str:
    """The rule with every parameter filled by a value that names nothing."""
    return CONVERTER.sub(lambda m: BAD.get(m.group(1) or "", "no-such-thing"), rule.rule)


def rules_with_parameters(app):
    return [r for r in app.url_map.iter_rules() if r.arguments]


def check(response, url: str, method: str) -> None:
    assert response.status_code < 500, (method, url, response.status_code)
    assert "Content-Security-Policy" in response.headers, (method, url)
    assert b"Traceback" not in response.data


def test_there_are_rules_with_parameters_to_walk(staff_app):
    endpoints = {r.endpoint for r in rules_with_parameters(staff_app)}
    assert {"static", "admin.static", "sms_simulator.static"} <= endpoints or \
        {"static", "admin.static"} <= endpoints


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_rule_with_bad_parameters_answers_calmly(staff_app, caplog, lang):
    add_staff(staff_app, "ad@example.org", "admin")
    admin = Staff(staff_app.test_client())
    assert admin.sign_in("ad@example.org").status_code == 303
    signed_out = staff_app.test_client()
    caplog.set_level(logging.WARNING)
    for rule in rules_with_parameters(staff_app):
        url = f"{bad_url(rule)}?lang={lang}"
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for client in (signed_out, admin.client):
                check(client.open(url, method=method), url, method)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize("path", ["/static/x", "/admin/static/x", "/sms/simulator/static/x",
                                  "/static/../wsgi.py"],
                         ids=["static", "admin-static", "simulator-static", "dot-dot"])
def test_a_missing_static_file_is_a_translated_404_page(client, path):
    response = client.get(f"{path}?lang=pl")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert 'lang="pl"' in html and "Content-Security-Policy" in response.headers
    assert 'href="/?lang=ar"' in html or "lang=ar" in html


def test_static_files_count_against_the_web_limit(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "RATE_WEB": "2/60",
                      "SECRET_KEY": "test-secret-key-not-for-production",
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    client = app.test_client()
    codes = []
    for _ in range(3):
        with client.get("/static/finder.css") as response:
            codes.append(response.status_code)
    assert codes == [200, 200, 429]
