"""Schema versions of the SQLite state file, applied in order with sqlite-utils' Migrations.

Every store opens its file through `apply`, so a file made by an earlier version is brought up
to date before the first turn. Add a step at the end; never edit or reorder one released.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils.migrations import Migrations

from finder.state.sqlite_turn import SAVE_REPLY, reply_id

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    key TEXT PRIMARY KEY, state TEXT NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations (updated);
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY, reply TEXT NOT NULL, created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS replies_created ON replies (created);
CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY, number_key TEXT NOT NULL, last_digits TEXT NOT NULL,
    body TEXT NOT NULL, created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS outbox_number ON outbox (number_key, created);
CREATE TABLE IF NOT EXISTS counters (
    key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires REAL NOT NULL);
CREATE INDEX IF NOT EXISTS counters_expires ON counters (expires);
CREATE TABLE IF NOT EXISTS usage (
    day TEXT NOT NULL, channel TEXT NOT NULL, need TEXT NOT NULL, district TEXT NOT NULL,
    age_band TEXT NOT NULL, language TEXT NOT NULL, outcome TEXT NOT NULL,
    searches INTEGER NOT NULL,
    PRIMARY KEY (day, channel, need, district, age_band, language, outcome));
"""

EXPIRY_INDEXES = ("conversations_updated", "replies_created", "counters_expires")

migrations = Migrations("finder-state")


@migrations(name="0001-tables")
def tables(db: sqlite_utils.Database) -> None:
    """Conversations, replies, the outbox, counters and usage (as every earlier file has)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0002-no-expiry-indexes")
def no_expiry_indexes(db: sqlite_utils.Database) -> None:
    """Without the indexes on when rows expire: each cost every text's write a page or two,
    and only the purge (every ten minutes, or `state purge`) read them, which now scans."""
    for index in EXPIRY_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {index}")


@migrations(name="0003-replies-by-id")
def replies_by_id(db: sqlite_utils.Database) -> None:
    """Replies kept under an integer id and tag from the message's HMAC (`reply_id`), not its
    text: the table's own b-tree finds them, without an index beside it that cost every text's
    write a page (measured: 3.98 pages of log a turn before, 3.38 after)."""
    rows = db.execute("SELECT key, reply, created FROM replies").fetchall()
    db.execute("DROP TABLE replies")
    db.execute("CREATE TABLE replies (id INTEGER PRIMARY KEY, tag INTEGER NOT NULL, "
               "reply TEXT NOT NULL, created REAL NOT NULL)")
    db.conn.executemany(SAVE_REPLY, [(*reply_id(key), reply, created)
                                     for key, reply, created in rows])


def apply(conn: sqlite3.Connection) -> list[str]:
    """Bring the state file on `conn` up to date; returns the steps applied now."""
    db = sqlite_utils.Database(conn)
    if not migrations.pending(db):
        return []
    return locked_apply(conn)


def locked_apply(conn: sqlite3.Connection, steps: Migrations | None = None) -> list[str]:
    """Apply pending steps holding the write lock from the first read, so that threads and
    processes starting together wait their turn rather than fail on a lock upgrade."""
    steps = steps or migrations
    db = sqlite_utils.Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        pending = [m.name for m in steps.pending(db)]
        steps.apply(db)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pending
