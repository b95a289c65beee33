"""What `/sms` skips or makes itself for speed behaves as the general parts it replaces: the
pages' hooks skipped but every security header kept, Twilio's form read in one step with its
limits, and TwiML written by a template exactly as the Twilio SDK writes it."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl, unquote_plus, urlencode
from xml.etree import ElementTree

import pytest
from sms_helpers import TOKEN, replies
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.datastructures import MultiDict

from finder.conversation import results
from finder.search.types import Result
from finder.sms.replies import MESSAGE_BREAK
from finder.sms.signature import form_fields, unquoted
from finder.sms.webhook import twiml_body


def test_the_webhook_answers_with_every_security_header(twilio, sms_app):
    plain = twilio.text("STOP")
    secure = twilio.client.post("/sms", data=(form := twilio.form("STOP")),
                                base_url="https://localhost", headers={
                                    "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(
                                        "https://localhost/sms", form)})
    page = sms_app.test_client().get("/api/v1/services")
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                 "X-Frame-Options", "Permissions-Policy"):
        assert plain.headers[name] == page.headers[name], name
    assert "Strict-Transport-Security" not in plain.headers
    assert secure.status_code == 200
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def test_a_refused_webhook_request_carries_the_security_headers_too(twilio):
    response = twilio.client.post("/sms", data=twilio.form("hello"))
    assert response.status_code == 403
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_the_pages_language_cookie_is_set_by_pages_and_not_by_the_webhook(twilio, sms_app):
    page = sms_app.test_client().get("/?lang=pl")
    assert "Set-Cookie" in page.headers
    form = twilio.form("STOP")
    url = "http://localhost/sms?lang=pl"
    answer = twilio.client.post("/sms?lang=pl", data=form, headers={
        "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, form)})
    assert replies(answer) == []
    assert "Set-Cookie" not in answer.headers


def test_a_form_that_is_not_urlencoded_is_a_400_not_a_500(twilio):
    form = twilio.form("hello")
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, {})
    response = twilio.client.post("/sms", json=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 400


def test_a_form_over_the_size_limit_is_refused(sms_app, twilio):
    sms_app.config["MAX_FORM_MEMORY_SIZE"] = 2000
    form = {**twilio.form("hello"), "Padding": "x" * 3000}
    assert twilio.post(form).status_code == 413


def test_a_repeated_field_is_signed_and_read_as_twilio_sends_it(twilio):
    form = twilio.form("hello")
    pairs = [*form.items(), ("MediaUrl0", "a"), ("MediaUrl0", "b")]
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, MultiDict(pairs))
    response = twilio.client.post("/sms", data=urlencode(pairs), headers={
        "X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200



@pytest.mark.parametrize("texts", [
    [], ["Hello"], ["One text", "and a second"],
    ["x & y <b> 'single' \"double\" ]]> -- \n a new line\r\n\ttab"],
    ["Dzien dobry, ąść", "میرا بیٹا 3 سال کا ہے", "મારો દીકરો", "😀 emoji &amp; already"],
], ids=["none", "one", "two", "markup", "scripts"])
def test_twiml_is_what_the_twilio_sdk_writes(texts):
    sdk = MessagingResponse()
    for text in texts:
        sdk.message(text)
    made = twiml_body(MESSAGE_BREAK.join(texts))
    assert made == str(sdk)
    parsed = ElementTree.fromstring(made.encode())  # noqa: S314 - our own output
    assert [m.text or "" for m in parsed.iter("Message")] == [
        t.replace("\r\n", "\n") for t in texts]


@pytest.mark.parametrize("body", [
    "Body=my+3+year+old&From=%2B447700900123&To=&NumMedia=0",
    "a=1&&b&=x&c=%E2%82%AC+%ZZ&d=e=f", "Body=%D9%85%DB%8C%D8%B1%D8%A7%20%F0%9F%98%80", "",
], ids=["twilio", "odd", "non-latin", "empty"])
def test_the_form_is_read_as_the_standard_library_reads_it(body):
    assert form_fields(body) == parse_qsl(body, keep_blank_values=True)


def test_escapes_are_decoded_as_the_standard_library_decodes_them():
    """Every mix of plain letters, raw non-ASCII, stray percent signs and escapes that make
    valid, broken or overlong UTF-8 reads as `unquote_plus` reads it."""
    pieces = ["%", "+", "a", "Z", "0", "f", "G", " ", "=", "é", "ą", "😀", "%2", "%E2", "%82",
              "%AC", "%c3", "%A9", "%F0", "%9F", "%98", "%80", "%41", "%zz", "%FF", "%ED",
              "%A0", "%2B", "%25", "%C0", "%AF"]
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert unquoted(text) == unquote_plus(text), text


def test_a_listing_shown_again_is_the_item_made_afresh_with_this_search_s_why():
    service = {"id": "s1", "name": "Stay and Play", "organisation_name": "Family Hub",
               "description": "Play sessions for babies and toddlers. Come along.",
               "cost": "free", "referral": "self",
               "contacts": [{"kind": "phone", "value": "0116 000 0000"},
                            {"kind": "web", "value": "https://example.org/play"}]}
    first = results.shown(Result(service=service, score=1.0, why="near you"), "pl")
    assert first == results.item(Result(service=service, score=1.0, why="near you"), "pl")
    again = results.shown(Result(service=service, score=0.5, why="for toddlers"), "pl")
    assert again == {**first, "why": "for toddlers"}
    again["join"]["phone"] = "changed by a caller"
    assert results.shown(Result(service=service, score=1.0, why=""), "pl")["join"] == \
        first["join"]
    other = {**service, "name": "Another listing"}  # a new row: never another's item
    assert results.shown(Result(service=other, score=1.0, why=""), "pl")["name"] == \
        "Another listing"


@pytest.mark.parametrize("header", ["", "x", "é" * 28, "\ud800abc", "A" * 27 + "="])
def test_a_wrong_signature_of_any_shape_is_refused_without_an_error(twilio, header):
    form = twilio.form("hello")
    response = twilio.client.post("/sms", data=form, headers={"X-Twilio-Signature": header})
    assert response.status_code == 403
