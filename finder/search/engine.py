"""`search(index, query)`: hard filters, then ranking, then widening so no answer is a dead end."""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from finder.search import rank
from finder.search.index import Entry, Index
from finder.search.types import Answer, Query, Result
from finder.search.why import note, why

AUDIENCES = frozenset({"mothers", "fathers"})


@dataclass(frozen=True)
class Scope:
    """Which of the query's filters apply: widening drops them one step at a time."""

    district: bool = True
    needs: bool = True
    ages: bool = True
    worker: bool = True
    remote_only: bool = False
    hub: bool = False


STRICT = Scope()
WIDENING = (
    ("region", Scope(district=False)),
    ("remote", Scope(district=False, needs=False, remote_only=True)),
    ("hub", Scope(needs=False, ages=False, worker=False, hub=True)),
)

Ranked = list[tuple[float, int, float | None]]  # (score, position, distance_km)


def search(index: Index, query: Query, limit: int = 10, offset: int = 0) -> Answer:
    """One page of the services that fit `query`, best first, each with its `why`."""
    text_scores = index.text.match(query.text) if query.text.strip() else {}
    origin = _origin(index, query)
    ranked = _ranked(index, query, STRICT, text_scores, origin)
    widened = None
    for name, scope in WIDENING:
        if ranked:
            break
        if name == "region" and not query.district:
            continue
        widened, ranked = name, _ranked(index, query, scope, text_scores, origin)
    page = ranked[offset:offset + limit]
    results = tuple(_result(index, query, index.entries[p], s, d) for s, p, d in page)
    notes = (note(query.language, widened if ranked else None),) if widened else ()
    return Answer(results=results, total=len(ranked), widened=widened if ranked else None,
                  notes=notes)


def _result(index: Index, query: Query, entry: Entry, score: float,
            distance: float | None) -> Result:
    km = None if distance is None else round(distance, 1)
    return Result(service=entry.service, score=round(score, 3),
                  why=why(index, entry, query, distance), distance_km=km)


def _origin(index: Index, query: Query) -> tuple[float, float] | None:
    """Where the parent is: their own point, else the centre of their district."""
    if query.lat is not None and query.lon is not None:
        return (query.lat, query.lon)
    centre = index.districts.get(query.district or "")
    if centre and centre.get("lat") is not None:
        return (centre["lat"], centre["lon"])
    return None


def _ranked(index: Index, query: Query, scope: Scope, text_scores: dict[int, float],
            origin: tuple[float, float] | None) -> Ranked:
    weights = rank.need_weights(query.needs) if scope.needs else {}
    texts = text_scores if scope.needs else {}
    ranked = []
    for position in _candidates(index, query, scope, texts):
        entry = index.entries[position]
        if _fits(entry, query, scope):
            distance = rank.distance_km(entry, origin)
            value = rank.score(entry, query, weights, texts.get(position, 0.0), distance)
            ranked.append((value, position, distance))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return ranked


def _candidates(index: Index, query: Query, scope: Scope,
                text_scores: dict[int, float]) -> frozenset[int] | range:
    """Positions the postings allow; a query that asks for nothing allows every service."""
    pools = []
    asked = scope.needs and (query.needs or query.text.strip())
    if asked:
        needs = [index.by_need.get(n, frozenset()) for n in query.needs]
        pools.append(frozenset(text_scores).union(*needs))
    if scope.district and query.district:
        pools.append(index.by_district.get(query.district, frozenset()))
    if not pools:
        return range(len(index))
    return reduce(frozenset.intersection, sorted(pools, key=len))


def _fits(entry: Entry, query: Query, scope: Scope) -> bool:
    return (_fits_children(entry, query, scope) and _fits_parent(entry, query)
            and _fits_worker(entry, query, scope) and _fits_widening(entry, query, scope))


def _fits_children(entry: Entry, query: Query, scope: Scope) -> bool:
    if not scope.ages or not (query.age_months or query.expecting):
        return True
    if query.expecting and entry.pregnancy:
        return True
    return any(entry.min_age <= age <= entry.max_age for age in query.age_months)


def _fits_parent(entry: Entry, query: Query) -> bool:
    if query.parent_age is not None and entry.parent_max_age is not None \
            and query.parent_age > entry.parent_max_age:
        return False
    return not (query.audience in AUDIENCES and entry.audience not in ("any", query.audience))


def _fits_worker(entry: Entry, query: Query, scope: Scope) -> bool:
    if not scope.worker:
        return True
    if query.delivery and entry.delivery.isdisjoint(query.delivery):
        return False
    if query.self_referral_only and not entry.self_referral:
        return False
    return not (query.free_only and not entry.free)


def _fits_widening(entry: Entry, query: Query, scope: Scope) -> bool:
    if scope.remote_only and not entry.remote:
        return False
    if scope.hub:
        return entry.threshold == "universal" and \
            (not query.district or entry.based_in == query.district)
    return True

