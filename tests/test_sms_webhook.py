"""`POST /sms`: every request signed, opt-out words, bad input answered calmly, nothing logged."""

from __future__ import annotations

import logging

import pytest
from sms_helpers import PARENT, TOKEN, Twilio, replies
from twilio.request_validator import RequestValidator

from finder import create_app
from finder.sms import get_store
from finder.sms.signature import local_token


def test_a_signed_request_is_answered_with_twiml(twilio):
    assert replies(twilio.text("STOP")) == []


def test_a_request_without_a_signature_is_refused(twilio):
    response = twilio.client.post("/sms", data=twilio.form("hello"))
    assert response.status_code == 403


def test_a_request_with_a_wrong_signature_is_refused(twilio):
    form = twilio.form("hello")
    signature = RequestValidator("some-other-token").compute_signature(twilio.url, form)
    assert twilio.post(form, signature).status_code == 403


def test_a_signature_for_other_form_fields_is_refused(twilio):
    form = twilio.form("hello")
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, form)
    assert twilio.post({**form, "Body": "changed"}, signature).status_code == 403


def test_a_signature_for_another_url_is_refused(sms_app):
    twilio = Twilio(sms_app.test_client(), TOKEN, url="https://elsewhere.example.org/sms")
    assert twilio.text("STOP").status_code == 403


def test_without_a_twilio_token_the_local_token_still_guards_the_webhook(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    unsigned = app.test_client().post("/sms", data=Twilio(None, "").form("STOP"))
    assert unsigned.status_code == 403
    token = local_token(tmp_path / "instance")
    assert (tmp_path / "instance" / "sms_token").stat().st_mode & 0o077 == 0
    assert replies(Twilio(app.test_client(), token).text("STOP")) == []


def test_the_public_url_is_what_is_signed_behind_a_proxy(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": TOKEN,
                      "INSTANCE_PATH": str(tmp_path / "i"),
                      "PUBLIC_URL": "https://finder.example.org/"})
    public = Twilio(app.test_client(), TOKEN, url="https://finder.example.org/sms")
    assert replies(public.text("STOP")) == []
    internal = Twilio(app.test_client(), TOKEN, url="http://localhost/sms")
    assert internal.text("STOP").status_code == 403


@pytest.mark.parametrize(("proxies", "expected"), [(1, 200), (0, 403)],
                         ids=["proxy-fix-trusts-forwarded-headers", "no-proxy-fix-ignores-them"])
def test_forwarded_proto_and_host_are_trusted_only_with_proxy_fix(database, tmp_path, proxies,
                                                                  expected):
    app = create_app({"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": TOKEN,
                      "INSTANCE_PATH": str(tmp_path / "i"), "PROXY_FIX": proxies})
    twilio = Twilio(app.test_client(), TOKEN, url="https://sms.example.org/sms")
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "sms.example.org",
                 "X-Forwarded-For": "203.0.113.9"}
    form = twilio.form("STOP")
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, form)
    response = twilio.client.post("/sms", data=form,
                                  headers={"X-Twilio-Signature": signature, **forwarded})
    assert response.status_code == expected


@pytest.mark.parametrize("word", ["STOP", "stop", "Stop.", " STOPALL ", "unsubscribe", "CANCEL",
                                  "end", "QUIT", "revoke", "OPTOUT"])
def test_opt_out_words_erase_the_conversation_and_get_no_reply(sms_app, twilio, word):
    store = get_store(sms_app)
    with store.exchange(PARENT, "SMearlier") as exchange:
        exchange.save({"lang": "pl", "step": "age"}, "earlier reply")
    assert replies(twilio.text(word)) == []
    with store.exchange(PARENT, "SMpeek") as exchange:
        assert exchange.state is None


@pytest.mark.parametrize("word", ["START", "unstop", "Start."])
def test_start_begins_a_fresh_conversation_and_is_answered(sms_app, twilio, word):
    store = get_store(sms_app)
    with store.exchange(PARENT, "SMearlier") as exchange:
        exchange.save({"lang": "pl", "step": "age", "slots": {"needs": ["sleep"]}}, "earlier")
    sent = replies(twilio.text(word))
    assert len(sent) == 1 and "STOP" in sent[0] and "What would you like help with?" in sent[0]
    with store.exchange(PARENT, "SMpeek") as exchange:
        assert exchange.state["slots"]["needs"] == [] and exchange.state["step"] == "need"


def test_a_word_that_only_contains_stop_is_not_an_opt_out(sms_app, twilio):
    store = get_store(sms_app)
    with store.exchange(PARENT, "SMearlier") as exchange:
        exchange.save({"lang": "en"}, "earlier")
    twilio.text("please don't stop")
    with store.exchange(PARENT, "SMpeek") as exchange:
        assert exchange.state is not None


@pytest.mark.parametrize("missing", ["From", "MessageSid"])
def test_a_signed_request_missing_a_field_gets_400(twilio, missing):
    form = twilio.form("hello")
    del form[missing]
    assert twilio.post(form).status_code == 400


def test_a_huge_message_gets_a_calm_reply(twilio):
    [reply] = replies(twilio.text("sleep " * 300))
    assert "too long" in reply


