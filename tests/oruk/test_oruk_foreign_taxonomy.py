"""Another publisher's taxonomy imported whole: listed, opened by id, and filtered by."""

from __future__ import annotations

import json

import pytest
from conftest import schema_validator
from test_oruk_import import cli
from test_oruk_round_trip import imported_client, lost, normal

from finder.directory import build, content, store


def example(oruk_dir, name: str) -> dict:
    return json.loads((oruk_dir / "examples" / f"{name}.json").read_text())


def contents(client, path: str) -> list[dict]:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_json()["contents"]


def test_an_imported_taxonomy_is_published_again_with_no_field_lost(tmp_path, oruk_dir):
    said = example(oruk_dir, "taxonomy")
    client = imported_client(tmp_path, oruk_dir / "examples" / "taxonomy.json")
    published = client.get(f"/oruk/taxonomies/{said['id']}").get_json()
    assert lost(normal(said, inside_term=True), normal(published, inside_term=True)) == []
    errors = schema_validator(oruk_dir, "taxonomy").iter_errors(published)
    assert [e.message for e in errors] == []
    assert said["id"] in [t["id"] for t in contents(client, "/oruk/taxonomies?per_page=100")]
    # its terms are listed, filtered by it, and open by id
    [term] = said["taxonomy_terms"]
    listed = contents(client, f"/oruk/taxonomy_terms?taxonomy_id={said['id']}")
    assert [t["id"] for t in listed] == [term["id"]]
    opened = client.get(f"/oruk/taxonomy_terms/{term['id']}").get_json()
    assert lost(normal(term, True), normal(opened, True)) == []
    assert opened["taxonomy_id"] == said["id"]


def test_a_bare_taxonomy_term_is_published_again_with_no_field_lost(tmp_path, oruk_dir):
    said = example(oruk_dir, "taxonomy_term")
    client = imported_client(tmp_path, oruk_dir / "examples" / "taxonomy_term.json")
    published = client.get(f"/oruk/taxonomy_terms/{said['id']}").get_json()
    assert lost(normal(said, True), normal(published, True)) == []
    validator = schema_validator(oruk_dir, "taxonomy_term")
    for term in contents(client, "/oruk/taxonomy_terms?per_page=100"):
        assert [e.message for e in validator.iter_errors(term)] == []
    assert client.get("/oruk/services").get_json()["total_items"] == 0  # not read as a service


def test_the_terms_of_imported_services_are_listed_and_filter_them(tmp_path, oruk_dir):
    term = example(oruk_dir, "taxonomy_term")
    client = imported_client(tmp_path, oruk_dir / "examples" / "service_full.json")
    assert term in contents(client, "/oruk/taxonomy_terms?per_page=100")
    assert client.get(f"/oruk/taxonomy_terms/{term['id']}").get_json() == term
    [service] = contents(client, f"/oruk/services?taxonomy_term_id={term['id']}")
    assert service["name"] == example(oruk_dir, "service_full")["name"]
    other = "00000000-0000-4000-8000-000000000000"
    assert contents(client, f"/oruk/services?taxonomy_term_id={other}") == []


def test_a_taxonomy_id_keeps_the_services_carrying_its_terms(tmp_path, oruk_dir):
    taxonomy = example(oruk_dir, "taxonomy")
    client = imported_client(tmp_path, oruk_dir / "examples" / "service_full.json")
    assert contents(client, f"/oruk/services?taxonomy_id={taxonomy['id']}") == []
    database = client.application.config["DATABASE"]
    root = client.application.config["CONTENT_DIR"]
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(taxonomy))
    assert cli(database, root, "import", str(path)).exit_code == 0
    [service] = contents(client, f"/oruk/services?taxonomy_id={taxonomy['id']}")
    assert service["name"] == example(oruk_dir, "service_full")["name"]


def test_a_rebuild_keeps_an_imported_taxonomy(tmp_path, oruk_dir):
    said = example(oruk_dir, "taxonomy")
    client = imported_client(tmp_path, oruk_dir / "examples" / "taxonomy.json")
    app = client.application
    build.build(content.load(app.config["CONTENT_DIR"]), app.config["DATABASE"])
    published = client.get(f"/oruk/taxonomies/{said['id']}").get_json()
    assert lost(normal(said, True), normal(published, True)) == []


@pytest.mark.parametrize(("change", "problem"), [
    ({"id": "five"}, "id: not a UUID"), ({"description": ""}, "description: missing"),
])
def test_a_taxonomy_the_feed_could_not_publish_is_refused(tmp_path, oruk_dir, change, problem):
    from test_oruk_import import empty_directory

    taxonomy = {**example(oruk_dir, "taxonomy"), **change}
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(taxonomy))
    root, database = empty_directory(tmp_path)
    result = cli(database, root, "import", str(path))
    assert result.exit_code == 1
    assert problem in result.output
    conn = store.connect(database, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM foreign_taxonomies").fetchone()[0] == 0
    finally:
        conn.close()
