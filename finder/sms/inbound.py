"""One inbound text applied to its number's conversation: opt-out words, retries, the budget.

Twilio answers its own opt-out words, so those erase the conversation and get an empty reply;
START (opting in again) begins a fresh conversation with the welcome and the first question.
Everything else takes one turn, and the reply is fitted to the three-segment budget before it
is stored against the message id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from werkzeug.exceptions import BadRequest

from finder.languages import DEFAULT_LANGUAGE, LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.state import NO_LIMIT, Limit, Store

OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
                     "OPTOUT"})
OPT_IN = frozenset({"START", "UNSTOP"})
KEYWORDS = OPT_OUT | OPT_IN
MAX_BODY = 1600  # the longest message Twilio delivers as one inbound text
MAX_FIELD = 64
WHATSAPP = "whatsapp:"  # how Twilio names a WhatsApp sender in `From`
# Twilio's message ids: SM (text) or MM (media), then 32 hex digits. Anything else is not a
# message Twilio sent, whatever else the request carries.
MESSAGE_ID = re.compile(r"(?:SM|MM)[0-9a-fA-F]{32}")
# Control characters other than newline and tab are junk on a phone; drop them before anything.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")

TOO_LONG, SLOW_DOWN = m.TOO_LONG, m.SLOW_DOWN

# (state, text) -> (new state, reply text already within the budget)
Converse = Callable[[dict[str, Any] | None, str], tuple[dict[str, Any], str]]


class Inbound(NamedTuple):
    """The parts of a Twilio webhook the finder uses (a named tuple: made for every text, at
    half the cost of a frozen dataclass, which sets each field through `object.__setattr__`)."""

    number: str  # without any channel prefix: one parent, one conversation on either channel
    message_id: str
    text: str
    channel: str = "sms"  # or "whatsapp" (From: whatsapp:+44...)


def parse(form: Mapping[str, str]) -> Inbound:
    """The inbound message in `form`, or a 400 naming nothing a parent wrote."""
    sender = form.get("From", "").strip()
    channel, number = ("whatsapp", sender[len(WHATSAPP):]) if sender.startswith(WHATSAPP) \
        else ("sms", sender)
    message_id = form.get("MessageSid", "").strip()
    if not number or len(sender) > MAX_FIELD:
        raise BadRequest("From is missing or malformed.")
    if not MESSAGE_ID.fullmatch(message_id):
        raise BadRequest("MessageSid is missing or malformed.")
    body = form.get("Body", "")
    # every character CONTROL names is unprintable: most bodies need no pass of it
    return Inbound(number, message_id, (body if body.isprintable() else CONTROL.sub("", body))
                   .strip(), channel)


def keyword(text: str) -> str:
    """The message as a Twilio keyword: the whole text, upper case, without end punctuation."""
    return text.strip().rstrip(".!").strip().upper()


def language_of(state: dict[str, Any] | None) -> str:
    # The conversation keeps its language as "lang".
    language = (state or {}).get("lang") or (state or {}).get("language")
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def respond(store: Store, converse: Converse, inbound: Inbound,
            limit: Limit = NO_LIMIT, counted: Callable[[], list[dict[str, str]]] = list) -> str:
    """The reply to `inbound`, applying it to the conversation at most once.

    The message counts against the sender's `limit` (opt-out words are never limited) and the
    usage rows `counted()` returns after the turn are written with it, in one write.
    """
    said = keyword(inbound.text)
    opting = said in KEYWORDS
    with store.exchange(inbound.number, inbound.message_id,
                        NO_LIMIT if opting else limit) as exchange:
        if exchange.answered is not None:
            return exchange.answered
        if not exchange.verdict.allowed:
            # Calm once, then silence until the window passes; the conversation does not move.
            return say(language_of(exchange.state), SLOW_DOWN) if exchange.verdict.first_refused \
                else ""
        if said in OPT_OUT:
            exchange.erase()
            return ""
        if opting:  # START: a fresh conversation, greeted
            state, reply = converse(None, "")
            exchange.save(state, reply)
            return reply
        if len(inbound.text) > MAX_BODY:
            reply = say(language_of(exchange.state), TOO_LONG)
            exchange.remember(reply)
            return reply
        state, reply = converse(exchange.state, inbound.text)
        exchange.save(state, reply)
        exchange.count(counted())
        return reply
