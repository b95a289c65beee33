"""How a case from the phrase table is judged against an interpretation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench import understanding as bench
from finder.understand import Interpretation, Place
from tests.cases import scoring

OAKHAM = Place(name="Oakham", kind="place", district="rutland", area="rutland", outside=False,
               lat=52.67, lon=-0.73)
DERBY = Place(name="Derby", kind="place", district=None, area=None, outside=True,
              lat=52.92, lon=-1.47)


def case(**fields) -> scoring.Case:
    return scoring.case_from_record({"id": "x", "text": "x", "language": "en", **fields})


def found(**fields) -> Interpretation:
    return Interpretation(**{"language": "en", **fields})


@pytest.mark.parametrize(("expected", "returned", "right"), [
    (["sleep"], ("sleep",), True),
    (["sleep"], ("feeding", "sleep"), True),
    (["sleep"], ("feeding", "behaviour", "sleep"), False),
    (["dads", "behaviour"], ("behaviour", "dads", "sleep"), True),
    (["dads", "behaviour"], ("dads",), False),
    ([], (), True),
    ([], ("sleep",), False),
    (["sleep"], (), False),
], ids=["first", "second", "third-is-too-late", "all-returned-any-order", "one-missing",
        "none-expected-none-returned", "none-expected-one-returned", "nothing-returned"])
def test_a_need_is_right_in_the_top_two_with_every_expected_need_returned(expected, returned,
                                                                          right):
    assert scoring.judge(case(needs=expected), found(needs=returned))["need"] is right


@pytest.mark.parametrize(("fields", "returned", "right"), [
    ({"age_months": [48, 84]}, {"age_months": (84, 48)}, True),
    ({"age_months": [48, 84]}, {"age_months": (48,)}, False),
    ({"age_months": []}, {"age_months": (204,)}, False),
    ({"expecting": True, "age_months": [36]}, {"expecting": True, "age_months": (36,)}, True),
    ({"expecting": True, "age_months": [36]}, {"expecting": False, "age_months": (36,)}, False),
    ({"expecting": True}, {"expecting": True, "age_months": (5,)}, True),
], ids=["any-order", "child-missing", "parent-age-taken-for-child", "pregnant-with-child",
        "pregnancy-missed", "ages-untested"])
def test_ages_and_pregnancy_are_judged_together_as_age(fields, returned, right):
    assert scoring.judge(case(**fields), found(**returned))["age"] is right


@pytest.mark.parametrize(("district", "place", "right"), [
    ("rutland", OAKHAM, True),
    ("rutland", None, False),
    ("melton", OAKHAM, False),
    ("outside", DERBY, True),
    ("outside", None, False),
    (None, None, True),
    (None, OAKHAM, False),
], ids=["district", "district-missed", "wrong-district", "outside", "outside-missed",
        "no-place", "place-invented"])
def test_a_place_is_judged_by_district_or_outside(district, place, right):
    assert scoring.judge(case(district=district), found(place=place))["place"] is right


def test_safety_must_match_exactly_so_look_alikes_count_against():
    look_alike = case(safety=[])
    assert scoring.judge(look_alike, found(safety=("domestic-abuse",)))["safety"] is False
    assert scoring.judge(look_alike, found())["safety"] is True


def test_a_case_is_judged_only_on_the_kinds_it_tests():
    assert set(scoring.judge(case(needs=["sleep"]), found())) == {"language", "need"}


def test_tally_counts_per_language_and_names_the_failing_cases():
    cases = [scoring.case_from_record({"id": f"{lang}-1", "text": "t", "language": lang,
                                       "needs": ["sleep"]}) for lang in ("en", "pl")]
    outcomes = scoring.run(cases, lambda text: found(needs=("sleep",)))
    assert scoring.tally(outcomes)["language"].failures == ["pl-1"]
    assert scoring.tally(outcomes, "en")["language"].accuracy == 1.0
    assert scoring.tally(outcomes)["need"].accuracy == 1.0


def test_a_message_saying_no_language_is_read_again_in_the_language_of_its_talk():
    cases = [scoring.case_from_record({"id": "pa-1", "text": "coventry", "language": "pa"}),
             scoring.case_from_record({"id": "pl-1", "text": "hello", "language": "pl"})]

    def interpret(text, language=None):
        return found(language=language or "en", language_heard=text == "hello")

    outcomes = scoring.run(cases, interpret)
    assert [o.verdicts["language"] for o in outcomes] == [True, False]


def test_the_bench_lists_a_failing_case_with_what_was_expected_and_found():
    outcomes = scoring.run([case(id="en-x", needs=["sleep"])], lambda text: found())
    report = bench.failures(outcomes)
    assert "en-x [need]" in report
    assert "needs=('sleep',)" in report
    assert "needs=()" in report


def test_the_bench_table_has_a_row_per_language_and_one_for_all():
    outcomes = scoring.run([case()], lambda text: found())
    rows = bench.table(outcomes, ["en", "pl"]).splitlines()
    assert [row.split()[0] for row in rows] == ["lang", "en", "pl", "all"]
    assert "100.0%   1/1" in rows[1]


def parent_case(**fields) -> scoring.Case:
    record = {"id": "p", "text": "x", "language": "en", **fields}
    return replace(scoring.case_from_record(record), group="en", strict=True)


@pytest.mark.parametrize(("fields", "returned", "need", "none_wrong"), [
    ({"needs": ["wellbeing"]}, ("wellbeing",), True, True),
    ({"needs": ["wellbeing"]}, ("sleep", "wellbeing"), True, False),
    ({"needs": ["wellbeing"], "needs_ok": ["sleep"]}, ("sleep", "wellbeing"), True, True),
    ({"needs": ["wellbeing", "dads"]}, ("wellbeing",), False, True),
    ({"needs": []}, (), True, True),
    ({"needs": [], "needs_ok": ["sleep"]}, ("sleep",), True, True),
    ({"needs": []}, ("sleep",), False, False),
], ids=["right", "second-and-a-wrong-one", "second-and-an-acceptable-one",
        "second-expected-missing", "none-none", "none-but-acceptable", "none-but-one-wrong"])
def test_parent_table_needs_are_judged_for_the_top_two_and_for_wrong_ones(fields, returned,
                                                                          need, none_wrong):
    verdicts = scoring.judge(parent_case(**fields), found(needs=returned))
    assert (verdicts["need"], verdicts["wrong"]) == (need, none_wrong)


@pytest.mark.parametrize(("returned", "sure", "wrong"), [
    (("sleep", "feeding"), False, False),  # asked as two numbered choices: the parent picks
    (("sleep", "feeding"), True, True),  # acted on
    (("sleep",), False, True),  # one guess, not a question
], ids=["unsure-two-asked", "sure-two-acted-on", "unsure-one-acted-on"])
def test_a_need_offered_as_a_question_is_not_a_wrong_need(returned, sure, wrong):
    verdicts = scoring.judge(parent_case(needs=["wellbeing"]),
                             found(needs=returned, need_confident=sure))
    assert verdicts["wrong"] is not wrong


def test_the_first_table_is_not_judged_for_wrong_needs():
    assert "wrong" not in scoring.judge(case(needs=["sleep"]), found(needs=("feeding",)))


@pytest.mark.parametrize(("fields", "returned", "right"), [
    ({"district": "ask"}, {"place_candidates": (OAKHAM, DERBY)}, True),
    ({"district": "ask"}, {"place": OAKHAM}, False),
    ({"district": "ask"}, {}, False),
    ({"language": "other"}, {"other_language": "ro"}, True),
    ({"language": "other"}, {}, False),
    ({"language": ["ur", "so"]}, {"language": "so"}, True),
    ({"language": ["ur", "so"]}, {"language": "en"}, False),
], ids=["ask-candidates", "ask-but-guessed", "ask-but-nothing", "other-named", "other-missed",
        "one-of-several-languages", "none-of-several-languages"])
def test_parent_table_places_and_languages(fields, returned, right):
    verdicts = scoring.judge(parent_case(**fields), found(**returned))
    kind = "place" if "district" in fields else "language"
    assert verdicts[kind] is right


def test_a_parent_case_counts_in_its_files_language():
    outcome = scoring.run([replace(parent_case(language="other"), group="pl")],
                          lambda text: found())
    assert scoring.tally(outcome, "pl")["language"].total == 1


def test_the_bench_prints_each_batch_of_writing_on_its_own():
    first = replace(parent_case(needs=["sleep"]), id="en-need-sleep-1")
    fresh = replace(parent_case(needs=["sleep"]), id="en-f9-need-sleep-1")
    main = scoring.run([first, fresh], lambda text: found(needs=("sleep",)))
    held = scoring.run([replace(fresh, id="en-f9-need-sleep-2")], lambda text: found())
    text = bench.batch_tables(main, held, ["en"])
    first_part, fresh_part = text.split("\n\n")
    assert first_part.startswith("batch: first") and fresh_part.startswith("batch: fresh 9")
    assert [bench.batch(c) for c in (first, fresh)] == ["first", "fresh 9"]
    first_en = next(row for row in first_part.splitlines() if row.startswith("en "))
    fresh_en = next(row for row in fresh_part.splitlines() if row.startswith("en "))
    # lang, then main: cases language need wrong age place, then the held-out fifth's
    assert first_en.split()[1:8] == ["1", "100.0%", "100.0%", "0.0%", "-", "-", "0"]
    assert fresh_en.split()[7:10] == ["1", "100.0%", "0.0%"]  # the fresh held-out need missed
