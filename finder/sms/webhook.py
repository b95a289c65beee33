"""`POST /sms`: the Twilio messaging webhook for SMS and WhatsApp (`From: whatsapp:+44...`).

Checks the signature, answers one TwiML reply.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from typing import Any

from flask import Blueprint, Flask, Response, current_app, request
from werkzeug.datastructures import Headers

from finder import usage
from finder.languages import DEFAULT_LANGUAGE
from finder.messages import parent as m
from finder.messages import say
from finder.sms import inbound, replies
from finder.sms.signature import posted_form, twilio_signed
from finder.state import get_store

bp = Blueprint("sms", __name__)

SORRY = m.WENT_WRONG
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@bp.post("/sms")
@twilio_signed
def webhook() -> Response:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    message = inbound.parse(posted_form(request._get_current_object(), app))  # type: ignore[attr-defined]
    try:
        reply = inbound.respond(get_store(app), replies.converse_for(message.channel), message,
                                app.config["RATE_SMS"], usage.take)
    except Exception as error:  # noqa: BLE001 - a parent always gets an answer, never silence
        log_failure(app, error)
        reply = say(DEFAULT_LANGUAGE, SORRY)
    return twiml(reply)


def twiml(reply: str) -> Response:
    """One `<Message>` per text of the reply; none for an empty reply (opt-out words)."""
    return Twiml(twiml_body(reply))


class Twiml(Response):
    """A TwiML answer: a body made whole, status 200, never a Location header, to a POST, with
    nothing to close (no file, no `call_on_close`)."""

    def __init__(self, body: str) -> None:
        """The response `Response(body, content_type="application/xml")` makes, with its two
        headers, in that order, given as one list: Werkzeug sets each through `Headers.set`,
        which scans for the name first, and the body's length again when it encodes it."""
        data = body.encode()
        headers = Headers([("Content-Type", "application/xml"),
                           ("Content-Length", str(len(data)))])
        super().__init__([data], headers=headers)

    def get_wsgi_headers(self, environ: Any) -> Headers:
        """The headers as they are: Werkzeug copies and checks every response's to make a
        Location absolute and fill in a length, and a TwiML answer has its length from its body
        and no Location (the copy cost as much as building the response)."""
        return self.headers

    def get_app_iter(self, environ: Any) -> Iterable[bytes]:
        """The body as it is, already encoded: Werkzeug hands every body on through a generator
        encoding each part and an iterator closing the response, which has nothing to close."""
        return self.response


def twiml_body(reply: str) -> str:
    """The TwiML for `reply`, character for character what the Twilio SDK's
    `MessagingResponse` writes (a test compares them), made by a template: the SDK builds an
    element tree and serialises it, several times the cost of the whole reply's rendering."""
    texts = replies.split(reply)
    if not texts:
        return f"{XML_DECLARATION}<Response />"
    messages = "".join([f"<Message>{xml_text(text)}</Message>" for text in texts])  # no generator
    return f"{XML_DECLARATION}<Response>{messages}</Response>"


def xml_text(text: str) -> str:
    """`text` escaped as ElementTree escapes an element's text, in three scans in C
    (`str.translate` with this table raised and caught a KeyError for every other letter)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def log_failure(app: Flask, error: Exception) -> None:
    """Name the error and where it arose, never its message: that could quote the parent."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "unknown"
    app.logger.error("SMS turn failed: %s at %s", type(error).__name__, where)
