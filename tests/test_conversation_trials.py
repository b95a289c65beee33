"""Trial conversations (tests/cases/trials/*.yaml, every language) through the signed webhook,
turn by turn, as parents text: several children, corrections, a new request, commands in their
own words, a number after results, a disclosure mid-way, going quiet and coming back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from sms_helpers import PARENT, replies

from finder.conversation import commands
from finder.conversation.results import PAGE
from finder.languages import LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.sms import get_store
from finder.sms.replies import sms_text

CASES = Path(__file__).parent / "cases" / "trials"
TRIALS = [(data["language"], case) for path in sorted(CASES.glob("*.yaml"))
          for data in [yaml.safe_load(path.read_text(encoding="utf-8"))]
          for case in data["conversations"]]
HOUR = 3600


def state(app, number: str = PARENT) -> dict:
    with get_store(app).exchange(number, "SMpeek") as exchange:
        return exchange.state


def save(app, changed: dict, number: str = PARENT) -> None:
    with get_store(app).exchange(number, "SMsaved") as exchange:
        exchange.save(changed, "")


def district(slots: dict) -> str | None:
    place = slots["place"]
    return None if place is None else "outside" if place["outside"] else place["district"]


def problems(expect: dict, now: dict, text: str) -> list[str]:
    """What in the state after a turn, or in its texts, is not what the parent expects."""
    slots, found = now["slots"], []
    known = {"need": (slots["needs"] or [None])[0], "needs": set(expect.get("needs", ()))
             & set(slots["needs"]), "ages": sorted(slots["ages"]),
             "expecting": slots["expecting"], "district": district(slots), "lang": now["lang"],
             "step": now["step"]}
    wanted = {**expect, "needs": set(expect.get("needs", ())),
              "ages": sorted(expect.get("ages", ()))}
    found += [f"{key}: {known[key]!r}, expected {wanted[key]!r}" for key in known
              if key in expect and known[key] != wanted[key]]
    found += [f"reply lacks {words!r}" for words in expect.get("has", ()) if words not in text]
    found += [f"reply says {words!r}" for words in expect.get("not", ()) if words in text]
    return found + (safety_problems(text, now["lang"]) if expect.get("safety") else [])


def safety_problems(text: str, language: str) -> list[str]:
    """The safety reply must come first: its heading opens the first text, 999 before the rest."""
    headings = {sms_text(say(language, heading), language) for heading in m.SAFETY.values()}
    first = text.split("\n", 1)[0]
    return [] if first in headings and "999" in text else [f"safety not first: {first!r}"]


def choice(app, need: str) -> str | None:
    """The number that picks `need` when the finder offers needs to choose from, else None."""
    now = state(app)
    slugs = [option.get("slug") for option in now["options"]] if now["step"] == "choose_need" \
        else []
    return str(slugs.index(need) + 1) if need in slugs else None


def play(app, twilio, case: dict) -> list[str]:
    """Every turn of `case` through the webhook; what went against the parent's expectations."""
    found = []
    for number, turn in enumerate(case["turns"], 1):
        if turn.get("later"):  # the parent goes quiet for some hours
            earlier = state(app)
            earlier["updated"] -= turn["later"] * HOUR
            save(app, earlier)
        text = turn.get("say") or choice(app, turn["choose"])
        if text is None:  # the finder was sure and offered no choice: nothing to pick
            continue
        sent = "\n".join(replies(twilio.text(text)))
        found += [f"turn {number} ({text}): {p}"
                  for p in problems(turn.get("expect", {}), state(app), sent)]
    return found


def trial_params():
    for language, case in TRIALS:
        marks = [pytest.mark.xfail(strict=True, reason=case["misread"])] \
            if case.get("misread") else []
        yield pytest.param(case, marks=marks, id=f"{language}-{case['name']}")


def test_every_language_has_its_trial_conversations():
    counts = {language: sum(lang == language for lang, _ in TRIALS) for language in LANGUAGES}
    assert min(counts.values()) >= 8, counts


@pytest.mark.parametrize("case", list(trial_params()))
def test_a_trial_conversation_goes_as_a_parent_expects(sms_app, twilio, case):
    assert play(sms_app, twilio, case) == []


