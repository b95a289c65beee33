"""The SQLite store: conversations, answered messages, the outbox and counters in one file.

Every SQL statement over that file lives here. A phone number or message id is never stored
in clear, only its HMAC-SHA256 under the secret key. Each exchange holds SQLite's write lock
(`BEGIN IMMEDIATE`) from reading the state to saving the reply, so messages are applied one at
a time across threads and processes, and a retried message id finds its stored reply.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from finder.state import (
    BUSY_TIMEOUT_SECONDS,
    DAY,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Limit,
    StateUnavailable,
    Verdict,
    hmac_key,
    migrations,
    verdict,
    window,
)

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
COUNT = """INSERT INTO counters VALUES (?, 1, ?)
    ON CONFLICT (key) DO UPDATE SET count = count + 1 RETURNING count"""


class Exchange:
    """One inbound message under the write lock: its earlier reply, the state, and saving."""

    def __init__(self, conn: sqlite3.Connection, number_key: str, message_key: str,
                 now: float, ttl_days: float) -> None:
        self.conn, self.number_key, self.message_key, self.now = conn, number_key, message_key, now
        self.erased = False
        row = conn.execute("SELECT reply FROM replies WHERE key = ?", (message_key,)).fetchone()
        self.answered: str | None = row[0] if row else None
        row = conn.execute("SELECT state FROM conversations WHERE key = ? AND updated >= ?",
                           (number_key, now - ttl_days * DAY)).fetchone()
        self.state: dict[str, Any] | None = json.loads(row[0]) if row else None

    def save(self, state: dict[str, Any], reply: str) -> None:
        """Keep the new state and the reply given to this message."""
        self.conn.execute("INSERT OR REPLACE INTO conversations VALUES (?, ?, ?)",
                          (self.number_key, json.dumps(state, ensure_ascii=False), self.now))
        self.remember(reply)

    def erase(self, reply: str = "") -> None:
        """Forget this number's conversation and anything queued for it (STOP)."""
        self.conn.execute("DELETE FROM conversations WHERE key = ?", (self.number_key,))
        self.conn.execute("DELETE FROM outbox WHERE number_key = ?", (self.number_key,))
        self.erased = True
        self.remember(reply)

    def remember(self, reply: str) -> None:
        """Keep the reply given to this message, so that a retry gets the same one."""
        self.conn.execute("INSERT OR REPLACE INTO replies VALUES (?, ?, ?)",
                          (self.message_key, reply, self.now))


class SqliteStore:
    """The state file: opened per use, so one store serves every thread of a worker."""

    def __init__(self, path: Path | str, secret: str, ttl_days: float = 30,
                 clock: Callable[[], float] = time.time) -> None:
        self.path, self.secret, self.ttl_days, self.clock = Path(path), secret, ttl_days, clock
        self._ready = False

    def key(self, purpose: str, value: str) -> str:
        """An HMAC-SHA256 of `value`, separate for each purpose (numbers, message ids)."""
        return hmac_key(self.secret, purpose, value)

    @contextmanager
    def exchange(self, number: str, message_id: str) -> Iterator[Exchange]:
        """The exchange for one inbound message, committed when the block ends without error."""
        with self._unavailable_as_error(), closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                now = self.clock()
                self._purge(conn, now)
                found = Exchange(conn, self.key("number", number), self.key("message", message_id),
                                 now, self.ttl_days)
                yield found
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            if found.erased:
                # Push erased pages out of the write-ahead log now, not at some later checkpoint.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one request from `client` in the current window of `limit`."""
        now = self.clock()
        index, wait = window(now, limit)
        key = self.key(f"rate:{scope}", client) + f":{index}"
        with self._unavailable_as_error(), closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM counters WHERE expires < ?", (now,))
            count = conn.execute(COUNT, (key, now + wait)).fetchone()[0]
            conn.execute("COMMIT")
        return verdict(count, now, limit)

    def answered(self, message_id: str) -> str | None:
        with self._unavailable_as_error(), closing(self._connect()) as conn:
            row = conn.execute("SELECT reply FROM replies WHERE key = ? AND created >= ?",
                               (self.key("message", message_id),
                                self.clock() - REPLY_KEEP_DAYS * DAY)).fetchone()
        return row[0] if row else None

    def peek(self, number: str) -> dict[str, Any] | None:
        with self._unavailable_as_error(), closing(self._connect()) as conn:
            row = conn.execute("SELECT state FROM conversations WHERE key = ? AND updated >= ?",
                               (self.key("number", number),
                                self.clock() - self.ttl_days * DAY)).fetchone()
        return json.loads(row[0]) if row else None

    def queue(self, number: str, body: str) -> str:
        """Put a message in the outbox; returns its id."""
        message_id = uuid.uuid4().hex
        digits = "".join(ch for ch in number if ch.isdigit())[-3:]
        with closing(self._connect()) as conn:
            conn.execute("INSERT INTO outbox VALUES (?, ?, ?, ?, ?)",
                         (message_id, self.key("number", number), digits, body, self.clock()))
        return message_id

    def outbox(self, number: str) -> list[dict[str, Any]]:
        """Messages queued for `number`, oldest first."""
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT id, last_digits, body, created FROM outbox WHERE number_key = ? "
                "ORDER BY created, rowid", (self.key("number", number),)).fetchall()
        return [dict(row) for row in rows]

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add one search to each counter row (keys: USAGE_KEYS)."""
        with closing(self._connect()) as conn:
            conn.executemany(
                "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO UPDATE "
                "SET searches = searches + 1", [tuple(row[k] for k in USAGE_KEYS) for row in rows])

    def usage(self, start: str, end: str, channel: str = "") -> list[dict[str, Any]]:
        """Counter rows from day `start` to day `end` (ISO dates, inclusive), one channel or all."""
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT * FROM usage WHERE day BETWEEN ? AND ? AND (? = '' OR channel = ?) "
                "ORDER BY day, need, district", (start, end, channel, channel)).fetchall()
        return [dict(row) for row in rows]

    def purge(self) -> dict[str, int]:
        """Delete everything past its keeping time; returns how many rows of each kind."""
        with self._unavailable_as_error(), closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            counts = self._purge(conn, self.clock())
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return counts

    def _purge(self, conn: sqlite3.Connection, now: float) -> dict[str, int]:
        kept_from, replies_from = now - self.ttl_days * DAY, now - REPLY_KEEP_DAYS * DAY
        statements = {
            "conversations": ("DELETE FROM conversations WHERE updated < ?", kept_from),
            "outbox": ("DELETE FROM outbox WHERE created < ?", kept_from),
            "replies": ("DELETE FROM replies WHERE created < ?", replies_from),
            "counters": ("DELETE FROM counters WHERE expires < ?", now),
        }
        return {name: conn.execute(sql, (since,)).rowcount
                for name, (sql, since) in statements.items()}

    @contextmanager
    def _unavailable_as_error(self) -> Iterator[None]:
        """A locked, read-only, full or unopenable file, told apart from a bug in a turn."""
        try:
            yield
        except sqlite3.OperationalError as error:
            raise StateUnavailable(f"state database {self.path.name}: {error}") from error

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self._create()
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        # Deleted rows are overwritten with zeros, so STOP and expiry leave nothing behind.
        conn.execute("PRAGMA secure_delete = ON")
        return conn

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS,
                                     isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            migrations.apply(conn)  # a file made by an earlier version is upgraded here
        self._ready = True
