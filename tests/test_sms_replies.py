"""Every reply the conversation can give, rendered for SMS within three segments."""

from __future__ import annotations

import pytest

from finder.conversation import Reply, render_text, take_turn
from finder.conversation.render import RENDERERS
from finder.languages import LANGUAGES, UCS2_LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.search.request import from_slots as query
from finder.sms.replies import fits_sms, sms_text, texts
from finder.sms.segments import GSM7, UCS2, measure, plain
from tests.sms_helpers import is_cut


def sample_items(count: int, language: str) -> list[dict]:
    long_name = "Parenting and family support group at the community centre"
    return [{"id": f"s{n}", "name": f"{long_name} {n}", "what": "x" * 28, "cost": "free",
             "join": {"how": "hub", "phone": "", "website": "", "organisation": "A charity"}}
            for n in range(count)]


SAMPLES = {
    "welcome": {"hint": True},
    "choose_need": {"options": [{"number": n, "label": "Sleep"} for n in (1, 2, 3)]},
    "choose_place": {"options": [{"number": n, "name": "Market Harborough"} for n in (1, 2)]},
    "choose_language": {"options": [{"number": n, "label": "English"} for n in range(1, 8)]},
    "language_set": {"language": "Polski"},
    "skipped": {"slot": "place"},
    "outside": {"place": "Nottingham"},
    "widened": {"how": "region"},
    "results": {"offset": 0, "total": 9, "items": []},
    "next": {"more": True},
    # the longest a listing's routes are: two of its own, or the reach route with its note
    "details": {"number": 10, "name": "Children and Family Wellbeing Service", "reach": False,
                "join": {}, "routes": [
                    {"kind": "phone", "value": "0116 305 0005", "source": "leicestershire.gov.uk",
                     "date": ""},
                    {"kind": "web", "value": "www.leicestershire.gov.uk/family-wellbeing",
                     "source": "leicestershire.gov.uk", "date": "2024-05-01"}]},
    "results_help": {"numbered": True, "more": True},
    # "just the number" after a page of three: each with its longest way to get in touch
    "about_results": {"topic": "phone", "items": [
        {"number": n, "name": "Children and Family Wellbeing Service", "how": "phone",
         "phone": "0116 305 0005", "website": "www.leicestershire.gov.uk/family-wellbeing",
         "organisation": "Leicestershire County Council"} for n in (1, 2, 3)]},
    "place_noted": {"place": "Market Harborough"},
    "safety": {"kinds": ["danger-to-life"], "lines": [
        {"name": "Emergency services", "number": "999", "how": "call", "always_open": True},
        {"name": "Samaritans", "number": "116 123", "how": "call", "always_open": True},
        {"name": "Shout", "number": "85258", "how": "text", "text_word": "SHOUT",
         "always_open": True}]},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_every_reply_kind_alone_fits_in_one_text_of_three_segments(kind, language):
    data = dict(SAMPLES.get(kind, {}))
    if kind == "results":
        data["items"] = sample_items(1, language)
    sent = texts([Reply(kind, language, data)])
    # HELP, a result's every route with its source, and each shown result's answer to a
    # question about them ("just the number") may take a second text
    assert len(sent) <= (2 if kind in ("help", "details", "about_results") else 1), sent
    assert all(measure(text).count <= 3 and not is_cut(text) for text in sent), sent


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_turn_fits_in_one_reply(language):
    turn = take_turn(None, "hi" if language == "en" else {
        "pl": "dzień dobry", "gu": "નમસ્તે", "pa": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ur": "السلام علیکم",
        "so": "salaan", "ar": "مرحبا"}[language], _NoTools(language))
    assert [r.kind for r in turn.replies] == ["welcome", "ask_need"]
    assert turn.replies[0].data["hint"]
    assert fits_sms(turn.replies), plain(render_text(turn.replies))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_languages_kept_short_for_ucs2_are_the_ones_whose_welcome_needs_it(language):
    text = sms_text(say(language, m.WELCOME) + say(language, m.ASK_NEED), language)
    encoding = measure(text).encoding
    assert encoding == (UCS2 if language in UCS2_LANGUAGES else GSM7)


class _NoTools:
    """Tools for a greeting: nothing understood but the language it is written in."""

    def __init__(self, language: str) -> None:
        self.language = language

    def interpret(self, text, language=None, answering=None):
        from finder.understand.types import Interpretation
        return Interpretation(language=self.language)


SEARCHES = {
    "pl": ["mój synek ma 4 lata i ma napady złości, mieszkamy w Leicester", "więcej"],
    "ur": ["میرا بیٹا 4 سال کا ہے اور بہت غصہ کرتا ہے، ہم Leicester میں رہتے ہیں", "مزید"],
    "en": ["my 4 year old has tantrums, we live in Leicester", "more"],
    "so": ["wiilkaygu waa 4 sano oo aad u carooda, waxaan deggannahay Leicester",
           "wax kale"],
}


@pytest.mark.parametrize("language", SEARCHES)
def test_more_shows_every_result_once_in_order_and_every_reply_fits(directory_tools,
                                                                     language):
    first, more = SEARCHES[language]
    turn = take_turn(None, first, directory_tools, fits=fits_sms)
    if turn.replies[-1].kind == "choose_need":  # unsure of the need: the parent picks hers
        number = {o["slug"]: o["number"] for o in turn.replies[-1].data["options"]}["behaviour"]
        turn = take_turn(turn.state, str(number), directory_tools, fits=fits_sms)
    everything = directory_tools.search(query(turn.state["slots"], language), 100, 0)
    assert everything.total > 3
    shown: list[str] = []
    for _ in range(everything.total + 2):
        sent = texts(turn.replies)
        assert all(measure(text).count <= 3 and not is_cut(text) for text in sent), sent
        assert {r.language for r in turn.replies} == {language}
        for reply in turn.replies:
            shown += [item["id"] for item in reply.data.get("items", ())]
        if turn.replies[0].kind == "no_more":
            break
        turn = take_turn(turn.state, more, directory_tools, fits=fits_sms)
    assert shown == [r.service["id"] for r in everything.results]


ALL_IN_ONE = {
    "en": "my 3 year old wont sleep, we live in Oakham",
    "pl": "mój synek ma 3 lata i nie chce spać, mieszkamy w Oakham",
    "gu": "મારો દીકરો 3 વર્ષનો છે અને ઊંઘતો નથી, અમે Oakham માં રહીએ છીએ",
    "pa": "ਮੇਰਾ ਪੁੱਤਰ 3 ਸਾਲ ਦਾ ਹੈ ਅਤੇ ਸੌਂਦਾ ਨਹੀਂ, ਅਸੀਂ Oakham ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ",
    "ur": "میرا بیٹا 3 سال کا ہے اور سوتا نہیں، ہم Oakham میں رہتے ہیں",
    "so": "wiilkaygu waa 3 sano mana seexdo, waxaan deggannahay Oakham",
    "ar": "ابني عمره 3 سنوات ولا ينام، نسكن في Oakham",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_first_text_with_everything_gets_results_in_its_first_reply(directory_tools,
                                                                      language):
    turn = take_turn(None, ALL_IN_ONE[language], directory_tools, fits=fits_sms)
    sent = texts(turn.replies)
    assert len(sent) <= 2 and all(measure(text).count <= 3 for text in sent), sent
    results = [r for r in turn.replies if r.kind == "results"]
    assert [r.kind for r in turn.replies][0] == "welcome"
    least = 1 if language in UCS2_LANGUAGES else 2
    assert len(results[0].data["items"]) >= min(least, turn.state["total"]), sent
    assert sms_text(results[0].data["items"][0]["name"], language) in sent[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_safety_reply_goes_first_whole_and_the_question_follows_when_it_fits(language):
    said = (Reply("welcome", language, {"hint": True}),
            Reply("safety", language, SAMPLES["safety"]),
            Reply("carry_on", language), Reply("ask_need", language))
    sent = texts(said)
    lines = sms_text(render_text(said[1:2]), language).split("\n")
    assert "\n".join(sent).index(lines[0]) < "\n".join(sent).index(lines[-1])
    for line in lines:  # every line whole within one text
        assert any(line in text for text in sent), line
    assert all(measure(text).count <= 3 and not is_cut(text) for text in sent), sent
    assert sent[-1].endswith(sms_text(render_text(said[3:]), language))


def commands_word_more(language: str) -> str:
    from finder.conversation.commands import word
    return word("more", language)


def test_without_a_fits_callback_a_page_has_three_results(directory_tools):
    turn = take_turn(None, SEARCHES["pl"][0], directory_tools)
    results = next(r for r in turn.replies if r.kind == "results")
    assert len(results.data["items"]) == 3
    assert turn.state["shown"] == 3


@pytest.mark.parametrize("description, length, expected", [
    ("Help with a child's sleep. Drop in any time.", 45, "Help with a child's sleep."),
    ("A free six-month course on the everyday and emotional side of being a parent", 28, ""),
    ("بچوں کی نیند کے لیے گروپ۔ کوئی بھی آ سکتا ہے۔", 28, "بچوں کی نیند کے لیے گروپ۔"),
    ("બાળકોની ઊંઘ વિશે માતા-પિતા માટે સાપ્તાહિક જૂથ અને સલાહ", 28, ""),
], ids=["first-sentence", "latin-too-long", "urdu-full-stop", "gujarati-too-long"])
def test_what_a_service_is_is_its_first_sentence_whole_or_nothing(description, length,
                                                                  expected):
    from finder.conversation.results import one_line, units

    line = one_line(description, length)
    assert line == expected
    assert units(line) <= length


def test_a_page_saved_before_pages_could_be_shorter_goes_on_after_three():
    from finder.conversation.state import load

    assert load({"step": "results", "offset": 3, "total": 9})["shown"] == 3
    assert load({"step": "need"})["shown"] == 0
