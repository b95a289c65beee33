"""Understanding held to floors on the independent table in `tests/cases/parents/`.

The floors are what the finder reaches today, so a change that loses ground fails; the
issue's goal (need 95%, age and place 97%, language 98% in every language, wrong needs under
3%) is higher. The main table is also halved by a hash of each text (`scoring.half`): TUNE
is the half looked at when tuning, CHECK the half that estimates how well tuning generalises,
with floors of its own. A wrong need is one acted on: two offered as a question are not wrong.
The held-out fifth is never read here: only the bench prints it.
"""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES
from tests.cases import scoring

CASES = scoring.load_parent_table()
# Accuracy floors per kind, and the highest share of cases given a wrong need.
# Reached on 30 November 2026 (issue 13, second pass): language 93.8%, need 92.3%, age 97.6%,
# place 98.4%, wrong 1.2%; CHECK half: 93.9%, 88.8%, 96.1%, 97.6%, wrong 2.0%. Weakest
# languages: language so 87.3% (bare place names with no conversation behind them), need pl
# 90.1%, age ur 95.1%, place pl 94.9%. (Earlier that day: 92.4%, 90.9%, 94.5%, 97.3%, 2.0%.)
# Third pass (ages, language and places): language 99.5%, age 97.8%, place 98.8%; CHECK half
# 99.1%, 95.7%, 97.6%. A bare place name keeps the conversation's language (scoring.run).
# Weakest: language ur 97.8%, age ur 95.1%, place ar 97.1%.
# Third pass (needs: a wider corpus, a need sure only when the classifier agrees): need 93.4%,
# wrong 0.5%; CHECK half need 90.6%, wrong 1.0%; weakest need so 92.1%.
# Fourth pass (ages as grammar, greetings, Kurmanji, Arabic-script places): language 99.8%,
# age 98.2%, place 99.2%; CHECK half 99.6%, 96.5%, 98.4%; weakest age pa 96.7%, place pl 97.4%.
# Fifth pass (needs: two more corpus batches per language, a lone need asked about when the
# classifier finds another at least half as likely): need 96.3%, wrong 0.3%; CHECK half need
# 93.6%, wrong 0.6%; weakest need ur 94.7%, ar 95.3%.
# Sixth pass (ages as classes: rates, weeks of a pregnancy, glued genitives and compounds, a
# school year's verb after it; digits as no language's evidence): age 98.9%, CHECK half 97.8%;
# weakest age gu 96.9%.
# Sixth pass, needs (answers name no need, less L2 shrinkage in the need model, breadth
# batches): need 97.5%, wrong 0.2%; CHECK half need 95.2%, wrong 0.4%; weakest need ur 96.2%.
# Seventh pass (ages, language and places as classes: twins, nearly, "from September", an
# adult's age near "I", Arabizi, years lived somewhere; a word or two by their letters; a move's
# origin): language, age and place 100% in every language on both halves.
# Seventh pass, needs (a word met by its stem or its sound key, vocabulary breadth in every
# language, lone dads, a parent's own sleep and temper): need 98.0%, wrong 0.1%; CHECK half
# need 96.6%, wrong 0.2%; weakest need ur 96.2%, pl 96.5%.
# Session 9: a fresh batch by new independent writers (ids `-f9-`) joined the table, 4/5 here
# and a fifth held out. On arrival (all seven languages) the whole table read need 94.7%, age
# 95.1%, wrong 0.5%; CHECK half need 93.5%, age 95.0%, wrong 0.7%; weakest need pl 93.5%,
# ar 93.9%, age so 91.8%, pa 92.7%, ar 92.5%. The floors came down to that.
# Session 9, ages (the fresh batch's failures fixed by class: Arabizi written with digits,
# spoken Arabic teens, waits before a number, rates, ordinal birthdays, Punjabi obliques, a
# genitive before a word for the child, Somali durations): age 99.8%, CHECK half 99.8%;
# weakest age so 98.6%. The age floors rose to that.
# Session 9, needs by class over the fresh batch (not phrases: loose phrase matching for "not"
# and a verb's gender, diagnoses named outright, questions about days, times and cost as no
# need, a child someone hurts, vocabulary families in every language): need 97.4%, wrong 0.3%;
# CHECK half need 96.2%, wrong 0.5%; weakest need pl 95.5%, ur 96.6%.
# Session 10: a fresh batch of ages only (ids `-f10-`, 1,247 cases by three new independent
# writers, 4/5 here and a fifth held out) joined the table. On arrival the whole table read
# language 98.86%, age 95.7%; CHECK half language 98.7%, age 95.9%; weakest language ur 97.8%,
# pa 98.3%, age so 93.8%, gu 94.4%, pl 94.9%. The language and age floors came down to that.
# Session 10, ages as grammar over it (an adult's age is no child's, a count then its ages,
# twins beside other children, an age and its school year as one child, older than, a
# delivery weeks ago, preterm weeks, glued genitives, short Polish units): age 99.3%, CHECK
# half 99.0%; weakest age en 98.3%. The age floors rose to that.
# Session 10, language by class (each script's digits and Arabic's ه, a word two languages list
# saying either as little, English loanwords at half weight, the letter model counting more in a
# longer message, Arabizi's 3 and 7 opening a word, a repeated stray word as one, the letter
# model alone when no rival comes near): language 99.8%, CHECK half 99.8%; weakest ur 99.55%,
# gu 99.6%, so 99.6%. Floors raised.
# Session 11: a fresh batch of ages only (ids `-f11-`, 1,382 cases by three new independent
# writers, 4/5 here and a fifth held out) joined the table. On arrival the batch alone read age
# 88.3% (its held-out fifth 87.3%); the whole table read age 95.4%, CHECK half 95.6%; weakest
# age ar 92.7%, so 93.6%. The age floors came down to that.
# Session 11, ages (blind to the batch: a construction x language matrix of our own sentences,
# misspelt number words, units and child words, non-age numbers in every language; then by
# class over the batch: school stages, due dates and months of birth, waiting for the next
# child, the midwives' "36+2"): age 97.4%, CHECK half 97.5%; weakest age so 95.9%, ar 96.2%.
# The age floors rose to that.
# Session 11, the main table's remaining age failures by class (Somali verbs of turning, counted
# children under other names, runs of ages without spaces, a marriage's years, days a week):
# age 98.6%, CHECK half 98.7%; weakest age pl 97.7%, en 98.0%. The age floors rose to that.
# Session 12: a fresh batch of ages by three new writers (1,365 cases, ids -f12-) arrived
# reading 92.0% (its held-out fifth 93.8%); the whole main table fell to age 96.7%, CHECK half
# 96.6%, weakest pa 95.4%, language 99.6%. The floors came down to it and rise as work lands.
# Session 13: a fresh batch of ages by three new writers (1,633 cases, ids -f13-) arrived
# reading age 92.8% (its held-out fifth 95.4%): the main table's age 98.1%; its Punjabi cases,
# parallel to the Gujarati ones, read as another language 6.7% of the time: language 99.48%,
# CHECK half 99.48%, pa 98.5%. The language floors came down to it and rise as work lands.
# Session 13, ages of the batch by families of wording (branch ages-a: so, en, pl, ar): age
# 99.1%, CHECK half 99.0%, weakest age pa 97.5%. Branch ages-b (gu, pa, ur: the batch's
# families, Punjabi in Shahmukhi read as Punjabi): language 99.7%, CHECK half 99.7%, pa 99.8%.
# Both merged: age 99.8% (see the merge commit). The floors rose to a little below that.
FLOORS = {"language": 0.996, "need": 0.974, "age": 0.988, "place": 0.995}
CHECK_FLOORS = {"language": 0.996, "need": 0.961, "age": 0.985, "place": 0.99}
MOST_WRONG = 0.005
# How far a language may sit under the overall floor, per kind.
LANGUAGE_SLACK = {"language": 0.01, "need": 0.02, "age": 0.015, "place": 0.01}
NEEDS_TABLE = pytest.mark.skipif(not CASES, reason="tests/cases/parents/ has not landed yet")


