"""The open feed at /oruk: the profile's names, shapes, filters and errors."""

from __future__ import annotations

import json
import uuid

import pytest
from jsonschema import Draft202012Validator

from finder.directory.ids import stable_uuid
from finder.directory.oruk import term_id

YOUNG = stable_uuid("service", "example-young-parents-group")
DADS = stable_uuid("service", "example-dads-online")
RELATE = stable_uuid("service", "relate-parenting-courses")


def openapi_schema(oruk_dir, path: str) -> dict:
    spec = json.loads((oruk_dir / "schema" / "openapi.json").read_text())
    if path == "Page":
        return spec["components"]["schemas"]["Page"]
    return spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def listed(client, query: str) -> list[dict]:
    response = client.get(f"/oruk/services?per_page=100&{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["contents"]


def test_about_follows_the_profile(client, oruk_dir):
    body = client.get("/oruk/").get_json()
    schema = openapi_schema(oruk_dir, "/")
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(body)) == []
    assert body["version"] == "3.0"
    assert set(body) == set(schema["properties"])


def test_a_page_validates_against_the_page_and_service_list_schemas(rich_client, oruk_dir,
                                                                    service_list_schema):
    body = rich_client.get("/oruk/services").get_json()
    page = Draft202012Validator(openapi_schema(oruk_dir, "Page"))
    assert list(page.iter_errors(body)) == []
    assert set(openapi_schema(oruk_dir, "Page")["properties"]) | {"contents"} == set(body)
    assert body["contents"]
    for item in body["contents"]:
        assert list(service_list_schema.iter_errors(item)) == []
        assert "attributes" not in item  # the list holds one-to-one fields only


def test_a_full_service_validates_against_the_service_schema(rich_client, service_schema):
    body = rich_client.get(f"/oruk/services/{YOUNG}").get_json()
    assert list(service_schema.iter_errors(body)) == []
    assert body["attributes"] and body["service_areas"]


def test_a_retired_service_is_not_listed_but_its_page_says_inactive(rich_client):
    assert DADS not in [s["id"] for s in listed(rich_client, "")]
    assert rich_client.get(f"/oruk/services/{DADS}").get_json()["status"] == "inactive"


@pytest.mark.parametrize("path", [
    "/oruk/", "/oruk/services", f"/oruk/services/{RELATE}", "/oruk/services/not-a-uuid",
    "/oruk/services?page=0", "/oruk/no-such-thing",
], ids=["about", "list", "service", "unknown-service", "bad-parameter", "unknown-path"])
def test_every_feed_answer_allows_any_origin(client, path):
    assert client.get(path).headers["Access-Control-Allow-Origin"] == "*"


def test_pages_walk_through_every_active_service_once(rich_client):
    everything = [s["id"] for s in listed(rich_client, "")]
    seen = []
    for number in range(1, len(everything) + 1):
        body = rich_client.get(f"/oruk/services?per_page=1&page={number}").get_json()
        assert (body["page_number"], body["size"], body["total_pages"]) == \
            (number, 1, len(everything))
        assert body["first_page"] == (number == 1)
        assert body["last_page"] == (number == len(everything))
        seen += [s["id"] for s in body["contents"]]
    assert seen == everything
    after = rich_client.get(f"/oruk/services?per_page=1&page={len(everything) + 1}").get_json()
    assert (after["empty"], after["size"], after["contents"]) == (True, 0, [])


def term(vocabulary: str, code: str) -> str:
    return term_id(vocabulary, code)


@pytest.mark.parametrize(("query", "included", "excluded", "holds"), [
    ("search=young+mums", [YOUNG], [RELATE], None),
    ("search=relate", [RELATE], [YOUNG], None),
    ("search=%22no+such+words+anywhere%22", [], [YOUNG, RELATE], None),
    ("minimum_age=0.5", [], [YOUNG, RELATE], lambda s: s["minimum_age"] >= 0.5),
    ("minimum_age=0", [YOUNG, RELATE], [], lambda s: s["minimum_age"] >= 0),
    ("maximum_age=4", [YOUNG], [RELATE], lambda s: s["maximum_age"] <= 4),
    ("minimum_age=0&maximum_age=20", [YOUNG], [RELATE], lambda s: s["maximum_age"] <= 20),
    (f"taxonomy_term_id={term('finder-needs', 'young-parents')}", [YOUNG], [RELATE], None),
    (f"taxonomy_term_id={term('finder-districts', 'rutland')}", [YOUNG, RELATE], [], None),
    (f"taxonomy_term_id={term('finder-evidence-rating', '4+')}", [YOUNG], [RELATE], None),
    (f"taxonomy_term_id={uuid.UUID(int=1)}", [], [YOUNG, RELATE], None),
], ids=["search-keyword", "search-name", "search-nothing", "minimum-age", "minimum-age-zero",
        "maximum-age", "both-ages", "need-term", "district-term", "evidence-term",
        "unknown-term"])
def test_each_filter_keeps_what_matches(rich_client, query, included, excluded, holds):
    found = listed(rich_client, query)
    ids = [s["id"] for s in found]
    assert set(included) <= set(ids)
    assert not set(excluded) & set(ids)
    if holds:
        assert all(holds(s) for s in found)


@pytest.mark.parametrize(("query", "parameter"), [
    ("page=0", "page"), ("page=two", "page"), ("per_page=101", "per_page"),
    ("minimum_age=-1", "minimum_age"), ("minimum_age=old", "minimum_age"),
    ("maximum_age=nan", "maximum_age"), ("maximum_age=inf", "maximum_age"),
    ("taxonomy_term_id=sleep", "taxonomy_term_id"), ("search=" + "a" * 1001, "search"),
], ids=["page-zero", "page-word", "per-page-too-big",
        "negative-age", "age-word", "age-nan", "age-infinite", "term-slug", "search-too-long"])
def test_bad_parameters_get_a_400_naming_them(client, query, parameter):
    response = client.get(f"/oruk/services?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == parameter
    assert parameter in response.get_json()["error"]["message"]


@pytest.mark.parametrize("service_id", [
    str(uuid.UUID(int=7)), "relate-parenting-courses", "not a uuid",
], ids=["unknown-uuid", "content-slug", "not-a-uuid"])
def test_an_unknown_service_is_a_json_404(client, service_id):
    response = client.get(f"/oruk/services/{service_id}")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == 404
