"""Databases made by an earlier version upgrade in place: the directory and the state store.

The fixtures in tests/fixtures/legacy/ were made by main at 9d37052, before schema versions.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from finder import create_app
from finder.directory import build, content, migrations, store
from finder.directory.ids import stable_uuid
from finder.state import migrations as state_migrations
from finder.state.sqlite import SqliteStore

LEGACY = Path(__file__).resolve().parent / "fixtures" / "legacy"
CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture
def legacy_directory(tmp_path: Path) -> Path:
    return Path(shutil.copy(LEGACY / "directory.db", tmp_path / "finder.db"))


def applied(path: Path, table: str = "_sqlite_migrations") -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute(f"SELECT name FROM {table} ORDER BY id")]  # noqa: S608


def test_the_start_upgrades_a_directory_made_by_an_earlier_version(legacy_directory, tmp_path):
    assert not any(name == "_sqlite_migrations" for name in
                   sqlite3.connect(legacy_directory).execute(
                       "SELECT name FROM sqlite_master").fetchall())
    app = create_app({"TESTING": True, "DATABASE": str(legacy_directory),
                      "SECRET_KEY": "test-secret-key-not-for-production",
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    assert applied(legacy_directory) == [m.name for m in migrations.migrations._migrations]
    conn = store.connect(legacy_directory, readonly=True)
    assert migrations.version(conn) == "0007-foreign-taxonomies"
    columns = {row[1] for row in conn.execute("PRAGMA table_info(services)")}
    assert {"contacts", "reach", "summary", "staff_note", "schedules", "open_data"} <= columns
    assert "open_data" in {row[1] for row in conn.execute("PRAGMA table_info(organisations)")}
    row = conn.execute("SELECT sal_uuid FROM services WHERE id = 'relate-parenting-courses'")
    assert row.fetchone()[0] == stable_uuid("service_at_location", "relate-parenting-courses")
    assert conn.execute("SELECT email FROM staff").fetchall()[0][0] == "legacy@example.org"
    assert conn.execute("SELECT count(*) FROM foreign_taxonomies").fetchone()[0] == 0
    conn.close()
    client = app.test_client()
    service = stable_uuid("service", "relate-parenting-courses")
    assert client.get(f"/oruk/services/{service}").status_code == 200
    assert client.get("/oruk/service_at_locations").status_code == 200
    assert client.get("/oruk/taxonomy_terms").status_code == 200


def test_an_upgrade_twice_changes_nothing_the_second_time(legacy_directory):
    assert migrations.apply(legacy_directory)
    assert migrations.apply(legacy_directory) == []


def test_a_fresh_build_records_the_same_schema_version(tmp_path):
    path = build.build(content.load(CONTENT), tmp_path / "fresh.db")
    assert applied(path) == [m.name for m in migrations.migrations._migrations]


def test_a_rebuild_keeps_staff_work_when_the_tables_gained_a_column(legacy_directory):
    with sqlite3.connect(legacy_directory) as conn:
        conn.execute("ALTER TABLE staff ADD COLUMN retired_column TEXT DEFAULT 'x'")
        conn.execute("ALTER TABLE history DROP COLUMN after")
    build.build(content.load(CONTENT), legacy_directory)
    conn = store.connect(legacy_directory, readonly=True)
    assert [r[0] for r in conn.execute("SELECT email FROM staff")] == ["legacy@example.org"]
    history = conn.execute("SELECT staff, record_id, after FROM history").fetchall()
    assert [tuple(r) for r in history] == [("legacy@example.org", "relate-parenting-courses",
                                           None)]
    conn.close()


def test_the_state_store_upgrades_a_file_made_by_an_earlier_version(tmp_path):
    path = Path(shutil.copy(LEGACY / "state.db", tmp_path / "state.db"))
    store_ = SqliteStore(path, "legacy-secret")
    rows = store_.usage("2026-11-01", "2026-11-01")
    assert [(r["need"], r["searches"]) for r in rows] == [("sleep", 1)]
    assert store_.peek("+447700900001") == {"step": "need"}
    assert applied(path) == [m.name for m in state_migrations.migrations._migrations]


def test_the_state_file_keeps_no_index_on_expiry_times(tmp_path):
    """Each such index cost every text's write a page; the purge scans instead."""
    path = Path(shutil.copy(LEGACY / "state.db", tmp_path / "state.db"))
    with sqlite3.connect(path) as conn:
        before = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert set(state_migrations.EXPIRY_INDEXES) <= before
    SqliteStore(path, "legacy-secret").peek("+447700900001")
    with sqlite3.connect(path) as conn:
        after = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not set(state_migrations.EXPIRY_INDEXES) & after
    assert {"conversations", "replies", "counters", "usage", "outbox"} <= after


def test_replies_are_kept_by_integer_id_without_an_index(tmp_path):
    """A reply's text key needed an index beside the table: a page more written every text."""
    path = Path(shutil.copy(LEGACY / "state.db", tmp_path / "state.db"))
    store_ = SqliteStore(path, "legacy-secret", clock=lambda: 1_795_987_100.0)
    assert store_.answered("SM1") == "hello"  # kept before the upgrade, under its text key
    with store_.exchange("+447700900001", "SM1") as exchange:
        assert exchange.answered == "hello"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA index_list(replies)").fetchall() == []
        assert [row[1] for row in conn.execute("PRAGMA table_info(replies)")] == [
            "id", "tag", "reply", "created"]
