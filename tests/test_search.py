"""Search over a small directory built from content: filters, ranking, why, widening, text."""

from __future__ import annotations

import pytest

from finder.directory import build, content, store
from finder.languages import LANGUAGES
from finder.search import Index, Query, search
from finder.search.text import TextIndex
from tests.search_content import write_content


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    root = tmp_path_factory.mktemp("search")
    path = build.build(content.load(write_content(root / "content")), root / "finder.db")
    conn = store.connect(path)
    try:
        return Index.from_services(store.services(conn, include_retired=True),
                                   store.districts(conn), store.needs(conn))
    finally:
        conn.close()


def ids(index: Index, query: Query, limit: int = 100) -> list[str]:
    return [r.service["id"] for r in search(index, query, limit=limit).results]


def test_a_parent_in_rutland_never_sees_a_city_only_service(index):
    found = ids(index, Query(district="rutland"))
    assert "rutland-baby-group" in found
    assert not {"fun-teen-course", "mammas-bump-group", "mums-wellbeing-circle"} & set(found)


def test_a_parent_of_a_fifteen_year_old_never_sees_a_baby_group(index):
    found = ids(index, Query(age_months=(180,), district="rutland"))
    assert "llr-text-line" in found
    assert "rutland-baby-group" not in found


def test_a_pregnant_parent_with_no_other_child_sees_only_pregnancy_services(index):
    found = ids(index, Query(expecting=True, district="leicester-city"))
    assert found == ["mammas-bump-group", "llr-text-line"]


def test_a_pregnant_parent_with_a_toddler_also_sees_services_for_the_toddler(index):
    found = ids(index, Query(expecting=True, age_months=(30,), district="rutland"))
    assert {"llr-text-line", "rutland-baby-group"} <= set(found)


def test_retired_services_are_never_found(index):
    assert "rutland-old-sleep-clinic" not in ids(index, Query(needs=("sleep",)))
    assert "rutland-old-sleep-clinic" not in ids(index, Query(text="old sleep clinic"))


def test_self_referral_and_low_threshold_come_before_referral_only_targeted_help(index):
    found = ids(index, Query(needs=("sleep",), age_months=(24,), district="rutland"))
    assert found == ["rutland-baby-group", "llr-text-line", "rutland-sleep-support"]


def test_specialist_help_comes_first_for_child_to_parent_harm(index):
    found = ids(index, Query(needs=("child-to-parent-harm",), age_months=(170,),
                             district="leicester-city"))
    assert found == ["jenkins-yp-project", "fun-teen-course"]


def test_without_that_need_the_community_course_outranks_the_specialist(index):
    found = ids(index, Query(needs=("behaviour",), age_months=(170,),
                             district="leicester-city"))
    assert found.index("fun-teen-course") < found.index("jenkins-yp-project")


def test_the_first_need_asked_counts_most(index):
    found = ids(index, Query(needs=("feeding", "wellbeing"), age_months=(6,),
                             district="oadby-wigston"))
    assert found[0] == "llr-text-line"
    assert found.index("llr-text-line") < found.index("mums-wellbeing-circle")


def test_a_service_in_the_parents_language_ranks_higher(index):
    query = Query(needs=("teenagers",), age_months=(170,), district="leicester-city")
    plain = search(index, query).results[0].score
    in_punjabi = search(index, Query(**{**query.__dict__, "language": "pa"})).results[0].score
    assert in_punjabi > plain


def test_nearer_services_rank_before_farther_ones_of_the_same_kind(index):
    near_harborough = Query(needs=("meeting-parents",), age_months=(24,), lat=52.48, lon=-0.92,
                            parent_age=19)
    found = ids(index, near_harborough)
    assert found[0] == "harborough-hub"
    assert found.index("rutland-baby-group") < found.index("young-parents-group")


@pytest.mark.parametrize(("query", "excluded", "kept"), [
    (Query(parent_age=25, age_months=(12,), district="charnwood"), "young-parents-group",
     "llr-text-line"),
    (Query(parent_age=19, age_months=(12,), district="charnwood"), "nothing",
     "young-parents-group"),
    (Query(audience="fathers", age_months=(12,), district="oadby-wigston"),
     "mums-wellbeing-circle", "llr-text-line"),
    (Query(audience="mothers", age_months=(12,), district="oadby-wigston"), "nothing",
     "mums-wellbeing-circle"),
    (Query(delivery=("group",), district="rutland"), "llr-text-line", "rutland-baby-group"),
    (Query(self_referral_only=True, district="rutland"), "rutland-sleep-support",
     "rutland-baby-group"),
    (Query(free_only=True, district="oadby-wigston"), "mums-wellbeing-circle",
     "llr-text-line"),
], ids=["over-20-excluded", "19-kept", "father-not-mothers-group", "mother-kept",
        "worker-group-only", "worker-self-referral", "worker-free-only"])
def test_parent_and_worker_filters(index, query, excluded, kept):
    found = ids(index, query)
    assert excluded not in found
    assert kept in found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_result_says_why_in_the_parents_language(index, language):
    answer = search(index, Query(needs=("sleep",), age_months=(24,), district="rutland",
                                 language=language))
    label = index.need_label("sleep", language)
    assert answer.results
    for result in answer.results:
        assert label in result.why
        assert not {"intervention", "targeted", "at risk", "vulnerable"} & \
            set(result.why.lower().split())


