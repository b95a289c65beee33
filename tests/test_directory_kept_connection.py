"""Each thread keeps its connection to the directory between requests (a new one reads the
whole schema first), opens a new one when a rebuild moves a new file into place, and a rebuild
under a kept connection never lets the new file be read through the old file's log."""

from __future__ import annotations

import sqlite3
import threading

from conftest import CONTENT

from finder.directory import build, content, store
from finder.directory.app import get_conn

RETIRE_THREE = ("UPDATE services SET status = 'retired' "
                "WHERE id IN (SELECT id FROM services LIMIT 3)")


def connection_of_a_request(app) -> sqlite3.Connection:
    with app.test_request_context("/"):
        return get_conn()


def services(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM services WHERE status = 'active'").fetchone()[0]


def test_a_thread_keeps_its_connection_between_requests_and_another_thread_has_its_own(app):
    first, second = connection_of_a_request(app), connection_of_a_request(app)
    assert first is second
    assert services(second) > 0  # still open after the first request ended
    other: list[sqlite3.Connection] = []
    worker = threading.Thread(target=lambda: other.append(connection_of_a_request(app)))
    worker.start()
    worker.join()
    assert other[0] is not first


def test_a_rebuild_gets_a_new_connection_that_reads_the_new_file(app, database):
    before = connection_of_a_request(app)
    with app.test_request_context("/"), get_conn() as conn:
        conn.execute(RETIRE_THREE)
    edited = services(conn)
    build.build(content.load(CONTENT), database)
    after = connection_of_a_request(app)
    assert after is not before
    assert services(after) == edited + 3


def test_a_rebuild_under_a_kept_connection_with_writes_in_its_log_leaves_the_new_file_whole(
        app, database):
    # a staff edit: frames in the log that the kept connection holds open
    with app.test_request_context("/"), get_conn() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('marker', 'old file')")
        conn.execute(RETIRE_THREE)
    build.build(content.load(CONTENT), database)
    fresh = store.connect(database)
    try:
        assert fresh.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "marker" not in store.meta(fresh)
        assert services(fresh) == services(connection_of_a_request(app))
    finally:
        fresh.close()


def test_a_transaction_a_failed_view_left_open_is_rolled_back_when_the_request_ends(app):
    with app.test_request_context("/"):
        conn = get_conn()
        conn.execute("INSERT INTO meta (key, value) VALUES ('half done', 'x')")
        assert conn.in_transaction  # the view failed here: no commit
    again = connection_of_a_request(app)
    assert again is conn and not again.in_transaction
    assert "half done" not in store.meta(again)


def test_without_a_directory_file_a_request_gets_a_connection_of_its_own(app, database):
    database.unlink()
    with app.test_request_context("/"):
        made = get_conn()
        assert made.execute("SELECT 1").fetchone()[0] == 1
    try:
        made.execute("SELECT 1")
        raise AssertionError("the request's own connection was left open")
    except sqlite3.ProgrammingError:
        pass  # closed when the request ended
