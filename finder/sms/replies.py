"""A conversation turn for SMS or WhatsApp: the engine's replies as the texts to send.

SMS: texts of at most three segments each. Nothing is ever cut: the engine is told what fits
(`fits_sms`), so it offers fewer results rather than overflow; replies that still do not fit
in one text go on in a second one (two `<Message>` elements in the TwiML), whole replies
first, then whole lines, then sentences. WhatsApp has no segments: a page of results with
what each service is and every way to reach it, in one message of up to `WHATSAPP_LENGTH`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from finder.conversation import take_turn
from finder.conversation.render import render
from finder.conversation.types import Reply
from finder.directory.tools import get_tools
from finder.sms.segments import MAX_SEGMENTS, fits, pack, pieces, plain, polish_plain
from finder.usage import Recording

# Between the texts of one turn as the exchange store keeps them (never in a message).
MESSAGE_BREAK = "\x1e"
WHATSAPP_LENGTH = 1600  # characters: Twilio's limit for one message body, and enough to read


def converse(state: dict[str, Any] | None, text: str) -> tuple[dict[str, Any], str]:
    """Take one turn of the conversation engine; its texts joined by `MESSAGE_BREAK`. The
    state is the turn's own (read from the store for it), so it is not copied first."""
    sms = SmsTexts()
    turn = take_turn(state, text, Recording(get_tools(), "sms"), fits=sms.fits, owned=True)
    return turn.state, MESSAGE_BREAK.join(sms.texts(turn.replies))


def converse_for(channel: str) -> Callable[[dict[str, Any] | None, str],
                                           tuple[dict[str, Any], str]]:
    """The turn for the channel a message came in on ("sms" or "whatsapp")."""
    return converse_whatsapp if channel == "whatsapp" else converse


def converse_whatsapp(state: dict[str, Any] | None, text: str) -> tuple[dict[str, Any], str]:
    """One turn for WhatsApp: no segment budget, fuller results, the same conversation."""
    turn = take_turn(state, text, Recording(get_tools(), "whatsapp"), fits=fits_whatsapp,
                     owned=True)
    return turn.state, MESSAGE_BREAK.join(whatsapp_texts(turn.replies))


def whatsapp_texts(replies: Iterable[Reply]) -> list[str]:
    """The replies as WhatsApp messages: results with what each service is in full."""
    parts = [render(fuller(reply)) for reply in replies]
    return pack(parts, limit=0, fits_one=lambda text: len(text) <= WHATSAPP_LENGTH)


def fuller(reply: Reply) -> Reply:
    """A results reply with each service's whole description instead of its short line."""
    if reply.kind != "results":
        return reply
    items = [{**item, "what": item.get("about") or item["what"]} for item in reply.data["items"]]
    return Reply(reply.kind, reply.language, {**reply.data, "items": items})


def fits_whatsapp(replies: tuple[Reply, ...]) -> bool:
    return len(whatsapp_texts(replies)) <= 1


def sms_text(text: str, language: str) -> str:
    """A rendered reply as it is sent: plain typography, Polish without diacritics."""
    text = plain(text)
    return polish_plain(text) if language == "pl" else text


def texts(replies: Iterable[Reply], limit: int = MAX_SEGMENTS) -> list[str]:
    """The replies as texts of at most `limit` segments, in order, no sentence cut."""
    return SmsTexts(limit).texts(replies)


class SmsTexts:
    """One turn's replies as texts: each reply rendered and split once, however many pages
    the engine tries against what was said before them."""

    def __init__(self, limit: int = MAX_SEGMENTS) -> None:
        self.limit = limit
        self.made: dict[int, tuple[Reply, list[str]]] = {}  # the reply kept: its id stays its own
        self.fitting: dict[str, bool] = {}

    def pieces(self, reply: Reply) -> list[str]:
        found = self.made.get(id(reply))
        if found is None or found[0] is not reply:
            found = self.made[id(reply)] = (reply, pieces(
                sms_text(render(reply), reply.language), self.limit, self.fits_one))
        return found[1]

    def texts(self, replies: Iterable[Reply]) -> list[str]:
        return pack([piece for reply in replies for piece in self.pieces(reply)], self.limit,
                    fits_one=self.fits_one)

    def fits(self, replies: tuple[Reply, ...]) -> bool:
        """Whether `replies` fit in one text message of at most `limit` segments."""
        found = self.texts(replies)  # a text of several parts was packed only because it fits
        return not found or len(found) == 1 and self.fits_one(found[0])

    def fits_one(self, text: str) -> bool:
        """Whether `text` fits in `limit` segments, each text measured once a turn (the pages
        tried, the turn's texts and the check of a page join and measure the same ones)."""
        found = self.fitting.get(text)
        if found is None:
            found = self.fitting[text] = fits(text, self.limit)
        return found


def split(reply: str) -> list[str]:
    """The texts of a stored reply (empty: none)."""
    return [text for text in reply.split(MESSAGE_BREAK) if text]


def fits_sms(replies: tuple[Reply, ...]) -> bool:
    """Whether `replies` fit in one text message of at most three segments."""
    return SmsTexts().fits(replies)