# (language of the first message, the first, a second one, the language after it): a second
# message that reads alike in another language keeps the conversation's; one in another script
# is clearly in another language, even in a conversation under way.
LANGUAGE_AFTER = [
    ("pa", "mera munda 4 saal da hai te bahut gussa karda", "dooja baccha 7 saal da hai", "pa"),
    ("pa", "meri kudi nu neend nahi aundi", "mera beta vi hai 9 saal", "pa"),
    ("pa", "meri kudi nu neend nahi aundi", "nana baccha 1 saal", "pa"),
    ("gu", "maro dikro 3 varas no che ane raat na sutto nathi", "chhota 2 saal ka hai", "gu"),
    ("ur", "mera beta 5 saal ka hai aur bohat zid karta hai", "aur beti 8 saal ki hai", "ur"),
    ("gu", "maro dikro 3 varas no che ane raat na sutto nathi", "biji dikri 6 varas ni che", "gu"),
    ("pl", "synek nie śpi w nocy, ma 18 miesięcy", "ok dzięki", "pl"),
    ("so", "ilmahaygu ma seexdo habeenkii", "waa 2 sano", "so"),
    ("en", "my son is 4 and has tantrums", "ok thanks", "en"),
    ("pa", "mera munda 4 saal da hai te bahut gussa karda", "میرا بیٹا 8 سال کا ہے", "ur"),
    ("en", "my son is 4 and has tantrums", "ਮੇਰੀ ਧੀ 2 ਸਾਲ ਦੀ ਹੈ", "pa"),
]


@pytest.mark.parametrize(("language", "first", "then", "after"), LANGUAGE_AFTER,
                         ids=[f"{lang}-{then}" for lang, _, then, _ in LANGUAGE_AFTER])
def test_the_conversation_keeps_its_language_unless_a_message_is_clearly_in_another(
        sms_app, twilio, language, first, then, after):
    replies(twilio.text(first))
    assert state(sms_app)["lang"] == language
    replies(twilio.text(then))
    assert state(sms_app)["lang"] == after


# (language, a search in one message, MORE in the parent's own words)
OWN_WORDS_MORE = [
    ("en", "my 4 year old has tantrums, we live in Leicester", "show me more"),
    ("en", "my 4 year old has tantrums, we live in Leicester", "more please"),
    ("pl", "mój syn ma 4 lata i ma napady złości, Leicester", "więcej proszę"),
    ("gu", "3 varas ni dikri bahu tantrum kare che, Leicester", "vadhu batavo"),
    ("pa", "ਮੇਰਾ ਬੱਚਾ 3 ਸਾਲ ਦਾ ਹੈ ਤੇ ਬੋਲਦਾ ਨਹੀਂ, Leicester", "hor dasso ji"),
    ("ur", "mera bacha 4 saal ka hai aur usay ADHD hai, Leicester", "mazeed dikhao"),
    ("so", "ilmahayga 4 jir ah ma hadlo, Leicester", "wax kale fadlan"),
    ("ar", "طفلي عمره ٣ سنين ما ياكل، ليستر", "المزيد من فضلك"),
]


@pytest.mark.parametrize(("language", "search", "more"), OWN_WORDS_MORE,
                         ids=[f"{lang}-{more}" for lang, _, more in OWN_WORDS_MORE])
def test_more_in_the_parents_own_words_shows_more_and_keeps_the_search(sms_app, twilio,
                                                                       language, search, more):
    replies(twilio.text(search))
    before = state(sms_app)
    assert before["step"] == "results" and before["total"] > before["shown"], before
    replies(twilio.text(more))
    after = state(sms_app)
    assert after["slots"] == before["slots"] and after["step"] == "results"
    assert after["offset"] == before["shown"]


