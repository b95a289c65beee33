"""Every directory service as a valid, complete Open Referral UK 3.0 service."""

from __future__ import annotations

import copy

import pytest

from finder.directory import build, content, oruk, store
from finder.directory.convert import oruk as convert_oruk
from finder.directory.ids import stable_uuid
from finder.directory.oruk import term_id

YOUNG = stable_uuid("service", "example-young-parents-group")
DADS = stable_uuid("service", "example-dads-online")


@pytest.fixture
def exported(rich_conn):
    return {item["id"]: item for item in oruk.export(rich_conn)}


def attribute_values(item, vocabulary):
    return [(a["taxonomy_term"]["code"], a.get("value")) for a in item["attributes"]
            if a["taxonomy_term"]["vocabulary"] == vocabulary]


def test_every_exported_service_validates_against_the_profile(rich_conn, service_schema):
    items = oruk.export(rich_conn)
    assert len(items) == len(store.services(rich_conn, include_retired=True))
    problems = [f"{item['name']}: {error.json_path}: {error.message}"
                for item in items for error in service_schema.iter_errors(item)]
    assert problems == []


@pytest.mark.parametrize(("field", "bad"), [
    ("url", "not a web address"),
    ("url", "www.example.org/no-scheme"),
    ("email", "nobody-at-example.org"),
    ("id", "relate-parenting-courses"),
], ids=["words-as-url", "url-without-scheme", "email-without-at", "slug-as-uuid"])
def test_the_format_checks_really_run(exported, service_schema, field, bad):
    item = copy.deepcopy(exported[YOUNG])
    item[field] = bad
    assert [e.json_path for e in service_schema.iter_errors(item)] == [f"$.{field}"]


@pytest.mark.parametrize(("months", "years"), [
    (0, 0), (6, 0), (11, 0), (24, 2), (132, 11), (227, 18), (59, 4), (311, 25), (18, 1),
], ids=["birth", "six-months", "under-one", "two", "eleven", "up-to-18", "under-5s", "up-to-25",
        "eighteen-months"])
def test_ages_are_whole_years_as_consumers_read_them(months, years):
    found = convert_oruk.years(months)
    assert found == years and type(found) is int


def test_exact_months_travel_as_attributes(exported):
    item = exported[YOUNG]
    fields = dict(attribute_values(item, "finder-fields"))
    assert (fields["min-age-months"], fields["max-age-months"]) == ("6", "59")
    assert (item["minimum_age"], item["maximum_age"]) == (0, 4)


@pytest.mark.parametrize(("service_id", "expected"), [
    (YOUNG, [{"option": "free", "amount": 0}]),
    (DADS, [{"option": "paid"}]),
    (stable_uuid("service", "relate-parenting-courses"), []),
], ids=["free", "paid", "unknown-is-omitted"])
def test_cost_options_say_only_what_is_known(exported, service_id, expected):
    options = exported[service_id]["cost_options"]
    assert [{k: v for k, v in o.items() if k in ("option", "amount")} for o in options] == expected


def test_a_retired_service_is_inactive_and_has_no_empty_contact_fields(exported):
    item = exported[DADS]
    assert item["status"] == "inactive"
    assert not {"url", "email"} & item.keys()
    assert item["phones"] == []
    assert all(value != "" for value in item.values())


def test_service_areas_name_each_district_covered(exported):
    areas = exported[YOUNG]["service_areas"]
    assert [a["name"] for a in areas] == ["Charnwood", "Melton", "Rutland"]
    leicestershire = [a["name"] for a in exported[DADS]["service_areas"]]
    assert len(leicestershire) == 7 and "Rutland" not in leicestershire


@pytest.mark.parametrize(("vocabulary", "codes"), [
    ("finder-needs", ["young-parents", "pregnancy", "meeting-parents"]),
    ("finder-districts", ["charnwood", "melton", "rutland"]),
    ("finder-coverage", ["charnwood", "melton", "rutland"]),
    ("finder-threshold", ["targeted"]),
    ("finder-delivery", ["group", "home-visit"]),
    ("finder-referral", ["self-or-professional"]),
    ("finder-pregnancy", ["includes-pregnancy"]),
    ("finder-parent-audience", ["mothers"]),
    ("finder-evidence-rating", ["4+"]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_choices_are_linked_as_taxonomy_terms(exported, vocabulary, codes):
    item = exported[YOUNG]
    assert [code for code, _ in attribute_values(item, vocabulary)] == codes
    for attribute in item["attributes"]:
        term = attribute["taxonomy_term"]
        assert attribute["taxonomy_term_id"] == term["id"] == term_id(term["taxonomy"],
                                                                       term["code"])
        assert term["name"] and term["description"] and attribute["link_id"] == YOUNG


def test_free_text_with_no_oruk_field_travels_as_attribute_values(exported):
    fields = attribute_values(exported[YOUNG], "finder-fields")
    assert ("keyword", "bump group") in fields
    assert ("parent-max-age", "20") in fields
    assert ("evidence-programme", "Family Nurse Partnership") in fields
    assert ("verified-by", "The finder's test suite") in fields
    assert ("pl.name", "Przykładowa grupa młodych rodziców") in \
        attribute_values(exported[YOUNG], "finder-translations")


def test_the_organisation_keeps_its_content_id_and_contacts(exported):
    org = exported[YOUNG]["organization"]
    assert org["id"] == stable_uuid("organisation", "example-family-group")
    assert org["organization_identifiers"][0]["identifier"] == "example-family-group"
    assert (org["website"], org["email"]) == ("https://example.org/family-group",
                                              "hello@example.org")
    assert org["phones"][0]["number"] == "0116 496 0123"


def test_languages_carry_their_codes(exported):
    assert [lang["code"] for lang in exported[YOUNG]["languages"]] == ["en", "pl", "ur"]


def all_ids(value):
    if isinstance(value, dict):
        return [v for k, v in value.items() if k.endswith("id") and isinstance(v, str)] + \
            [i for v in value.values() for i in all_ids(v)]
    if isinstance(value, list):
        return [i for v in value for i in all_ids(v)]
    return []


def test_ids_are_the_same_in_two_separate_builds(rich_content, rich_conn, tmp_path):
    path = build.build(content.load(rich_content), tmp_path / "again.db")
    conn = store.connect(path, readonly=True)
    again = all_ids(oruk.export(conn))
    conn.close()
    assert all_ids(oruk.export(rich_conn)) == again
    assert len(again) > 100


def test_each_attribute_has_its_own_id(rich_conn):
    ids = [a["id"] for item in oruk.export(rich_conn) for a in item["attributes"]]
    assert len(ids) == len(set(ids))
