"""Sending signed webhook requests as Twilio does, for the SMS tests."""

from __future__ import annotations

import hashlib
import itertools
from xml.etree import ElementTree

from twilio.request_validator import RequestValidator

PARENT = "+447700900123"
TOKEN = "twilio-auth-token-for-tests"  # the Twilio auth token the sms_app fixture uses
FINDER = "+447700900000"
_ids = itertools.count(1)


def named_sid(name: str) -> str:
    """A message id shaped like Twilio's (SM and 32 hex digits), the same for the same name."""
    return "SM" + hashlib.sha256(name.encode()).hexdigest()[:32]


def message_id() -> str:
    return f"SM{next(_ids):032x}"


class Twilio:
    """Posts to `/sms` with the form fields and signature Twilio would send."""

    def __init__(self, client, token: str, url: str = "http://localhost/sms") -> None:
        self.client, self.token, self.url = client, token, url

    def form(self, body: str, number: str = PARENT, sid: str | None = None) -> dict[str, str]:
        return {"From": number, "To": FINDER, "Body": body, "NumMedia": "0",
                "MessageSid": sid or message_id(), "AccountSid": "AC" + "0" * 32}

    def post(self, form: dict[str, str], signature: str | None = None, **kwargs):
        if signature is None:
            signature = RequestValidator(self.token).compute_signature(self.url, form)
        return self.client.post("/sms", data=form, headers={"X-Twilio-Signature": signature},
                                **kwargs)

    def text(self, body: str, number: str = PARENT, sid: str | None = None):
        return self.post(self.form(body, number, sid))


def replies(response) -> list[str]:
    """The messages in a TwiML answer, read with the XML parser."""
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = ElementTree.fromstring(response.get_data())  # noqa: S314 - our own test output
    assert root.tag == "Response"
    found = [message.text or "" for message in root.iter("Message")]
    assert not [text for text in found if is_cut(text)], found
    return found


def is_cut(text: str) -> bool:
    """Whether a text ends the way a cut one does (never, in anything the finder sends)."""
    return text.rstrip().endswith(("...", "\u2026"))
