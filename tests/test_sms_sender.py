"""Sending a text: through Twilio's REST API when configured, else into the local outbox."""

from __future__ import annotations

import json
import logging

import pytest
from twilio.http import HttpClient
from twilio.http.response import Response

from finder import create_app
from finder.sms import get_store
from finder.sms.sender import OutboxSender, TwilioSender, get_sender

ACCOUNT = "AC" + "1" * 32
FROM = "+447700900000"
PARENT = "+447700900123"


class RecordingHttpClient(HttpClient):
    """Twilio's own extension point for transports: records the request, sends nothing."""

    def __init__(self) -> None:
        super().__init__(logging.getLogger("twilio.test"), is_async=False)
        self.requests: list[dict] = []

    def request(self, method, uri, params=None, data=None, headers=None, auth=None,
                timeout=None, allow_redirects=False):
        self.requests.append({"method": method, "uri": uri, "data": data, "auth": auth})
        body = {"sid": "SM" + "a" * 32, "account_sid": ACCOUNT, "to": data["To"],
                "from": data["From"], "body": data["Body"], "status": "queued",
                "num_segments": "1", "direction": "outbound-api"}
        return Response(201, json.dumps(body))


def app_with(database, tmp_path, **config):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "INSTANCE_PATH": str(tmp_path / "instance"), **config})


def test_the_twilio_sender_posts_the_message_to_the_account_messages_resource():
    http = RecordingHttpClient()
    sender = TwilioSender(ACCOUNT, "auth-token", FROM, http_client=http)
    assert sender.send("+44 7700 900123", "Family hub: ask about Baby Steps") == "SM" + "a" * 32
    [sent] = http.requests
    assert sent["method"] == "POST"
    assert sent["uri"] == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert sent["data"] == {"To": PARENT, "From": FROM,
                            "Body": "Family hub: ask about Baby Steps"}
    assert sent["auth"] == (ACCOUNT, "auth-token")


def test_the_outbox_sender_keeps_the_message_for_the_simulator(database, tmp_path):
    app = app_with(database, tmp_path)
    sender = get_sender(app)
    assert isinstance(sender, OutboxSender)
    message_id = sender.send(PARENT, "Try the stay and play group")
    [kept] = get_store(app).outbox(PARENT)
    assert kept["id"] == message_id
    assert kept["body"] == "Try the stay and play group"
    assert kept["last_digits"] == "123"


@pytest.mark.parametrize(("config", "kind"), [
    ({"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM": FROM},
     TwilioSender),
    ({"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t"}, OutboxSender),
    ({}, OutboxSender),
], ids=["all-three-set", "no-from-number", "nothing-set"])
def test_twilio_is_used_only_when_fully_configured(database, tmp_path, config, kind):
    assert isinstance(get_sender(app_with(database, tmp_path, **config)), kind)


@pytest.mark.parametrize("number", ["", "hello", "+44", "07700 900123; rm -rf /"],
                         ids=["empty", "words", "too-short", "junk-after"])
def test_a_malformed_number_is_refused_before_anything_is_sent(number):
    http = RecordingHttpClient()
    with pytest.raises(ValueError, match="not a phone number"):
        TwilioSender(ACCOUNT, "auth-token", FROM, http_client=http).send(number, "Hello")
    assert http.requests == []
