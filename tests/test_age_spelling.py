"""Misspelt number words, units and child words read as the word they were meant to be, and
everyday words one letter from a unit or number that stay as they are."""

from __future__ import annotations

import pytest

from finder.understand.age_spelling import fold

MISSPELT = [  # (id, text, each child's age in months)
    ("pa-number-doubled", "munda atthh saal da", (96,)),
    ("ur-number-h", "beti pandhra saal ki", (180,)),
    ("gu-number-h", "dikri athh varas ni che", (96,)),
    ("pl-unit-edit", "synek ma 10 miesiency", (10,)),
    ("pl-number-edit", "corka ma siedm lat", (84,)),
    ("en-unit-swap", "my son is 8 yeras old", (96,)),
    ("en-long-number", "my daughter is fourten and wont talk to me", (168,)),
    ("so-number-d", "wiilkaygu waa todoba sano", (84,)),
    ("ur-unit-tripled", "beta 4 saaal ka hai", (48,)),
    ("ar-arabizi-unit", "ibni 3omro 5 seneen", (60,)),
    ("so-child-vowel", "wiilkeyga waa 6 sano", (72,)),
]
LOOK_ALIKES = [  # (id, text): one letter from a unit or a number word, no age
    ("en-blood", "she had 3 blood tests"),
    ("en-mouth", "he has 2 mouth ulcers"),
    ("pa-chaabi", "na chaabi dinda na paise"),
    ("ur-dono", "دونوں بچے سکول جاتے ہیں"),
    ("en-seen", "I've seen 3 doctors"),
]


@pytest.mark.parametrize(("text", "ages"), [pytest.param(t, a, id=i) for i, t, a in MISSPELT])
def test_a_misspelt_word_reads_as_the_word_meant(understander, text, ages):
    assert understander.interpret(text).age_months == ages


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in LOOK_ALIKES])
def test_a_word_one_letter_from_a_unit_adds_no_child(understander, text):
    assert understander.interpret(text).age_months == ()


@pytest.mark.parametrize(("spellings", "folded"), [
    (("aath", "atth", "aathh", "ath"), "at"),
    (("pandraan", "pandran", "pandra", "pandhra"), "pandra"),
    (("wiil", "viil"), "vil"),
])
def test_romanised_spellings_fold_together(spellings, folded):
    assert {fold(word) for word in spellings} == {folded}


@pytest.mark.parametrize("spellings", [
    ("ਬਾਰਾਂ", "ਬਾਰ੍ਹਾਂ", "ਬਾਰਾ"),  # Gurmukhi: a subjoined "h" and the nasal sign come and go
    ("ਅੱਠ", "ਅਠ"),  # the doubling sign
    ("ਮਹੀਨਿਆਂ", "ਮਹਿਨਿਆਂ"),  # a long vowel for a short one
    ("મહિનાનું", "મહીનાનુ"),  # Gujarati: the same, and the anusvara
], ids=["subjoined-h", "adhak", "gurmukhi-vowel", "gujarati"])
def test_indic_spellings_fold_together(spellings):
    assert len({fold(word) for word in spellings}) == 1


def test_other_scripts_are_not_folded():
    assert fold("ثمانية") == "ثمانية" and fold("آٹھ") == "آٹھ"