@pytest.mark.parametrize("body", [
    b"From=%2B447700900123&MessageSid=SMjunk1&Body=%FF%FE%00%01\x00\x01",
    b"\x00\x01\x02\xff\xfe",
    b"%%%%&&&===",
], ids=["invalid-utf8-and-control-bytes", "binary-junk", "malformed-form"])
def test_junk_is_answered_calmly_never_with_a_500(twilio, body):
    response = twilio.client.post(
        "/sms", data=body, content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": "not-a-real-signature"})
    assert response.status_code == 403


def test_signed_junk_in_the_body_is_cleaned_before_anything_reads_it(twilio):
    response = twilio.text("\x00\x01\x7fSTOP\x00")
    assert replies(response) == []


def test_the_webhook_only_accepts_post(twilio):
    assert twilio.client.get("/sms").status_code == 405


def test_refusals_are_logged_without_the_number_or_the_text(twilio, caplog):
    caplog.set_level(logging.DEBUG)
    twilio.client.post("/sms", data=twilio.form("my secret words"))
    assert "signature" in caplog.text
    assert PARENT not in caplog.text
    assert "my secret words" not in caplog.text


@pytest.mark.parametrize(("signing_token", "expected"), [
    (TOKEN, 200), ("secondary-token-during-rotation", 200), ("some-other-token", 403)],
    ids=["primary", "secondary", "neither"])
def test_during_a_token_rotation_both_tokens_are_accepted(database, tmp_path, signing_token,
                                                          expected):
    app = create_app({"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": TOKEN,
                      "TWILIO_AUTH_TOKEN_SECONDARY": "secondary-token-during-rotation",
                      "INSTANCE_PATH": str(tmp_path / "i")})
    assert Twilio(app.test_client(), signing_token).text("STOP").status_code == expected


def test_a_secondary_token_alone_does_not_open_the_webhook(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "TWILIO_AUTH_TOKEN_SECONDARY": "secondary-token-during-rotation",
                      "INSTANCE_PATH": str(tmp_path / "i")})
    twilio = Twilio(app.test_client(), "secondary-token-during-rotation")
    assert twilio.text("STOP").status_code == 403


@pytest.mark.parametrize(("public", "signed"), [
    ("https://finder.example.org", "https://finder.example.org:443/sms"),
    ("https://finder.example.org:443", "https://finder.example.org/sms")],
    ids=["signed-with-port", "signed-without-port"])
def test_a_signature_over_the_url_with_or_without_its_port_is_accepted(database, tmp_path,
                                                                       public, signed):
    app = create_app({"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": TOKEN,
                      "INSTANCE_PATH": str(tmp_path / "i"), "PUBLIC_URL": public})
    assert replies(Twilio(app.test_client(), TOKEN, url=signed).text("STOP")) == []
    wrong_port = Twilio(app.test_client(), TOKEN, url="https://finder.example.org:8443/sms")
    assert wrong_port.text("STOP").status_code == 403


def test_a_form_sent_in_chunks_without_a_length_is_read_whole(twilio):
    from io import BytesIO
    from urllib.parse import urlencode

    form = twilio.form("STOP")
    signature = RequestValidator(TOKEN).compute_signature(twilio.url, form)
    response = twilio.client.post(
        "/sms", input_stream=BytesIO(urlencode(form).encode()),
        content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": signature, "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True, "CONTENT_LENGTH": ""})
    assert replies(response) == []


@pytest.mark.parametrize("setting", ["MAX_CONTENT_LENGTH", "MAX_FORM_MEMORY_SIZE"])
def test_a_body_past_either_size_limit_is_refused_before_it_is_read(twilio, setting):
    twilio.client.application.config[setting] = 2000
    form = twilio.form("sleep " * 400)
    assert twilio.post(form).status_code == 413
    assert replies(twilio.text("STOP")) == []  # a body within the limit still answered


def test_the_fields_are_signed_as_the_sdk_signs_a_multidict_and_a_dict():
    from urllib.parse import urlencode

    from flask import Flask, request
    from werkzeug.datastructures import MultiDict

    from finder.sms.signature import posted

    validator, url = RequestValidator(TOKEN), "https://finder.example.org/sms"
    pairs = [("Body", "hi & bye"), ("From", "+447700900123"), ("MediaUrl0", "b"),
             ("MediaUrl0", "a"), ("NumMedia", "2")]
    app = Flask(__name__)

    def read(body: list[tuple[str, str]]) -> tuple[dict[str, str], dict[str, list[str]]]:
        with app.test_request_context("/sms", method="POST", data=urlencode(body),
                                      content_type="application/x-www-form-urlencoded"):
            return posted(request._get_current_object(), app)

    fields, signed = read(pairs)
    form = MultiDict(pairs)
    assert fields == {name: form.get(name) for name in form}  # the first of repeated values
    ours = validator.compute_signature(url, signed)
    assert ours == validator.compute_signature(url, form)
    single = read([("Body", "hi"), ("From", "+447700900123")])[1]
    assert validator.compute_signature(url, single) == \
        validator.compute_signature(url, {"Body": "hi", "From": "+447700900123"})
    assert ours != validator.compute_signature(url, single)
