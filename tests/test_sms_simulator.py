"""`/sms/simulator`: a phone screen that goes through the real, signed webhook."""

from __future__ import annotations

import re

import pytest
from pages import check_page

from finder import create_app
from finder.sms import get_store
from finder.sms.sender import get_sender


@pytest.fixture
def local_app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "INSTANCE_PATH": str(tmp_path / "instance")})


def csrf_token(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def send(client, text: str, previous: str):
    form = {"csrf_token": csrf_token(previous), "body": text, "send": "Send",
            "bubble": re.findall(r'name="bubble" value="([^"]*)"', previous)}
    return client.post("/sms/simulator", data=form)


def test_the_simulator_page_is_a_well_formed_page(local_app):
    response = local_app.test_client().get("/sms/simulator")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    check_page(html, "en")
    assert "<script" not in html
    assert '<label for="body">' in html


def test_a_message_goes_through_the_signed_webhook_and_shows_on_the_phone(local_app):
    client = local_app.test_client()
    page = send(client, "STOP", client.get("/sms/simulator").get_data(as_text=True))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Twilio answers this word itself" in html
    assert "the webhook answered" not in html


def test_a_post_without_the_form_token_is_refused(local_app):
    response = local_app.test_client().post("/sms/simulator", data={"body": "hello"})
    assert response.status_code == 400


def test_messages_sent_to_the_simulated_phone_appear_on_it(local_app):
    client = local_app.test_client()
    client.get("/sms/simulator")
    with client.session_transaction() as session:
        number = session["sms_number"]
    with local_app.app_context():
        get_sender(local_app).send(number, "A worker texted you: Baby Steps")
    assert "A worker texted you: Baby Steps" in client.get("/sms/simulator").get_data(
        as_text=True)
    assert get_store(local_app).outbox(number)


def test_the_simulator_is_not_served_when_twilio_is_configured(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "TWILIO_AUTH_TOKEN": "real",
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    assert app.test_client().get("/sms/simulator").status_code == 404
