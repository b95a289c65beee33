"""Ages as parents write them in every language: number words in each script and in Latin
letters, dialect forms, ordinal classes, several children, pregnancies, and numbers that are not
a child's age."""

from __future__ import annotations

import pytest
from test_age_grammar import AGES as BY_GRAMMAR
from test_age_grammar import NOT_AGES as NOT_BY_GRAMMAR

EXPECTING = "expecting"
# (text, the ages in months it gives, or EXPECTING)
AGES = [
    # Urdu, in its script and in Latin letters
    ("میرا بیٹا تین سال کا ہے", (36,)), ("بیٹا ۳ سال کا ہے", (36,)),
    ("میرے دو بچے ہیں، ۴ اور ۷ سال کے", (48, 84)), ("بچہ ڈیڑھ سال کا ہے", (18,)),
    ("میرا بیٹا پانچویں جماعت میں ہے", (108,)), ("بیٹی تیسری کلاس میں پڑھتی ہے", (84,)),
    ("بیٹا انیس مہینے کا ہے", (19,)), ("بیٹی بیس مہینے کی", (20,)), ("۵ سالہ بیٹا", (60,)),
    ("میں سات مہینے کی حاملہ ہوں", EXPECTING), ("teen saal", (36,)),
    ("beta 5 saal ka hai aur beti 8 saal ki", (60, 96)), ("mera 4 sala beta", (48,)),
    ("aik saal ka beta", (12,)), ("beta dus saal ka", (120,)), ("beta dusri jamat mein", (72,)),
    ("mera beta 7th class mein hai", (132,)), ("7 mahine ki pregnant hun", EXPECTING),
    ("beta 2 mahine pehle paida hua", (2,)),
    # Arabic: Modern Standard, Levantine, Gulf and Egyptian
    ("ابني عمره ثلاث سنوات", (36,)), ("عمره سنتين", (24,)), ("بنتي عمرها ٤", (48,)),
    ("ابني في الصف الثالث", (84,)), ("عنده ٣ سنين", (36,)), ("بنتي عمرها تلات سنين", (36,)),
    ("عمرو خمستاش سنة", (180,)), ("ابني عمره تمن سنين", (96,)), ("ابني بصف سابع", (132,)),
    ("بنتي في سنة سابعة", (132,)), ("ابني بسنة ٩", (156,)), ("طفل بعمر سنتين", (24,)),
    ("ابني ابن ٤ سنين", (48,)), ("عندي ولدين ٥ و ٨ سنين", (60, 96)),
    ("حامل في الشهر السابع", EXPECTING), ("بنتي عمرها ٣ أشهر", (3,)),
    # Gujarati
    ("મારો દીકરો બાર વર્ષનો છે", (144,)), ("મારી દીકરી અઢી વર્ષની છે", (30,)),
    ("dikro trija dhoran ma che", (84,)), ("maro dikro 5 ma dhoran ma che", (108,)),
    ("dikro 2 ma che", (72,)), ("mane 8 mo mahino che", EXPECTING),
    ("mane 7 mahina chale che", EXPECTING), ("year 9 ma che ane mota chokra sathe", (156,)),
    ("dikri school ma che ane 8 varas ni che", (96,)),
    # Punjabi
    ("ਮੇਰਾ ਪੁੱਤ ਤਿੰਨ ਸਾਲ ਦਾ ਹੈ", (36,)), ("ਮੇਰਾ ਪੁੱਤ ੭ਵੀਂ ਜਮਾਤ ਵਿੱਚ", (132,)),
    ("putt 5vi class ch aa", (108,)), ("munda 8 mahine da", (8,)), ("kudi do saal di", (24,)),
    ("ਮੈਂ ਸੱਤ ਮਹੀਨੇ ਦੀ ਗਰਭਵਤੀ ਹਾਂ", EXPECTING),
    # Somali, Polish, English
    ("gabadhaydu waa laba sano", (24,)), ("sanadka 2aad", (72,)), ("inanta waa lix sano", (72,)),
    ("wiil 4 jir ah iyo gabar 7 jir ah", (48, 84)), ("syn ma pięć lat", (60,)),
    ("mam dwoje dzieci 4 i 7 lat", (48, 84)), ("beta 6th class", (120,)),
    # a second child's bare number takes the first one's unit; quarters; English inside
    ("bara beta 10 saal ka aur chhota 6 ka", (120, 72)), ("beta 10 saal aur beti 6", (120, 72)),
    ("munda 2 saal da te kudi 5 di", (24, 60)), ("ابني عمره ١٢ سنة و بنتي ٩", (144, 108)),
    ("putt sawa saal da", (15,)), ("beta sawa do saal ka", (27,)), ("paune do saal", (21,)),
    ("بنتي بyear 10 بطلت تروح عالمدرسة", (168,)), ("beti 2 years ki hai", (24,)),
    ("હું 6 મહિના પ્રેગ્નન્ટ છું", EXPECTING), ("ਮੇਰਾ ਪੁੱਤ 3 years ਦਾ", (36,)),
    ("naya baby hai", (0,)), ("delivery agle mahine hai", EXPECTING),
    ("ولدت من ٣ أسابيع", (0,)), ("انا بالشهر التامن", EXPECTING),
    ("3 hafte pehle delivery hui", (0,)), ("pregnant hun 20 hafte", EXPECTING),
    ("teen bachay hain 2, 4, 7", (24, 48, 84)), ("چالیس دن کا بچہ", (1,)), ("beti 2 maah ki", (2,)),
]
NOT_AGES = [
    "وہ رات کو تین بار اٹھتا ہے", "دو سال سے انتظار کر رہے ہیں", "raat ko 3 baar uthta hai",
    "main 22 saal ki hun", "بيصحى ٣ مرات بالليل", "على قائمة الانتظار من سنتين", "عمري ٢٣ سنة",
    "beta ma che", "2 year waiting list", "he's up 3 times a night",
    "صار لي سنتين على قائمة الانتظار", "2 din se bukhar hai", "من يومين عنده حرارة",
]


@pytest.mark.parametrize(("text", "ages"), AGES + BY_GRAMMAR,
                         ids=[text for text, _ in AGES + BY_GRAMMAR])
def test_an_age_is_read_in_every_language(understander, text, ages):
    found = understander.interpret(text)
    if ages == EXPECTING:
        assert found.expecting and found.age_months == ()
    else:
        assert sorted(found.age_months) == sorted(ages) and not found.expecting


@pytest.mark.parametrize("text", NOT_AGES + NOT_BY_GRAMMAR)
def test_a_number_that_is_no_childs_age_adds_no_child(understander, text):
    assert understander.interpret(text).age_months == ()
