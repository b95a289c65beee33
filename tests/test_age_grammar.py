"""Ages read as grammar (content/ages/grammar.yaml): Arabic duals and clitics, a lone unit as
one, a bare number with a genitive after a word for a child, a birth told by when it was, a due
month, the turning of a next birthday, school years in words and scripts, weeks of a pregnancy,
and numbers that are not a child's age (rates, waits, the parent's own)."""

from __future__ import annotations

import pytest

from finder.understand.age_grammar import AgeGrammar
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import normalise, words
from tests.cases import scoring

EXPECTING = "expecting"
AGES = [
    # Arabic duals as a number and a unit, with halves, compounds, clitics and the article
    ("ابني عمره سنتين ونص", (30,)), ("بنتي عمرها شهرين ونص", (2,)), ("عمره سنة وشهرين", (14,)),
    ("بعمر السنتين", (24,)), ("قرب يكمل سنتين", (23,)), ("binti 3omrha santeen", (24,)),
    ("بنت ٣ سنين وولد سنة", (36, 12)), ("ابني ٧ سنين وبنتي ٤", (84, 48)),
    ("عندي ولدين واحد ٣ سنين وواحد ٧", (36, 84)), ("الشهر الجاي بكمل ٣ سنين", (35,)),
    ("ابني عمره اطنعش سنين", (144,)),
    # a lone unit as one ("saal bhar", "saal da")
    ("beti saal bhar ki", (12,)), ("سال کا بیٹا", (12,)), ("munda saal da ho gaya", (12,)),
    # a bare number with a genitive after a word for a child
    ("2 bachay hain, ek 3 ka aur ek 6 ka", (36, 72)), ("beta paanch ka", (60,)),
    ("munda 4 da te kudi 2 di", (48, 24)), ("ek dikro 5 no ane dikri 2 ni", (60, 24)),
    # a bare number just after a word for a child
    ("ابني ٨ وبنتي ٥ والصغير ٢", (96, 60, 24)), ("بنتي ١٣ ما بتاكل", (156,)),
    ("eldest 14 youngest 3", (168, 36)),
    # a birth told by when it was
    ("kal paida hua", (0,)), ("پرسوں پیدا ہوئی", (0,)), ("بیٹی پچھلے ہفتے پیدا ہوئی", (0,)),
    ("انولد الأسبوع الماضي", (0,)), ("ولدت بنتي من أسبوع", (0,)), ("dikro kale janmyo", (0,)),
    ("ગયા અઠવાડિયે જન્મ થયો", (0,)), ("kal jamman hoya", (0,)), ("urodziła się tydzień temu", (0,)),
    # a next birthday: one month short of it
    ("agle mahine 4 saal ka hoga", (47,)), ("córka skończy 3 lata w maju", (35,)),
    ("she'll be 4 next month", (47,)),
    # number words in every script and romanisation
    ("dikro savaa varas no", (15,)), ("દીકરો 5 વરસનો છે", (60,)),
    ("maro dikro chha varas no che", (72,)),
    ("mera munda chaudan saal da hai", (168,)), ("mera beta chauda saal ka hai", (168,)),
    ("bacha chhey saal ka", (72,)), ("saarhe teen saal", (42,)), ("ਮੁੰਡਾ ਸਾਢੇ ਚਾਰ ਸਾਲ ਦਾ", (54,)),
    ("dikri sada tran varas ni", (42,)), ("beti paune 3 saal ki", (33,)), ("nomolood baby", (0,)),
    # school years in words and in other scripts
    ("my son is in year one", (60,)), ("بیٹی ییئر 6 میں", (120,)), ("ابني بالريسبشن", (48,)),
    # expecting: a due month, a pregnancy word before the months, "umeed se"
    ("jun mein delivery hai", EXPECTING), ("doctor ne may ki date di hai", EXPECTING),
    ("termin mam na maj", EXPECTING), ("عندي موعد ولادة الشهر الجاي", EXPECTING),
    ("main ummeed se hoon", EXPECTING), ("teesra bacha aane wala hai", EXPECTING),
    ("uur baan ahay 5 bilood", EXPECTING), ("june mein due hai", EXPECTING),
    ("dhalmadaydu waa bisha juun", EXPECTING),
    # born on a day of the week
    ("بنتي انولدت الخميس", (0,)), ("dikro somvare janmyo", (0,)), ("ગુરુવારે જન્મ થયો", (0,)),
    ("munda aitvaar nu jammeya", (0,)), ("wiilkaygu wuxuu dhashay isniintii", (0,)),
    ("urodził się w poniedziałek", (0,)),
    # a sibling's bare age right after the last one; a genitive glued to a unit; halves
    ("syn 7 lat, córka 4", (84, 48)), ("બેબી 10 દિવસનું છે", (0,)),
    ("દીકરી 9 મહિનાની અને દીકરો 5 વર્ષનો", (9, 60)), ("chaar varsh ane ardhu", (54,)),
    ("sadaa chaar varas", (54,)), ("navu baby shant nathi thatu", (0,)),
    ("نیا پیدا ہوا بچہ چپ نہیں کرتا", (0,)), ("binti 3omrha sanateen", (24,)),
    # "came" right after "ago" is a birth for weeks and months; a school year's own verb after it
    ("3 hafte pehle hui", (0,)), ("3 અઠવાડિયા પહેલા આવી", (0,)),
    ("nursery mein hai aur september mein reception shuru karega", (36,)),
    ("nursery ch hai te september ch reception shuru karega", (36,)),
    ("બાળક નર્સરીમાં છે અને સપ્ટેમ્બરમાં રિસેપ્શન શરૂ કરશે", (36,)),
    ("بالحضانة وبيبلش reception بأيلول", (36,)), ("syn poszedł do year 7", (132,)),
    # weeks beyond a baby's are a pregnancy's, unless told as a child's age
    ("biwi ko 28 hafte ho gaye hain", EXPECTING), ("بیوی کو 28 ہفتے ہو گئے", EXPECTING),
    ("٣٤ اسبوع مع التاني", EXPECTING), ("march ma due chu, triju baby", EXPECTING),
    ("my baby is 30 weeks old", (6,)), ("baby 30 weeks", (6,)),
    # a bare number after a word for a child; "yo" ends one child's age; weeks after a birth
    ("ds 4 wont sleep", (48,)), ("my son (5) hits", (60,)),
    ("my daughter, 9, wets the bed", (108,)), ("my son who's 3", (36,)),
    ("3yo and 6mo", (36, 6)), ("I'm 3 weeks postpartum", (0,)),
    ("I'm 20 weeks", EXPECTING),
    # a number glued before a unit (Polish compounds)
    ("półroczne dziecko", (6,)), ("czteromiesięczny synek", (4,)), ("półtoraroczny synek", (18,)),
    ("mam czteromiesięcznego syna", (4,)),
]
NOT_AGES = [
    "صرلي سنتين بستنى", "raat ma 4 vakhat uthe che", "we've waited 2 years",
    "czekam 3 miesiace na wizyte", "raat ko 4 dafa uthta hai", "raat nu 3 vaari uthda",
    "صار لي سنتين على قائمة الانتظار", "من سنتين عم استنى موعد",
    "weli musqusha ma baran oo dugsiga ayuu bilaabayaa", "ابني ٣ مرات بيصحى بالليل",
    "youngest 3 times a night", "بعد الطلاق بشوف ولادي كل أسبوعين",
    # rates and prices ("£5 a week": the pound sign is dropped), the parent's own age after
    "nursery costs £5 a week more now", "it costs £20 a month", "she goes twice a week",
    "we see the nurse once a month", "he sleeps 2 hours a day", "we pay £10 a day",
    "હું અઠવાડિયામાં 3 દિવસ કામ કરું છું", "main hafte mein 3 din kaam karti hoon",
    "main 24 saal di haan", "main 24 saal ki hoon aur akeli maa hoon", "dzieci do roku",
]
NOT_EXPECTING = ["food bank delivery next week please", "my baby is due his jabs next month",
                 "agle hafte teeke lagne hain"]


@pytest.mark.parametrize("text", NOT_EXPECTING)
def test_a_delivery_or_a_date_alone_is_no_pregnancy(understander, text):
    assert understander.interpret(text).expecting is False


def test_a_dual_is_read_as_two_and_its_unit():
    grammar = AgeGrammar.from_root(scoring.CONTENT_DIR)
    expanded = grammar.expand(words("عمره سنتين ونص"), frozenset(), PhraseIndex([]))
    assert expanded.tokens[1:3] == ("2", normalise("سنة"))


def test_a_missing_grammar_file_reads_nothing_more(tmp_path):
    grammar = AgeGrammar.from_root(tmp_path)
    split = words("kal paida hua")
    assert grammar.expand(split, frozenset(), PhraseIndex([])) is split
    assert not grammar.born_recently(split.tokens)
