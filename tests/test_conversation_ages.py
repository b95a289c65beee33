"""Over the signed SMS webhook: short greetings keep the parent's language; Kurmanji and
Romanian in Latin letters get the seven languages, not an English welcome. (Ages said as
grammar answering the age question are in test_conversation_context's table.)"""

from __future__ import annotations

import pytest
from sms_helpers import replies
from test_conversation_context import state

from finder.languages import NATIVE_NAMES


@pytest.mark.parametrize(("greeting", "language"), [
    ("asc", "ur"), ("shukriya", "ur"), ("ssa", "pa"), ("asc walaal", "so"), ("witam", "pl"),
    ("kem cho ben", "gu"), ("marhaba", "ar")])
def test_a_short_greeting_is_answered_in_its_language(sms_app, twilio, greeting, language):
    replies(twilio.text(greeting))
    assert state(sms_app)["lang"] == language


@pytest.mark.parametrize("text", ["zarokê min naxwe", "ez alîkarî dixwazim",
                                  "mama nu doarme deloc"])
def test_kurmanji_or_romanian_in_latin_letters_gets_the_seven_languages(sms_app, twilio, text):
    sent = "\n".join(replies(twilio.text(text)))
    assert all(name in sent for name in NATIVE_NAMES.values())
    assert state(sms_app)["step"] == "choose_language"
