"""The search index: every active service's facts as arrays, postings and the text index.

Built from the plain dicts `finder.directory.store.services(conn)` returns. Over a directory
file (`from_directory`) it keeps only the arrays and each position's service id: a service's
full row is read from the file when a page shows it, so a large directory is not held in every
worker's memory, and an index built before gunicorn forks is shared by all its workers.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from finder.search.entry import Entry, entry_of, names
from finder.search.facts import Facts
from finder.search.rank import Ranked
from finder.search.text import TextIndex


@dataclass
class Index:
    """Every active service, by position, with its facts in columns for filters and ranking."""

    services: Sequence[Mapping[str, Any]]
    facts: Facts
    districts: dict[str, dict[str, Any]]
    need_labels: dict[str, dict[str, str]]
    text: TextIndex
    # The ranked answer to an empty query, per language, filled on first use.
    everything: dict[str, Ranked] = field(default_factory=dict)

    @classmethod
    def from_services(cls, services: Iterable[Mapping[str, Any]],
                      districts: Iterable[Mapping[str, Any]],
                      needs: Iterable[Mapping[str, Any]] = ()) -> Index:
        """Index the active services; `districts` and `needs` are the directory's rows."""
        places = {row["slug"]: dict(row) for row in districts}
        active = [s for s in services if s.get("status", "active") != "retired"]
        return cls(
            services=active,
            facts=Facts.of(entry_of(i, s, places) for i, s in enumerate(active)),
            districts=places,
            need_labels={row["slug"]: dict(row["labels"]) for row in needs},
            text=TextIndex((i, names(s)) for i, s in enumerate(active)),
        )

    @classmethod
    def from_directory(cls, conn: sqlite3.Connection, path: Path | str) -> Index:
        """Index the active services of the directory at `path` (read through `conn`), keeping
        their ids, not their rows."""
        from finder.directory import store

        places = {row["slug"]: dict(row) for row in store.districts(conn)}
        ids: list[str] = []
        names_of: list[list[str]] = []

        def entries() -> Iterator[Entry]:
            for position, service in enumerate(store.iter_services(conn)):
                ids.append(service["id"])
                names_of.append(names(service))
                yield entry_of(position, service, places)

        facts = Facts.of(entries())
        return cls(services=Rows(path, ids), facts=facts, districts=places,
                   need_labels={row["slug"]: dict(row["labels"]) for row in store.needs(conn)},
                   text=TextIndex(enumerate(names_of)))

    def __len__(self) -> int:
        return len(self.services)

    def with_ids(self, ids: Iterable[str]) -> list[Mapping[str, Any]]:
        """The indexed services with these ids, in the order given, each once; unknown ids and
        retired services left out."""
        wanted = list(dict.fromkeys(ids))
        if isinstance(self.services, Rows):
            found = self.services.with_ids(wanted)
        else:
            found = {s["id"]: s for s in self.services}
        return [found[i] for i in wanted if i in found]

    def entry(self, position: int) -> Entry:
        """One service's facts as plain values, for the few a page shows."""
        return entry_of(position, self.services[position], self.districts)

    def need_label(self, slug: str, language: str) -> str:
        """A need's label in `language`, falling back to English, then to the slug."""
        labels = self.need_labels.get(slug, {})
        return labels.get(language) or labels.get("en") or slug.replace("-", " ")


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
        from finder.directory import store

        for start in range(0, len(self.ids), 2000):
            found = store.services_by_id(self._conn(), self.ids[start:start + 2000])
            yield from (found[i] for i in self.ids[start:start + 2000] if i in found)

    def with_ids(self, ids: list[str]) -> dict[str, Mapping[str, Any]]:
        """The active services among `ids` (at most the first 200), read from the file."""
        from finder.directory import store

        found = store.services_by_id(self._conn(), ids[:200])
        return {i: row for i, row in found.items() if row.get("status") == "active"}

    def _read(self, position: int) -> Mapping[str, Any]:
        from finder.directory import store

        service_id = self.ids[position]
        found = store.services_by_id(self._conn(), [service_id]).get(service_id)
        if found is None:  # removed since the index was built; the next request rebuilds it
            raise LookupError(f"service {service_id} is no longer in the directory")
        return found

    def _conn(self) -> sqlite3.Connection:
        from finder.directory import store

        found = getattr(self._local, "conn", None)
        if found is None or found[0] != os.getpid():  # never a connection from before a fork
            found = self._local.conn = (os.getpid(), store.connect(self.path, readonly=True))
        return found[1]
