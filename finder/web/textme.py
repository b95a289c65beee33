""""Text me these": a form taking a UK mobile number, used once to send and then forgotten.

The number goes to the sender and nowhere else: not into a log, a session or a page. Before
sending, the text limits are counted (`finder.limits.text_wait`; the number only as an HMAC) and
the text keeps as many whole services as fit in `MAX_SEGMENTS`, then the link back to the
results.
"""

from __future__ import annotations

import re

from flask import current_app
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import ValidationError

from finder.errors import TryLater
from finder.limits import text_wait
from finder.messages import parent as m
from finder.sms.segments import fits, plain
from finder.sms.sender import get_sender

# One text costs at most this many segments; past it the text is cut, keeping the link.
MAX_SEGMENTS = 4

_SEPARATORS = re.compile(r"[\s().-]")
_UK_MOBILE = re.compile(r"7(?:[1-57-9][0-9]{8}|624[0-9]{6})")  # 070, 076: not mobiles (but 07624)
_PREFIXES = ("+44", "0044", "44", "0")


def uk_mobile(raw: str) -> str | None:
    """The number in +447… form when `raw` is a UK mobile number, else None."""
    number = _SEPARATORS.sub("", raw or "")
    for prefix in _PREFIXES:
        if number.startswith(prefix):
            rest = number[len(prefix):]
            if _UK_MOBILE.fullmatch(rest):
                return "+44" + rest
    return None


def check_uk_mobile(_form: FlaskForm, field: StringField) -> None:
    if not (field.data or "").strip():
        raise ValidationError(lazy_gettext(m.MOBILE_MISSING))
    if uk_mobile(field.data) is None:
        raise ValidationError(lazy_gettext(m.MOBILE_NOT_UK))


class TextMeForm(FlaskForm):
    """One mobile number; the CSRF token comes with FlaskForm."""

    phone = StringField(lazy_gettext(m.MOBILE_LABEL), validators=[check_uk_mobile])


def results_link(path: str) -> str:
    """The link back to the results: only under FINDER_PUBLIC_URL, never a Host a client sent."""
    public = current_app.config.get("PUBLIC_URL")
    return public.rstrip("/") + path if public else ""


def fitted(body: str, link: str) -> str:
    """`body` and then `link` within `MAX_SEGMENTS`: whole services (paragraphs) dropped from
    the end until it fits, never a sentence cut; the link always survives whole."""
    tail = f"\n{link}" if link else ""
    paragraphs = plain(body).split("\n\n")
    for count in range(len(paragraphs), 0, -1):
        text = "\n\n".join(paragraphs[:count]) + tail
        if fits(text, MAX_SEGMENTS):
            return text
    return paragraphs[0] + tail  # one service alone, sent whole even if longer


def send_text(number: str, body: str, link: str = "", worker_id: int | None = None) -> bool:
    """Send `body` once to a checked number, within the text limits (else `TryLater`).

    A failure to send is logged without the number or the body.
    """
    wait = text_wait(number, worker_id)
    if wait:
        raise TryLater(description=gettext(m.NO_MORE_TEXTS), retry_after=wait)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        get_sender(app).send(number, fitted(body, link))
    except Exception as error:  # noqa: BLE001 - the parent gets a calm message, never a 500
        app.logger.warning("Could not send a text: %s", type(error).__name__)
        return False
    return True
