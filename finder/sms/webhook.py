"""`POST /sms`: the Twilio messaging webhook for SMS and WhatsApp (`From: whatsapp:+44...`).

Checks the signature, answers one TwiML reply.
"""

from __future__ import annotations

import traceback
from functools import lru_cache

from flask import Blueprint, Response, current_app
from twilio.twiml.messaging_response import MessagingResponse

from finder import usage
from finder.languages import DEFAULT_LANGUAGE
from finder.messages import parent as m
from finder.messages import say
from finder.sms import inbound, replies
from finder.sms.signature import posted_form, twilio_signed
from finder.state import get_store

bp = Blueprint("sms", __name__)

SORRY = m.WENT_WRONG
TWIML_CACHED = 1024  # replies' TwiML kept in each worker


@bp.post("/sms")
@twilio_signed
def webhook() -> Response:
    message = inbound.parse(posted_form())
    try:
        reply = inbound.respond(get_store(), replies.converse_for(message.channel), message,
                                current_app.config["RATE_SMS"], usage.take)
    except Exception as error:  # noqa: BLE001 - a parent always gets an answer, never silence
        log_failure(error)
        reply = say(DEFAULT_LANGUAGE, SORRY)
    return twiml(reply)


def twiml(reply: str) -> Response:
    """One `<Message>` per text of the reply; none for an empty reply (opt-out words)."""
    return Response(twiml_body(reply), content_type="application/xml")


@lru_cache(maxsize=TWIML_CACHED)
def twiml_body(reply: str) -> str:
    """The TwiML for `reply`, kept for the replies said most (questions, menus, a common
    search's results): only what the finder wrote itself, never what a parent sent."""
    response = MessagingResponse()
    for text in replies.split(reply):
        response.message(text)
    return str(response)


def log_failure(error: Exception) -> None:
    """Name the error and where it arose, never its message: that could quote the parent."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "unknown"
    current_app.logger.error("SMS turn failed: %s at %s", type(error).__name__, where)
