"""Over the signed SMS webhook: short greetings keep the parent's language; Kurmanji and
Romanian in Latin letters get the seven languages, not an English welcome; a mixed or short
age answer keeps the language of the talk and the need. (Ages said as
grammar answering the age question are in test_conversation_context's table.)"""

from __future__ import annotations

import pytest
from sms_helpers import replies
from test_conversation_context import NEED_ONLY, state

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


EXPECTING = None
# (language of the talk, an answer to the age question in it, mixed or short as parents write,
# the ages in months it gives): each keeps the language of the talk and the need already given
MIXED_ANSWERS = [
    ("en", "2 boys aged 7 and 10", (84, 120)), ("en", "3 kids, the youngest is 2", (24,)),
    ("pl", "syn 7 lat, córka 4", (84, 48)), ("pl", "partnerka jest w 28 tygodniu", EXPECTING),
    ("gu", "nursery ma che ane september ma reception ma jashe", (36,)),
    ("gu", "બેબી 10 દિવસનું છે", (0,)), ("pa", "dooja baccha 7 saal da hai", (84,)),
    ("pa", "main 7 mahine pregnant haan", EXPECTING), ("ur", "biwi ko 28 hafte ho gaye", EXPECTING),
    ("ur", "3 hafte pehle hui", (0,)), ("so", "gabar 7 jir ah iyo wiil 3 jir", (84, 36)),
    ("ar", "binti 3omrha sanateen", (24,)), ("ar", "٣٤ اسبوع مع التاني", EXPECTING),
]


@pytest.mark.parametrize(("language", "answer", "ages"), MIXED_ANSWERS,
                         ids=[f"{lang}-{text}" for lang, text, _ in MIXED_ANSWERS])
def test_a_mixed_age_answer_keeps_the_language_and_the_need(sms_app, twilio, language, answer,
                                                            ages):
    replies(twilio.text(NEED_ONLY[language]))
    replies(twilio.text(answer))
    talk = state(sms_app)
    assert talk["lang"] == language and talk["slots"]["needs"] == ["sleep"]
    if ages is EXPECTING:
        assert talk["slots"]["expecting"] and talk["slots"]["ages"] == []
    else:
        assert sorted(talk["slots"]["ages"]) == sorted(ages) and not talk["slots"]["expecting"]
