"""Place names typed by ear in Arabic, Urdu, Gujarati and Gurmukhi script: read by consonants."""

from __future__ import annotations

import pytest

from finder.directory import content
from finder.understand.place import Gazetteer
from finder.understand.skeleton import skeleton
from tests.cases import scoring

GAZETTEER = Gazetteer.from_content(content.load(scoring.CONTENT_DIR))


@pytest.mark.parametrize(("text", "place"), [
    ("اسپنی ہل میں", "Spinney Hills"),  # Urdu: a vowel before "sp", "Hills" without its s
    ("સ્પિની હિલ", "Spinney Hills"),  # Gujarati, without the plural
    ("ਇਵਿੰਗਟਨ", "Evington"),  # Gurmukhi, another first vowel
    ("برانسٹن پارک", "Braunstone Park"),  # Urdu, fewer vowels
    ("برونستون بارك", "Braunstone Park"),  # Arabic
    ("نوٹنگھم", "Nottingham"),  # outside the region, still known
    ("بويجستون", "Wigston"),  # Arabic "in" glued on, and ج for the hard g
    ("بهايفيلد", "Highfields"),  # "in" glued on, without the plural
    ("ساكن في ليسستر", "Leicester"),  # a consonant written twice
    ("ليسيستر", "Leicester"),
    ("بسيستون", "Syston"),  # "in" glued on; Syston's own two s sounds are kept
    # A longer name whose first word has "in" glued on or a consonant twice: that first word
    # must still be heard as one a longer name starts with.
    ("ساكن في ببرونستون بارك", "Braunstone Park"),
    ("لبرانسٹن پارک", "Braunstone Park"),
    ("برونسستون بارك", "Braunstone Park"),
    ("بسپنی ہل", "Spinney Hills"),
])
def test_a_name_spelt_by_ear_is_read_by_its_consonants(text, place):
    found = GAZETTEER.resolve(text)
    assert found.place is not None and found.place.name == place


@pytest.mark.parametrize("text", [
    "میرا بچہ سوتا نہیں", "ابني لا ينام في الليل", "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ",
    "મારું બાળક ઊંઘતું નથી", "حماتي بتتدخل بتربية الولاد", "بيصحى بالليل وبيبكي كتير",
    "ما بعرف شو ألعب مع ابني", "بنتي بتخاف من المدرسة",
])
def test_everyday_words_in_those_scripts_are_no_place(text):
    found = GAZETTEER.resolve(text)
    assert found.place is None and not found.candidates


def test_a_skeleton_keeps_consonants_and_word_breaks():
    assert skeleton("ਐਵਿੰਗਟਨ") == skeleton("ਇਵਿੰਗਟਨ") == "ਵਗਟਨ"
    assert len(skeleton("سپنی هل").split()) == 2


@pytest.mark.parametrize(("text", "outcode"), [
    ("LE 4 5AB", "LE4"), ("le4 5 ab", "LE4"), ("LE04 5AB", "LE4"), ("LE04", "LE4"),
    ("my postcode is le2 7 nb", "LE2"), ("LE10 0AB", "LE10"),
])
def test_a_postcode_typed_with_stray_spaces_or_a_zero_is_read(text, outcode):
    found = GAZETTEER.resolve(text)
    assert found.place is not None and found.place.name == outcode


@pytest.mark.parametrize("text", ["hu 16 ni chu ane pregnant chu", "call 0116 255 1234"])
def test_numbers_beside_short_words_are_no_postcode(text):
    assert GAZETTEER.resolve(text).place is None
