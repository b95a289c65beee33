""""Text me these": a form taking a UK mobile number, used once to send and then forgotten.

The number goes to the sender and nowhere else: not into a log, a session or a page.
"""

from __future__ import annotations

import re

from flask import current_app
from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import ValidationError

from finder.sms.sender import get_sender

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
        raise ValidationError(lazy_gettext("Please enter a mobile number."))
    if uk_mobile(field.data) is None:
        raise ValidationError(lazy_gettext(
            "Please enter a UK mobile number, like 07700 900123."))


class TextMeForm(FlaskForm):
    """One mobile number; the CSRF token comes with FlaskForm."""

    phone = StringField(lazy_gettext("Mobile number"), validators=[check_uk_mobile])


def send_text(number: str, body: str) -> bool:
    """Send `body` once to a checked number; a failure is logged without the number or body."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        get_sender(app).send(number, body)
    except Exception as error:  # noqa: BLE001 - the parent gets a calm message, never a 500
        app.logger.warning("Could not send a text: %s", type(error).__name__)
        return False
    return True
