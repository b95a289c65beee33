"""The SQLite state file's write-ahead log is copied back into the file by a thread of each
process, every so many commits, not inside a turn's commit; the log starts over instead of
growing, and a forked worker starts its own thread."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from contextlib import closing

from finder.state.checkpoint import BACKSTOP_PAGES
from finder.state.sqlite import SqliteStore

SECRET = "test-secret-key-not-for-production"
WAIT = 10.0  # seconds a test waits for the thread (it takes milliseconds)


def turn(store: SqliteStore, n: int) -> None:
    """One text's turn from its own number, saving a conversation and a reply."""
    with store.exchange(f"+4477009{n:05d}", f"SM{n:032x}") as exchange:
        exchange.save({"step": "need", "seen": list(range(20))}, "reply " * 40)


def in_the_file_itself(store: SqliteStore, tmp_path) -> int:
    """Conversations the database file holds without its log (what checkpoints copied)."""
    alone = tmp_path / "alone"
    alone.mkdir(exist_ok=True)
    shutil.copyfile(store.path, alone / "copy.db")
    with sqlite3.connect(alone / "copy.db") as conn:
        return conn.execute("SELECT count(*) FROM conversations").fetchone()[0]


def wait_for(condition, seconds: float = WAIT) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_turns_leave_the_log_to_a_thread_that_copies_it_every_so_many_commits(tmp_path):
    store = SqliteStore(tmp_path / "state.db", SECRET)
    store.checkpoints.every = 5
    for n in range(4):
        turn(store, n)
    # Four commits: nothing copied yet, by the thread or by a turn.
    assert store.checkpoints.done == 0 and in_the_file_itself(store, tmp_path) == 0
    turn(store, 4)
    assert wait_for(lambda: store.checkpoints.done >= 1)
    assert in_the_file_itself(store, tmp_path) == 5
    assert store.peek("+447700900004") == {"step": "need", "seen": list(range(20))}


def test_the_turns_own_connections_copy_the_log_only_past_the_backstop(tmp_path):
    store = SqliteStore(tmp_path / "state.db", SECRET)
    turn(store, 0)
    with store._connection() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_PAGES


def test_the_log_starts_over_instead_of_growing(tmp_path):
    store = SqliteStore(tmp_path / "state.db", SECRET)
    store.checkpoints.every = 10
    wal = tmp_path / "state.db-wal"
    for batch in range(12):
        for n in range(10):
            turn(store, batch * 10 + n)
        assert wait_for(lambda batch=batch: store.checkpoints.done > batch)
        if batch == 0:
            first = wal.stat().st_size  # ten turns' log
    # 120 turns, but the log was written over from its start after each copy: it holds about
    # as much as the first ten turns wrote, not twelve times that.
    assert wal.stat().st_size < 2 * first
    assert in_the_file_itself(store, tmp_path) == 120


def test_a_forked_worker_copies_its_own_turns_with_its_own_thread(tmp_path):
    store = SqliteStore(tmp_path / "state.db", SECRET)
    store.checkpoints.every = 3
    for n in range(3):
        turn(store, n)  # the parent's thread started (threads do not cross a fork)
    assert wait_for(lambda: store.checkpoints.done >= 1)
    child = os.fork()
    if child == 0:  # pragma: no cover - reported by the exit status
        copied = store.checkpoints.done
        for n in range(3, 6):
            turn(store, n)
        ok = wait_for(lambda: store.checkpoints.done > copied) and \
            any(t.name == store.checkpoints.name for t in threading.enumerate())
        os._exit(0 if ok else 1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert in_the_file_itself(store, tmp_path) == 6


def test_an_idle_thread_ends_and_the_next_commits_start_another(tmp_path):
    store = SqliteStore(tmp_path / "state.db", SECRET)
    store.checkpoints.every, store.checkpoints.idle = 2, 0.05

    def running() -> bool:
        return any(t.name == store.checkpoints.name for t in threading.enumerate())

    turn(store, 0)
    turn(store, 1)
    assert wait_for(lambda: store.checkpoints.done == 1)
    assert wait_for(lambda: not running())  # nothing to copy for a while: the thread is gone
    turn(store, 2)
    turn(store, 3)
    assert wait_for(lambda: store.checkpoints.done == 2)
    assert in_the_file_itself(store, tmp_path) == 4


def test_a_turn_that_meets_the_last_pass_waits_for_it_and_then_writes(tmp_path):
    """The RESTART pass holds back writers; this process's turns wait on its lock (and go on
    the moment it ends), not in SQLite's busy wait, which sleeps whole milliseconds."""
    store = SqliteStore(tmp_path / "state.db", SECRET)
    turn(store, 0)
    store.checkpoints.restart_pages = 1  # the log is long enough to start over
    seen: list[str] = []
    with closing(sqlite3.connect(tmp_path / "state.db", isolation_level=None)) as conn:
        conn.set_trace_callback(lambda sql: seen.append(
            f"{sql.split('(')[-1]} {'held' if store.checkpoints.writing.locked() else 'free'}"))
        store.checkpoints._copy(conn)
    assert seen == ["PASSIVE) free", "RESTART) held"]
    done: list[str] = []
    with store.checkpoints.writing:  # as the pass does
        waiting = threading.Thread(target=lambda: done.append(turn(store, 1) or "written"))
        waiting.start()
        waiting.join(0.3)
        assert waiting.is_alive() and not done  # waiting, neither written nor failed
    waiting.join(WAIT)
    assert done == ["written"] and in_the_log_or_file(store) == 2


def in_the_log_or_file(store: SqliteStore) -> int:
    with store._connection() as conn:
        return conn.execute("SELECT count(*) FROM conversations").fetchone()[0]


def test_a_short_log_is_copied_without_holding_writers_back(tmp_path):
    """Below `restart_pages` a pass is PASSIVE alone: no turn waits for it."""
    store = SqliteStore(tmp_path / "state.db", SECRET)
    turn(store, 0)
    seen: list[str] = []
    with closing(sqlite3.connect(tmp_path / "state.db", isolation_level=None)) as conn:
        conn.set_trace_callback(seen.append)
        store.checkpoints._copy(conn)
    assert seen == ["PRAGMA wal_checkpoint(PASSIVE)"]
    assert in_the_file_itself(store, tmp_path) == 1
