"""Telling the seven languages apart, from script and from everyday words."""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES

DETECTED = [
    ("he wont sleep at night", "en", "english"),
    ("my 15 yr old is out all night", "en", "english-teen"),
    ("dziecko nie chce spać", "pl", "polish"),
    ("dziecko nie chce spac", "pl", "polish-no-diacritics"),
    ("moj syn ma 2 lata i nie je", "pl", "polish-age"),
    ("synek ma 3 latka i ciagle placze", "pl", "polish-latka"),
    ("ilmahaygu ma seexdo", "so", "somali"),
    ("wiilkayga waa 3 jir", "so", "somali-age"),
    ("mera beta", "ur", "urdu-latin"),
    ("meri beti 2 saal ki hai", "ur", "urdu-latin-age"),
    ("neend nahi aati mere bache ko", "ur", "urdu-latin-sleep"),
    ("meri dhee", "pa", "punjabi-latin"),
    ("mera putt sonda nahi", "pa", "punjabi-latin-sleep"),
    ("maru balak", "gu", "gujarati-latin"),
    ("maro dikro khato nathi", "gu", "gujarati-latin-feeding"),
    ("بچہ سوتا نہیں", "ur", "urdu-script"),
    ("میرا بیٹا بہت ضد کرتا ہے", "ur", "urdu-script-behaviour"),
    ("طفلي لا ينام", "ar", "arabic"),
    ("ابني عمره ثلاث سنوات", "ar", "arabic-age"),
    ("حامل", "ar", "arabic-one-word"),
    ("ਮੇਰਾ ਪੁੱਤ ਨਹੀਂ ਸੌਂਦਾ", "pa", "gurmukhi"),
    ("મારો દીકરો ઊંઘતો નથી", "gu", "gujarati-script"),
    # a word beside a place name, and a place spelt one language's way, say the language
    ("oadby ma", "gu", "gujarati-postposition-after-a-place"),
    ("mieszkamy w wigston", "pl", "polish-preposition-before-a-place"),
    ("ہم لیسٹر میں رہتے ہیں", "ur", "urdu-script-place"),
    ("ليستر", "ar", "arabic-spelling-of-a-place"),
    ("لیسٹر", "ur", "urdu-spelling-of-a-place"),
    # everyday romanised words no marker list had before
    ("kaam pe wapas gayi to bottle nahi leta", "ur", "urdu-latin-code-mixed"),
    # English words inside another language's sentence, and not the reverse
    ("baby-ga ma seexdo at night", "so", "somali-with-english-words"),
    ("my baby ma wont sleep", "en", "english-with-one-stray-word"),
    # digits say no language (romanised Arabic writes letters as digits: "3andi")
    ("3 kids under 5", "en", "digits-are-not-arabizi"),
    ("2 boys aged 7 and 10", "en", "digits-in-an-english-list"),
]


@pytest.mark.parametrize(("text", "expected", "_"), DETECTED, ids=[d[2] for d in DETECTED])
def test_the_language_is_told_from_script_and_words(understander, text, expected, _):
    assert understander.interpret(text).language == expected


HINTED = [
    ("3", "so", "so", "a-number-keeps-the-hint"),
    ("ADHD", "pl", "pl", "an-english-word-keeps-the-polish-hint"),
    ("sleep", "ur", "ur", "an-english-word-keeps-the-urdu-hint"),
    ("نیند", "ar", "ar", "short-arabic-script-keeps-the-arabic-hint"),
    ("", "gu", "gu", "empty-keeps-the-hint"),
    ("ਨੀਂਦ", "en", "pa", "gurmukhi-overrides-an-english-hint"),
    ("dziecko nie chce spać w nocy", "en", "pl", "clear-polish-overrides-an-english-hint"),
    # romanised Punjabi and Urdu share most words: the conversation's language holds
    ("dooja baccha 7 saal da hai", "pa", "pa", "punjabi-talk-holds-on-shared-words"),
    ("main 7 mahine pregnant haan", "pa", "pa", "punjabi-talk-holds-on-a-mixed-message"),
    ("my son is 5 and wont sleep", "pl", "en", "clear-english-overrides-a-polish-hint"),
]


@pytest.mark.parametrize(("text", "hint", "expected", "_"), HINTED, ids=[h[3] for h in HINTED])
def test_a_language_hint_wins_only_when_the_text_is_ambiguous(understander, text, hint,
                                                              expected, _):
    assert understander.interpret(text, language=hint).language == expected


@pytest.mark.parametrize("text", ["", "   ", "12345", "😀😀", "\x00\x01\x02"],
                         ids=["empty", "spaces", "digits", "emoji", "control"])
def test_text_without_words_falls_back_to_english(understander, text):
    assert understander.interpret(text).language == "en"


NO_LANGUAGE = ["coventry", "LE4 5", "NN17 1", "B21 handsworth", "birmingham sparkhill",
               "ashby de la zouch", "hinkley", "12345", ""]
SAYS_LANGUAGE = ["mieszkamy przy narborough road", "coventry ma", "hi", "ok",
                 "لیسٹر", "ਲੈਸਟਰ", "dukaanka dhegaha ayuu qabsadaa", "salaam"]


@pytest.mark.parametrize("text", NO_LANGUAGE)
def test_a_bare_place_or_postcode_says_no_language_and_keeps_the_hint(understander, text):
    assert not understander.interpret(text).language_heard
    assert understander.interpret(text).language == "en"
    for language in LANGUAGES:
        assert understander.interpret(text, language=language).language == language


@pytest.mark.parametrize("text", SAYS_LANGUAGE)
def test_a_word_or_a_script_says_the_language(understander, text):
    assert understander.interpret(text).language_heard


def test_every_language_has_a_lexicon_with_markers(understander):
    from finder.directory import content
    from tests.conftest import CONTENT

    lexicons = content.load(CONTENT).lexicons
    assert sorted(lexicons) == sorted(LANGUAGES)
    assert all(lexicons[lang].get("markers") for lang in LANGUAGES)
