"""The SQLite store: conversations, answered messages, the outbox and counters in one file.

Every SQL statement over that file lives here and, for one text's turn, in
`finder.state.sqlite_turn`. Numbers and message ids are kept only as
HMAC-SHA256s under the number key. A turn holds its number's lock (`finder.state.turns`) from
reading the state to writing the reply; the file is locked only for the short transaction that
writes the turn (rate-limit hit, reply, state and usage counts). Connections are lent to one
thread at a time (`finder.state.sqlite_pool`). WAL with `synchronous=NORMAL`: a power cut
(not a crash) can lose the last moments of turns, never consistency. Expired rows go every
`PURGE_EVERY_SECONDS` with a turn, and by `state purge`, in a scan of each table: no index on
expiry times, which would cost every text's write.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from finder.state import rolling
from finder.state.checkpoint import Checkpointer
from finder.state.sqlite_pool import ConnectionPool
from finder.state.sqlite_turn import (
    ADD_USAGE,
    COUNT,
    READ_REPLY,
    Connection,
    Exchange,
    load_state,
    reply_id,
)
from finder.state.turns import TurnLocks, TurnLockTimeout
from finder.state.types import (
    BUSY_TIMEOUT_SECONDS,
    DAY,
    NO_LIMIT,
    PURGE_EVERY_SECONDS,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Keys,
    Limit,
    StateUnavailable,
    Verdict,
    verdict,
    window,
)


class SqliteStore(rolling.SqliteRolling, ConnectionPool):
    """The state file, with a pool of connections shared by every thread of a worker."""

    def __init__(self, path: Path | str, secret: str, ttl_days: float = 30,
                 clock: Callable[[], float] = time.time, previous: tuple[str, ...] = ()) -> None:
        ConnectionPool.__init__(self, Path(path))
        self.ttl_days, self.clock = ttl_days, clock
        self.keys = Keys(secret, previous)
        self.turns = TurnLocks(self.path.with_name(self.path.name + "-turns"))
        self._purged = clock()  # by the store's clock
        # The write-ahead log copied back into the file beside the turns (checkpoint.py)
        self.checkpoints = Checkpointer(self._connect, str(self.path))

    def key(self, purpose: str, value: str) -> str:
        """An HMAC-SHA256 of `value` under the current number key, separate for each purpose."""
        return self.keys.key(purpose, value)

    @contextmanager
    def exchange(self, number: str, message_id: str,
                 limit: Limit = NO_LIMIT) -> Iterator[Exchange]:
        """The exchange for one inbound message, written when the block ends without error.

        What `_connection`, `_unavailable_as_error`, `turns.hold` and `_transaction` do, done
        with try blocks: four context managers made for every text cost as much as one of its
        SQL statements."""
        try:
            conn = self._lend()
            try:
                found = yield from self._turn(conn, number, message_id, limit)
            finally:
                self._idle.append(conn)
        except (sqlite3.OperationalError, TurnLockTimeout, OSError) as error:
            raise self._unavailable(error) from error
        self._purge_now_and_then(found.now)

    def _turn(self, conn: Connection, number: str, message_id: str,
              limit: Limit) -> Generator[Exchange, None, Exchange]:
        """`exchange`'s part under its number's lock (yielding the exchange once)."""
        number_keys = self.keys.every("number", number)  # the current one first
        held = self.turns.acquire(number_keys[0], BUSY_TIMEOUT_SECONDS)
        try:
            found = Exchange(self, conn, number, number_keys, message_id, limit, self.clock())
            yield found
            if found.changes():
                self._write(conn, found)
        finally:
            self.turns.release(held)
        if found.action == "erase":
            # Push erased pages out of the write-ahead log now, not at some later checkpoint.
            self._truncate(conn)
        return found

    def _write(self, conn: Connection, found: Exchange) -> None:
        """A turn's writes in one transaction (`_transaction`, without a context manager)."""
        self._begin(conn)
        try:
            found.write(conn)
        except BaseException:
            self._end(conn, "ROLLBACK")
            raise
        self._end(conn, "COMMIT")
        self.checkpoints.committed()

    def _truncate(self, conn: Connection) -> None:
        """The whole log copied into the file and emptied, holding back writers (checkpoint.py)."""
        self._hold_writing(BUSY_TIMEOUT_SECONDS)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.checkpoints.writing.release()

    def _purge_now_and_then(self, now: float) -> None:
        """Purge when PURGE_EVERY_SECONDS have passed since the last; a failure waits for the
        next time (the turn itself is already written)."""
        if now - self._purged < PURGE_EVERY_SECONDS:
            return
        self._purged = now
        with suppress(StateUnavailable):
            self.purge()

    def stored_reply(self, conn: Connection, keys: list[str], now: float) -> str | None:
        """The reply kept under any of `keys` within the retry window."""
        for key in keys:
            row = conn.execute(READ_REPLY, (*reply_id(key), now - REPLY_KEEP_DAYS * DAY)
                               ).fetchone()
            if row:
                return row[0]
        return None

    def stored_state(self, conn: Connection, keys: list[str],
                     now: float) -> dict[str, Any] | None:
        """The conversation kept under the first of `keys` that has one, unless expired."""
        for key in keys:
            row = conn.execute("SELECT state FROM conversations WHERE key = ? AND updated >= ?",
                               (key, now - self.ttl_days * DAY)).fetchone()
            if row:
                return load_state(row[0])
        return None

    def rate_key(self, scope: str, client: str, limit: Limit, now: float) -> tuple[str, float]:
        """The counter of `client` in the current window of `limit`, and when it expires."""
        index, wait = window(now, limit)
        return self.key(f"rate:{scope}", client) + f":{index}", now + wait

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one request from `client` in the current window of `limit`."""
        now = self.clock()
        # One statement, so its own short transaction; fetchall lets it finish at once.
        with self._unavailable_as_error(), self._connection() as conn:
            [(count,)] = conn.execute(COUNT, self.rate_key(scope, client, limit, now)).fetchall()
        return verdict(count, now, limit)

    def answered(self, message_id: str) -> str | None:
        with self._unavailable_as_error(), self._connection() as conn:
            return self.stored_reply(conn, self.keys.every("message", message_id), self.clock())

    def peek(self, number: str) -> dict[str, Any] | None:
        with self._unavailable_as_error(), self._connection() as conn:
            return self.stored_state(conn, self.keys.every("number", number), self.clock())

    def queue(self, number: str, body: str) -> str:
        """Put a message in the outbox; returns its id."""
        message_id = uuid.uuid4().hex
        digits = "".join(ch for ch in number if ch.isdigit())[-3:]
        with self._unavailable_as_error(), self._connection() as conn:
            conn.execute("INSERT INTO outbox VALUES (?, ?, ?, ?, ?)",
                                 (message_id, self.key("number", number), digits, body,
                                  self.clock()))
        return message_id

    def outbox(self, number: str) -> list[dict[str, Any]]:
        """Messages queued for `number` (under any number key), oldest first."""
        keys = self.keys.every("number", number)
        with self._unavailable_as_error(), self._connection() as conn:
            rows = [row for key in keys for row in conn.execute(
                "SELECT id, last_digits, body, created FROM outbox WHERE number_key = ? "
                "ORDER BY created, rowid", (key,))]
        rows.sort(key=lambda row: row["created"])
        return [dict(row) for row in rows]

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add one search to each counter row (keys: USAGE_KEYS)."""
        with self._unavailable_as_error(), self._connection() as conn, self._transaction(conn):
            conn.executemany(ADD_USAGE, [tuple(row[k] for k in USAGE_KEYS) for row in rows])

    def usage(self, start: str, end: str, channel: str = "") -> list[dict[str, Any]]:
        """Counter rows from day `start` to day `end` (ISO dates, inclusive), one channel or all."""
        with self._unavailable_as_error(), self._connection() as conn:
            rows = conn.execute(
                "SELECT * FROM usage WHERE day BETWEEN ? AND ? AND (? = '' OR channel = ?) "
                "ORDER BY day, need, district", (start, end, channel, channel)).fetchall()
        return [dict(row) for row in rows]

    def purge(self) -> dict[str, int]:
        """Delete everything past its keeping time; returns how many rows of each kind."""
        with self._unavailable_as_error(), self._connection() as conn:
            with self._transaction(conn):
                counts = self._purge(conn, self.clock())
            self._truncate(conn)
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
    def _transaction(self, conn: Connection) -> Iterator[None]:
        """One write transaction, waiting at most BUSY_TIMEOUT_SECONDS for the file's lock."""
        self._begin(conn)
        try:
            yield
        except BaseException:
            self._end(conn, "ROLLBACK")
            raise
        self._end(conn, "COMMIT")
        self.checkpoints.committed()

    def _begin(self, conn: Connection) -> None:
        """This process's write lock (`checkpoints.writing`, see checkpoint.py), then the file's:
        both within BUSY_TIMEOUT_SECONDS, so that turns queued behind a file another process
        holds each fail in time, not one after another. Ended by `_end`."""
        left = self._hold_writing(BUSY_TIMEOUT_SECONDS)
        try:  # SQLite waits what is left: the whole time, unless this turn waited above
            wait = int(min(left + 0.1, BUSY_TIMEOUT_SECONDS) * 1000)
            if conn.wait != wait:  # once per connection, or after such a wait
                conn.execute(f"PRAGMA busy_timeout = {wait}")
                conn.wait = wait
            conn.run("BEGIN IMMEDIATE")
        except BaseException:
            self.checkpoints.writing.release()
            raise

    def _end(self, conn: Connection, statement: str) -> None:
        try:
            conn.run(statement)  # COMMIT or ROLLBACK
        finally:
            self.checkpoints.writing.release()

    def _hold_writing(self, timeout: float) -> float:
        """Take `checkpoints.writing` within `timeout` seconds (else "locked"); the time left."""
        started = time.monotonic()
        if not self.checkpoints.writing.acquire(timeout=timeout):
            raise sqlite3.OperationalError("database is locked (by this process's writers)")
        return timeout - (time.monotonic() - started)

    @contextmanager
    def _unavailable_as_error(self) -> Iterator[None]:
        """A locked, read-only, full or unopenable file, told apart from a bug in a turn."""
        try:
            yield
        except (sqlite3.OperationalError, TurnLockTimeout, OSError) as error:
            raise self._unavailable(error) from error

    def _unavailable(self, error: Exception) -> StateUnavailable:
        if isinstance(error, OSError) and not isinstance(error, TurnLockTimeout):  # lock file's
            return StateUnavailable(f"state database {self.path.name}: {error.strerror}")
        return StateUnavailable(f"state database {self.path.name}: {error}")
