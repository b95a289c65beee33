"""The SQLite store's connections, lent to one thread at a time, the one given back last first:
its page cache is still current, where one left idle while others wrote must read every page
again. None made before a fork is used after it; the first one lent makes or upgrades the file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from finder.state import migrations
from finder.state.checkpoint import BACKSTOP_PAGES
from finder.state.sqlite_turn import Connection
from finder.state.types import BUSY_TIMEOUT_SECONDS, process_id


class ConnectionPool:
    """Connections to the state file at `path`, shared by every thread of a process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready, self._creating = False, threading.Lock()  # one thread makes the file
        self._idle: list[Connection] = []  # given back, the last one given back at the end

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """A connection for this thread alone until the block ends (`_lend`)."""
        conn = self._lend()
        try:
            yield conn
        finally:
            self._idle.append(conn)

    def _lend(self) -> Connection:
        """The connection given back last (list.pop and append are atomic), else a new one;
        none made before a fork is used. Given back by appending it to `_idle`."""
        try:
            conn = self._idle.pop()
        except IndexError:
            conn = None
        if conn is None or conn.pid != process_id():
            with self._creating:
                self._ready or self._create()
            if conn is not None:
                self._idle.clear()  # the parent process's, all of them
            conn = self._connect()
        return conn

    def _connect(self) -> Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                               check_same_thread=False, factory=Connection)
        conn.row_factory = sqlite3.Row
        # Deleted rows are overwritten with zeros, so STOP and expiry leave nothing behind.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")  # see checkpoint.py
        return conn

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS,
                                     isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            migrations.apply(conn)  # a file made by an earlier version is upgraded here
        self._ready = True
