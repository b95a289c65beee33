"""Context in every language over the signed webhook: a message that answers another question
than the one asked keeps what it gives, a second child adds a child, a new request or a
corrected place replaces the old one, a result's number opens it, and commands while a choice
waits show the choice again."""

from __future__ import annotations

import pytest
from sms_helpers import PARENT, replies

from finder.conversation import commands
from finder.conversation.render import render
from finder.conversation.types import Reply
from finder.languages import LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.sms import get_store
from finder.sms.replies import sms_text

# Each case in every language, and romanised Gujarati, Punjabi and Urdu (written "gu-Latn").
SPOKEN = [*LANGUAGES, "gu-Latn", "pa-Latn", "ur-Latn"]
NEED_ONLY = {
    "en": "he wont sleep", "pl": "dziecko nie chce spać", "gu": "મારું બાળક ઊંઘતું નથી",
    "pa": "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "ur": "بچہ سوتا نہیں", "so": "ilmahaygu ma seexdo",
    "ar": "طفلي لا ينام", "gu-Latn": "maro dikro sooto nathi", "pa-Latn": "mera putt saunda nahi",
    "ur-Latn": "bacha sota nahi",
}
GREETING = {
    "en": "hello", "pl": "dzień dobry", "gu": "નમસ્તે", "pa": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ur": "السلام علیکم",
    "so": "salaan", "ar": "مرحبا", "gu-Latn": "kem cho", "pa-Latn": "sat sri akal",
    "ur-Latn": "salaam",
}
# Loughborough as a parent types it: in its own script where the language has one.
LOUGHBOROUGH = {"gu": "લફબરો", "pa": "ਲਫਬਰੋ", "ur": "لفبرو", "ar": "لفبرا"}
AGE_THREE = {
    "en": "she is 3", "pl": "ma 3 lata", "gu": "3 વર્ષની છે", "pa": "3 ਸਾਲ ਦੀ ਹੈ",
    "ur": "3 سال کی ہے", "so": "waa 3 jir", "ar": "عمرها 3 سنوات", "gu-Latn": "3 varas ni che",
    "pa-Latn": "3 saal di hai", "ur-Latn": "3 saal ki hai",
}
TANTRUMS = {
    "en": "tantrums too", "pl": "i ma napady złości", "gu": "અને જીદ કરે છે",
    "pa": "ਤੇ ਜ਼ਿੱਦ ਕਰਦਾ ਹੈ", "ur": "اور ضد کرتا ہے", "so": "wuxuu leeyahay xanaaq",
    "ar": "وعنده نوبات غضب", "gu-Latn": "ane jid kare che", "pa-Latn": "te zid karda hai",
    "ur-Latn": "aur zid karta hai",
}
SECOND_CHILD = {
    "en": "and my other one is 7", "pl": "a drugie dziecko ma 7 lat",
    "gu": "બીજું બાળક 7 વર્ષનું છે", "pa": "ਦੂਜਾ ਬੱਚਾ 7 ਸਾਲ ਦਾ ਹੈ", "ur": "دوسرا بچہ 7 سال کا ہے",
    "so": "kan kale waa 7 jir", "ar": "والثاني عمره 7 سنوات",
    "gu-Latn": "biju balak 7 varas nu che", "pa-Latn": "dooja baccha 7 saal da hai",
    "ur-Latn": "dusra bacha 7 saal ka hai",
}
NEW_REQUEST = {
    "en": "actually it's about my eldest, she is 15 and won't talk to us",
    "pl": "właściwie chodzi o najstarszą, ma 15 lat i ciągle się kłócimy",
    "gu": "ખરેખર મારી મોટી દીકરી વિશે છે, 15 વર્ષની છે અને વાત નથી કરતી",
    "pa": "ਅਸਲ ਵਿੱਚ ਮੇਰੀ ਵੱਡੀ ਧੀ ਬਾਰੇ ਹੈ, 15 ਸਾਲ ਦੀ ਹੈ ਤੇ ਗੱਲ ਨਹੀਂ ਕਰਦੀ",
    "ur": "اصل میں بڑی بیٹی کی بات ہے، 15 سال کی ہے اور بات نہیں کرتی",
    "so": "dhab ahaantii waa gabadhayda curad, 15 jir ayay tahay mana la hadasho",
    "ar": "في الواقع الموضوع عن ابنتي الكبرى، عمرها 15 سنة ولا تكلمنا",
    "gu-Latn": "kharekhar moti dikri vishe che, 15 varas ni che ane vaat nathi karti",
    "pa-Latn": "asal vich meri vaddi dhee bare hai, 15 saal di hai te gall nahi kardi",
    "ur-Latn": "asal mein bari beti ki baat hai, 15 saal ki hai aur baat nahi karti",
}
HINCKLEY_MEANT = {
    "en": "no, I meant Hinckley", "pl": "nie, chodziło mi o Hinckley",
    "gu": "ના, મારો મતલબ હિંકલી", "pa": "ਨਹੀਂ, ਮੇਰਾ ਮਤਲਬ ਹਿੰਕਲੀ", "ur": "نہیں، میرا مطلب ہنکلی تھا",
    "so": "maya, waxaan ula jeeday Hinckley", "ar": "لا، قصدت هينكلي",
    "gu-Latn": "na, maro matlab Hinckley", "pa-Latn": "nahi, mera matlab Hinckley",
    "ur-Latn": "nahi, mera matlab Hinckley tha",
}


