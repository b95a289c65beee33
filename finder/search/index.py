"""The search index: per-service facts worked out once, and postings from need and district.

Built from the plain dicts `finder.directory.store.services(conn)` returns, so it holds no
connection and can be shared by every request until the directory changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from finder.search.text import TextIndex

REMOTE = frozenset({"online", "text", "phone"})
SELF_REFERRAL = frozenset({"self", "self-or-professional"})
THRESHOLD_EASE = {"universal": 1.5, "community": 1.5, "targeted": 0.5, "specialist": 0.0}
COST_EASE = {"free": 1.0, "unknown": 0.5, "paid": 0.0}


@dataclass(frozen=True, slots=True)
class Entry:
    """What the filters and the ranking need to know about one service."""

    position: int
    service: Mapping[str, Any]
    needs: tuple[str, ...]
    districts: frozenset[str]
    min_age: int
    max_age: int
    pregnancy: bool
    remote: bool
    self_referral: bool
    free: bool
    threshold: str
    based_in: str | None
    lat: float | None
    lon: float | None
    own_location: bool
    languages: frozenset[str]
    delivery: frozenset[str]
    parent_max_age: int | None
    audience: str
    ease: float  # how easy it is to use today: self-referral, cost and threshold


@dataclass
class Index:
    """Every active service, with postings so a filter touches only what it could keep."""

    entries: list[Entry]
    by_need: dict[str, frozenset[int]]
    by_district: dict[str, frozenset[int]]
    districts: dict[str, dict[str, Any]]
    need_labels: dict[str, dict[str, str]]
    text: TextIndex
    # The ranked answer to an empty query, per language, filled on first use.
    everything: dict[str, list[tuple[float, int, None]]] = field(default_factory=dict)

    @classmethod
    def from_services(cls, services: Iterable[Mapping[str, Any]],
                      districts: Iterable[Mapping[str, Any]],
                      needs: Iterable[Mapping[str, Any]] = ()) -> Index:
        """Index the active services; `districts` and `needs` are the directory's rows."""
        places = {row["slug"]: dict(row) for row in districts}
        active = [s for s in services if s.get("status", "active") != "retired"]
        shared: dict[frozenset[str], frozenset[str]] = {}
        entries = [_entry(i, s, places, shared) for i, s in enumerate(active)]
        return cls(
            entries=entries,
            by_need=_postings((e.position, e.needs) for e in entries),
            by_district=_postings((e.position, e.districts) for e in entries),
            districts=places,
            need_labels={row["slug"]: dict(row["labels"]) for row in needs},
            text=TextIndex((e.position, _names(e.service)) for e in entries),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def need_label(self, slug: str, language: str) -> str:
        """A need's label in `language`, falling back to English, then to the slug."""
        labels = self.need_labels.get(slug, {})
        return labels.get(language) or labels.get("en") or slug.replace("-", " ")


def _entry(position: int, service: Mapping[str, Any], places: dict[str, dict[str, Any]],
           shared: dict[frozenset[str], frozenset[str]]) -> Entry:
    """One service's facts; equal small sets are shared, which saves memory in big indexes."""

    def one(values: Iterable[str]) -> frozenset[str]:
        key = frozenset(values)
        return shared.setdefault(key, key)

    location = service.get("location") or {}
    own = location.get("lat") is not None and location.get("lon") is not None
    centre = places.get(service.get("based_in") or "", {})
    criteria_age = service.get("parent_max_age")
    self_referral = service.get("referral") in SELF_REFERRAL
    cost = service.get("cost") or "unknown"
    threshold = service.get("threshold") or "community"
    return Entry(
        position=position, service=service, needs=tuple(service.get("needs", ())),
        districts=one(service.get("districts", ())),
        min_age=int(service.get("min_age_months") or 0),
        max_age=int(service.get("max_age_months") if service.get("max_age_months") is not None
                    else 311),
        pregnancy=bool(service.get("pregnancy")),
        remote=bool(REMOTE & set(service.get("delivery", ()))),
        self_referral=self_referral, free=cost == "free", threshold=threshold,
        based_in=service.get("based_in") or None,
        lat=location["lat"] if own else centre.get("lat"),
        lon=location["lon"] if own else centre.get("lon"),
        own_location=own,
        languages=one(service.get("languages", ())),
        delivery=one(service.get("delivery", ())),
        parent_max_age=int(criteria_age) if criteria_age is not None else None,
        audience=service.get("parent_audience") or "any",
        ease=(1.5 if self_referral else 0.0) + COST_EASE.get(cost, 0.5)
        + THRESHOLD_EASE.get(threshold, 0.5),
    )


def _names(service: Mapping[str, Any]) -> list[str]:
    """The strings free text is matched against: name, organisation and keywords."""
    return [service.get("name") or "", service.get("organisation_name") or "",
            *service.get("keywords", ())]


def _postings(pairs: Iterable[tuple[int, Iterable[str]]]) -> dict[str, frozenset[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    for position, keys in pairs:
        for key in keys:
            found[key].add(position)
    return {key: frozenset(positions) for key, positions in found.items()}