@pytest.mark.parametrize(("text", "command"), [
    ("show me more", "more"), ("more pls", "more"), ("any more?", "more"),
    ("go back please", "back"), ("start again please", "restart"), ("help please", "help"),
    ("what can I send?", "help"), ("pokaż więcej", "more"), ("vadhu batavo", "more"),
    ("hor dasso ji", "more"), ("mazeed dikhao", "more"), ("wax kale fadlan", "more"),
    ("المزيد من فضلك", "more"), ("co mogę napisać", "help"), ("kya likhun", "help"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_command_with_polite_words_around_it_is_still_the_command(text, command):
    assert commands.match(text) == command


@pytest.mark.parametrize("text", ["please", "thanks", "more sleep tips please",
                                  "show me where to go", "can you help with sleep"])
def test_polite_words_alone_or_around_a_sentence_are_no_command(text):
    assert commands.match(text) is None


# A search in one message per language, for a state saved before the results' ids were kept.
SEARCHES = {language: search for language, search, _ in OWN_WORDS_MORE}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_number_after_results_saved_before_seen_was_kept_opens_that_result(
        sms_app, twilio, language):
    replies(twilio.text(SEARCHES[language]))
    shown = state(sms_app)
    first = shown["seen"][0]
    legacy = {key: value for key, value in shown.items() if key not in ("seen", "shown")}
    save(sms_app, legacy)
    [text, *more] = replies(twilio.text("1"))
    assert state(sms_app)["seen"][:PAGE][0] == first
    assert text.startswith("1. ") and "\n" in text, text
    assert state(sms_app)["slots"] == shown["slots"]


# (language, a need, asking to stop in the parent's own words)
STOP_IN_OWN_WORDS = [
    ("en", "my 4 year old has tantrums", "stop texting me please"),
    ("pl", "synek nie śpi w nocy", "nie piszcie do mnie"),
    ("gu", "maro dikro raat na sutto nathi", "બંધ કરો"),
    ("pa", "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "ਬੰਦ ਕਰੋ ਜੀ"),
    ("ur", "بچہ سوتا نہیں", "بند کریں"),
    ("so", "ilmahaygu ma seexdo", "jooji fadlan"),
    ("ar", "طفلي لا ينام", "أوقف الرسائل من فضلك"),
]


@pytest.mark.parametrize(("language", "need", "stop"), STOP_IN_OWN_WORDS,
                         ids=[f"{lang}-{stop}" for lang, _, stop in STOP_IN_OWN_WORDS])
def test_asking_to_stop_in_own_words_says_how_and_changes_nothing(sms_app, twilio, language,
                                                                  need, stop):
    replies(twilio.text(need))
    before = state(sms_app)
    [sent] = replies(twilio.text(stop))
    assert sent == sms_text(say(language, m.HOW_TO_STOP), language)
    after = state(sms_app)
    assert (after["slots"], after["step"], after["lang"]) == (before["slots"], before["step"],
                                                              language)


# (language, a need and a child's age, the age corrected, the ages then known)
CORRECTIONS = [
    ("en", "my daughter is 2 and not talking yet", "sorry I meant she is 3", [36]),
    ("en", "my daughter is 2 and not talking yet", "and my son is 5", [24, 60]),
    ("pl", "moja corka ma 2 lata i nie mowi", "pomyłka, ma 3 lata", [36]),
    ("gu", "mari dikri 2 varas ni che ane bolti nathi", "maro matlab 3 varas", [36]),
    ("pa", "meri kudi 2 saal di hai, boldi nahi", "galti ho gayi, 3 saal di hai", [36]),
    ("ur", "beti 2 saal ki hai bolti nahi", "mera matlab 3 saal", [36]),
    ("so", "gabadhaydu 2 sano ayay jirtaa mana hadasho", "khalad baan qoray, waa 3 sano", [36]),
    ("ar", "ولدي ما ينام بالليل عمره سنة", "لا قصدي عمره سنتين", [24]),
]


@pytest.mark.parametrize(("language", "first", "then", "ages"), CORRECTIONS,
                         ids=[f"{lang}-{then}" for lang, _, then, _ in CORRECTIONS])
def test_a_corrected_age_replaces_the_one_given_and_another_child_adds(sms_app, twilio,
                                                                       language, first, then,
                                                                       ages):
    replies(twilio.text(first))
    needs = state(sms_app)["slots"]["needs"]
    replies(twilio.text(then))
    now = state(sms_app)
    assert sorted(now["slots"]["ages"]) == ages
    assert now["slots"]["needs"] == needs and now["lang"] == language


def test_a_corrected_need_replaces_the_one_given(sms_app, twilio):
    replies(twilio.text("my son is 4 and has tantrums"))
    replies(twilio.text("no I meant sleep, he wont sleep"))
    assert state(sms_app)["slots"]["needs"] == ["sleep"]
    assert state(sms_app)["slots"]["ages"] == [48]