def language(case: str) -> str:
    return case.split("-")[0]


def state(app) -> dict:
    with get_store(app).exchange(PARENT, "SMpeek") as exchange:
        return exchange.state


def text_of(twilio, body: str) -> str:
    return "\n".join(replies(twilio.text(body)))


def sent(kind: str, case: str, **data) -> str:
    """A reply as the parent's phone shows it (plain typography, Polish without accents)."""
    return sms_text(render(Reply(kind, language(case), data)), language(case))


def at_results(twilio, case: str) -> str:
    """A conversation in `case` up to its results for a 3-year-old's sleep in Oakham."""
    text_of(twilio, NEED_ONLY[case])
    text_of(twilio, "3")
    return text_of(twilio, "Oakham")


@pytest.mark.parametrize("case", SPOKEN)
def test_a_place_given_to_the_need_question_is_kept_said_and_the_need_asked_again(
        sms_app, twilio, case):
    text_of(twilio, GREETING[case])
    answer = text_of(twilio, LOUGHBOROUGH.get(case, "Loughborough"))
    assert sent("place_noted", case, place="Loughborough") in answer
    assert sent("ask_need", case) in answer
    assert state(sms_app)["slots"]["place"]["district"] == "charnwood"
    assert state(sms_app)["lang"] == language(case)


@pytest.mark.parametrize("case", SPOKEN)
def test_a_place_given_to_the_need_menu_is_kept_and_the_menu_shown_again(sms_app, twilio,
                                                                       case):
    text_of(twilio, GREETING[case])
    text_of(twilio, "asdf")
    text_of(twilio, "qwerty")
    assert state(sms_app)["step"] == "choose_need"
    answer = text_of(twilio, "LE11 3AB")
    assert sent("place_noted", case, place="LE11") in answer and "3AB" not in answer
    assert state(sms_app)["step"] == "choose_need"
    assert state(sms_app)["slots"]["place"]["district"] == "charnwood"
    assert text_of(twilio, "1")  # the menu's first need: the age comes next, not the place
    assert state(sms_app)["step"] == "age"


@pytest.mark.parametrize("case", SPOKEN)
def test_a_place_given_to_the_age_question_is_kept_and_the_age_asked_again(sms_app, twilio,
                                                                         case):
    text_of(twilio, NEED_ONLY[case])
    answer = text_of(twilio, LOUGHBOROUGH.get(case, "Loughborough"))
    assert sent("place_noted", case, place="Loughborough") in answer
    assert sent("ask_age", case) in answer
    assert state(sms_app)["slots"]["needs"] == ["sleep"]
    assert "1." in text_of(twilio, "3")  # then results: the place is not asked for again


