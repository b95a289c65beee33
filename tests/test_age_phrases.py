"""School years, ages told as a time since birth, pregnancies in weeks, and numbers that are not."""

from __future__ import annotations

import pytest

from finder.understand.school import SchoolYears
from tests.cases import scoring

SCHOOL_YEARS = [
    ("my son is in reception and wont listen", (48,), "en-reception"),
    ("my daughter is in year 7 and being bullied", (132,), "en-year-7"),
    ("year 10 son refusing school", (168,), "en-year-10"),
    ("Y3 girl scared of school", (84,), "en-y3-glued"),
    ("im 24 and my daughter is in year 2", (72,), "en-parent-and-year"),
    ("syn jest w 7 klasie i nie chce chodzić do szkoły", (132,), "pl-klasie"),
    ("córka chodzi do zerówki", (48,), "pl-zerowka"),
    ("mera beta class 7 mein hai", (132,), "ur-latin-class"),
    ("meri beti reception mein hai", (48,), "ur-latin-reception"),
    ("میرا بیٹا جماعت 7 میں ہے", (132,), "ur-jamat"),
    ("ਮੇਰਾ ਪੁੱਤ ਜਮਾਤ 7 ਵਿੱਚ ਹੈ", (132,), "pa-jamat"),
    ("મારો દીકરો ધોરણ 7 માં છે", (132,), "gu-dhoran"),
    ("wiilkayga wuxuu dhigtaa fasalka 7", (132,), "so-fasalka"),
    ("ابني في الصف 7", (132,), "ar-saff"),
]

AGES = [
    ("my teen of 15 stays out all night", (180,), "en-teen-of"),
    ("at 7 months she still wakes every hour", (7,), "en-at-months"),
    ("had her 3 weeks ago and cant stop crying", (0,), "en-had-her-ago"),
    ("born 5 months ago and still colicky", (5,), "en-born-ago"),
    ("my son is 10 weeks with my mum", (2,), "en-weeks-with-not-pregnancy"),
    ("urodziłam ją 3 tygodnie temu i ciągle płaczę", (0,), "pl-urodzilam"),
    ("maine usay 3 hafte pehle paida kiya", (0,), "ur-paida-kiya"),
    ("ولدتها قبل 3 أسابيع", (0,), "ar-walad-qabl"),
]

NOT_AGES = [
    ("been on a 2-year waiting list for autism assessment", "en-waiting-list"),
    ("up 3 times a night with the baby", "en-times-a-night"),
    ("im 17 with a baby", "en-parent-17"),
    ("in the last year 3 times he ran off", "en-year-then-times"),
    ("czekamy 2 lata na liście na diagnozę", "pl-waiting-list"),
    ("3 weeks ago he started biting", "en-ago-without-birth"),
]


@pytest.mark.parametrize(("text", "months", "_"), SCHOOL_YEARS, ids=[c[2] for c in SCHOOL_YEARS])
def test_school_years_are_ages(understander, text, months, _):
    assert understander.interpret(text).age_months == months


@pytest.mark.parametrize(("text", "months", "_"), AGES, ids=[c[2] for c in AGES])
def test_ages_told_another_way_are_read(understander, text, months, _):
    assert understander.interpret(text).age_months == months


@pytest.mark.parametrize(("text", "_"), NOT_AGES, ids=[c[1] for c in NOT_AGES])
def test_numbers_that_are_not_childrens_ages_add_no_child(understander, text, _):
    assert understander.interpret(text).age_months == ()


def test_the_school_year_table_follows_the_england_rule():
    table = SchoolYears.from_root(scoring.CONTENT_DIR)
    assert table.reception == 48
    assert all(months == (year + 4) * 12 for year, months in table.years.items())
    assert sorted(table.years) == list(range(1, 14))


@pytest.mark.parametrize("text", ["34 weeks with my second and so tired",
                                  "jestem w 34 tygodniu ciąży z drugim"])
def test_weeks_of_a_pregnancy_are_expecting_not_a_child(understander, text):
    found = understander.interpret(text)
    assert found.expecting is True
    assert found.age_months == ()
    assert found.scores.get("pregnancy", 0) > 0


def test_due_his_jabs_is_not_a_pregnancy(understander):
    found = understander.interpret("my baby is due his jabs next week")
    assert found.expecting is False
    assert "pregnancy" not in found.needs


@pytest.mark.parametrize("text", ["its a nightmare at bedtime", "a nightmare", "an hour"])
def test_an_article_in_an_answer_is_not_an_age(understander, text):
    assert understander.interpret(text, answering="age").age_months == ()


@pytest.mark.parametrize(("text", "months"), [("year 7", (132,)), ("15", (180,)),
                                              ("reception", (48,))])
def test_answers_to_the_age_question_read_school_years(understander, text, months):
    assert understander.interpret(text, answering="age").age_months == months
