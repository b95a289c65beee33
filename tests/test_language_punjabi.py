"""Punjabi told from Urdu: written in the Urdu letters (Shahmukhi), its own words ("نوں", "وچ",
"اے", "نئیں", "دا", "سالاں") outweigh the letters it shares with Urdu; romanised, its own forms
("kar reha", "kinna", "deyie") say it. Urdu stays Urdu; Gujarati's own forms ("dikra",
"aapu") say Gujarati. Sentences of our own (session 13,
branch ages-b)."""

from __future__ import annotations

import pytest

SHAHMUKHI = [
    "میرا پتر 8 سالاں دا اے تے سکول نئیں جاندا",
    "دھی رات نوں سوندی نئیں، میں کی کراں",
    "منڈا سارا دن فون تے رہندا اے",
    "ساڈی کڑی نوں بولن وچ مشکل اے",
    "میری دھی نوں ڈاکٹر کول لے جانا اے، کتھے جاواں",
    "نکا منڈا کھانا نئیں کھاندا",
    "وڈی کڑی 13 سالاں دی اے تے گل نئیں مندی",
    "میں 6 مہینیاں دی پریگنینٹ آں",
    "ڈاکٹر نے 7 دناں دی دوائی دتی",
    "کڑی 4 سال توں تھوڑی وڈی اے",
]
ROMANISED = [
    "munda saari raat ro reha, ki karaan",
    "dawai kinni deyie, 5ml ke 10ml?",
    "baby da pet dukhda, doctor kithe milu",
    "kinne paise lagde group de?",
]
GUJARATI = ["be dikra, moto 10 no", "dawa ketli aapu, 5ml?"]
URDU = [
    "beta raat ko ro raha hai",
    "dawai kitni deni hai",
    "میرا بیٹا رات کو سوتا نہیں",
    "بیٹی 3 سال کی ہے اور بولتی نہیں",
    "مجھے اپنے بچے کے لیے مدد چاہیے",
    "میں بہت پریشان ہوں",
    "اسی لیے مدد چاہیے",  # "اسی": Urdu's "that very", no Punjabi "we"
]


@pytest.mark.parametrize("text", SHAHMUKHI)
def test_punjabi_in_the_urdu_letters_is_punjabi(understander, text):
    assert understander.interpret(text).language == "pa"


@pytest.mark.parametrize("text", ROMANISED)
def test_punjabi_forms_urdu_writes_otherwise_say_punjabi(understander, text):
    assert understander.interpret(text).language == "pa"


@pytest.mark.parametrize("text", URDU)
def test_urdu_stays_urdu_beside_shahmukhi_punjabi(understander, text):
    assert understander.interpret(text).language == "ur"


def test_a_place_spelt_in_the_urdu_letters_alone_stays_urdu(understander):
    assert understander.interpret("برانسٹن").language == "ur"


@pytest.mark.parametrize("text", GUJARATI)
def test_gujarati_forms_say_gujarati(understander, text):
    assert understander.interpret(text).language == "gu"
