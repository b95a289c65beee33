"""A pregnancy and an older child's age in one message, in Gujarati, Punjabi, Urdu and Arabic: the
baby to come is no newborn ("navu baby aavvanu che"), a due month just before a word for a
child leaves that child's months an age ("december ch aana te pehla 18 mahine da"), and a
form's due date is no pregnancy. Sentences of our own (session 13, branches ages-b and ages-ar:
a pregnancy's month beside a child's age, time left until the birth, twins already born)."""

from __future__ import annotations

import pytest

EXPECTING_AND_AGES = [
    ("gu-to-come-1", "navu baby aavvanu che ane dikri 3 varas ni", (36,)),
    ("gu-to-come-2", "navu baby aavse ane maro dikro 2 varas no che", (24,)),
    ("gu-due-month-1", "bijo baby may ma aavse, dikri 20 mahina ni", (20,)),
    ("pa-to-come-1", "nava baby aun wala te munda 4 saal da", (48,)),
    ("pa-due-month-1", "teeja baby march ch aana te vadda 2 saal da", (24,)),
    ("pa-due-month-2", "delivery agle mahine aa te kudi 11 mahine di", (11,)),
    ("pa-due-month-3", "baby december ch aana te munda 8 mahine da", (8,)),
    ("ur-to-come-1", "naya baby aane wala hai aur beta 5 saal ka", (60,)),
    ("ur-to-come-2", "نیا بچہ آنے والا ہے اور بیٹی 3 سال کی ہے", (36,)),
    ("ur-due-month-1", "dusra baby june mein aayega aur beti 14 mahine ki hai", (14,)),
    ("ur-left-1", "ڈیلیوری میں 2 ہفتے باقی ہیں اور بیٹا 4 سال کا", (48,)),
    ("gu-comes-in-1", "baby 2 athvadiya ma aavse ane dikri 3 varas ni", (36,)),
    ("gu-idiom-1", "mara pag bhare che ane dikro 6 varas no", (72,)),
    ("ur-comes-in-1", "baby 2 hafte mein aayega aur beti 3 saal ki hai", (36,)),
    ("ur-comes-in-2", "بچہ 3 ہفتے میں آئے گا اور بیٹا 5 سال کا", (60,)),
    ("pa-shahmukhi-1", "میرا پیر بھاری اے تے پتر 3 سال دا", (36,)),
    ("ar-and-child-1", "حامل وعندي ولد عمره سنتين", (24,)),
    ("ar-month-1", "انا حامل بالشهر السابع وبنتي عمرها ٣ سنين", (36,)),
    ("ar-arabizi-1", "ana 7amel w ebni 3omro 4 snin", (48,)),
    ("ar-second-1", "حامل بالتاني والكبير عمره سنتين", (24,)),
    ("ar-weeks-1", "حامل ب ٢٨ اسبوع وعندي بنت ٥ سنين", (60,)),
    ("ar-partner-1", "مرتي حامل وابني عمره ٣ سنين", (36,)),
    ("ar-arabizi-2", "ana 7amla w 3andi walad 3omro 3", (36,)),
    ("ar-carrying-twins-1", "حامل بتوأم وعندي بنت عمرها ٤ سنين", (48,)),
    ("ar-left-1", "باقي لي شهر على الولادة وابني عمره سنتين", (24,)),
    ("ar-born-twins-1", "انا حامل وعندي توأم عمرهم ٣ سنين", (36, 36)),
    ("ar-month-then-child-1", "انا حامل بالشهر الخامس وابني عمره ٣", (36,)),
    ("ar-child-then-month-1", "ابني الكبير عمره ٣ وانا حامل بالشهر الخامس", (36,)),
]


@pytest.mark.parametrize(("text", "ages"), [pytest.param(text, ages, id=case_id)
                                            for case_id, text, ages in EXPECTING_AND_AGES])
def test_a_baby_to_come_and_an_older_child_are_both_read(understander, text, ages):
    found = understander.interpret(text)
    assert found.expecting and sorted(found.age_months) == sorted(ages)
