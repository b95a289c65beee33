"""The standard's own examples, imported and published again: the same objects, field by field.

Ids are the finder's own after an import (stable, made from content ids), so they are set
aside with the ids that only place an object (`service_id`, `link_id`, ...); lists are compared
in any order; the finder may add its own (its `finder-*` attributes and identifier, a derived
`organization_id`), but nothing the publisher said may be lost or changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_oruk_import import cli, empty_directory

from finder import create_app
from finder.directory import editor, store
from finder.directory.convert import oruk as convert_oruk

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "foreign-feed"
PLACING = {"id", "service_id", "organization_id", "location_id", "link_id", "contact_id",
           "service_at_location_id", "phone_id", "link_entity", "taxonomy_term_id"}
# each example → the feed address that publishes the same object, from the imported service
EXAMPLES = {
    "service_full": lambda s: f"/oruk/services/{s['id']}",
    "service_at_location_full": lambda s: f"/oruk/service_at_locations/"
                                          f"{s['service_at_locations'][0]['id']}",
    "organization_full": lambda s: f"/oruk/organizations/{s['organization']['id']}"
                                   "?full_service=true",
    "service_list": lambda s: "/oruk/services?page=1",
}


def normal(value, inside_term: bool = False):
    """Without placing ids, empty fields, finder-only attributes, trailing spaces or order."""
    if isinstance(value, dict):
        return {key: normal(item, inside_term or key == "taxonomy_term")
                for key, item in value.items()
                if (inside_term or key not in PLACING) and item not in (None, "", [])}
    if isinstance(value, list):
        kept = [normal(item, inside_term) for item in value if not finders_own(item)]
        return sorted(kept, key=lambda item: json.dumps(item, sort_keys=True))
    return value.strip() if isinstance(value, str) else value


def finders_own(item) -> bool:
    if not isinstance(item, dict):
        return False
    term = item.get("taxonomy_term") or {}
    return str(term.get("vocabulary") or "").startswith("finder-") or \
        item.get("identifier_scheme") == "finder"


def lost(said, published, path: str = "") -> list[str]:
    """Every field of `said` missing from, or different in, `published` (paths like
    `service_at_locations[0].location.addresses[0].city`)."""
    if isinstance(said, dict):
        if not isinstance(published, dict):
            return [path or "."]
        return [found for key, item in said.items()
                for found in lost(item, published.get(key), f"{path}.{key}".lstrip("."))]
    if isinstance(said, list):
        if not isinstance(published, list) or len(published) < len(said):
            return [path]
        return [found for i, (a, b) in enumerate(zip(said, published, strict=False))
                for found in lost(a, b, f"{path}[{i}]")]
    return [] if said == published else [path]


def imported_client(tmp_path: Path, source: Path):
    """A finder whose directory holds only what `source` brought in (by `directory import`)."""
    root, database = empty_directory(tmp_path)
    result = cli(database, root, "import", str(source))
    assert result.exit_code == 0, result.output
    app = create_app({"TESTING": True, "DATABASE": str(database), "CONTENT_DIR": str(root),
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    return app.test_client()


@pytest.mark.parametrize("example", list(EXAMPLES))
def test_an_example_imported_is_published_again_with_no_field_lost(tmp_path, oruk_dir, example):
    said = json.loads((oruk_dir / "examples" / f"{example}.json").read_text())
    client = imported_client(tmp_path, oruk_dir / "examples" / f"{example}.json")
    [listed] = client.get("/oruk/services?full=true").get_json()["contents"]
    published = client.get(EXAMPLES[example](listed)).get_json()
    if example == "service_list":  # a page of one-to-one fields: compare the service
        said, published = said["contents"], published["contents"]
    assert lost(normal(said), normal(published)) == []


def test_the_comparison_names_a_field_that_is_lost(oruk_dir):
    said = json.loads((oruk_dir / "examples" / "service_full.json").read_text())
    published = json.loads(json.dumps(said))
    del published["service_at_locations"][0]["location"]["addresses"][0]["city"]
    published["schedules"][0]["opens_at"] = "09:00:00"
    published["funding"] = []
    assert lost(normal(said), normal(published)) == [
        "schedules[0].opens_at", "service_at_locations[0].location.addresses[0].city",
        "funding"]


def test_published_schedules_and_locations_pass_the_standards_schema(tmp_path, oruk_dir,
                                                                     service_schema):
    client = imported_client(tmp_path, oruk_dir / "examples" / "service_full.json")
    [listed] = client.get("/oruk/services?full=true").get_json()["contents"]
    errors = [e.message for e in service_schema.iter_errors(listed)]
    # the example's own coordinates (100, 101) and US address are as it gives them
    assert errors == []
    assert listed["schedules"][0]["service_id"] == listed["id"]
    location = listed["service_at_locations"][0]["location"]
    assert location["addresses"][0]["location_id"] == location["id"]


def test_another_publishers_services_come_back_with_no_field_lost(tmp_path):
    services = [json.loads(p.read_text()) for p in sorted((FEED / "services").glob("*.json"))]
    (tmp_path / "feed.json").write_text(json.dumps(services))
    client = imported_client(tmp_path, tmp_path / "feed.json")
    published = client.get("/oruk/services?full=true").get_json()["contents"]
    by_name = {item["name"]: item for item in published}
    assert sorted(by_name) == sorted(s["name"] for s in services)
    for said in services:
        assert lost(normal(said), normal(by_name[said["name"]])) == [], said["name"]
    assert any(s.get("schedules") for s in services)  # the fixture has times and places
    assert any(s.get("service_at_locations") for s in services)


@pytest.mark.parametrize(("ours", "theirs", "published"), [
    ("active", "defunct", "active"), ("retired", None, "inactive"),
    ("retired", "defunct", "defunct"), ("retired", "temporarily closed", "temporarily closed"),
], ids=["restored-by-staff", "retired", "defunct", "closed-for-now"])
def test_a_retired_listing_keeps_its_publishers_reason(ours, theirs, published):
    assert convert_oruk.status(ours, theirs) == published


def test_a_staff_edit_since_the_import_wins_over_what_was_kept(tmp_path, oruk_dir):
    client = imported_client(tmp_path, oruk_dir / "examples" / "service_full.json")
    database = client.application.config["DATABASE"]
    conn = store.connect(database)
    try:
        listing = editor.service(conn, "community-counselling")
        editor.save_service(conn, {**listing, "cost": "free", "languages": ["pl"]},
                            "ed@example.org")
    finally:
        conn.close()
    [listed] = client.get("/oruk/services?full=true").get_json()["contents"]
    assert [(o["option"], o["amount"]) for o in listed["cost_options"]] == [("free", 0)]
    # the publisher's language (given by id only) stays; the one staff added joins it
    assert [lang.get("code") for lang in listed["languages"]] == [None, "pl"]
    assert listed["funding"][0]["source"].startswith("This service is funded")  # still kept


def test_a_publishers_taxonomy_term_is_published_again_with_its_own_id(tmp_path, oruk_dir):
    term = json.loads((oruk_dir / "examples" / "taxonomy_term.json").read_text())
    client = imported_client(tmp_path, oruk_dir / "examples" / "service_full.json")
    [listed] = client.get("/oruk/services?full=true").get_json()["contents"]
    assert term in [a["taxonomy_term"] for a in listed["attributes"]]