@pytest.mark.parametrize("case", SPOKEN)
def test_an_age_given_to_the_need_question_is_kept(sms_app, twilio, case):
    text_of(twilio, GREETING[case])
    text_of(twilio, AGE_THREE[case])
    assert state(sms_app)["slots"]["ages"] == [36] and state(sms_app)["step"] == "need"
    text_of(twilio, NEED_ONLY[case])
    assert state(sms_app)["slots"]["needs"] == ["sleep"] and state(sms_app)["step"] == "place"


@pytest.mark.parametrize("case", SPOKEN)
def test_a_need_given_to_the_age_question_adds_to_the_first_and_the_age_is_asked_again(
        sms_app, twilio, case):
    text_of(twilio, NEED_ONLY[case])
    text_of(twilio, TANTRUMS[case])
    slots = state(sms_app)["slots"]
    assert slots["needs"][0] == "sleep" and "behaviour" in slots["needs"]
    assert state(sms_app)["step"] in ("age", "choose_need")


@pytest.mark.parametrize("case", SPOKEN)
def test_a_second_childs_age_adds_a_child_and_nothing_else(sms_app, twilio, case):
    text_of(twilio, NEED_ONLY[case])
    text_of(twilio, "3")
    text_of(twilio, SECOND_CHILD[case])
    assert state(sms_app)["slots"]["needs"] == ["sleep"]
    assert state(sms_app)["slots"]["ages"] == [36, 84]
    assert state(sms_app)["step"] == "place"


@pytest.mark.parametrize("case", SPOKEN)
def test_a_clearly_new_request_replaces_the_need_and_the_ages(sms_app, twilio, case):
    at_results(twilio, case)
    text_of(twilio, NEW_REQUEST[case])
    slots = state(sms_app)["slots"]
    assert slots["needs"] and "sleep" not in slots["needs"]
    assert slots["ages"] == [180]
    assert slots["place"]["district"] == "rutland"  # the place stays: it was not corrected


# A new request that names a child's age and no need: the age replaces the ages given.
NEW_REQUEST_AGE_ONLY = {
    "en": "new question, my son is 9", "pl": "inne pytanie, syn ma 9 lat",
    "ur-Latn": "dusra sawal, beta 9 saal ka hai", "so": "su'aal kale, wiilkaygu waa 9 jir",
    "ar": "سؤال آخر، ابني عمره 9 سنوات",
}


@pytest.mark.parametrize("case", NEW_REQUEST_AGE_ONLY)
def test_a_new_request_naming_only_an_age_replaces_the_ages(sms_app, twilio, case):
    at_results(twilio, case)
    text_of(twilio, NEW_REQUEST_AGE_ONLY[case])
    slots = state(sms_app)["slots"]
    assert slots["ages"] == [108]  # not [36, 108]: a new question, not a second child
    assert slots["needs"] == ["sleep"]


@pytest.mark.parametrize("case", SPOKEN)
def test_a_corrected_place_replaces_the_place_and_keeps_the_rest(sms_app, twilio, case):
    at_results(twilio, case)
    answer = text_of(twilio, HINCKLEY_MEANT[case])
    slots = state(sms_app)["slots"]
    assert slots["place"]["district"] == "hinckley-bosworth"
    assert slots["needs"] == ["sleep"] and slots["ages"] == [36]
    assert "1." in answer and state(sms_app)["step"] == "results"


@pytest.mark.parametrize("case", LANGUAGES)
def test_a_results_number_opens_its_contact_routes_with_source_and_date(sms_app, twilio,
                                                                      case):
    at_results(twilio, case)
    answer = text_of(twilio, "1")
    first = state(sms_app)["seen"][0]
    assert first == "nhs-health-for-under-5s"
    assert answer.startswith("1. Health for Under 5s")
    assert "www.healthforunder5s.co.uk" in answer
    assert sent("details", case, number=1, name="x", reach=False, join={}, routes=[
        {"kind": "web", "value": "www.healthforunder5s.co.uk", "source": "leicspart.nhs.uk",
         "date": ""}]).split("\n")[1] in answer
    assert sent("not_understood", case) not in answer


def test_a_route_seen_on_a_dated_page_says_the_date_and_a_reach_route_says_whose(sms_app,
                                                                               twilio):
    at_results(twilio, "en")
    listed = state(sms_app)["seen"]
    answer = text_of(twilio, str(listed.index("rutland-sleep-support") + 1))
    assert "They have no line of their own. You can ask here:" in answer
    assert "Address: Visions Children's Centre, next to Oakham Library." in answer
    assert "Source: rutland.gov.uk, 2017-08-01." in answer


