"""`search(index, query)`: hard filters, then ranking, then widening so no answer is a dead end.

Filters and scores run over arrays of candidates; only the page returned is put in exact order
and given its `why`, so the work grows with the candidates, not with the directory.
"""

from __future__ import annotations

import math

import numpy as np

from finder.search import filters, rank
from finder.search.facts import POSITION
from finder.search.filters import Scope
from finder.search.index import Index
from finder.search.rank import Ranked
from finder.search.text import NO_MATCHES, Matches
from finder.search.types import Answer, Query, Result
from finder.search.why import note, why

STRICT = Scope()
# A service for one area is never offered outside it unless it works by phone, text or online:
# widening first drops the district for remote help with the same need, then offers remote help
# open to all (an advice line, not another need's course), then the family hub of the parent's
# own district (none without one: a hub elsewhere is no help).
WIDENING = (
    ("remote", Scope(district=False, remote_only=True)),
    ("remote", Scope(district=False, needs=False, remote_only=True, universal=True)),
    ("hub", Scope(needs=False, ages=False, worker=False, hub=True)),
)


def search(index: Index, query: Query, limit: int = 10, offset: int = 0) -> Answer:
    """One page of the services that fit `query`, best first, each with its `why`."""
    texts = index.text.matches(query.text) if query.text.strip() else NO_MATCHES
    origin = _origin(index, query)
    wanted = max(offset + limit, 0)
    ranked = _ranked(index, query, STRICT, texts, origin, wanted)
    widened = None
    for name, scope in WIDENING:
        if ranked.total:
            break
        if scope.hub and not query.district:
            continue
        widened, ranked = name, _ranked(index, query, scope, texts, origin, wanted)
    found = widened if ranked.total else None
    notes = (note(query.language, found),) if widened else ()
    return Answer(results=_page(index, query, ranked, offset, limit), total=ranked.total,
                  widened=found, notes=notes)


def _page(index: Index, query: Query, ranked: Ranked, offset: int,
          limit: int) -> tuple[Result, ...]:
    """The results from `offset`, each with the plain sentence saying why."""
    page = slice(offset, offset + limit)
    positions, scores = ranked.positions[page].tolist(), ranked.scores[page].tolist()
    distances = [math.nan] * len(positions) if ranked.distances is None else \
        ranked.distances[page].tolist()
    return tuple(_result(index, query, *row)
                 for row in zip(positions, scores, distances, strict=True))


def _result(index: Index, query: Query, position: int, score: float, km: float) -> Result:
    distance = None if math.isnan(km) else km
    return Result(service=index.services[position], score=round(score, 3),
                  why=why(index, index.entry(position), query, distance),
                  distance_km=None if distance is None else round(distance, 1))


def _origin(index: Index, query: Query) -> tuple[float, float] | None:
    """Where the parent is: their own point, else the centre of their district."""
    if query.lat is not None and query.lon is not None:
        return (query.lat, query.lon)
    centre = index.districts.get(query.district or "")
    if centre and centre.get("lat") is not None:
        return (centre["lat"], centre["lon"])
    return None


def _ranked(index: Index, query: Query, scope: Scope, texts: Matches,
            origin: tuple[float, float] | None, wanted: int) -> Ranked:
    """Every service that passes, counted, and the first `wanted` of them in order."""
    if _asks_nothing(query):
        return _everything(index, query.language)
    facts = index.facts
    texts = texts if scope.needs else NO_MATCHES
    at = filters.candidates(facts, query, scope, texts)
    at = filters.passing(facts, query, scope, at)
    scorer = rank.Scorer(facts, query, query.needs if scope.needs else (), origin)
    distances = scorer.distance(at)
    scores = scorer.score(at, texts.score(at), distances)
    best = _best(scores, at, wanted)
    return Ranked(total=len(at), positions=at[best], scores=scores[best],
                  distances=distances[best])


def _best(scores: np.ndarray, at: np.ndarray, wanted: int) -> np.ndarray:
    """Indexes of the `wanted` highest scores, ordered by score, then by position.

    A partition finds the cut-off score without sorting everything; of the scores equal to it,
    the lowest positions are kept (`at` ascends), so a page is what a full sort would give.
    """
    if wanted < len(scores):
        cutoff = np.partition(scores, len(scores) - wanted)[len(scores) - wanted] \
            if wanted else np.inf
        above = np.flatnonzero(scores > cutoff)
        tied = np.flatnonzero(scores == cutoff)[:wanted - len(above)]
        chosen = np.concatenate([above, tied])
    else:
        chosen = np.arange(len(scores))
    return chosen[np.lexsort((at[chosen], -scores[chosen]))]


def _asks_nothing(query: Query) -> bool:
    return query == Query(language=query.language)


def _everything(index: Index, language: str) -> Ranked:
    """The answer to an empty query depends only on the language: worked out once per index."""
    cached = index.everything.get(language)
    if cached is None:
        facts = index.facts
        at = np.arange(facts.count, dtype=POSITION)
        scores = rank.Scorer(facts, Query(language=language), (), None).score(
            at, np.zeros(facts.count), np.full(facts.count, np.nan))
        order = np.lexsort((at, -scores))
        cached = index.everything[language] = Ranked(
            total=facts.count, positions=at[order], scores=scores[order], distances=None)
    return cached
