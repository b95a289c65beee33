"""The search index: every active service's facts as arrays, postings and the text index.

Built from the plain dicts `finder.directory.store.services(conn)` returns, or over a
directory file by `finder.directory.rows.directory_index`, whose `services` reads each row
when a page shows it. Pure: no SQL here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
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
            text=TextIndex.of((i, names(s)) for i, s in enumerate(active)),
        )

    def __len__(self) -> int:
        return len(self.services)

    def with_ids(self, ids: Iterable[str]) -> list[Mapping[str, Any]]:
        """The indexed services with these ids, in the order given, each once; unknown ids and
        retired services left out."""
        wanted = list(dict.fromkeys(ids))
        read = getattr(self.services, "with_ids", None)  # rows read from a directory file
        found = read(wanted) if read else {s["id"]: s for s in self.services}
        return [found[i] for i in wanted if i in found]

    def entry(self, position: int) -> Entry:
        """One service's facts as plain values, for the few a page shows."""
        return entry_of(position, self.services[position], self.districts)

    def need_label(self, slug: str, language: str) -> str:
        """A need's label in `language`, falling back to English, then to the slug."""
        labels = self.need_labels.get(slug, {})
        return labels.get(language) or labels.get("en") or slug.replace("-", " ")