@pytest.mark.parametrize("case", LANGUAGES)
def test_a_number_past_the_results_says_what_the_parent_can_send(sms_app, twilio, case):
    at_results(twilio, case)
    shown = state(sms_app)
    answer = text_of(twilio, "9")
    more = shown["offset"] + shown["shown"] < shown["total"]  # Urdu's texts hold fewer
    assert answer == sent("results_help", case, numbered=True, more=more)
    assert state(sms_app)["step"] == "results"


def test_words_after_the_results_that_say_nothing_new_get_the_same_help(sms_app, twilio):
    at_results(twilio, "en")
    answer = text_of(twilio, "ok cheers")
    assert "Reply with a number to see how to contact that service" in answer
    assert "Sorry" not in answer


def test_a_number_after_no_results_says_to_try_another_need_or_place(sms_app, twilio):
    text_of(twilio, "he wont sleep")
    text_of(twilio, "3")
    text_of(twilio, "Oakham")
    with get_store(sms_app).exchange(PARENT, "SMnone") as exchange:
        found = exchange.state
        found.update(total=0, shown=0, seen=[])
        exchange.save(found, "")
    answer = text_of(twilio, "1")
    assert answer == say("en", m.NO_RESULTS_HELP, restart="RESTART")


@pytest.mark.parametrize("case", SPOKEN)
def test_more_while_the_need_menu_waits_shows_the_menu_again_kindly(sms_app, twilio, case):
    text_of(twilio, GREETING[case])
    text_of(twilio, "asdf")
    menu = text_of(twilio, "qwerty")
    answer = text_of(twilio, commands.word("more", language(case)).lower())
    assert answer.startswith(sent("choose_first", case))
    assert answer.endswith(menu.split("\n", 2)[-1])  # the same numbered needs
    assert sent("no_results_yet", case) not in answer
    assert state(sms_app)["step"] == "choose_need"


@pytest.mark.parametrize("text", ["bacha sota nahi aur khana nahi khata", "mazeed"],
                         ids=["ur-Latn", "ur-Latn-more"])
def test_more_before_the_urdu_two_choice_is_answered_asks_it_again_in_urdu(sms_app, twilio,
                                                                          text):
    choice = text_of(twilio, "bacha sota nahi aur khana nahi khata")
    assert state(sms_app)["step"] == "choose_need"
    answer = text_of(twilio, text if text == "mazeed" else "مزید")
    assert answer.startswith(say("ur", m.CHOOSE_FIRST))
    assert answer.endswith(choice.split("\n", 1)[-1])
    assert say("ur", m.NO_RESULTS_YET) not in answer
    text_of(twilio, "2")
    assert state(sms_app)["step"] == "age" and state(sms_app)["misses"] == 0


def test_back_from_the_first_choice_asks_the_need_without_greeting_again(sms_app, twilio):
    text_of(twilio, "bacha sota nahi aur khana nahi khata")
    answer = text_of(twilio, "wapas")
    assert answer == say("ur", m.ASK_NEED)
    assert state(sms_app)["step"] == "need"
    assert say("ur", m.WELCOME) not in text_of(twilio, "bacha sota nahi")


@pytest.mark.parametrize("text, cleaned", [
    ("he wont sleep", "he wont sleep"),
    ("he\u200bwont\tsleep\n", "he wont sleep"),  # a format character and whitespace: spaces
    ("\u202ebacha\u00adsota", "bacha sota"),  # bidi override and soft hyphen (category Cf)
    ("ok\x00\x1f thanks\ue000", "ok thanks"),  # controls and a private-use character
    ("dziecko  nie\u00a0chce\u2028spać", "dziecko nie chce spać"),  # Z* separators only split
])
def test_a_message_is_cleaned_of_every_character_of_a_c_category(text, cleaned):
    """`clean` replaces control, format, private-use and unassigned characters with spaces
    (printable text is taken as it is) and keeps one space between words."""
    from finder.conversation.answers import clean

    assert clean(text) == cleaned
