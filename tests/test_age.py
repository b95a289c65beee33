"""Children's ages in completed months, pregnancy, and numbers that are not ages."""

from __future__ import annotations

import pytest

AGES = [
    ("my son is 3", (36,), "en-is"),
    ("18m", (18,), "en-18m"),
    ("he is 18 months", (18,), "en-months"),
    ("1 yr old wont eat", (12,), "en-yr-old"),
    ("my 15 yr old is out all night", (180,), "en-teen"),
    ("two and a half year old", (30,), "en-two-and-a-half"),
    ("2 and a half years", (30,), "en-2-and-a-half"),
    ("6 weeks old", (1,), "en-weeks"),
    ("a year old", (12,), "en-a-year"),
    ("newborn", (0,), "en-newborn"),
    ("just born and feeding is hard", (0,), "en-just-born"),
    ("my kids are 4 and 7", (48, 84), "en-two-children"),
    ("twins aged 2", (24, 24), "en-twins"),
    ("a 6 month old and a 5 year old", (6, 60), "en-two-units"),
    ("my son is 2 years and 6 months", (30,), "en-years-and-months"),
    ("córka ma dwa lata", (24,), "pl-dwa"),
    ("syn ma dwie latka", (24,), "pl-dwie"),
    ("półtora roku", (18,), "pl-poltora"),
    ("poltora roku", (18,), "pl-poltora-plain"),
    ("mam roczek synka", (12,), "pl-roczek"),
    ("noworodek", (0,), "pl-noworodek"),
    ("dziecko ma 6 miesięcy", (6,), "pl-months"),
    ("meri beti 2 saal ki hai", (24,), "ur-latin"),
    ("beta do saal ka hai", (24,), "ur-latin-word"),
    ("میرا بیٹا دو سال کا ہے", (24,), "ur-script-word"),
    ("ڈیڑھ سال", (18,), "ur-dedh"),
    ("نوزائیدہ", (0,), "ur-newborn"),
    ("۳ سال", (36,), "ur-extended-digits"),
    ("ਦੋ ਸਾਲ", (24,), "pa-word"),
    ("੩ ਸਾਲ", (36,), "pa-digits"),
    ("mera putt do saal da", (24,), "pa-latin"),
    ("બે વર્ષ", (24,), "gu-word"),
    ("૩ વર્ષ", (36,), "gu-digits"),
    ("be varas", (24,), "gu-latin"),
    ("laba sano", (24,), "so-laba-sano"),
    ("sanad jir", (12,), "so-sanad-jir"),
    ("wiilkayga waa 4 jir", (48,), "so-jir"),
    ("ابني عمره سنتين", (24,), "ar-dual"),
    ("ثلاث سنوات", (36,), "ar-word"),
    ("٣ سنوات", (36,), "ar-indic-digits"),
    ("نومولود", (0,), "ar-newborn"),
    # several children, each with the unit after its own number or after the list's last
    ("3 kids, 7, 4 and 9 months", (84, 48, 9), "en-list-last-in-months"),
    ("ਤਿੰਨ ਬੱਚੇ: 7 ਸਾਲ, 4 ਸਾਲ ਤੇ 9 ਮਹੀਨੇ", (84, 48, 9), "pa-series-not-compound"),
    ("saddex carruur ah: 7 jir, 4 jir iyo 9 bilood", (84, 48, 9), "so-series"),
    # ordinal class words: Year N
    ("beta dusri class mein hai", (72,), "ur-ordinal-class"),
    ("ਧੀ ਤੀਜੀ ਜਮਾਤ ਵਿੱਚ ਹੈ", (84,), "pa-ordinal-class"),
    ("ابني في الصف الرابع", (96,), "ar-ordinal-class"),
    ("بنتي بالصف الثالث", (84,), "ar-clitic-class"),
    ("wiilkaygu wuxuu dhigtaa fasalka labaad", (72,), "so-ordinal-class"),
    ("córka jest w trzeciej klasie", (84,), "pl-ordinal-class"),
    ("dikri trija dhoran ma bhane che", (84,), "gu-ordinal-class"),
    ("he's in nursery and starts reception in september", (36,), "en-starts-reception"),
    ("16 mahine hon wale ne", (15,), "pa-nearly-after"),
    ("kudi kamre ch band rehndi, 14 di aa", (168,), "pa-age-after"),
]


