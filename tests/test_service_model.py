"""The typed Service and its conversions: every shipped service survives each round trip (content
record, database row, flat CSV, staff form), and the editor reads one service, not the directory."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest

from finder.config import PROJECT_ROOT
from finder.directory import content, csvfile, editor, store
from finder.directory.convert import content as convert
from finder.directory.convert import flat, form, stored
from finder.directory.model import Contact, Service, listing

SHIPPED = content.load(PROJECT_ROOT / "content")
SERVICES = {record["id"]: record for record in SHIPPED.services}
ORGANISATIONS = {org["id"]: org for org in SHIPPED.organisations}
# groups a content file may give in part: the record fills in the rest
GROUPS = ("parent_criteria", "evidence")


def given(raw: dict) -> dict:
    """A content record as JSON sees it (dates as ISO text)."""
    return json.loads(json.dumps(raw, default=str, ensure_ascii=False))


def typed(record: dict) -> Service:
    return convert.service(record)


@pytest.fixture(scope="module")
def conn(built_directory):
    connection = store.connect(built_directory, readonly=True)
    yield connection
    connection.close()


@pytest.mark.parametrize("service_id", SERVICES)
def test_a_content_record_comes_back_from_its_service_as_written(service_id):
    raw = given(SERVICES[service_id])
    back = convert.record(typed(raw))
    for key, value in raw.items():
        if key in GROUPS:
            assert {k: back[key].get(k) for k in value} == value, key
        else:
            assert back[key] == value, key
    assert typed(back) == typed(raw)


@pytest.mark.parametrize("service_id", SERVICES)
def test_a_stored_service_reads_back_as_the_service_it_was_built_from(conn, service_id):
    found = store.service(conn, service_id)
    assert replace(found, covers=()) == typed(SERVICES[service_id])
    assert found.covers and set(found.covers) <= set(SHIPPED.district_slugs)


@pytest.mark.parametrize("service_id", SERVICES)
def test_a_database_row_is_made_again_from_its_service(conn, service_id):
    row = dict(conn.execute("SELECT * FROM services WHERE id = ?", (service_id,)).fetchone())
    made = stored.row(store.service(conn, service_id))
    assert {key: row[key] for key in made} == made


@pytest.mark.parametrize("service_id", SERVICES)
def test_a_csv_row_reads_back_as_the_same_service(service_id):
    service = typed(SERVICES[service_id])
    org = convert.organisation(ORGANISATIONS[service.organisation_id])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=flat.COLUMNS)
    writer.writeheader()
    writer.writerow(flat.row(service, org))
    [cells] = csv.DictReader(io.StringIO(out.getvalue()))
    assert convert.service(flat.service_record(cells), org.id) == service
    assert convert.organisation(flat.organisation_record(cells)) == org


def test_the_exported_csv_parses_back_into_every_stored_service(conn):
    parsed = {service["id"]: convert.service(service, org["id"])
              for org in csvfile.parse(csvfile.export(conn)) for service in org["services"]}
    assert parsed == {sid: replace(store.service(conn, sid), covers=()) for sid in SERVICES}


@pytest.mark.parametrize("service_id", SERVICES)
def test_the_staff_form_shows_a_service_and_posts_it_back_unchanged(service_id):
    service = typed(SERVICES[service_id])
    posted = form.data(service)
    assert typed({**form.service_record(posted), "organisation_id": service.organisation_id}) \
        == replace(service, **{key: getattr(Service("", "", ""), key) for key in NOT_ON_FORM})


# what the service form does not edit: kept by the editor from the saved listing
NOT_ON_FORM = ("reach", "summary", "who_for", "what_happens", "staff_note",
               "text_review")


def test_a_listing_is_the_parents_language_with_the_best_route():
    service = Service("s", "o", "Stay and play", summary={"en": "Play", "pl": "Zabawa"},
                      who_for={"en": "Anyone"},
                      contacts=(Contact("email", "a@b.org"), Contact("phone", "0116 000")),
                      translations={"pl": {"name": "Zabawa z dzieckiem"}})
    seen = listing(service, "Org", "pl")
    assert (seen.name, seen.summary, seen.who_for) == ("Zabawa z dzieckiem", "Zabawa", "Anyone")
    assert seen.text_languages == {"summary": "pl", "who_for": "en", "what_happens": "en"}
    assert (seen.contact.kind, seen.through_reach) == ("phone", False)


def test_a_listing_without_routes_of_its_own_goes_through_reach():
    hub = Contact("phone", "0116 454 1004", source="staff")
    seen = listing(Service("s", "o", "Course", reach=hub), "Org", "en")
    assert (seen.contact, seen.through_reach) == (hub, True)


def selects(conn, action) -> list[str]:
    """The statements reading the services or their lists while `action` runs."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [s for s in statements if re.search(r"\bFROM (services|service_\w+)\b", s)]


def test_reading_one_service_reads_only_its_own_rows(conn):
    read = selects(conn, lambda: store.service(conn, "relate-parenting-courses"))
    assert read and len(read) <= 1 + len(stored.LINKED)
    assert all("WHERE" in statement for statement in read), read


def test_a_staff_save_reads_no_whole_table(database):
    writable = store.connect(database)
    saved = editor.service(writable, "relate-parenting-courses")
    read = selects(writable, lambda: editor.save_service(
        writable, {**saved, "cost_note": "Ask at the desk"}, "editor@example.org"))
    assert read and all("WHERE" in statement for statement in read), read
    assert editor.service(writable, "relate-parenting-courses")["cost_note"] == "Ask at the desk"


def test_a_duplicate_check_reads_names_not_whole_listings(conn):
    found = store.service_names(conn)
    assert {s["id"] for s in found} == set(SERVICES)
    assert {key for s in found for key in s} == {"id", "name", "organisation_id",
                                                "organisation_name"}
