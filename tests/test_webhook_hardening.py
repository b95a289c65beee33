"""The webhook believes forwarded headers only per FINDER_PROXY_FIX, gunicorn included, and
takes only Twilio-shaped message ids; a long non-Latin GET reaches the finder, not a raw 414."""

from __future__ import annotations

import http.client
import logging
from contextlib import closing
from urllib.parse import quote, urlencode

import pytest
from sms_helpers import TOKEN, Twilio
from test_faults import Server
from twilio.request_validator import RequestValidator

from finder import create_app
from finder.sms.inbound import MESSAGE_ID


@pytest.mark.parametrize("sid", ["SMretry", "SM" + "0" * 31, "XX" + "0" * 32, "SM" + "g" * 32,
                                 "SM" + "0" * 33, "sm" + "0" * 32],
                         ids=["word", "short", "wrong-prefix", "not-hex", "long", "lower-prefix"])
def test_a_message_id_not_shaped_like_twilios_is_refused_calmly(twilio, sid):
    response = twilio.text("hello there", sid=sid)
    assert response.status_code == 400
    assert b"Traceback" not in response.data


@pytest.mark.parametrize("sid", ["SM" + "0123456789abcdef" * 2, "MM" + "ABCDEF0123456789" * 2])
def test_twilio_shaped_message_ids_are_taken(sid):
    assert MESSAGE_ID.fullmatch(sid)


@pytest.fixture
def gunicorn(tmp_path, database):
    started = Server(tmp_path, database, None)
    yield started
    started.stop()


def signed_post(server: Server, url: str, headers: dict[str, str]) -> int:
    form = Twilio(None, TOKEN).form("STOP", sid="SM" + "ab" * 16)
    signature = RequestValidator(TOKEN).compute_signature(url, form)
    with closing(http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)) as conn:
        conn.request("POST", "/sms", urlencode(form), {
            "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature,
            **headers})
        return conn.getresponse().status


def test_gunicorn_without_proxy_fix_ignores_a_forwarded_proto(gunicorn):
    https = f"https://127.0.0.1:{gunicorn.port}/sms"
    assert signed_post(gunicorn, https, {"X-Forwarded-Proto": "https"}) == 403
    assert signed_post(gunicorn, f"http://127.0.0.1:{gunicorn.port}/sms", {}) == 200


def test_a_long_arabic_question_in_a_get_reaches_the_finder(gunicorn):
    question = quote("ابني لا ينام في الليل " * 45)[:9000]
    with closing(http.client.HTTPConnection("127.0.0.1", gunicorn.port, timeout=10)) as conn:
        conn.request("GET", f"/find?q={question}")
        response = conn.getresponse()
        assert response.status != 414
        assert response.status < 500


@pytest.mark.parametrize("host", ["finder.example.org", "evil.example.net:8443"])
def test_without_a_public_url_a_spoofed_host_makes_no_signature_pass(sms_app, host):
    """A signature captured for another address, replayed with that address as Host."""
    twilio = Twilio(sms_app.test_client(), TOKEN, url=f"http://{host}/sms")
    form = twilio.form("STOP")
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, form)
    response = twilio.client.post("/sms", data=form, base_url=f"http://{host}",
                                  headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_the_loopback_host_still_takes_its_own_signature(twilio):
    assert twilio.text("STOP").status_code == 200


def test_twilio_credentials_without_a_public_url_are_warned_of_at_start(database, tmp_path,
                                                                        caplog):
    config = {"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": TOKEN,
              "INSTANCE_PATH": str(tmp_path / "i")}
    with caplog.at_level(logging.WARNING):
        create_app(config)
    assert "FINDER_PUBLIC_URL" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        create_app({**config, "PUBLIC_URL": "https://finder.example.org"})
    assert "FINDER_PUBLIC_URL" not in caplog.text
