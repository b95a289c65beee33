"""Over the signed SMS webhook: short greetings keep the parent's language; Kurmanji and
Romanian in Latin letters get the seven languages, not an English welcome; a mixed or short
age answer keeps the language of the talk and the need. (Ages said as
grammar answering the age question are in test_conversation_context's table.)"""

from __future__ import annotations

import pytest
from sms_helpers import replies
from test_conversation_context import NEED_ONLY, state

from finder.conversation.filling import together
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


# (language, an answer naming two children of one age, the ages in months): twins or two
# children stay two in the slots, in every language
TWO_OF_AN_AGE = [
    ("en", "twins aged 6", (72, 72)), ("en", "my son is 6 and my daughter is 6", (72, 72)),
    ("pl", "bliźniaki mają 6 lat", (72, 72)), ("gu", "judva 6 varas na", (72, 72)),
    ("pa", "jorhe 6 saal de", (72, 72)), ("ur", "judwa bache 6 saal ke", (72, 72)),
    ("so", "mataano 6 jir ah", (72, 72)), ("ar", "عندي توأم عمرهم ٦ سنين", (72, 72)),
    ("ar", "عندي ولد ٤ سنين وبنت ٤ سنين", (48, 48)),
    ("ar", "3andi taw2am 3omrhom 5 snin", (60, 60)),
]


@pytest.mark.parametrize(("language", "answer", "ages"), TWO_OF_AN_AGE,
                         ids=[f"{lang}-{text}" for lang, text, _ in TWO_OF_AN_AGE])
def test_twins_or_two_children_of_one_age_stay_two(sms_app, twilio, language, answer, ages):
    replies(twilio.text(NEED_ONLY[language]))
    replies(twilio.text(answer))
    assert state(sms_app)["slots"]["ages"] == sorted(ages)


@pytest.mark.parametrize(("answer", "again"), [
    ("she is 3. 3 years old", "she's 3 and cries at night"), ("he's 6, yes 6", "he is 6")])
def test_an_age_said_again_is_one_child(sms_app, twilio, answer, again):
    replies(twilio.text(NEED_ONLY["en"]))
    replies(twilio.text(answer))
    assert len(state(sms_app)["slots"]["ages"]) == 1
    replies(twilio.text(again))
    assert len(state(sms_app)["slots"]["ages"]) == 1


def test_twins_told_again_in_a_later_message_stay_two(sms_app, twilio):
    replies(twilio.text(NEED_ONLY["en"]))
    replies(twilio.text("twins aged 4"))
    replies(twilio.text("they are 4 and won't sleep"))
    assert state(sms_app)["slots"]["ages"] == [48, 48]


@pytest.mark.parametrize(("kept", "said", "ages"), [
    ([], [24], [24]), ([24], [24], [24]), ([24], [36], [24, 36]), ([24, 24], [24], [24, 24]),
    ([24], [24, 24], [24, 24]), ([12, 36], [36, 36, 60], [12, 36, 36, 60]), ([5], [], [5])],
    ids=["first", "said-again", "second-child", "twins-kept", "twins-said", "mixed", "none"])
def test_ages_said_again_are_no_new_children_and_twins_stay_two(kept, said, ages):
    assert sorted(together(kept, said)) == ages
