"""Understanding measured against the table of real parent phrases in `tests/cases/`."""

from __future__ import annotations

from collections import Counter

import pytest

from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand import SAFETY_KINDS
from tests.cases import scoring

OVERALL_FLOOR = 0.95
LANGUAGE_FLOOR = 0.90
MIN_CASES_PER_LANGUAGE = 30
MIN_CASES_PER_NEED = 4

RECORDS = scoring.read_records()


@pytest.fixture(scope="module")
def outcomes() -> list[scoring.Outcome]:
    interpret = scoring.build_interpreter()
    if interpret is None:
        pytest.skip("finder.understand.Understander does not exist yet")
    return scoring.run(scoring.load_cases(), interpret)


def _failure_message(tally: scoring.Tally, kind: str, where: str, floor: float) -> str:
    return (f"{kind} accuracy {where} is {tally.accuracy:.1%} ({tally.right}/{tally.total}), "
            f"below {floor:.0%}; failing cases: {', '.join(tally.failures)}")


@pytest.mark.parametrize("kind", scoring.KINDS)
def test_overall_accuracy_per_kind_reaches_the_floor(outcomes, kind):
    tally = scoring.tally(outcomes)[kind]
    assert tally.accuracy >= OVERALL_FLOOR, _failure_message(tally, kind, "overall",
                                                             OVERALL_FLOOR)


@pytest.mark.parametrize(("language", "kind"),
                         [(lang, kind) for lang in LANGUAGES for kind in scoring.KINDS],
                         ids=[f"{lang}-{kind}" for lang in LANGUAGES for kind in scoring.KINDS])
def test_accuracy_per_kind_within_each_language_reaches_the_floor(outcomes, language, kind):
    tally = scoring.tally(outcomes, language)[kind]
    assert tally.accuracy >= LANGUAGE_FLOOR, _failure_message(tally, kind, f"in {language}",
                                                              LANGUAGE_FLOOR)


# ---- the case file itself is well formed ----------------------------------------------------

@pytest.fixture(scope="module")
def site() -> content.Content:
    return content.load(scoring.CONTENT_DIR)


def test_every_case_has_a_unique_id():
    repeated = [i for i, n in Counter(r["id"] for r in RECORDS).items() if n > 1]
    assert not repeated, f"ids used more than once: {repeated}"


def test_every_case_uses_only_known_keys_and_has_text():
    wrong = [r.get("id") for r in RECORDS
             if set(r) - scoring.CASE_KEYS or not str(r.get("text", "")).strip()]
    assert not wrong, f"cases with unknown keys or no text: {wrong}"


def test_every_case_names_a_supported_language():
    wrong = [r["id"] for r in RECORDS if r.get("language") not in LANGUAGES]
    assert not wrong, f"cases with a language outside {LANGUAGES}: {wrong}"


def test_every_expected_need_is_a_need_in_the_content(site):
    slugs = {need["slug"] for need in site.needs}
    wrong = [r["id"] for r in RECORDS if set(r.get("needs") or []) - slugs]
    assert not wrong, f"cases naming needs not in content/needs.yaml: {wrong}"


def test_every_expected_district_is_a_district_outside_or_none(site):
    allowed = {*site.district_slugs, scoring.OUTSIDE, None}
    wrong = [r["id"] for r in RECORDS if "district" in r and r["district"] not in allowed]
    assert not wrong, f"cases naming unknown districts: {wrong}"


def test_every_expected_safety_kind_is_known():
    wrong = [r["id"] for r in RECORDS if set(r.get("safety") or []) - set(SAFETY_KINDS)]
    assert not wrong, f"cases naming unknown safety kinds: {wrong}"


def test_every_expected_age_is_a_plausible_child_age_in_months():
    wrong = [r["id"] for r in RECORDS for age in r.get("age_months") or []
             if not isinstance(age, int) or not 0 <= age < 26 * 12]
    assert not wrong, f"cases with ages that are not whole months from 0 to 311: {wrong}"


def test_every_case_tests_something_beyond_its_language():
    idle = [case.id for case in scoring.load_cases() if case.kinds == ("language",)]
    assert not idle, f"cases that test only the language: {idle}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_enough_cases(language):
    count = sum(1 for r in RECORDS if r["language"] == language)
    assert count >= MIN_CASES_PER_LANGUAGE, f"{language} has {count} cases"


def test_every_need_is_expected_by_enough_cases(site):
    counts = Counter(need for r in RECORDS for need in r.get("needs") or [])
    thin = {need["slug"]: counts[need["slug"]] for need in site.needs
            if counts[need["slug"]] < MIN_CASES_PER_NEED}
    assert not thin, f"needs expected by fewer than {MIN_CASES_PER_NEED} cases: {thin}"
