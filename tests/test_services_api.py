"""GET /api/v1/services: the search over HTTP, its page envelope and its 400s."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from finder import create_app
from finder.directory import build, content, store
from finder.directory.app import search_index
from finder.search import Query
from tests.search_content import write_content

SERVICE_FIELDS = {"id", "name", "description", "organization", "needs", "districts",
                  "min_age_months", "max_age_months", "includes_pregnancy", "self_referral",
                  "cost", "why"}


@pytest.fixture(scope="module")
def search_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("services-api")
    return build.build(content.load(write_content(root / "content")), root / "finder.db")


@pytest.fixture
def app(search_directory, tmp_path):
    path = tmp_path / "finder.db"
    shutil.copy(search_directory, path)
    return create_app({"TESTING": True, "DATABASE": str(path),
                       "SECRET_KEY": "test-secret-key",
                       "INSTANCE_PATH": str(tmp_path / "instance")})


def slugs(body: dict) -> list[str]:
    return [s["slug"] for s in body["contents"]]


def get(client, query: str) -> dict:
    response = client.get(f"/api/v1/services?{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_with_no_filter_it_lists_the_whole_directory(client):
    body = get(client, "limit=100")
    assert body["total_items"] == 10 == len(body["contents"])
    assert "rutland-old-sleep-clinic" not in slugs(body)


def test_every_service_has_the_fields_design_fixes_and_a_why(client):
    for service in get(client, "limit=100")["contents"]:
        assert set(service) >= SERVICE_FIELDS
        assert set(service["organization"]) == {"id", "name"}
        assert service["why"]


def test_need_age_and_place_filter_and_rank(client):
    body = get(client, "need=sleep&age_months=24&place=rutland")
    assert slugs(body) == ["rutland-baby-group", "llr-text-line", "rutland-sleep-support"]
    assert "widened" not in body


@pytest.mark.parametrize("query", [
    "need=sleep&need=feeding&age_months=6&age_months=40",
    "need=sleep,feeding&age_months=6,40",
    "need=sleep, feeding&age_months=6 , 40",
], ids=["repeated", "comma-separated", "spaces"])
def test_lists_can_be_repeated_or_comma_separated(client, query):
    body = get(client, query + "&place=rutland")
    assert slugs(body)[:2] == ["llr-text-line", "rutland-baby-group"]  # meets both needs


def test_expecting_finds_pregnancy_services(client):
    assert slugs(get(client, "expecting=1&place=leicester-city")) == \
        ["mammas-bump-group", "llr-text-line"]


def test_a_rutland_parent_never_sees_a_city_only_service(client):
    found = slugs(get(client, "place=rutland&limit=100"))
    assert "fun-teen-course" not in found and "mammas-bump-group" not in found


def test_q_matches_names_fuzzily(client):
    assert slugs(get(client, "q=homestart"))[0] == "young-parents-group"


def test_an_empty_search_is_widened_with_a_note(client):
    body = get(client, "need=dads&age_months=250&place=harborough")
    assert body["widened"] == "hub"
    assert slugs(body) == ["harborough-hub"]
    assert body["notes"][0]


@pytest.mark.parametrize("lang", ["en", "pl", "gu", "pa", "ur", "so", "ar"])
def test_why_uses_the_need_label_in_the_chosen_language(client, app, lang):
    body = get(client, f"need=sleep&place=rutland&lang={lang}")
    with app.app_context():
        label = search_index().need_label("sleep", lang)
    assert all(label in service["why"] for service in body["contents"])


def test_pages_walk_the_whole_result(client):
    first, last = get(client, "limit=4&page=1"), get(client, "limit=4&page=3")
    assert (first["total_pages"], first["size"], first["first_page"]) == (3, 4, True)
    assert (last["size"], last["last_page"], last["page_number"]) == (2, True, 3)
    middle = get(client, "limit=4&page=2")
    assert len(set(slugs(first) + slugs(middle) + slugs(last))) == 10


@pytest.mark.parametrize(("query", "parameter"), [
    ("need=naps", "need"),
    ("need=sleep,naps", "need"),
    ("age_months=-1", "age_months"),
    ("age_months=1000", "age_months"),
    ("age_months=abc", "age_months"),
    ("age_months=3,x", "age_months"),
    ("age_months=" + ",".join(["1"] * 21), "age_months"),
    ("expecting=maybe", "expecting"),
    ("lang=de", "lang"),
    ("lang=%00", "lang"),
    ("limit=0", "limit"),
    ("limit=101", "limit"),
    ("limit=ten", "limit"),
    ("page=0", "page"),
    ("q=" + "a" * 1001, "q"),
    ("q=%ff%fe%00", "q"),
    ("q=abc%01def", "q"),
    ("place=atlantis", "place"),
    ("need=%c3%28", "need"),
], ids=["unknown-need", "one-unknown-need", "age-negative", "age-too-old", "age-text",
        "age-list-junk", "too-many-children", "expecting-junk", "lang-unknown", "lang-null",
        "limit-zero", "limit-over", "limit-text", "page-zero", "q-too-long", "q-binary",
        "q-control", "place-unknown", "need-bad-utf8"])
def test_bad_input_is_a_400_naming_the_parameter(client, query, parameter):
    response = client.get(f"/api/v1/services?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["parameter"] == parameter
    assert error["message"]


def test_a_query_of_a_thousand_characters_is_accepted(client):
    assert client.get("/api/v1/services?q=" + "a" * 1000).status_code == 200


def test_the_index_is_built_once_and_rebuilt_when_the_database_changes(app, client):
    get(client, "")
    with app.app_context():
        first = search_index()
        get(client, "need=sleep")
        assert search_index() is first
        conn = store.connect(app.config["DATABASE"])
        with conn:
            conn.execute("UPDATE services SET status = 'retired' WHERE id = 'llr-text-line'")
        conn.close()
        path = app.config["DATABASE"]
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert search_index() is not first
    assert "llr-text-line" not in slugs(get(client, "limit=100"))


def test_the_conversation_tools_are_kept_until_the_directory_changes(app, client):
    from finder.directory.tools import get_tools

    get(client, "")
    with app.app_context():
        first = get_tools()
        assert get_tools() is first and first.index is search_index()
        asked = Query(needs=("sleep",), language="en")
        answer = first.search(asked, 3, 0)
        assert answer.total and first.search(asked, 3, 0) is answer  # searched once
        path = app.config["DATABASE"]
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        again = get_tools()
        assert again is not first and again.index is search_index() is not first.index
        assert get_tools() is again
        assert again.search(asked, 3, 0) is not answer  # searched again in the new version
