"""The rest of the ORUK read API: taxonomies, terms, organisations, service_at_locations,
every filter of both specs, ETags and the feed's own rate limit."""

from __future__ import annotations

import json

import pytest
from conftest import schema_validator
from jsonschema import Draft202012Validator

from finder import create_app
from finder.directory.ids import stable_uuid
from finder.directory.oruk import taxonomy_id, term_id

YOUNG = stable_uuid("service", "example-young-parents-group")
RELATE = stable_uuid("service", "relate-parenting-courses")
EXAMPLE_ORG = stable_uuid("organisation", "example-family-group")


def page_contents(client, path: str) -> list[dict]:
    response = client.get(path)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["contents"]


def errors(validator, item) -> list[str]:
    return [error.message for error in validator.iter_errors(item)]


@pytest.mark.parametrize(("path", "schema"), [
    ("/oruk/taxonomies", "taxonomy"), ("/oruk/taxonomy_terms", "taxonomy_term"),
    ("/oruk/organizations", "compiled/organization_list"),
    ("/oruk/service_at_locations", "compiled/service_at_location_list"),
    ("/oruk/organizations?full_service=true", "compiled/organization"),
])
def test_every_collection_is_a_page_of_its_schema(rich_client, oruk_dir, path, schema):
    body = rich_client.get(path + ("&" if "?" in path else "?") + "per_page=100").get_json()
    page = json.loads((oruk_dir / "schema" / "openapi.json").read_text())
    assert errors(Draft202012Validator(page["components"]["schemas"]["Page"]), body) == []
    assert body["contents"], path
    validator = schema_validator(oruk_dir, schema)
    for item in body["contents"]:
        assert errors(validator, item) == []


def test_each_listed_id_opens_as_its_whole_object(rich_client, oruk_dir):
    checks = {"taxonomies": "taxonomy", "taxonomy_terms": "taxonomy_term",
              "organizations": "compiled/organization",
              "service_at_locations": "compiled/service"}
    for collection, schema in checks.items():
        validator = schema_validator(oruk_dir, schema)
        for item in page_contents(rich_client, f"/oruk/{collection}?per_page=100")[:25]:
            response = rich_client.get(f"/oruk/{collection}/{item['id']}")
            assert response.status_code == 200, (collection, item["id"])
            assert errors(validator, response.get_json()) == []
            assert response.get_json()["id"] == item["id"]


def test_a_service_at_location_also_reads_as_hsds_says(rich_client, oruk_dir):
    link = page_contents(rich_client, "/oruk/service_at_locations?per_page=1")[0]
    body = rich_client.get(f"/oruk/service_at_locations/{link['id']}").get_json()
    assert errors(schema_validator(oruk_dir, "compiled/service_at_location"), body) == []
    assert body["service"]["id"] == body["service_id"] == link["service_id"]
    assert body["location"]["id"] == link["location_id"]


def test_a_term_id_used_as_a_filter_can_be_discovered(rich_client):
    terms = page_contents(rich_client, "/oruk/taxonomy_terms?per_page=100")
    wanted = term_id("finder-needs", "young-parents")
    assert wanted in [t["id"] for t in terms]
    needs = page_contents(rich_client,
                          f"/oruk/taxonomy_terms?taxonomy_id={taxonomy_id('finder-needs')}")
    assert needs and {t["taxonomy"] for t in needs} == {"finder-needs"}
    taxonomy = rich_client.get(f"/oruk/taxonomies/{taxonomy_id('finder-needs')}").get_json()
    assert {t["id"] for t in taxonomy["taxonomy_terms"]} == {t["id"] for t in needs}


def ids(client, query: str) -> set[str]:
    return {s["id"] for s in page_contents(client, f"/oruk/services?per_page=100&{query}")}


def test_organization_id_keeps_only_that_organisations_services(rich_client):
    found = page_contents(rich_client, f"/oruk/services?organization_id={EXAMPLE_ORG}")
    assert YOUNG in {s["id"] for s in found}
    assert {s["organization_id"] for s in found} == {EXAMPLE_ORG}


def test_taxonomy_id_keeps_services_with_any_of_its_terms(rich_client):
    rated = ids(rich_client, f"taxonomy_id={taxonomy_id('finder-evidence-rating')}")
    assert YOUNG in rated and RELATE not in rated


def test_modified_after_follows_staff_edits(rich_app):
    client = rich_app.test_client()
    everything = ids(client, "")
    assert ids(client, "modified_after=2000-01-01") == everything
    assert ids(client, "modified_after=2999-01-01T00:00:00Z") == set()


