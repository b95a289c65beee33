"""Evidence that tells languages apart in short and code-mixed messages, one class at a time:
each script's own digits and letters, particles two languages share, English words put into
another language's sentence, and a long message whose clauses are in two languages. Written
for the detector's rules, not copied from any table."""

from __future__ import annotations

import pytest

# Arabic script with none of Arabic's or Urdu's own letters: the digits say which it is
# (Arabic writes ٣, Urdu ۳), and so does Arabic's ه where Urdu writes ہ.
DIGITS_AND_HEH = [
    ("دفعت ٢٠ باوند", "ar"), ("رحنا ٣ مرات", "ar"), ("نام ٥ ساعات بس", "ar"),
    ("شربه ٢٠٠ مل", "ar"), ("وزنه زاد", "ar"), ("صار ٧ شهور", "ar"),
    ("وزن ۱۲", "ur"), ("دوا ۵ مل", "ur"),
]

# Romanised Punjabi and Urdu share "saal", "hai" and the numbers: the genitive decides
# (Punjabi da/di, Urdu ka/ki).
PARTICLES = [
    ("do saal di hai", "pa"), ("chhe saal di", "pa"), ("das saal da beta", "pa"),
    ("panj saal da hai", "pa"), ("das saal ka beta", "ur"), ("nau saal ki beti", "ur"),
    ("do saal ka hai", "ur"),
]

# English nouns inside another language's sentence say less than its particles; the same
# nouns alone, or with English grammar, stay English.
LOANWORDS = [
    ("baby 6 months ki hai", "ur"), ("daughter 2 years ki hai", "ur"),
    ("school ma problem che", "gu"), ("baby 7 months da hai", "pa"),
    ("baby 6 months old", "en"), ("my son is in year 4", "en"), ("school problem", "en"),
    ("newborn baby not feeding", "en"),
]

# An English opening and a clause in the parent's own language: the letter model reads the
# whole message, and counts for more the longer it is.
TWO_CLAUSES = [
    ("she is 4 and a half, bolti nahi hai", "ur"), ("he is 3, khato nathi ane rade che", "gu"),
    ("my son is 5 and he raat nu sonda nahi", "pa"), ("she is 2, ma hadasho weli", "so"),
    ("he is 6 and nie chce chodzic do szkoly", "pl"),
]

# Arabizi: a 3 (ع) or 7 (ح) opening a word before a vowel or n; an age, ordinal or hour in
# English ("3yo", "3rd", "7am") or Polish ("3latka") is none.
ARABIZI = [
    ("3andha 7arara", "ar"), ("3ndo sene w nos", "ar"), ("7ader w 3ala rasi", "ar"),
    ("7ilwe l group", "ar"), ("3and el doktor bukra", "ar"),
    ("up at 3am feeding again", "en"), ("wakes at 7am every day", "en"),
    ("my 3yo wont eat", "en"), ("he is my 3rd child", "en"), ("baby is 7ish weeks", "en"),
    ("synek 3latka nie mowi", "pl"),
]

# Polish without its letters and without a marker word, around a number: the letter model
# alone decides when no other language comes near, and English stays English.
LETTERS_ALONE = [
    ("kupuje 3 paczki chusteczek", "pl"), ("odbieram 2 paczki pieluch", "pl"),
    ("bierze 5 ml syropu", "pl"), ("szczepienie 12 stycznia", "pl"),
    ("wracamy tramwajem o 16", "pl"), ("karmie co 3 godziny", "pl"),
    ("midwife visit tomorrow", "en"), ("jabs on 12 march", "en"), ("nappies 2 packs", "en"),
]

CASES = [*DIGITS_AND_HEH, *PARTICLES, *LOANWORDS, *TWO_CLAUSES, *ARABIZI, *LETTERS_ALONE]


@pytest.mark.parametrize(("text", "language"), CASES, ids=[text for text, _ in CASES])
def test_a_mixed_or_short_message_reads_in_its_language(understander, text, language):
    assert understander.interpret(text).language == language


# A word of a language not spoken here ("ne": French) twice is still one stray word.
REPEATED = ["ene joi ne hasi ne rovi", "pappa ne joi ne bhagi gayo", "teacher ne kahi ne aavi",
            "dada ne mali ne aavya", "rasoi ma jai ne joi ne aavi"]


@pytest.mark.parametrize("text", REPEATED)
def test_one_foreign_word_repeated_is_not_another_language(understander, text):
    found = understander.interpret(text)
    assert (found.other_language, found.language) == (None, "gu")
