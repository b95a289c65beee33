"""`search(index, query)`: hard filters, then ranking, then widening so no answer is a dead end."""

from __future__ import annotations

from collections.abc import Callable
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
    if _asks_nothing(query):
        return _everything(index, query.language)
    scorer = rank.Scorer(query, rank.need_weights(query.needs) if scope.needs else {}, origin)
    texts = text_scores if scope.needs else {}
    fits = _combined(_checks(query, scope))
    entries = index.entries
    ranked = []
    for position in _candidates(index, query, scope, texts):
        entry = entries[position]
        if fits(entry):
            distance = scorer.distance(entry)
            value = scorer.score(entry, texts.get(position, 0.0), distance)
            ranked.append((value, position, distance))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return ranked


def _asks_nothing(query: Query) -> bool:
    return query == Query(language=query.language)


def _everything(index: Index, language: str) -> Ranked:
    """The answer to an empty query depends only on the language: worked out once per index."""
    cached = index.everything.get(language)
    if cached is None:
        scorer = rank.Scorer(Query(language=language), {}, None)
        cached = [(scorer.score(e, 0.0, None), e.position, None) for e in index.entries]
        cached.sort(key=lambda item: (-item[0], item[1]))
        index.everything[language] = cached
    return cached


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


Check = Callable[[Entry], bool]


def _checks(query: Query, scope: Scope) -> list[Check]:
    """Only the filters this query asks for, so the loop over candidates does no idle work."""
    return [*_child_checks(query, scope), *_parent_checks(query),
            *_worker_checks(query, scope), *_widening_checks(query, scope)]


def _combined(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    return lambda e: all(check(e) for check in checks)


def _child_checks(query: Query, scope: Scope) -> list[Check]:
    if not scope.ages or not (query.age_months or query.expecting):
        return []
    ages, expecting = query.age_months, query.expecting
    if len(ages) == 1:  # the usual case, without a generator per service
        age = ages[0]
        return [lambda e: e.min_age <= age <= e.max_age or (expecting and e.pregnancy)]
    return [lambda e: (expecting and e.pregnancy)
            or any(e.min_age <= age <= e.max_age for age in ages)]


def _parent_checks(query: Query) -> list[Check]:
    checks: list[Check] = []
    if (parent_age := query.parent_age) is not None:
        checks.append(lambda e: e.parent_max_age is None or parent_age <= e.parent_max_age)
    if (audience := query.audience) in AUDIENCES:
        checks.append(lambda e: e.audience in ("any", audience))
    return checks


def _worker_checks(query: Query, scope: Scope) -> list[Check]:
    if not scope.worker:
        return []
    checks: list[Check] = []
    if delivery := frozenset(query.delivery):
        checks.append(lambda e: not e.delivery.isdisjoint(delivery))
    if query.self_referral_only:
        checks.append(lambda e: e.self_referral)
    if query.free_only:
        checks.append(lambda e: e.free)
    return checks


def _widening_checks(query: Query, scope: Scope) -> list[Check]:
    checks: list[Check] = []
    if scope.remote_only:
        checks.append(lambda e: e.remote)
    if scope.hub:
        district = query.district
        checks.append(lambda e: e.threshold == "universal"
                      and (not district or e.based_in == district))
    return checks
