"""Context over the signed SMS webhook: an answer is read as the answer to the question asked,
adds to what the parent said and never silently replaces it; commands and ways out."""

from __future__ import annotations

import pytest
from sms_helpers import PARENT, replies

from finder.conversation.commands import word
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.sms import get_store
from finder.sms.replies import sms_text

NEED_ONLY = {
    "en": "he wont sleep", "pl": "dziecko nie chce spać", "gu": "મારું બાળક ઊંઘતું નથી",
    "pa": "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "ur": "بچہ سوتا نہیں", "so": "ilmahaygu ma seexdo",
    "ar": "طفلي لا ينام",
}
EXPECTING = None  # the answer means "expecting a baby"
# (language, the answer to "How old is your child?", the ages in months it gives)
AGE_ANSWERS = [
    ("en", "15", (180,)), ("en", "year 7", (132,)), ("en", "expecting", EXPECTING),
    ("en", "due in May", EXPECTING),
    ("pl", "15", (180,)), ("pl", "klasa 7", (132,)), ("pl", "jestem w ciąży", EXPECTING),
    ("gu", "15", (180,)), ("gu", "ધોરણ 7", (132,)), ("gu", "હું ગર્ભવતી છું", EXPECTING),
    ("pa", "15", (180,)), ("pa", "15 ਸਾਲ", (180,)), ("pa", "ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ", EXPECTING),
    ("ur", "15", (180,)), ("ur", "teen saal", (36,)), ("ur", "میں حاملہ ہوں", EXPECTING),
    ("ur", "مئی میں ڈلیوری ہے", EXPECTING),
    ("so", "15", (180,)), ("so", "fasalka 7aad", (132,)),
    ("so", "waan uurka leeyahay", EXPECTING),
    ("ar", "15", (180,)), ("ar", "أنا حامل", EXPECTING), ("ar", "موعد الولادة في مايو", EXPECTING),
    # ordinal school classes and months of a pregnancy, in each language's own words
    ("pl", "w trzeciej klasie", (84,)), ("pl", "jestem w 3 miesiącu", EXPECTING),
    ("gu", "trija dhoran ma", (84,)), ("gu", "satmo mahino chale che", EXPECTING),
    ("pa", "ਤੀਜੀ ਜਮਾਤ", (84,)), ("pa", "ਸੱਤਵਾਂ ਮਹੀਨਾ", EXPECTING),
    ("ur", "dusri class", (72,)), ("ur", "7 mahine ki pregnant", EXPECTING),
    ("so", "fasalka labaad", (72,)), ("so", "bisha afraad", EXPECTING),
    ("ar", "الصف الثالث", (84,)), ("ar", "الشهر الرابع", EXPECTING),
    ("en", "7, 4 and 9 months", (84, 48, 9)),
    # dialect forms, number words, school classes and a second child's bare number
    ("ar", "عمره سنتين", (24,)), ("ar", "بنتي عمرها ٤", (48,)), ("ar", "ابني بصف سابع", (132,)),
    ("ar", "حامل في الشهر السابع", EXPECTING), ("ur", "بیٹا انیس مہینے کا ہے", (19,)),
    ("ur", "beta 10 saal aur beti 6", (120, 72)), ("gu", "dikro 2 ma che", (72,)),
    ("gu", "mane 8 mo mahino che", EXPECTING), ("pa", "putt 5vi class ch aa", (108,)),
    ("pa", "paune do saal", (21,)), ("so", "sanadka 2aad", (72,)),
    ("pl", "córka ma dwa latka", (24,)), ("en", "had her 3 weeks ago", (0,)),
    # school year 7, a due date, three years and a pregnancy, in each language and romanised
    ("ur", "saatvi class mein hai", (132,)), ("ur", "ساتویں جماعت میں ہے", (132,)),
    ("pa", "7vi jamaat", (132,)), ("pa", "ਸੱਤਵੀਂ ਜਮਾਤ", (132,)), ("gu", "satma dhoran ma", (132,)),
    ("pl", "termin mam w maju", EXPECTING), ("gu", "મે મહિનામાં ડિલિવરી છે", EXPECTING),
    ("pa", "ਮਈ ਵਿੱਚ ਡਿਲੀਵਰੀ ਹੈ", EXPECTING), ("so", "waxaan dhalayaa bisha May", EXPECTING),
    ("gu", "teen varas", (36,)), ("pa", "tin saal", (36,)), ("ur", "تین سال", (36,)),
    ("pl", "spodziewam się dziecka", EXPECTING), ("so", "uur ayaan leeyahay", EXPECTING),
    ("gu", "garbhvati chu", EXPECTING), ("pa", "garbhvati haan", EXPECTING),
    ("ur", "pregnant hoon", EXPECTING), ("gu", "15 varas", (180,)), ("pa", "15 saal da", (180,)),
    ("so", "15 jir", (180,)), ("ar", "١٥", (180,)), ("ur", "پندرہ سال", (180,)),
]


