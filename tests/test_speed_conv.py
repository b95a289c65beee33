"""The turn's quicker paths give what the general ones give: normalising ASCII, looking for
new-request and correction words, measuring segments and the TwiML response."""

from __future__ import annotations

import random
import unicodedata

import pytest
from werkzeug.wrappers import Response

from finder.conversation import answers, commands
from finder.sms import segments
from finder.sms.webhook import twiml, twiml_body


def general_normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.translate(commands._KEPT).split())


def test_ascii_is_normalised_as_any_text_is() -> None:
    rng = random.Random(16)
    alphabet = [chr(code) for code in range(128)] + [" "] * 8 + list("aZ9.,!")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(25))) for _ in range(3000)]
    texts += ["  More, PLEASE!! ", "Go\tback\x1c pls", "LE4 5AB", "sorry I meant 3", ""]
    for text in texts:
        assert commands.normalise.__wrapped__(text) == general_normalise(text), repr(text)


@pytest.mark.parametrize("text", [
    "actually it's about my eldest, she won't sleep", "Actually, sleep", "sorry I meant 3",
    "no sorry she is 4", "my mistake, he's 2", "właściwie chodzi o sen", "asal mein neend",
    "she's 3 and actually not sleeping", "he means well", "typo: 5", "typos everywhere",
    "I mean it", "meaning 3", "sleep", "", "correction: Leicester",
], ids=lambda text: text[:24] or "empty")
def test_new_request_and_correction_words_as_one_search_finds_them(text: str) -> None:
    said = f" {commands.normalise(text)} "
    for found, phrases in ((answers.is_new_request, answers.NEW_REQUEST),
                           (answers.is_correction, answers.CORRECTION)):
        assert found(text) == any(f" {commands.normalise(p)} " in said for p in phrases)


@pytest.mark.parametrize("text", [
    "", "Hello", "a" * 161, "{}[]^~|\\ " * 30, "tab\there", "`backtick`" * 20,
    "Zażółć gęślą jaźń " * 9, "مرحبا " * 30, "😀 " * 40, "€" * 80,
])
def test_a_reply_is_measured_as_character_by_character(text: str) -> None:
    encoding = segments.GSM7 if segments.is_gsm7(text) else segments.UCS2
    units = len(text) + segments.double_cost(text, encoding)
    assert segments.measured(text)[:2] == (encoding, units)


@pytest.mark.parametrize("reply", ["", "Hello & <welcome>", "One\x1eTwo > one", "Cześć 😀"])
def test_twiml_response_is_werkzeugs_own(reply: str) -> None:
    made = twiml(reply)
    general = Response(twiml_body(reply), content_type="application/xml")
    assert list(made.headers.items()) == list(general.headers.items())
    assert (made.status, made.get_data()) == (general.status, general.get_data())