@pytest.fixture(scope="module")
def outcomes() -> list[scoring.Outcome]:
    return scoring.run(CASES, scoring.build_interpreter())


def _message(tally: scoring.Tally, kind: str, where: str) -> str:
    return (f"{kind} {where}: {tally.accuracy:.1%} ({tally.right}/{tally.total}); "
            f"failing: {', '.join(tally.failures[:20])}")


@NEEDS_TABLE
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_kind_reaches_its_floor_overall(outcomes, kind):
    tally = scoring.tally(outcomes)[kind]
    assert tally.accuracy >= FLOORS[kind], _message(tally, kind, "overall")


@NEEDS_TABLE
@pytest.mark.parametrize(("language", "kind"),
                         [(lang, kind) for lang in LANGUAGES for kind in sorted(FLOORS)],
                         ids=[f"{lang}-{kind}" for lang in LANGUAGES for kind in sorted(FLOORS)])
def test_each_kind_reaches_its_floor_in_every_language(outcomes, language, kind):
    tally = scoring.tally(outcomes, language)[kind]
    assert tally.accuracy >= FLOORS[kind] - LANGUAGE_SLACK[kind], _message(tally, kind, language)


@NEEDS_TABLE
def test_few_cases_are_given_a_wrong_need(outcomes):
    tally = scoring.tally(outcomes)["wrong"]
    assert 1 - tally.accuracy <= MOST_WRONG, _message(tally, "wrong", "overall")


@NEEDS_TABLE
@pytest.mark.parametrize("kind", sorted(CHECK_FLOORS))
def test_the_check_half_reaches_its_floor(outcomes, kind):
    check = [o for o in outcomes if scoring.half(o.case) == scoring.CHECK]
    tally = scoring.tally(check)[kind]
    assert tally.accuracy >= CHECK_FLOORS[kind], _message(tally, kind, "CHECK half")


@NEEDS_TABLE
def test_few_cases_of_the_check_half_are_given_a_wrong_need(outcomes):
    tally = scoring.tally([o for o in outcomes if scoring.half(o.case) == scoring.CHECK])["wrong"]
    assert 1 - tally.accuracy <= MOST_WRONG, _message(tally, "wrong", "CHECK half")


def test_the_halves_split_the_table_by_text_and_nearly_evenly():
    halves = [scoring.half(case) for case in CASES]
    assert halves == [scoring.half(case) for case in scoring.load_parent_table()]
    assert abs(halves.count(scoring.TUNE) - halves.count(scoring.CHECK)) < len(halves) * 0.1


@NEEDS_TABLE
def test_every_case_uses_only_known_keys():
    wrong = [c.id for c in CASES if not c.text.strip()]
    assert not wrong, f"cases with no text: {wrong}"