# ages said as grammar (content/ages/grammar.yaml): a next birthday, a count before a child word,
# a lone unit, a birth told by when, a due month
AGE_ANSWERS += [
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
# ages as classes: nearly, a school year from September, the parent's own age beside the
# child's, halves, Arabizi, a list then a genitive, a birth weeks ago, a partner's weeks
AGE_ANSWERS += [
    ("en", "year 2 since september", (72,)), ("en", "I'm 24 and he is 3", (36,)),
    ("en", "starts reception in september", (48,)),
    ("pl", "od września idzie do reception", (48,)), ("pl", "mam 1,5 roczną córkę", (18,)),
    ("pl", "żona w 30 tygodniu", EXPECTING),
    ("gu", "dikri adhi varas ni che", (30,)), ("gu", "16 mahina thava aavya", (15,)),
    ("gu", "september thi reception", (48,)),
    ("pa", "kudi dhai saal di", (30,)), ("pa", "main 24 saal di haan, munda 2 saal da", (24,)),
    ("pa", "munda 3 saal da hon wala", (35,)),
    ("ur", "mere do bete hain 5 aur 8 ke", (60, 96)), ("ur", "beta adhai saal ka", (30,)),
    ("ur", "5 hafte pehle beta hua", (1,)), ("ur", "meri wife 30 hafte ki hai", EXPECTING),
    ("so", "gabar sanad iyo badh ah", (18,)), ("so", "wiilkaygu waa 2 sano iyo badh", (30,)),
    ("so", "wuxuu bilaabayaa reception september", (48,)),
    ("ar", "ibni 3omro sane w nos", (18,)), ("ar", "بنتي بالسنة التالتة", (84,)),
    ("ar", "ibni bel saf el tani", (72,)),
]


def state(app, number: str = PARENT) -> dict:
    with get_store(app).exchange(number, "SMpeek") as exchange:
        return exchange.state


@pytest.mark.parametrize(("language", "answer", "ages"), AGE_ANSWERS,
                         ids=[f"{lang}-{text}" for lang, text, _ in AGE_ANSWERS])
def test_an_answer_to_the_age_question_is_an_age_and_keeps_the_need(sms_app, twilio, language,
                                                                   answer, ages):
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bare_place_name_answer_keeps_the_conversation_language(sms_app, twilio, language):
    replies(twilio.text(NEED_ONLY[language]))
    replies(twilio.text("3"))
    assert state(sms_app)["step"] == "place"
    replies(twilio.text("coventry"))
    assert state(sms_app)["lang"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_first_message_of_a_bare_place_leaves_the_language_to_the_next(sms_app, twilio,
                                                                        language):
    [first] = replies(twilio.text("coventry"))
    assert state(sms_app)["lang"] == "en" and word("language", "en") in first
    replies(twilio.text(NEED_ONLY[language]))
    assert state(sms_app)["lang"] == language
    replies(twilio.text("LE4 5"))
    assert state(sms_app)["lang"] == language


@pytest.mark.parametrize("language", ["pl", "ur", "so"])
def test_a_restart_keeps_the_language_the_talk_is_in(sms_app, twilio, language):
    replies(twilio.text(NEED_ONLY[language]))
    replies(twilio.text(word("restart", language)))
    replies(twilio.text("ok"))
    assert state(sms_app)["lang"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_second_need_adds_to_the_first_and_a_place_keeps_both(sms_app, twilio, language):
    replies(twilio.text(NEED_ONLY[language]))
    replies(twilio.text("3"))
    replies(twilio.text("Oakham"))
    assert state(sms_app)["slots"]["needs"] == ["sleep"]
    assert state(sms_app)["slots"]["ages"] == [36]


def test_a_clearly_new_request_replaces_the_need(sms_app, twilio):
    replies(twilio.text("he wont sleep"))
    replies(twilio.text("actually it's about my eldest, she is 15 and won't talk to us"))
    slots = state(sms_app)["slots"]
    assert "sleep" not in slots["needs"] and slots["needs"]
    assert slots["ages"] == [180]


def test_more_tantrums_than_sleep_adds_a_need_without_losing_the_first(sms_app, twilio):
    replies(twilio.text("he wont sleep"))
    replies(twilio.text("and tantrums all day"))
    assert state(sms_app)["slots"]["needs"][0] == "sleep"
    assert "behaviour" in state(sms_app)["slots"]["needs"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_in_each_language_at_any_point_says_what_the_finder_is(sms_app, twilio, language):
    replies(twilio.text(NEED_ONLY[language]))
    [sent, *more] = replies(twilio.text(word("help", language).lower()))
    text = "\n".join([sent, *more])
    assert "STOP" in text and sms_text(word("more", language), language) in text
    assert state(sms_app)["step"] == "age"  # and the question is asked again


def test_help_in_english_is_the_word_help(sms_app, twilio):
    replies(twilio.text("he wont sleep"))
    text = "\n".join(replies(twilio.text("HELP")))
    assert "This is not an emergency line" in text and "How old is your child?" in text


def test_more_before_any_search_twice_offers_the_menu_and_the_family_hub(sms_app, twilio):
    replies(twilio.text("hello"))
    first = "\n".join(replies(twilio.text("more")))
    assert "There are no results yet." in first
    second = "\n".join(replies(twilio.text("more")))
    assert "family hub" in second and "1 " in second and "Reply with a number" in second
    assert state(sms_app)["step"] == "choose_need"


def test_two_misses_offer_a_way_out_never_a_sorry_and_a_shrug(sms_app, twilio):
    replies(twilio.text("hello"))
    replies(twilio.text("asdf"))
    text = "\n".join(replies(twilio.text("qwerty")))
    assert "family hub" in text and "Reply with a number" in text
    assert "search without it" not in text


def test_a_returning_parent_with_a_new_complete_question_gets_results_at_once(sms_app,
                                                                            twilio):
    replies(twilio.text("he wont sleep"))
    old = state(sms_app)
    old["updated"] -= 2 * 24 * 3600
    with get_store(sms_app).exchange(PARENT, "SMolder") as exchange:
        exchange.save(old, "")
    text = "\n".join(replies(twilio.text("my 4 year old has tantrums, we live in Oakham")))
    assert "Welcome back" not in text and "1." in text
    assert state(sms_app)["slots"]["needs"] == ["behaviour"]


def test_a_returning_parent_saying_only_hello_is_offered_to_resume(sms_app, twilio):
    replies(twilio.text("he wont sleep"))
    old = state(sms_app)
    old["updated"] -= 2 * 24 * 3600
    with get_store(sms_app).exchange(PARENT, "SMolder") as exchange:
        exchange.save(old, "")
    assert "Welcome back" in "\n".join(replies(twilio.text("hello")))


class Unsure:
    """Real tools whose understanding is unsure of the need, or meets another language."""

    def __init__(self, tools, **changes) -> None:
        self.tools, self.changes = tools, changes

    def __getattr__(self, name):
        return getattr(self.tools, name)

    def interpret(self, text, language=None, answering=None):
        from dataclasses import replace
        return replace(self.tools.interpret(text, language, answering), **self.changes)


def test_an_unsure_need_is_asked_as_two_numbered_choices(directory_tools):
    from finder.conversation import take_turn

    turn = take_turn(None, "he wont sleep and has tantrums", Unsure(directory_tools,
                                                                     need_confident=False))
    [choice] = [r for r in turn.replies if r.kind == "choose_need"]
    found = directory_tools.interpret("he wont sleep and has tantrums").needs
    assert len(found) >= 2
    assert [o["slug"] for o in choice.data["options"]] == list(found[:2])


def test_a_language_the_finder_does_not_speak_gets_the_seven_in_their_own_scripts(
        directory_tools):
    from finder.conversation import render_text, take_turn

    turn = take_turn(None, "ami ghumate pari na", Unsure(directory_tools, other_language="bn",
                                                         needs=()))
    text = render_text(turn.replies)
    assert "cannot write in that language" in text
    assert all(name in text for name in NATIVE_NAMES.values())
    assert turn.state["step"] == "choose_language"


UNSPOKEN = ["سڵاو، کوڕەکەم شەو ناخەوێت", "زما زوی د شپې نه ویده کیږي", "پسرم خیلی گریه میکند",
            "আমার বাচ্চা রাতে ঘুমায় না", "मेरा बच्चा सोता नहीं है", "என் குழந்தை தூங்கவில்லை",
            "Buna ziua, copilul meu nu doarme", "mano vaikas nemiega naktimis",
            "o meu filho não dorme", "ልጄ አይተኛም"]


@pytest.mark.parametrize("text", UNSPOKEN)
def test_a_first_text_in_a_language_not_spoken_names_the_seven_over_the_webhook(sms_app,
                                                                               twilio, text):
    sent = "\n".join(replies(twilio.text(text)))
    assert "cannot write in that language" in sent
    assert all(name in sent for name in NATIVE_NAMES.values())
    assert state(sms_app)["step"] == "choose_language"


# a short or code-mixed first message, one per language: the finder answers in it
SHORT_FIRST = {
    "en": "Kacper wont eat", "pl": "bank zywnosci", "gu": "dikro sutto nathi",
    "pa": "kudi bahut rondi aa", "ur": "naumaulood baby chup hi nahi hota",
    "so": "mahadsanid", "ar": "jozi byesrakh",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_short_or_mixed_first_message_sets_its_language(sms_app, twilio, language):
    replies(twilio.text(SHORT_FIRST[language]))
    assert state(sms_app)["lang"] == language


# A partner or stepfather hurting a child: the child-in-danger lines, and never a couples'
# course guessed from "husband" or "partner" in the same words.
PARTNER_HURTS_CHILD = [
    ("en", "my partner keeps hitting my son"), ("pl", "mój partner bije mojego syna"),
    ("ur", "mera shohar mere bete ko marta hai"), ("pa", "mera ghar wala bache nu maarda"),
    ("gu", "mara pati mara dikra ne mare che"), ("so", "ninkayga ayaa garaaca wiilkayga"),
    ("ar", "زوجي يضرب طفلي"),
]


@pytest.mark.parametrize(("language", "text"), PARTNER_HURTS_CHILD,
                         ids=[lang for lang, _ in PARTNER_HURTS_CHILD])
def test_a_partner_hurting_a_child_is_never_offered_a_couples_course(sms_app, twilio,
                                                                    language, text):
    said = replies(twilio.text(text))
    talk = state(sms_app)
    assert "999" in said[0], language  # the safety lines came first
    offered = [*talk["slots"]["needs"], *talk["pending"].get("needs", [])]
    assert "relationships" not in offered, language
