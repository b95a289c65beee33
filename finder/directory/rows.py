"""The search index over a directory file: arrays kept, each service's row read when shown.

Only the arrays and each position's service id are held: a service's full row is read from
the file when a page shows it, so a large directory is not held in every worker's memory, and
an index built before gunicorn forks is shared by all its workers.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from finder.directory import store
from finder.search.entry import Entry, entry_of, names
from finder.search.facts import Facts
from finder.search.index import Index
from finder.search.text import Words


def directory_index(conn: sqlite3.Connection, path: Path | str) -> Index:
    """Index the active services of the directory at `path` (read through `conn`), keeping
    their ids, not their rows."""
    places = {row["slug"]: dict(row) for row in store.districts(conn)}
    ids = store.active_service_ids(conn)  # one query's strings, side by side in memory
    words = Words()

    def entries() -> Iterator[Entry]:
        for position, service in enumerate(store.iter_services(conn, ids, batch=500)):
            words.add(position, names(service))
            yield entry_of(position, service, places)

    facts = Facts.of(entries())
    return Index(services=Rows(path, ids), facts=facts, districts=places,
                 need_labels={row["slug"]: dict(row["labels"]) for row in store.needs(conn)},
                 text=words.index())


class Rows(Sequence[Mapping[str, Any]]):
    """The indexed services' rows by position, read from the directory file when asked for
    (the last few thousand kept), through one read-only connection per thread."""

    def __init__(self, path: Path | str, ids: list[str]) -> None:
        self.path, self.ids = Path(path), ids
        self._local = threading.local()
        self.row = lru_cache(maxsize=2048)(self._read)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, position: int) -> Mapping[str, Any]:  # type: ignore[override]
        if isinstance(position, slice):
            return [self.row(i) for i in range(*position.indices(len(self)))]
        return self.row(range(len(self))[position])

    def __iter__(self) -> Iterator[Mapping[str, Any]]:
        for start in range(0, len(self.ids), 2000):
            found = store.services_by_id(self._conn(), self.ids[start:start + 2000])
            yield from (found[i] for i in self.ids[start:start + 2000] if i in found)

    def with_ids(self, ids: list[str]) -> dict[str, Mapping[str, Any]]:
        """The active services among `ids` (at most the first 200), read from the file."""
        found = store.services_by_id(self._conn(), ids[:200])
        return {i: row for i, row in found.items() if row.get("status") == "active"}

    def _read(self, position: int) -> Mapping[str, Any]:
        service_id = self.ids[position]
        found = store.services_by_id(self._conn(), [service_id]).get(service_id)
        if found is None:  # removed since the index was built; the next request rebuilds it
            raise LookupError(f"service {service_id} is no longer in the directory")
        return found

    def _conn(self) -> sqlite3.Connection:
        found = getattr(self._local, "conn", None)
        if found is None or found[0] != os.getpid():  # never a connection from before a fork
            found = self._local.conn = (os.getpid(), store.connect(self.path, readonly=True))
        return found[1]