@pytest.mark.parametrize(("query", "service", "words"), [
    (Query(needs=("sleep",), district="rutland"), "rutland-baby-group",
     ["“Sleep”", "near Rutland", "contact them yourself"]),
    (Query(needs=("sleep",), district="rutland"), "rutland-sleep-support",
     ["near Rutland", "health visitor"]),
    (Query(needs=("sleep",), district="rutland"), "llr-text-line",
     ["by phone, text or online"]),
], ids=["place-and-self-referral", "referral-route", "remote"])
def test_why_says_the_need_where_and_how_to_start(index, query, service, words):
    result = next(r for r in search(index, query).results if r.service["id"] == service)
    for word in words:
        assert word in result.why


@pytest.mark.parametrize(("query", "widened", "first"), [
    (Query(needs=("teenagers",), age_months=(170,), district="harborough"), "remote",
     "llr-text-line"),
    (Query(needs=("dads",), age_months=(24,), district="harborough"), "remote",
     "llr-text-line"),
    (Query(needs=("dads",), age_months=(250,), district="harborough"), "hub",
     "harborough-hub"),
], ids=["never-another-areas-course", "remote", "hub"])
def test_an_empty_search_widens_step_by_step(index, query, widened, first):
    answer = search(index, query)
    assert answer.widened == widened
    assert answer.results[0].service["id"] == first
    assert answer.notes and answer.notes[0]


def test_a_service_for_one_area_is_never_offered_outside_it_unless_remote(index):
    for district, need in ((d, n) for d in index.districts for n in index.need_labels):
        answer = search(index, Query(needs=(need,), age_months=(170,), district=district),
                        limit=100)
        for result in answer.results:
            entry = index.entry(next(i for i, s in enumerate(index.services)
                                     if s["id"] == result.service["id"]))
            served = {*entry.districts} & {district, "llr",
                                           index.districts[district].get("area")}
            assert served or entry.remote, (district, result.service["id"])


@pytest.mark.parametrize("query", [
    Query(needs=("meeting-parents",), age_months=(24,), district="charnwood"),
    Query(needs=("meeting-parents",), age_months=(24,), district="charnwood", parent_age=30),
], ids=["age-not-said", "not-young"])
def test_young_parents_services_only_for_a_parent_who_says_they_are_young(index, query):
    assert "young-parents-group" not in ids(index, query)
    young = Query(needs=("young-parents",), age_months=(24,), district="charnwood")
    assert "young-parents-group" in ids(index, young)


def test_why_says_near_only_for_the_parents_own_district(index):
    away = search(index, Query(needs=("teenagers",), age_months=(170,), district="rutland"),
                  limit=50)
    for result in away.results:
        assert "near Leicester" not in result.why


def test_a_search_with_results_is_not_widened(index):
    answer = search(index, Query(needs=("sleep",), district="rutland"))
    assert answer.widened is None and answer.notes == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("triple p", "triple-p-group"),
    ("Triple-P", "triple-p-group"),
    ("home start", "young-parents-group"),
    ("homestart", "young-parents-group"),
    ("mammas", "mammas-bump-group"),
    ("mamas", "mammas-bump-group"),
    ("fun and families", "fun-teen-course"),
    ("jenkins", "jenkins-yp-project"),
    ("jenkin centre", "jenkins-yp-project"),
], ids=["triple-p", "triple-p-hyphen", "home-start", "homestart", "mammas", "mamas-typo",
        "fun-and-families", "jenkins", "jenkins-typo"])
def test_free_text_finds_names_organisations_and_keywords(index, text, expected):
    assert ids(index, Query(text=text))[0] == expected


@pytest.mark.parametrize("text", ["the", "p", "help", "xqzvw"],
                         ids=["stopword", "one-letter", "common-word", "nonsense"])
def test_free_text_that_names_nothing_matches_nothing(index, text):
    assert TextIndex.of([(0, ["Baby and toddler group"])]).match(text) == {}


def test_a_text_match_ranks_before_services_found_by_need(index):
    found = ids(index, Query(needs=("behaviour",), text="jenkins", age_months=(170,),
                             district="leicester-city"))
    assert found[0] == "jenkins-yp-project"
    assert "fun-teen-course" in found


def test_pages_follow_on_without_overlap(index):
    everything = ids(index, Query())
    pages = [[r.service["id"] for r in search(index, Query(), limit=3, offset=o).results]
             for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    assert sum(pages, []) == everything
    assert search(index, Query(), limit=3, offset=3).total == len(everything) == 10


def test_an_empty_query_lists_the_whole_directory(index):
    assert search(index, Query()).total == len(index) == 10  # all but the retired one


def test_distance_is_given_for_services_with_their_own_address(index):
    result = search(index, Query(expecting=True, lat=52.6369, lon=-1.1398)).results[0]
    assert result.service["id"] == "mammas-bump-group"
    assert 1.0 < result.distance_km < 3.0
    assert "km away" in result.why


def test_an_index_of_nothing_answers_with_a_note_not_an_error():
    answer = search(Index.from_services([], []), Query(needs=("sleep",)))
    assert answer.total == 0 and answer.notes
