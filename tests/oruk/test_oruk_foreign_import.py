"""Feeds from other publishers: the standard's own examples and another publisher's pages (a
URL paged through, served here on loopback), their taxonomy mapped through content/."""

from __future__ import annotations

import json
import re
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import CONTENT
from test_oruk_import import cli, empty_content, empty_directory, imported

from finder.directory import oruk_feed

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "foreign-feed"
EXAMPLES = ("service_full", "organization_full", "service_at_location_full", "service_list")


class Publisher(BaseHTTPRequestHandler):
    """The fixture's pages at /feed/services?page=N and /feed/services/<id>."""

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        url = urlsplit(self.path)
        page = parse_qs(url.query).get("page", ["1"])[0]
        name = url.path.removeprefix("/feed/services").strip("/")
        path = FEED / "services" / f"{name}.json" if name else FEED / f"page-{page}.json"
        body = path.read_bytes() if path.is_file() and path.resolve().is_relative_to(FEED) \
            else b"{}"
        self.send_response(200 if path.is_file() else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def publisher():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Publisher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed"
    server.shutdown()
    server.server_close()


def exported_and_checked(database: Path, root: Path) -> None:
    """The live directory, imports and all, written to content/ passes `directory check`."""
    assert cli(database, root, "export", "--format", "content").exit_code == 0
    result = cli(database, root, "check")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_standards_own_examples_import_cleanly(tmp_path, oruk_dir, example):
    root, database = empty_directory(tmp_path)
    result = cli(database, root, "import", str(oruk_dir / "examples" / f"{example}.json"))
    assert result.exit_code == 0, result.output
    exported_and_checked(database, root)
    assert imported(database)
    for listing in imported(database).values():
        assert listing["source"].startswith("Open Referral UK feed: ")


def test_ages_above_25_years_are_kept(tmp_path, oruk_dir):
    root, database = empty_directory(tmp_path)
    cli(database, root, "import", str(oruk_dir / "examples" / "service_full.json"))
    example = json.loads((oruk_dir / "examples" / "service_full.json").read_text())
    listing = imported(database)["community-counselling"]
    assert example["maximum_age"] > 25
    assert listing["max_age_months"] == min(example["maximum_age"] * 12 + 11, 1200)
    assert listing["min_age_months"] == example["minimum_age"] * 12


def test_a_publishers_feed_is_paged_through_and_its_taxonomy_mapped(tmp_path, publisher):
    root, database = empty_directory(tmp_path)
    result = cli(database, root, "import", publisher)
    assert result.exit_code == 0, result.output
    written = imported(database)
    assert set(written) == {"dads-play-saturdays", "baby-feeding-drop-in", "holiday-club"}
    assert written["dads-play-saturdays"]["needs"] == ["dads", "meeting-parents"]
    assert written["baby-feeding-drop-in"]["needs"] == ["feeding"]
    assert written["baby-feeding-drop-in"]["districts"] == ["melton", "rutland"]
    holiday = written["holiday-club"]
    assert holiday["needs"] == ["additional-needs"] and holiday["districts"] == []
    assert "Holiday activities and food" in holiday["keywords"]  # kept, not lost
    assert holiday["max_age_months"] == 30 * 12 + 11
    assert "unmapped: Family Hub service types: Holiday activities and food" in result.stderr
    exported_and_checked(database, root)


def test_a_publishers_times_places_and_languages_are_kept(tmp_path, publisher):
    root, database = empty_directory(tmp_path)
    assert cli(database, root, "import", publisher).exit_code == 0
    dads = imported(database)["dads-play-saturdays"]
    assert dads["schedules"] == [{"freq": "WEEKLY", "interval": 1, "byday": "SA",
                                  "opens_at": "10:00:00", "closes_at": "11:30:00",
                                  "valid_from": "2026-09-05",
                                  "description": "Every Saturday morning in term time."}]
    [link] = dads["open_data"]["service_at_locations"]
    assert link["location"]["addresses"][0]["city"] == "Exampleton"
    assert dads["location"] == {"name": "Exampleton Family Hub",
                                "address": "1 Example Road, Exampleton", "postcode": "ZZ99 9ZZ"}
    assert dads["languages"] == ["en"]  # the finder's own; Romanian is kept for the feed
    assert [lang["code"] for lang in dads["open_data"]["languages"]] == ["en", "ro"]


def test_the_same_pages_as_a_file_import_the_same_way(tmp_path):
    root, database = empty_directory(tmp_path)
    full = [json.loads(p.read_text()) for p in sorted((FEED / "services").glob("*.json"))]
    (tmp_path / "feed.json").write_text(json.dumps(full))
    assert cli(database, root, "import", str(tmp_path / "feed.json")).exit_code == 0
    assert imported(database)["dads-play-saturdays"]["needs"] == ["dads", "meeting-parents"]


def test_json_nested_too_deep_is_refused_with_a_message(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(ValueError, match="nested more than"):
        oruk_feed.loads(deep)
    (tmp_path / "deep.json").write_text(deep)
    root = empty_content(tmp_path / "content")
    result = cli(tmp_path / "f.db", root, "import", str(tmp_path / "deep.json"))
    assert result.exit_code == 1 and "nested more than 64 deep" in result.stderr
    assert "Traceback" not in result.output


def test_an_unreachable_feed_is_a_clear_error(tmp_path):
    root = empty_content(tmp_path / "content")
    result = cli(tmp_path / "f.db", root, "import", "http://127.0.0.1:9/feed")
    assert result.exit_code == 1 and "cannot read it as oruk" in result.stderr


def test_the_staff_page_plans_a_foreign_service_with_the_same_mapping(editor, oruk_dir):
    from test_admin_transfer import upload

    text = (FEED / "services").glob("*.json")
    body = json.dumps([json.loads(p.read_text()) for p in text])
    page = upload(editor, body, "oruk", "feed.json").get_data(as_text=True)
    assert "Dads Play Saturdays" in page and "Holiday Club" in page
    example = (oruk_dir / "examples" / "service_full.json").read_text()
    assert upload(editor, example, "oruk", "service_full.json").status_code == 200


def test_a_staff_upload_nested_too_deep_is_a_400_not_a_500(editor):
    from test_admin_transfer import upload

    response = upload(editor, "[" * 100_000 + "]" * 100_000, "oruk", "deep.json")
    assert response.status_code == 400
    assert "nested more than" in response.get_data(as_text=True)


def test_uploads_never_applied_are_purged_after_a_day(tmp_path):
    import os
    import time

    from finder.admin.transfer import UPLOAD_KEEP_SECONDS, purge_uploads

    old, new = tmp_path / ("a" * 32 + ".json"), tmp_path / ("b" * 32 + ".json")
    for path in (old, new):
        path.write_text("[]")
    stale = time.time() - UPLOAD_KEEP_SECONDS - 60
    os.utime(old, (stale, stale))
    assert purge_uploads(tmp_path) == 1
    assert not old.exists() and new.exists()


def test_the_cli_plans_like_the_staff_page_and_writes_nothing(tmp_path, publisher, database):
    root = empty_content(tmp_path / "content")
    before = imported(database)
    result = cli(database, root, "import", publisher, "--plan")
    assert result.exit_code == 0, result.output
    assert "added: dads-play-saturdays" in result.output
    assert "unmapped: Family Hub service types: Holiday activities and food" in result.stderr
    assert imported(database) == before


def test_the_cli_and_the_staff_page_import_a_feed_into_the_same_directory(
        tmp_path, editor, staff_app, built_directory):
    from test_admin_transfer import upload

    body = json.dumps([json.loads(p.read_text()) for p in sorted((FEED / "services").glob("*"))])
    (tmp_path / "feed.json").write_text(body)
    by_cli = shutil.copy(built_directory, tmp_path / "cli.db")
    result = cli(by_cli, CONTENT, "import", str(tmp_path / "feed.json"), "--by", "ed@example.org")
    assert result.exit_code == 0, result.output

    html = upload(editor, body, "oruk", "feed.json").get_data(as_text=True)
    assert "Family Hub service types: Holiday activities and food" in html  # unmapped, listed
    assert editor.post(re.search(r'action="(/admin/import/\w+/apply)"', html)[1]).status_code \
        == 303
    by_staff = staff_app.config["DATABASE"]
    assert imported(by_cli) == imported(by_staff)
    assert {"dads-play-saturdays", "holiday-club"} <= set(imported(by_staff))
