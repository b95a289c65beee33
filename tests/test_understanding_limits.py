"""The cap on what `interpret` reads applies after Unicode normalisation, not before."""

from __future__ import annotations

import unicodedata

import pytest

from finder.directory import content
from finder.understand import Understander
from finder.understand.interpret import MAX_CHARACTERS, capped
from tests.cases import scoring

EXPANDING = "\ufdfa"  # one character that NFKC turns into eighteen
EXPANSION = len(unicodedata.normalize("NFKC", EXPANDING))


@pytest.fixture(scope="module")
def understander() -> Understander:
    return Understander.from_content(content.load(scoring.CONTENT_DIR))


def test_an_expanding_character_is_counted_after_it_expands():
    assert EXPANSION > 10
    assert len(capped(EXPANDING * 1000)) == MAX_CHARACTERS


def test_words_past_the_cap_after_expansion_are_not_read(understander):
    inside = MAX_CHARACTERS // EXPANSION - 2
    outside = MAX_CHARACTERS // EXPANSION + 2
    assert len(EXPANDING * outside + " sleep") < MAX_CHARACTERS  # under the cap before NFKC
    assert "sleep" in understander.interpret(EXPANDING * inside + " sleep").needs
    assert "sleep" not in understander.interpret(EXPANDING * outside + " sleep").needs


def test_a_long_run_of_numbers_reads_no_ages_and_finishes(understander):
    found = understander.interpret(("1 2 3 4 5 6 7 8 9 " * 100)[:1600])
    assert found.age_months == ()


@pytest.mark.parametrize("text", [
    EXPANDING * 1000,
    EXPANDING * 300 + "e\u0301" * 900,  # composing marks past the cut
    "a" * 240 + EXPANDING * 200,
    EXPANDING * 249 + "\u0cc6\u0cd5" + EXPANDING * 300,  # a vowel sign joining back at the cut
    EXPANDING * 249 + "\u1100\u1161" + EXPANDING * 300,  # Hangul jamo composing at the cut
    # marks straddling the cut that NFKC reorders: the marks after it come first
    EXPANDING * 110 + "\u0301" * 140 + "\u0316" * 100 + EXPANDING * 100,
    "ﬃ" * 3000,
])
def test_a_prefix_normalised_is_the_whole_normalised_and_cut(text):
    assert capped(text) == unicodedata.normalize("NFKC", text[:MAX_CHARACTERS * 2])[
        :MAX_CHARACTERS]


@pytest.mark.parametrize("filler", [
    "we are in a mess and do not know what to do at all ",  # words an age could start at
    "i wont cope w tym i do a lot ",  # short words: many to a message
])
@pytest.mark.parametrize("ending", [" my 3 year old, we live in Wigstn",
                                    " my 3 year old, LE18 4AB"])
def test_the_caps_reach_past_the_longest_message_a_channel_accepts(understander, filler,
                                                                   ending):
    text = (filler * 40)[:940] + ending
    assert len(text) <= 1000
    found = understander.interpret(text)
    assert 36 in found.age_months
    assert found.place is not None and found.place.district == "oadby-wigston"
