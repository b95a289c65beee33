"""`place` in GET /api/v1/services, and the issue's guarantees, over the shipped directory."""

from __future__ import annotations

import pytest
from conftest import CONTENT

from finder.directory import content, store
from finder.directory import postcodes as postcode_import


def everything(client, query: str) -> list[dict]:
    body = client.get(f"/api/v1/services?{query}&limit=100").get_json()
    assert body["total_items"] <= 100
    return body["contents"]


@pytest.mark.parametrize(("place", "district"), [
    ("rutland", "rutland"),
    ("Oakham", "rutland"),
    ("oakam", "rutland"),
    ("LE15 6", "rutland"),
    ("le15", "rutland"),
    ("Lboro", "charnwood"),
    ("Hinkley", "hinckley-bosworth"),
    ("market harboro", "harborough"),
    ("LE4 6AB", "leicester-city"),
    ("Belgrave", "leicester-city"),
], ids=lambda value: str(value))
def test_a_place_narrows_results_to_services_covering_its_district(client, place, district):
    results = everything(client, f"place={place}")
    assert results
    assert all(district in s["districts"] for s in results)


def test_a_parent_in_rutland_never_sees_a_city_only_service(client):
    for need in ("sleep", "behaviour", "feeding", "teenagers", "wellbeing", "pregnancy"):
        for service in everything(client, f"place=Oakham&need={need}"):
            assert "rutland" in service["districts"], service["name"]


def test_a_parent_of_a_15_year_old_never_sees_a_baby_group(client):
    results = everything(client, "age_months=180")
    assert results
    assert all(s["min_age_months"] <= 180 <= s["max_age_months"] for s in results)
    assert not any("Mammas" in s["organization"]["name"] for s in results)


def test_a_pregnant_parent_sees_pregnancy_services(client):
    results = everything(client, "expecting=1&place=Leicester")
    assert results
    assert all(s["includes_pregnancy"] for s in results)
    assert any(s["needs"][:1] == ["pregnancy"] or "pregnancy" in s["needs"] for s in results)


def test_a_place_outside_the_region_searches_the_whole_region_with_a_note(client):
    body = client.get("/api/v1/services?place=Nottingham&need=sleep").get_json()
    assert body["total_items"] > 0
    assert body["notes"]


def test_an_ambiguous_place_names_its_candidates(client):
    response = client.get("/api/v1/services?place=Belton")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["parameter"] == "place"
    assert "rutland" in error["message"] and "nw-leicestershire" in error["message"]


@pytest.mark.parametrize("place", ["Atlantis", "zzzz", "12345"])
def test_an_unknown_place_is_a_400_naming_place(client, place):
    response = client.get(f"/api/v1/services?place={place}")
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == "place"


def test_imported_postcodes_are_used_by_the_understanding(app, database, tmp_path):
    onspd = tmp_path / "onspd.csv"
    onspd.write_text("pcds,lat,long,oslaua,doterm\n"
                     "LE15 6RB,52.6705,-0.7283,E06000017,\n", encoding="utf-8")
    codes = postcode_import.district_codes(content.load(CONTENT).districts)
    postcode_import.import_file(onspd, database, codes)
    client = app.test_client()
    found = client.get("/api/v1/interpret?text=we live at LE15 6RB").get_json()
    assert found["place"]["district"] == "rutland"
    assert found["place"]["lat"] == pytest.approx(52.6705)
    with app.app_context():
        from finder.directory.app import get_conn
        assert "LE15 6RB" in store.postcodes(get_conn())
