"""Over the signed SMS webhook, in every language: ages said as grammar (duals, a lone unit,
"ek 3 ka", a birth told by when, a due month) answer the age question and keep the need; short
greetings keep the parent's language; Kurmanji and Romanian in Latin letters get the seven
languages, not an English welcome."""

from __future__ import annotations

import pytest
from sms_helpers import PARENT, replies

from finder.languages import NATIVE_NAMES
from finder.sms import get_store

NEED_ONLY = {
    "en": "he wont sleep", "pl": "dziecko nie chce spać", "gu": "મારું બાળક ઊંઘતું નથી",
    "pa": "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "ur": "بچہ سوتا نہیں", "so": "ilmahaygu ma seexdo",
    "ar": "طفلي لا ينام",
}
EXPECTING = None
# (language, the answer to "How old is your child?", the ages in months it gives)
ANSWERS = [
    ("en", "she'll be 4 next month", (47,)), ("en", "my son is in year one", (60,)),
    ("pl", "córka skończy 3 lata w maju", (35,)), ("pl", "termin mam na maj", EXPECTING),
    ("gu", "ek dikro 5 no ane dikri 2 ni", (60, 24)), ("gu", "dikro kale janmyo", (0,)),
    ("pa", "munda 4 da te kudi 2 di", (48, 24)), ("pa", "munda saal da ho gaya", (12,)),
    ("ur", "ek 3 ka aur ek 6 ka", (36, 72)), ("ur", "jun mein delivery hai", EXPECTING),
    ("ur", "beti saal bhar ki", (12,)), ("ur", "پرسوں پیدا ہوئی", (0,)),
    ("so", "uur baan ahay 5 bilood", EXPECTING), ("so", "wiilkaygu wuxuu dhashay isniintii", (0,)),
    ("ar", "عمره سنتين ونص", (30,)), ("ar", "بنت ٣ سنين وولد سنة", (36, 12)),
    ("ar", "عندي موعد ولادة الشهر الجاي", EXPECTING),
]


def state(app, number: str = PARENT) -> dict:
    with get_store(app).exchange(number, "SMpeek") as exchange:
        return exchange.state


@pytest.mark.parametrize(("language", "answer", "ages"), ANSWERS,
                         ids=[f"{lang}-{text}" for lang, text, _ in ANSWERS])
def test_an_age_said_as_grammar_answers_the_question_and_keeps_the_need(sms_app, twilio,
                                                                        language, answer, ages):
    replies(twilio.text(NEED_ONLY[language]))
    assert state(sms_app)["step"] == "age"
    replies(twilio.text(answer))
    slots = state(sms_app)["slots"]
    assert slots["needs"] == ["sleep"]
    if ages is EXPECTING:
        assert slots["expecting"] and slots["ages"] == []
    else:
        assert sorted(slots["ages"]) == sorted(ages) and not slots["expecting"]
    assert state(sms_app)["step"] == "place"


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