@pytest.mark.parametrize(("text", "months", "_"), AGES, ids=[a[2] for a in AGES])
def test_ages_are_read_in_completed_months(understander, text, months, _):
    assert understander.interpret(text).age_months == months


NOT_AGES = [
    ("he wakes at 3am", "time-am"),
    ("he wakes at 3", "time-at"),
    ("I live in LE4 5", "postcode"),
    ("LE4 5AB", "full-postcode"),
    ("call me on 07700 900123", "phone"),
    ("I have 3 kids", "count-kids"),
    ("he gets 2 hours sleep", "count-hours"),
    ("he has not slept for 3 weeks", "duration"),
    ("it started 2 weeks ago", "ago"),
    ("my teenager", "teenager-alone"),
    ("36 weeks pregnant", "gestation"),
    ("I'm 17", "parent-age"),
    ("pregnant with my 2nd", "ordinal"),
    ("wakes up 5 times a night", "times"),
    ("mam 17 lat", "parent-age-polish"),
    ("قائمة الانتظار للتشخيص سنتين", "ar-waiting-list-dual"),
    ("pehli baar class gayi", "ur-first-time-not-a-class"),
]


@pytest.mark.parametrize(("text", "_"), NOT_AGES, ids=[n[1] for n in NOT_AGES])
def test_numbers_that_are_not_ages_are_left_out(understander, text, _):
    assert understander.interpret(text).age_months == ()


ANSWERS = [
    ("3", (36,), "bare-number-is-years"),
    ("2.5", (30,), "decimal"),
    ("18 months", (18,), "months-still-parse"),
    ("6 weeks", (1,), "weeks-still-parse"),
    ("٤", (48,), "arabic-indic-digit"),
    ("4 and 7", (48, 84), "two-children"),
    ("trzy", (36,), "polish-word"),
]


@pytest.mark.parametrize(("text", "months", "_"), ANSWERS, ids=[a[2] for a in ANSWERS])
def test_an_answer_to_the_age_question_reads_bare_numbers_as_years(understander, text, months,
                                                                   _):
    assert understander.interpret(text, answering="age").age_months == months


def test_a_bare_number_is_not_an_age_when_no_age_was_asked(understander):
    assert understander.interpret("3").age_months == ()


EXPECTING = [
    ("I'm pregnant", "en-pregnant"),
    ("expecting our first", "en-expecting"),
    ("due in June", "en-due"),
    ("36 weeks pregnant", "en-weeks"),
    ("jestem w ciąży", "pl"),
    ("حامل", "ar"),
    ("میں حاملہ ہوں", "ur"),
    ("uur leh", "so"),
    ("ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ", "pa"),
    ("હું સગર્ભા છું", "gu"),
    ("jestem w 3 miesiącu", "pl-month-of-pregnancy"),
    ("الشهر الرابع", "ar-fourth-month"),
    ("7 mahine ki pregnant hoon", "ur-months-pregnant"),
    ("ਸੱਤਵਾਂ ਮਹੀਨਾ ਚੱਲ ਰਿਹਾ", "pa-seventh-month"),
    ("satmo mahino chale che", "gu-seventh-month"),
]


@pytest.mark.parametrize(("text", "_"), EXPECTING, ids=[e[1] for e in EXPECTING])
def test_pregnancy_sets_expecting(understander, text, _):
    assert understander.interpret(text).expecting is True


def test_other_children_are_listed_while_expecting(understander):
    found = understander.interpret("pregnant with my 2nd and my son is 3")
    assert found.expecting is True
    assert found.age_months == (36,)


@pytest.mark.parametrize("text", ["my son is 3", "he wont sleep", "dead tired"],
                         ids=["age", "need", "idiom"])
def test_messages_without_pregnancy_are_not_expecting(understander, text):
    assert understander.interpret(text).expecting is False


@pytest.mark.parametrize("text", ["4 and", "my kids are 4 and", "0" * 500 + " and", "2,"],
                         ids=["trailing-and", "sentence-trailing-and", "huge-number", "comma"])
def test_a_list_of_ages_cut_short_does_not_break_the_reader(understander, text):
    assert all(0 <= months <= 300 for months in understander.interpret(text).age_months)
