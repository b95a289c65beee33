"""Results that fit the family (session 8's trial): a service for another stage is never
offered as if it fitted, and when nothing fits the search says so instead of offering a misfit."""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES
from finder.search import Index, Query, request, search

NINE = ["leicester-city", "blaby", "charnwood", "harborough", "hinckley-bosworth", "melton",
        "nw-leicestershire", "oadby-wigston", "rutland"]
DISTRICTS = [{"slug": slug, "name": slug.title(), "lat": 52.6, "lon": -1.1} for slug in NINE]


def service(id_: str, needs: list[str], **extra) -> dict:
    return {"id": id_, "name": id_.replace("-", " ").title(), "needs": needs,
            "districts": NINE, "delivery": [], "threshold": "community", "referral": "self",
            "cost": "free", "languages": [], "keywords": [], "organisation_name": "Org",
            **extra}


SERVICES = [
    # an NHS site for teenagers that gives no ages of its own
    service("teen-site", ["teenagers"], delivery=["online"], threshold="universal"),
    service("teen-and-child-course", ["teenagers", "behaviour"]),
    service("worry-talk", ["behaviour"], delivery=["online"]),
    service("under-fives-site", ["behaviour", "sleep"], delivery=["online"],
            threshold="universal", max_age_months=59),
    service("city-group", ["behaviour"], based_in="leicester-city", districts=["leicester-city"],
            delivery=["group"]),
    service("advice-line", ["wellbeing"], delivery=["phone"], threshold="universal"),
    service("abuse-line", ["domestic-abuse"], delivery=["phone"], threshold="specialist"),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.from_services(SERVICES, DISTRICTS)


def ids(index: Index, query: Query) -> list[str]:
    return [result.service["id"] for result in search(index, query, limit=20).results]


# (the child's age in months, whether a site only for teenagers may be offered)
@pytest.mark.parametrize(("age", "offered"), [(72, False), (120, False), (132, True),
                                              (168, True)])
def test_a_teenagers_only_service_without_ages_is_for_eleven_and_over(index, age, offered):
    found = ids(index, Query(needs=("teenagers",), age_months=(age,), district="charnwood"))
    assert ("teen-site" in found) is offered


def test_a_service_that_says_it_fits_the_age_comes_before_one_that_does_not_say(index):
    found = ids(index, Query(needs=("behaviour",), age_months=(48,), district="leicester-city"))
    assert found.index("under-fives-site") < found.index("worry-talk")  # both online, as easy


def test_a_course_also_for_teenagers_comes_after_the_rest_for_a_young_child(index):
    found = ids(index, Query(needs=("behaviour",), age_months=(48,), district="leicester-city"))
    assert found[-1] == "teen-and-child-course"


def test_help_near_home_comes_before_an_online_talk_of_the_same_ease(index):
    found = ids(index, Query(needs=("behaviour",), age_months=(96,), district="leicester-city",
                             lat=52.6, lon=-1.1))
    assert found.index("city-group") < found.index("worry-talk")


# Outside the region, in every language: remote help with the need, else only what is open to
# all (never another need's course, never a service for another stage), else nothing at all.
@pytest.mark.parametrize("language", LANGUAGES)
def test_outside_the_region_nothing_that_fits_is_said_never_a_misfit(index, language):
    outside = {"outside": True, "lat": 52.41, "lon": -1.51}
    query = request.build(["additional-needs"], [72], place=outside, language=language)
    answer = search(index, query)
    found = [result.service["id"] for result in answer.results]
    assert found == ["advice-line"] and answer.widened == "remote"
    young = request.build(["additional-needs"], [72], place=outside, language=language,
                          free_only=True)
    assert "teen-site" not in [r.service["id"] for r in search(index, young).results]


def test_no_family_hub_of_another_area_for_a_parent_with_no_district():
    hub = service("charnwood-hub", ["meeting-parents"], threshold="universal",
                  based_in="charnwood", districts=["charnwood"], delivery=["group"])
    index = Index.from_services([hub], DISTRICTS)
    assert search(index, Query(needs=("dads",), district="charnwood")).widened == "hub"
    answer = search(index, Query(needs=("dads",)))
    assert answer.results == () and answer.widened is None
