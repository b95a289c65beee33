"""One text's turn on the SQLite store: one read before it, one write transaction after it."""

from __future__ import annotations

import json
import marshal
import sqlite3
from typing import Any, Protocol

from finder.state.types import (
    ALLOWED,
    DAY,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Keys,
    Limit,
    process_id,
    verdict,
)

COUNT = """INSERT INTO counters VALUES (?, 1, ?)
    ON CONFLICT (key) DO UPDATE SET count = count + 1 RETURNING count"""
# A reply is kept under its message's HMAC as two integers: the row's id, which the table's own
# b-tree finds (a text key needed an index beside the table: a page more written every text),
# and a tag checked on reading, so that two messages sharing an id never share a reply.
READ_REPLY = "SELECT reply FROM replies WHERE id = ? AND tag = ? AND created >= ?"
SAVE_REPLY = "INSERT OR REPLACE INTO replies VALUES (?, ?, ?, ?)"
# What a turn needs before it starts, in one statement: the reply already given to this message
# id, the number's conversation, and the sender's count in the current window.
READ_TURN = f"""SELECT ({READ_REPLY}),
    (SELECT state FROM conversations WHERE key = ? AND updated >= ?),
    (SELECT count FROM counters WHERE key = ?)"""  # noqa: S608 - this module's constant
ADD_USAGE = """INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?, 1)
    ON CONFLICT DO UPDATE SET searches = searches + 1"""
# Changed in place (not deleted and inserted again, as INSERT OR REPLACE does).
SAVE_STATE = """INSERT INTO conversations VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated = excluded.updated"""
MARSHAL_VERSION = 4  # unchanged since Python 3.4 for the dicts, lists, strings and numbers kept


def dump_state(state: dict[str, Any]) -> bytes:
    """A conversation as kept in the file: marshal, several times quicker than JSON both ways
    (the file is the finder's own, never read from elsewhere)."""
    return marshal.dumps(state, MARSHAL_VERSION)


def reply_id(key: str) -> tuple[int, int]:
    """A message key (64 hex digits) as its reply's id and tag: 63 bits of it each (SQLite's
    integers are signed)."""
    return int(key[:16], 16) >> 1, int(key[16:32], 16) >> 1


def load_state(raw: bytes | str) -> dict[str, Any]:
    """A kept conversation: marshal bytes, or JSON text as files before them kept it."""
    return marshal.loads(raw) if isinstance(raw, bytes) else json.loads(raw)  # noqa: S302 - own file


class Connection(sqlite3.Connection):
    """A connection that knows the process that opened it and the busy timeout it was given,
    with one cursor kept for a turn's statements (`run`, `run_many`): `execute` makes a cursor
    for every statement and drops it. A statement run there is read to its end (`fetchall`),
    so that it never holds a read of the file open."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pid, self.wait = process_id(), -1
        kept = self.cursor()
        self.run, self.run_many = kept.execute, kept.executemany


class TurnStore(Protocol):
    """What a turn asks of the SQLite store (`finder.state.sqlite.SqliteStore`)."""

    keys: Keys
    ttl_days: float

    def rate_key(self, scope: str, client: str, limit: Limit, now: float) -> tuple[str, float]: ...
    def stored_reply(self, conn: Connection, keys: list[str], now: float) -> str | None: ...
    def stored_state(self, conn: Connection, keys: list[str],
                     now: float) -> dict[str, Any] | None: ...


class Exchange:
    """One inbound message under its number's lock; its writes are made when the turn ends."""

    def __init__(self, store: TurnStore, conn: Connection, number: str,
                 number_keys: list[str], message_id: str, limit: Limit, now: float) -> None:
        self.store, self.now = store, now
        self.number_keys = number_keys  # `number`'s HMACs, the current key's first
        message_keys = store.keys.every("message", message_id)
        self.reply_id = reply_id(message_keys[0])
        self.rate = store.rate_key("sms", number, limit, now) if limit.count else None
        [(answered, state, seen)] = conn.run(READ_TURN, (
            *self.reply_id, now - REPLY_KEEP_DAYS * DAY, self.number_keys[0],
            now - store.ttl_days * DAY, self.rate[0] if self.rate else None)).fetchall()
        # Keys from before a rotation of the number key: read only when the current one misses.
        self.answered: str | None = answered if answered is not None or not message_keys[1:] \
            else store.stored_reply(conn, message_keys[1:], now)
        self.state: dict[str, Any] | None = load_state(state) if state is not None \
            else store.stored_state(conn, self.number_keys[1:], now)
        self.verdict = verdict((seen or 0) + 1, now, limit) if limit.count else ALLOWED
        self.action, self.state_data, self.reply = "none", b"", None
        self.rows: list[dict[str, str]] = []

    def save(self, state: dict[str, Any], reply: str) -> None:
        """Keep the new state and the reply given to this message."""
        self.action, self.reply = "save", reply
        self.state_data = dump_state(state)

    def erase(self, reply: str = "") -> None:
        """Forget this number's conversation and anything queued for it (STOP)."""
        self.action, self.reply = "erase", reply

    def remember(self, reply: str) -> None:
        """Keep the reply given to this message, so that a retry gets the same one."""
        self.reply = reply

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add these usage counter rows when the turn is written."""
        self.rows.extend(rows)

    def changes(self) -> bool:
        return bool(self.rate or self.action != "none" or self.reply is not None or self.rows)

    def write(self, conn: Connection) -> None:
        """Everything this turn changed, in the transaction the caller holds."""
        if self.rate:
            conn.run(COUNT, self.rate).fetchall()
        current, *older = self.number_keys
        if self.action == "save":
            conn.run(SAVE_STATE, (current, self.state_data, self.now))
        gone = older if self.action == "save" else self.number_keys
        if self.action != "none" and gone:
            conn.executemany("DELETE FROM conversations WHERE key = ?", [(k,) for k in gone])
        if self.action == "erase":
            conn.executemany("DELETE FROM outbox WHERE number_key = ?",
                             [(k,) for k in self.number_keys])
        if self.reply is not None:
            conn.run(SAVE_REPLY, (*self.reply_id, self.reply, self.now))
        if self.rows:
            conn.run_many(ADD_USAGE, [tuple(row[k] for k in USAGE_KEYS) for row in self.rows])
