"""The shipped directory content: valid, complete for the LLR study, and truthful."""

from __future__ import annotations

import re

import pytest

from finder.config import PROJECT_ROOT
from finder.directory import content

CONTENT = PROJECT_ROOT / "content"
SHIPPED = content.load(CONTENT)
SERVICES = {s["id"]: s for s in SHIPPED.services}
ORGANISATIONS = {o["id"]: o for o in SHIPPED.organisations}
ORGANISATION_NAMES = {o["name"] for o in SHIPPED.organisations}

# Words that make help feel like a judgement; DESIGN.md forbids showing them to parents.
STIGMATISING = ("intervention", "targeted", "at risk", "vulnerable", "struggling parent")
SHOWN_TO_PARENTS = ("name", "description", "for_whom")
# Listings added from public pages (research/llr-public-facts.md), not from the study.
FROM_PUBLIC_PAGES = {"freeva", "living-without-abuse", "womens-aid-leicestershire"}
STUDY_SERVICES = [s for s in SHIPPED.services if s["organisation_id"] not in FROM_PUBLIC_PAGES]
CONTACT_FIELDS = ("phone", "website", "email")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# The study's What Works guidebook scale: NE (no effect), then 1 to 4, some with a "+".
RATINGS = {"NE", "1", "2", "2+", "3", "3+", "4", "4+"}
# "aged 0 to 25", "children aged 5 to 16", "from birth to 16": whole years, both ends included.
AGE_SPAN = re.compile(r"(?:aged|from) (\d+|birth) to (\d+)")


def services_of(organisation_id: str) -> list[dict]:
    return ORGANISATIONS[organisation_id]["services"]


def test_the_shipped_content_passes_the_check():
    assert content.check(CONTENT) == []


@pytest.mark.parametrize("name", [
    "Leicester City Council Early Help",
    "Leicestershire County Council Children and Family Wellbeing Service",
    "Rutland County Council",
    "Heads Up Leicester",
    "Leicester Mammas",
    "Angels & Monsters",
    "Home-Start Horizons",
    "Home-Start South Leicestershire",
    "Home-Start North West Leicestershire",
    "ADHD Solutions",
    "The Jenkins Centre",
    "Relate",
    "NHS in Leicester, Leicestershire and Rutland",
    "Family Nurse Partnership",
], ids=lambda name: name)
def test_every_organisation_in_the_study_is_listed(name):
    assert name in ORGANISATION_NAMES


@pytest.mark.parametrize(("organisation_id", "programme"), [
    ("leicester-city-council", "PEEP Learning Together"),
    ("leicester-city-council", "Stepping Stones Triple P"),
    ("leicester-city-council", "SEND Local Offer"),
    ("leicestershire-county-council", "Theraplay"),
    ("leicestershire-county-council", "Solihull parenting programme"),
    ("leicestershire-county-council", "Reducing Parental Conflict"),
    ("rutland-county-council", "Rutland Family Hub"),
    ("rutland-county-council", "Triple P Online"),
    ("rutland-county-council", "Antenatal support"),
    ("rutland-county-council", "Sleep support"),
    ("centre-for-fun-and-families", "Helping My Anxious Child"),
    ("centre-for-fun-and-families", "young parents"),
    ("centre-for-fun-and-families", "teenagers"),
    ("centre-for-fun-and-families", "Black, Asian and minority ethnic"),
    ("leicester-mammas", "Feeding support"),
    ("leicester-mammas", "WhatsApp"),
    ("leicester-mammas", "Solihull"),
    ("adhd-solutions", "Positive Parenting Solutions"),
    ("jenkins-centre", "YP Project"),
    ("nhs-llr", "Health for Under 5s"),
    ("nhs-llr", "Health for Teens"),
    ("nhs-llr", "Mum's Mind"),
], ids=lambda value: value)
def test_each_named_programme_is_its_own_service(organisation_id, programme):
    names = [s["name"].lower() for s in services_of(organisation_id)]
    assert any(programme.lower() in name for name in names), names


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_no_service_has_a_contact_detail_the_source_did_not_give(service):
    assert all(service.get(key, "") == "" for key in CONTACT_FIELDS)
    addresses = {c["value"] for c in service.get("contacts", []) if c["kind"] == "address"}
    assert not service.get("location") or service["location"].get("address") in addresses


@pytest.mark.parametrize("organisation", SHIPPED.organisations, ids=lambda o: o["id"])
def test_no_organisation_has_a_contact_detail_the_source_did_not_give(organisation):
    assert all(organisation.get(key, "") == "" for key in CONTACT_FIELDS)


@pytest.mark.parametrize("service", STUDY_SERVICES, ids=lambda s: s["id"])
def test_every_service_names_its_source_and_when_it_was_checked(service):
    assert "seed 001" in service["source"]
    assert str(service["last_verified"]) == "2023-06-14"
    assert service["verified_by"] == "VRN Briefing No.10 (Rocket Science, 2023)"


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_what_parents_read_is_free_of_stigmatising_words(service):
    for key in SHOWN_TO_PARENTS:
        text = service.get(key, "").lower()
        assert text, f"{key} is empty"
        assert not [word for word in STIGMATISING if word in text], key


