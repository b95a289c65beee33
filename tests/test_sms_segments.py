"""Counting SMS segments in GSM-7 and UCS-2, and fitting a text to three of them."""

from __future__ import annotations

import random

import pytest

from finder.sms.segments import (
    GSM7,
    PLAIN_TYPOGRAPHY,
    POLISH_PLAIN,
    UCS2,
    measure,
    pieces,
    plain,
    polish_plain,
)

CASES = [
    # text, encoding, units (septets or UTF-16 code units), segments
    ("", GSM7, 0, 0),
    ("Hello", GSM7, 5, 1),
    ("a" * 160, GSM7, 160, 1),
    ("a" * 161, GSM7, 161, 2),
    ("a" * 306, GSM7, 306, 2),
    ("a" * 307, GSM7, 307, 3),
    ("£5 @ Café: ÄÖÑÜ äöñü §¿¡ ΔΦΓΛΩ", GSM7, 30, 1),
    ("Reply 1 or 2\nThanks", GSM7, 19, 1),
    ("{}", GSM7, 4, 1),
    ("€" * 80, GSM7, 160, 1),
    ("€" * 81, GSM7, 162, 2),
    ("^{}\\[~]|€", GSM7, 18, 1),
    # an escaped pair never straddles two segments: 152 septets then one € starts segment two
    ("a" * 152 + "€" + "a" * 10, GSM7, 164, 2),
    ("a" * 152 + "€" * 77, GSM7, 306, 3),
    ("Dzień dobry", UCS2, 11, 1),
    ("Ç" * 160, GSM7, 160, 1),
    ("ç" * 70, UCS2, 70, 1),  # only the capital is in GSM-7
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ", UCS2, 12, 1),
    ("مرحبا", UCS2, 5, 1),
    ("ę" * 70, UCS2, 70, 1),
    ("ę" * 71, UCS2, 71, 2),
    ("ę" * 134, UCS2, 134, 2),
    ("ę" * 135, UCS2, 135, 3),
    ("Hi 👋", UCS2, 5, 1),
    ("👋" * 35, UCS2, 70, 1),
    ("👋" * 36, UCS2, 72, 2),
    # a surrogate pair never straddles two segments either: 66 units then an emoji
    ("ę" * 66 + "👋" + "ę" * 66, UCS2, 134, 3),
    ("a" * 100 + "’", UCS2, 101, 2),
]


@pytest.mark.parametrize(("text", "encoding", "units", "segments"), CASES,
                         ids=[f"{i}-{c[1]}-{c[3]}" for i, c in enumerate(CASES)])
def test_segments_are_counted(text, encoding, units, segments):
    found = measure(text)
    assert (found.encoding, found.units, found.count) == (encoding, units, segments)


def test_typographic_quotes_and_dashes_become_gsm7():
    text = plain("We’re here – “anytime”…")
    assert text == "We're here - \"anytime\"..."
    assert measure(text).encoding == GSM7


@pytest.mark.parametrize(("text", "limit"), [
    ("A sentence of words. " * 40, 3),
    ("Zdanie ze słowami. " * 60, 3),
    ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ।\n" * 40, 3),
    ("One line.\nAnother line that is a little longer.\n" * 30, 1),
], ids=["gsm7-sentences", "polish-sentences", "gurmukhi-lines", "lines"])
def test_a_long_text_goes_on_in_more_texts_with_every_sentence_whole(text, limit):
    parts = pieces(text, limit)
    assert len(parts) > 1
    assert all(measure(part).count <= limit for part in parts)
    sentences = [s for s in text.replace("\n", " ").split(" ") if s]
    assert " ".join(" ".join(parts).replace("\n", " ").split()) == " ".join(sentences)
    for part in parts:  # every text ends where a sentence or line ends
        assert part.rstrip()[-1] in ".\u0964", part[-20:]


def test_a_text_that_fits_is_one_piece():
    assert pieces("Short enough.") == ["Short enough."]


def test_polish_without_diacritics_is_gsm7_and_half_the_segments():
    text = "Żółta łódź: ćwiczenia dla rodziców, źródło wsparcia, pięć spotkań. " * 4
    assert measure(text).encoding == UCS2
    plain_text = polish_plain(text)
    assert measure(plain_text).encoding == GSM7
    assert measure(plain_text).count * 2 <= measure(text).count
    assert plain_text.startswith("Zolta lodz: cwiczenia dla rodzicow, zrodlo")


def test_a_text_me_message_drops_whole_services_never_cuts_one():
    from finder.web.textme import MAX_SEGMENTS, fitted

    body = "\n\n".join(f"Service number {n}\nCall 0116 000 000{n} or see example.org/{n}."
                       for n in range(12))
    text = fitted(body, "https://finder.example/find?need=sleep")
    assert measure(text).count <= MAX_SEGMENTS
    assert text.endswith("https://finder.example/find?need=sleep")
    assert not text.rstrip().endswith(("...", "\u2026"))
    kept = text.split("\n")[:-1]
    assert "\n".join(kept) == "\n\n".join(body.split("\n\n")[:len("\n".join(kept).split(
        "\n\n"))])


def test_plain_typography_and_polish_are_each_letter_mapped_at_once():
    """The marks and letters replaced one by one read as one `str.translate` over the text."""
    typography = str.maketrans(PLAIN_TYPOGRAPHY)
    polish = str.maketrans(POLISH_PLAIN)
    letters = [*PLAIN_TYPOGRAPHY, *POLISH_PLAIN, "a", " ", ".", "é", "ß", "€", "ي", "ક", "😀", "'"]
    rng = random.Random(4)
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        assert plain(text) == text.translate(typography)
        assert polish_plain(text) == text.translate(polish)
