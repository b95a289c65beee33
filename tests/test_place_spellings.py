"""Places as parents spell them: Arabic's own letters for p, g and ch, hamza or none, the
city's main roads named after towns, and everyday words that are no place."""

from __future__ import annotations

import pytest

SPELT = [
    ("نوتنجهام", "outside"), ("برمنجهام", "outside"), ("اوكهام", "rutland"),
    ("اشبي", "nw-leicestershire"), ("وجستون", "oadby-wigston"), ("لوبورو", "charnwood"),
    ("كيترنغ", "outside"), ("ستامفورد", "outside"), ("نورثامبتون", "outside"),
    ("mieszkamy przy narborough road", "leicester-city"), ("we live off melton road",
                                                          "leicester-city"),
    ("near uppingham rd", "leicester-city"), ("on hinckley road", "leicester-city"),
    ("st saviours rd", "leicester-city"), ("ناربرو روڈ", "leicester-city"),
    ("moved from london and dont know anyone", "outside"), ("we live in narborough", "blaby"),
    ("mieszkam w Lesterze", "leicester-city"), ("do Wigstonu", "oadby-wigston"),
    ("w Londynie", "outside"), ("near fosse park", "blaby"), ("في روتلاند", "rutland"),
]
ASKED = ["بوسورث", "ساكنين في برونستون", "બોસવર્થ"]
NO_PLACE = ["be varsh thaya pan ek pan shabd nathi bolto", "dikro vaat nathi manto",
            "حملت وعمري 16"]


@pytest.mark.parametrize(("text", "district"), SPELT)
def test_a_place_spelt_by_ear_is_found(understander, text, district):
    place = understander.interpret(text).place
    assert place is not None
    assert ("outside" if place.outside else place.district) == district


@pytest.mark.parametrize("text", NO_PLACE)
def test_an_everyday_word_is_no_typo_of_a_place(understander, text):
    found = understander.interpret(text)
    assert found.place is None and not found.place_candidates


@pytest.mark.parametrize("text", ASKED)
def test_a_name_of_two_places_in_another_script_asks(understander, text):
    found = understander.interpret(text)
    assert found.place is None and len(found.place_candidates) >= 2