@pytest.mark.parametrize("organisation", SHIPPED.organisations, ids=lambda o: o["id"])
def test_organisation_descriptions_are_free_of_stigmatising_words(organisation):
    text = organisation["description"].lower()
    assert not [word for word in STIGMATISING if word in text]


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_ids_are_lowercase_hyphen_slugs(service):
    assert SLUG.match(service["id"])
    assert SLUG.match(service["organisation_id"])


@pytest.mark.parametrize("service", services_of("angels-and-monsters"), ids=lambda s: s["id"])
def test_angels_and_monsters_is_for_parents_aged_twenty_and_under(service):
    assert service["parent_criteria"]["max_parent_age"] == 20
    assert service["cost"] == "free"


@pytest.mark.parametrize("service", services_of("rutland-county-council"), ids=lambda s: s["id"])
def test_a_rutland_council_service_covers_only_rutland(service):
    assert content.expand_coverage(service["districts"], SHIPPED) == ["rutland"]


@pytest.mark.parametrize("service", services_of("leicester-city-council"), ids=lambda s: s["id"])
def test_a_city_council_service_covers_only_the_city(service):
    assert content.expand_coverage(service["districts"], SHIPPED) == ["leicester-city"]


@pytest.mark.parametrize(("service_id", "years"), [
    ("leicester-city-triple-p-stepping-stones", (0, 12)),
    ("rutland-triple-p-stepping-stones", (0, 12)),
    ("leicester-city-send-local-offer", (0, 25)),
    ("leicestershire-send-local-offer", (0, 25)),
    ("leicestershire-solihull-parenting", (0, 4)),
    ("leicestershire-triple-p", (0, 16)),
    ("leicester-city-triple-p", (0, 16)),
    ("family-nurse-partnership-home-visits", (0, 1)),
    ("leicester-city-childrens-centres", (0, 1)),
    ("jenkins-centre-yp-project", (1, 18)),
    ("nhs-health-for-under-5s", (0, 4)),
    ("nhs-solihull-approach-course", (0, 18)),
    ("nhs-public-health-nursing", (0, 18)),
], ids=lambda value: value if isinstance(value, str) else "")
def test_age_ranges_match_the_study(service_id, years):
    service = SERVICES[service_id]
    assert (service["min_age_months"], service["max_age_months"]) == \
        (years[0] * 12, years[1] * 12 + 11)


@pytest.mark.parametrize("service", [s for s in SHIPPED.services
                                     if AGE_SPAN.search(s["for_whom"])], ids=lambda s: s["id"])
def test_ages_written_for_parents_agree_with_the_age_fields(service):
    low, high = AGE_SPAN.search(service["for_whom"]).groups()
    low_years = 0 if low == "birth" else int(low)
    assert service.get("min_age_months", 0) == low_years * 12
    assert service.get("max_age_months", content.MAX_AGE_MONTHS) == int(high) * 12 + 11


@pytest.mark.parametrize("service_id", [
    "family-nurse-partnership-home-visits", "nhs-mums-mind", "mammas-pathway",
    "rutland-antenatal-support", "nhs-health-for-under-5s",
], ids=lambda value: value)
def test_services_the_study_says_start_in_pregnancy_are_open_to_expecting_parents(service_id):
    assert SERVICES[service_id]["pregnancy"] is True


def test_solihull_is_not_offered_as_current_in_the_city():
    city_solihull = [s for s in services_of("leicester-city-council")
                     if "solihull" in s["name"].lower()]
    assert city_solihull
    assert all(s["status"] == "retired" for s in city_solihull)


@pytest.mark.parametrize("service", [s for s in SHIPPED.services if s.get("evidence")],
                         ids=lambda s: s["id"])
def test_evidence_is_a_guidebook_rating_with_a_plain_note(service):
    evidence = service["evidence"]
    assert evidence["rating"] in RATINGS
    assert evidence["programme"]
    assert "scale" in evidence["note"]


def test_only_the_study_s_rated_programmes_carry_evidence():
    rated = {s["evidence"]["programme"].split(" (")[0] for s in SHIPPED.services
             if s.get("evidence")}
    assert rated <= {"Triple P", "Standard and Group Stepping Stones Triple P", "Triple P Online",
                     "The Solihull Approach", "Family Nurse Partnership"}


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_a_service_is_called_free_only_with_a_staff_note_giving_the_source(service):
    assert service["cost"] in {"free", "unknown"}
    if service["cost"] == "free":
        assert "free" in service["staff_note"].lower()


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_no_language_is_claimed_because_the_study_names_none(service):
    assert service.get("languages", []) == []


def test_mothers_only_services_say_so():
    mothers = {s["id"] for s in SHIPPED.services
               if (s.get("parent_criteria") or {}).get("audience") == "mothers"}
    assert {"nhs-mums-mind", "family-nurse-partnership-home-visits"} <= mothers
    criteria = SERVICES["family-nurse-partnership-home-visits"]["parent_criteria"]
    assert criteria["max_parent_age"] == 19
    assert all(s["id"] in mothers for s in services_of("leicester-mammas"))
    assert not any("dads" in SERVICES[sid]["needs"] for sid in mothers)