def test_full_minimal_and_ndjson_shapes(rich_client):
    full = page_contents(rich_client, f"/oruk/services?full=true&organization_id={EXAMPLE_ORG}")
    assert all("attributes" in s for s in full)
    small = page_contents(rich_client, "/oruk/services?minimal=true")
    assert small and all(set(s) == {"id", "name", "status", "last_modified"} for s in small)
    streamed = rich_client.get("/oruk/services?format=ndjson")
    assert streamed.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in streamed.get_data(as_text=True).splitlines()]
    assert [s["id"] for s in lines] == sorted(ids(rich_client, ""), key=[
        s["id"] for s in lines].index)
    assert len(lines) == rich_client.get("/oruk/services").get_json()["total_items"]


def test_postcode_and_proximity_keep_services_nearby(rich_client):
    link = stable_uuid("service_at_location", "example-young-parents-group")
    near = page_contents(rich_client, "/oruk/service_at_locations?postcode=LE11&proximity=3000")
    far = page_contents(rich_client, "/oruk/service_at_locations?postcode=LE1&proximity=3000")
    assert link in [s["id"] for s in near] and link not in [s["id"] for s in far]
    covering = ids(rich_client, "postcode=LE15")
    assert covering and covering != ids(rich_client, "")


@pytest.mark.parametrize(("query", "parameter"), [
    ("start_time=09:00", "start_time"), ("end_time=17:00", "end_time"), ("day=monday", "day"),
    ("organization_id=acme", "organization_id"), ("taxonomy_id=needs", "taxonomy_id"),
    ("modified_after=yesterday", "modified_after"), ("postcode=nowhere", "postcode"),
    ("proximity=100", "proximity"), ("postcode=LE1&proximity=far", "proximity"),
    ("full=perhaps", "full"), ("minimal=2", "minimal"), ("format=xml", "format"),
])
def test_each_unusable_filter_is_a_400_naming_it(client, query, parameter):
    listing_only = parameter in ("full", "minimal", "format")
    for path in ("/oruk/services",) + (() if listing_only else ("/oruk/service_at_locations",)):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        assert response.get_json()["error"]["parameter"] == parameter


@pytest.mark.parametrize("path", [
    f"/oruk/organizations/{YOUNG}", "/oruk/taxonomies/finder-needs",
    f"/oruk/taxonomy_terms/{YOUNG}", f"/oruk/service_at_locations/{YOUNG}",
])
def test_unknown_ids_are_json_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == 404


def test_ages_are_whole_numbers_everywhere(rich_client):
    for item in page_contents(rich_client, "/oruk/services?per_page=100&full=true"):
        assert type(item["minimum_age"]) is int and type(item["maximum_age"]) is int
        assert '"maximum_age": 0.0' not in json.dumps(item)


def test_a_repeat_with_the_etag_is_a_304_until_the_directory_changes(editor):
    first = editor.get(f"/oruk/services/{RELATE}")
    tag = first.headers["ETag"].strip('"')
    assert "public" in first.headers["Cache-Control"]
    again = editor.get(f"/oruk/services/{RELATE}", headers={"If-None-Match": f'"{tag}"'})
    assert again.status_code == 304 and again.get_data() == b""
    other = editor.get("/oruk/services", headers={"If-None-Match": f'"{tag}"'})
    assert other.status_code == 200
    assert verify(editor, "relate-parenting-courses")
    after = editor.get(f"/oruk/services/{RELATE}", headers={"If-None-Match": f'"{tag}"'})
    assert after.status_code == 200 and after.headers["ETag"].strip('"') != tag


def verify(editor, service: str) -> bool:
    response = editor.post(f"/admin/services/{service}/verify", {"back": "stale"},
                           page="/admin/stale")
    return response.status_code == 303


def test_staff_emails_never_reach_the_feed(editor):
    assert verify(editor, "relate-parenting-courses")
    listed = editor.get("/oruk/services?full=true&per_page=100&format=ndjson")
    one = editor.get(f"/oruk/services/{RELATE}")
    for body in (listed.get_data(as_text=True), one.get_data(as_text=True),
                 editor.get("/admin/export/oruk").get_data(as_text=True)):
        assert "ed@example.org" not in body
    values = [a.get("value") for a in one.get_json()["attributes"]]
    assert "the directory's staff" in values


def test_the_feed_counts_apart_on_its_higher_limit(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "PROXY_FIX": 1,
                      "SECRET_KEY": "test-secret-key-not-for-production",
                      "INSTANCE_PATH": str(tmp_path / "instance"),
                      "RATE_WEB": "2/60", "RATE_ORUK": "5/60"})
    client = app.test_client()
    address = {"X-Forwarded-For": "203.0.113.9"}
    feed = [client.get("/oruk/services", headers=address).status_code for _ in range(6)]
    assert feed == [200] * 5 + [429]
    assert client.get("/api/v1/services", headers=address).status_code == 200
