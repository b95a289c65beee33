"""Schema versions of the SQLite state file, applied in order with sqlite-utils' Migrations.

Every store opens its file through `apply`, so a file made by an earlier version is brought up
to date before the first turn. Add a step at the end; never edit or reorder one released.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("finder-state")


@migrations(name="0001-tables")
def tables(db: sqlite_utils.Database) -> None:
    """Conversations, replies, the outbox, counters and usage (as every earlier file has)."""
    from finder.state.sqlite import SCHEMA

    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


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
