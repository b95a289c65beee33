"""The state file's write-ahead log copied back into the file beside the turns, not inside one.

SQLite's automatic checkpoint runs inside the commit that crosses its threshold (1,000 pages of
log): one turn in about 160 waited milliseconds while the log was copied, half of all the time
turns spent committing (SMS bench, in one process). Here a thread of each process copies it
instead, woken after every `CHECKPOINT_EVERY` commits of that process, on its own connection
(SQLite runs the copy without Python's lock, so it overlaps the next turns on another core): a
PASSIVE pass over the log, which makes no reader or writer wait, then, once the log holds
`RESTART_PAGES`, a RESTART pass over the few frames written meanwhile, which holds writers back
at most `WAIT_MS` so that the log starts over instead of growing (see `_copy`). That pass (it
syncs the file while writers wait) and every write transaction of the process hold `writing`: a
turn that meets the pass waits on it and goes on the moment it ends, where SQLite's own wait for
the file's lock sleeps a millisecond, then two, then five. (1 client under gunicorn, busy
machine: a turn's write took 122 µs on average, 71 of them in such sleeps; 66 and 14 now.) The
turns' connections still checkpoint past `BACKSTOP_PAGES`, should this thread ever fall behind
or stop; the thread ends after `IDLE_SECONDS` without a commit and the next commits start it
again (in a forked worker too: a thread does not cross a fork).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable

# About 4 pages of log a text's turn: a checkpoint every 200 texts, and the log started over
# once it holds 2,000 pages (every third pass with one busy process), keeps it well under the
# backstop with two or more.
CHECKPOINT_EVERY = 200
RESTART_PAGES = 2000
# The turns' own automatic checkpoint, only should the thread fall behind (16 MB of log).
BACKSTOP_PAGES = 4000
IDLE_SECONDS = 300.0
# How long the second pass waits for a turn's transaction to end (it copies a few frames): a
# busy file leaves the log to the next pass.
WAIT_MS = 20

log = logging.getLogger(__name__)
_EVERY: weakref.WeakSet[Checkpointer] = weakref.WeakSet()  # to be reset in a forked child


class Checkpointer:
    """Checkpoints of one state file, by a thread of this process, every `every` commits."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], name: str,
                 every: int = CHECKPOINT_EVERY, idle: float = IDLE_SECONDS) -> None:
        self.name, self.every, self.idle = f"checkpoint {name}", every, idle
        self.restart_pages = RESTART_PAGES
        self.done = 0  # checkpoints made by this process's thread
        self._connect = connect
        self._commits = 0  # since the last wake (approximate across threads: a lost count only
        # delays the next checkpoint by a commit)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self.writing = threading.Lock()  # this process's writers and the RESTART pass
        self._running: int | None = None  # the process whose thread runs
        _EVERY.add(self)

    def committed(self) -> None:
        """One more commit by this process; every `every`th wakes (or starts) the thread."""
        self._commits += 1
        if self._commits < self.every:
            return
        self._commits = 0
        with self._lock:
            if self._running != os.getpid():  # none yet (or ended: idle)
                threading.Thread(target=self._run, name=self.name, daemon=True).start()
                self._running = os.getpid()
            self._wake.set()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        while True:
            if not self._wake.wait(self.idle):
                with self._lock:
                    if not self._wake.is_set():  # no commit while waiting: end (see committed)
                        self._running = None
                        if conn is not None:
                            conn.close()
                        return
            self._wake.clear()
            try:
                if conn is None:
                    conn = self._connect()
                    conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
                self._copy(conn)
                self.done += 1
            except sqlite3.Error as error:  # the turns' backstop copies the log meanwhile
                log.warning("State file checkpoint failed: %s", error)
                if conn is not None:
                    conn.close()
                conn = None

    def _copy(self, conn: sqlite3.Connection) -> None:
        """Copy the log into the file without making any turn wait (PASSIVE), then, once it is
        long, the few frames turns wrote meanwhile, holding writers back until it is done
        (RESTART): SQLite starts the log over only when a writer finds every frame copied and no
        reader in it, which a turn that began while the first pass ran never does. Below
        `restart_pages` the log grows rather than make turns wait at every pass."""
        [(_, pages, _)] = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        if pages >= self.restart_pages:
            with self.writing:
                conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()

    def _forked(self) -> None:
        """In a child process: no thread runs here, and the parent's lock may have been held."""
        self._lock, self._wake, self._running = threading.Lock(), threading.Event(), None
        self.writing = threading.Lock()


def _after_fork() -> None:
    for checkpointer in list(_EVERY):
        checkpointer._forked()


os.register_at_fork(after_in_child=_after_fork)
