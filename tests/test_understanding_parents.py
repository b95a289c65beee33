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
# Reached on 30 November 2026: language 92.4%, need 90.9%, age 94.5%, place 97.3%, wrong 2.0%
# (on 29 November: 91.2%, 65.1%, 93.4%, 92.6%, 10.6%). CHECK half: 93.1%, 87.1%, 93.9%, 97.6%,
# wrong 2.2%. Weakest languages: need so 89.3%, age ur 90.2%, language so 84.7%, place ar 94.1%.
FLOORS = {"language": 0.92, "need": 0.90, "age": 0.94, "place": 0.97}
CHECK_FLOORS = {"language": 0.92, "need": 0.86, "age": 0.93, "place": 0.97}
MOST_WRONG = 0.03
LANGUAGE_SLACK = 0.08  # a language may sit this far under the overall floor (so: 84% language)
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
    assert tally.accuracy >= FLOORS[kind] - LANGUAGE_SLACK, _message(tally, kind, language)


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
