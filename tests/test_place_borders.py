"""Places beyond the region, names in four scripts, and names that cross district lines."""

from __future__ import annotations

import pytest
import yaml

from finder.directory import content
from finder.understand.place import Gazetteer
from tests.cases import scoring

SITE = content.load(scoring.CONTENT_DIR)
SCRIPTS = ("ur", "ar", "gu", "pa")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_content(SITE)


@pytest.mark.parametrize("text", ["we live in CV11", "NG7 2RD", "my postcode is B23 4AA",
                                  "SW1A 1AA", "i live in N16", "de1 3aa", "PE1", "nn17 1aa"])
def test_a_uk_postcode_or_outcode_beyond_the_region_is_outside(gazetteer, text):
    place = gazetteer.resolve(text).place
    assert place is not None and place.outside and place.district is None


@pytest.mark.parametrize("text", ["B4 i go to bed", "me2", "L8R", "shes 2", "so 3 kids",
                                  "XY12", "LE87"])
def test_text_speak_and_impossible_codes_are_not_places(gazetteer, text):
    assert gazetteer.resolve(text).place is None


@pytest.mark.parametrize(("text", "council"), [
    ("im in Nuneaton", "Nuneaton and Bedworth Borough Council"),
    ("near Grantham", "South Kesteven District Council"),
    ("Corby", "North Northamptonshire Council"),
    ("Stamford", "South Kesteven District Council"),
    ("Coventry", "Coventry City Council"),
    ("Nottingham", "Nottingham City Council"),
    ("Peterborough", "Peterborough City Council"),
    ("Derby", "Derby City Council"),
    ("Desborough", "North Northamptonshire Council"),
    ("East Leake", "Rushcliffe Borough Council"),
])
def test_a_town_over_the_border_is_outside_and_names_its_council(gazetteer, text, council):
    place = gazetteer.resolve(text).place
    assert (place.outside, place.council) == (True, council)


@pytest.mark.parametrize("text", ["i live in Sheffield", "Bradford", "Wolverhampton"])
def test_a_far_town_named_in_the_postcode_table_is_outside(gazetteer, text):
    assert gazetteer.resolve(text).place.outside


@pytest.mark.parametrize("text", ["bath time is hard", "reading to my son"])
def test_post_towns_that_are_everyday_words_are_not_places(gazetteer, text):
    assert gazetteer.resolve(text).place is None


@pytest.mark.parametrize(("text", "districts"), [
    ("we are in Braunstone", {"leicester-city", "blaby"}),
    ("Bosworth", {"hinckley-bosworth", "harborough"}),
    ("LE8", {"blaby", "harborough"}),
    ("LE8 4AB", {"blaby", "harborough"}),
    ("ہم براؤنسٹون میں رہتے ہیں", {"leicester-city", "blaby"}),
])
def test_a_name_that_crosses_district_lines_asks(gazetteer, text, districts):
    found = gazetteer.resolve(text)
    assert found.place is None
    assert {p.district for p in found.candidates} == districts


@pytest.mark.parametrize(("text", "district"), [("Kilby", "blaby"),
                                                ("braunstone town", "blaby"),
                                                ("braunstone park", "leicester-city"),
                                                ("market bosworth", "hinckley-bosworth")])
def test_the_full_name_settles_it(gazetteer, text, district):
    assert gazetteer.resolve(text).place.district == district


def _script_rows() -> list[tuple[str, str, str]]:
    table = yaml.safe_load((scoring.CONTENT_DIR / "places" / "scripts.yaml").read_text())
    return [(name, script, form) for name, forms in table["places"].items()
            for script in SCRIPTS for form in forms[script]]


def test_every_city_neighbourhood_has_all_four_scripts():
    table = yaml.safe_load((scoring.CONTENT_DIR / "places" / "scripts.yaml").read_text())
    city = [p["name"] for p in SITE.places if p.get("district") == "leicester-city"
            and p.get("kind") in ("neighbourhood", "estate")]
    missing = [name for name in city
               if set(SCRIPTS) - set(table["places"].get(name) or {})]
    assert not missing


@pytest.mark.parametrize(("name", "script", "form"), _script_rows(),
                         ids=[f"{n}-{s}-{i}" for i, (n, s, _) in enumerate(_script_rows())])
def test_a_name_in_another_script_finds_its_place(gazetteer, name, script, form):
    found = gazetteer.resolve(form)
    names = {p.name for p in (found.place, *found.candidates) if p is not None}
    assert name in names


@pytest.mark.parametrize(("text", "expected"), [
    ("we're just outside hinckley in nuneaton", "outside"),
    ("near melton in grantham", "outside"),
    ("just outside coventry, in hinckley", "hinckley-bosworth"),
])
def test_a_landmark_yields_to_the_home_named_beside_it(gazetteer, text, expected):
    place = gazetteer.resolve(text).place
    assert ("outside" if place.outside else place.district) == expected


@pytest.mark.parametrize("text", ["braunstone ma rahiye", "braunstone vich", "braunstone me"])
def test_a_short_postposition_is_no_typo_of_a_name(gazetteer, text):
    match = gazetteer.resolve(text)
    assert match.place is None and {p.district for p in match.candidates} == {
        "leicester-city", "blaby"}


@pytest.mark.parametrize("text", ["مانشستر", "مانچسٹر", "ਬਰਮਿੰਘਮ", "નોટિંગહામ", "لندن"])
def test_a_big_town_beyond_the_region_in_another_script_is_outside(gazetteer, text):
    assert gazetteer.resolve(text).place.outside
