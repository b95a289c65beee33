"""One number's turn at a time on one machine: a lock per number across threads and processes.

The SQLite store holds this lock (not the database's write lock) while a turn is worked out,
so turns of different numbers run side by side and the file is locked only to write. Numbers
share one of `BUCKETS` locks by their HMAC; a lock is a thread lock inside the process and a
byte-range lock (`lockf`) on a file beside the database across processes. The kernel drops a
killed worker's byte lock, so a crashed turn never leaves a number locked.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from finder.state.types import process_id

BUCKETS = 4096


class TurnLockTimeout(TimeoutError):
    """Another turn of the same number (or of one sharing its bucket) held the lock too long."""


class TurnLocks:
    """Per-number locks over the file at `path` (created when first needed).

    Every instance over one file in a process shares one set of thread locks and one
    descriptor: POSIX byte locks belong to the process, so two descriptors would let two of
    its threads hold the same number's lock at once."""

    _shared: dict[Path, tuple[list[threading.Lock], list[tuple[int, int]]]] = {}
    _sharing = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = Path(path).resolve()
        with TurnLocks._sharing:
            found = TurnLocks._shared.setdefault(
                self.path, ([threading.Lock() for _ in range(BUCKETS)], []))
        self._threads, self._opened = found
        self._opening = TurnLocks._sharing

    @contextmanager
    def hold(self, key: str, timeout: float) -> Iterator[None]:
        """Hold the lock of the number whose HMAC is `key` (hex), waiting up to `timeout` s."""
        held = self.acquire(key, timeout)
        try:
            yield
        finally:
            self.release(held)

    def acquire(self, key: str, timeout: float) -> tuple[int, int]:
        """`hold` without a context manager: the lock taken, to give to `release`."""
        bucket = int(key[:8], 16) % BUCKETS
        deadline = time.monotonic() + timeout
        if not self._threads[bucket].acquire(timeout=timeout):
            raise TurnLockTimeout("this number's turn stayed locked too long")
        try:
            descriptor = self._descriptor()
            self._lock_byte(descriptor, bucket, deadline)
        except BaseException:
            self._threads[bucket].release()
            raise
        return bucket, descriptor

    def release(self, held: tuple[int, int]) -> None:
        bucket, descriptor = held
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, bucket)
        finally:
            self._threads[bucket].release()

    def _lock_byte(self, descriptor: int, bucket: int, deadline: float) -> None:
        pause = 0.001
        while True:
            try:
                fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, bucket)
                return
            except (BlockingIOError, PermissionError):
                if time.monotonic() > deadline:
                    raise TurnLockTimeout("this number's turn stayed locked too long") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.02)

    def _descriptor(self) -> int:
        """This process's descriptor: POSIX locks belong to a process, and closing any of its
        descriptors of the file would drop them all, so each process opens it once."""
        with self._opening:
            if not self._opened or self._opened[0][0] != process_id():
                flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
                self._opened[:] = [(process_id(), os.open(self.path, flags, 0o600))]
            return self._opened[0][1]
