"""Scoring one service for one query: what fits best, then what a parent can use today.

Weights are tiers, so a stronger reason always outranks a weaker one: a name the parent typed,
then specialist help where the need calls for it, then how much of the need is met, then ease
(self-referral, free, low threshold), then distance, then the parent's language.
"""

from __future__ import annotations

import math

from finder.search.index import Entry
from finder.search.types import Query

# Needs where specialist help should come before general groups.
SPECIALIST_NEEDS = frozenset({"child-to-parent-harm", "domestic-abuse"})
TEXT_WEIGHT = 10.0  # a text score of 75-100 puts a name match above every other reason
SPECIALIST_BONUS = 100.0
NEED_WEIGHT = 10.0
REMOTE_CLOSENESS = 0.5  # phone, text and online count as about 10 km away
UNKNOWN_CLOSENESS = 0.25
LANGUAGE_BONUS = 0.5
EARTH_RADIUS_KM = 6371.0


def need_weights(needs: tuple[str, ...]) -> dict[str, float]:
    """Each asked need's share of the need score: the first asked counts most."""
    count = len(needs)
    total = count * (count + 1) / 2
    return {need: (count - i) / total for i, need in enumerate(needs)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def closeness(entry: Entry, distance: float | None) -> float:
    if entry.remote:
        return REMOTE_CLOSENESS
    if distance is None:
        return UNKNOWN_CLOSENESS
    return 1.0 / (1.0 + distance / 10.0)


class Scorer:
    """Scores services for one query, with what the query fixes worked out once."""

    def __init__(self, query: Query, weights: dict[str, float],
                 origin: tuple[float, float] | None) -> None:
        self.weights = weights
        self.specialist = SPECIALIST_NEEDS.intersection(weights)
        self.language = query.language if query.language != "en" else None
        self.origin = origin
        self._km: dict[tuple[float, float], float] = {}  # most services share a district centre

    def distance(self, entry: Entry) -> float | None:
        if self.origin is None or entry.remote or entry.lat is None or entry.lon is None:
            return None
        point = (entry.lat, entry.lon)
        km = self._km.get(point)
        if km is None:
            km = self._km[point] = haversine_km(*self.origin, *point)
        return km

    def score(self, entry: Entry, text_score: float, distance: float | None) -> float:
        """The ranking score of one service that passed the filters."""
        value = text_score * TEXT_WEIGHT + entry.ease + closeness(entry, distance)
        weights = self.weights
        if weights:
            value += NEED_WEIGHT * sum([weights.get(need, 0.0) for need in entry.needs])
            if self.specialist and entry.threshold == "specialist" and \
                    not self.specialist.isdisjoint(entry.needs):
                value += SPECIALIST_BONUS
        if self.language and self.language in entry.languages:
            value += LANGUAGE_BONUS
        return value
