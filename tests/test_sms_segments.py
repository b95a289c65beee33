"""Counting SMS segments in GSM-7 and UCS-2, and fitting a text to three of them."""

from __future__ import annotations

import pytest

from finder.sms.segments import CAPACITY, GSM7, UCS2, measure, plain, truncate

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
    ("word " * 200, 3),
    ("słowo " * 200, 3),
    ("ਸਤ ਸ੍ਰੀ " * 100, 3),
    ("👋" * 300, 1),
    ("a" * 2000, 2),
], ids=["gsm7-words", "polish-words", "gurmukhi-words", "emoji", "no-spaces"])
def test_truncate_fits_the_budget_and_keeps_as_much_as_it_can(text, limit):
    cut = truncate(text, limit)
    assert measure(cut).count == limit
    assert cut.endswith("...")
    assert text.startswith(cut[:-3].rstrip())
    found = measure(cut)
    assert found.units >= 0.9 * limit * CAPACITY[found.encoding][1]


def test_truncate_leaves_a_text_that_fits_alone():
    assert truncate("Short enough.") == "Short enough."
