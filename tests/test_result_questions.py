"""Questions about the results just shown, in every language: which topic a message asks
about, and each result's answer from its listing (never a contact it does not have)."""

from __future__ import annotations

import pytest

from finder.conversation import asking

# (language, a message as parents text it, the topic)
QUESTIONS = [
    ("en", "is it free?", "cost"), ("en", "how much does it cost", "cost"),
    ("en", "do i need a referral", "referral"), ("en", "just give me a phone number pls", "phone"),
    ("pl", "czy to jest darmowe?", "cost"), ("pl", "czy trzeba skierowanie?", "referral"),
    ("pl", "potrzebuje numer telefonu", "phone"),
    ("gu", "aa free che?", "cost"), ("gu", "શું તે મફત છે?", "cost"),
    ("gu", "ફોન નંબર આપો", "phone"),
    ("pa", "eh free hai?", "cost"), ("pa", "ਕੀ ਇਹ ਮੁਫ਼ਤ ਹੈ?", "cost"),
    ("pa", "referral chahida?", "referral"), ("pa", "ਫ਼ੋਨ ਨੰਬਰ ਦੱਸੋ", "phone"),
    ("ur", "kya ye muft hai?", "cost"), ("ur", "کیا یہ مفت ہے؟", "cost"),
    ("ur", "bas phone number chahiye", "phone"), ("ur", "ریفرل چاہیے؟", "referral"),
    ("so", "ma bilaash baa?", "cost"), ("so", "lambarka telefoonka i sii", "phone"),
    ("ar", "هل هي مجانية؟", "cost"), ("ar", "بدي رقم التلفون", "phone"),
    ("ar", "لازم إحالة؟", "referral"),
]


@pytest.mark.parametrize(("language", "text", "topic"), QUESTIONS,
                         ids=[f"{lang}-{text}" for lang, text, _ in QUESTIONS])
def test_a_question_about_the_results_is_heard_in_every_language(language, text, topic):
    assert asking.topic(text) == topic


@pytest.mark.parametrize("text", ["thanks", "ok", "dziękuję", "shukriya", "mahadsanid", "شكرا",
                                  "my son is 4"])
def test_thanks_and_other_words_ask_nothing(text):
    assert asking.topic(text) is None


def test_the_number_asked_for_is_the_listings_own_or_its_route_never_made_up():
    with_phone = {"name": "A", "referral": "self", "contacts": [
        {"kind": "phone", "value": "0116 000 0000", "source": "staff"},
        {"kind": "web", "value": "https://example.org", "source": "staff"}]}
    assert asking.answer("phone", with_phone)["phone"] == "0116 000 0000"
    assert asking.answer("phone", with_phone)["how"] == "phone"
    nothing = {"name": "B", "referral": "professional", "organisation_name": "Org"}
    assert asking.answer("phone", nothing) == {"how": "hub", "phone": "", "website": "",
                                               "organisation": "Org"}
    assert asking.answer("referral", nothing) == {"self": "no"}
    assert asking.answer("cost", nothing) == {"cost": "unknown"}
