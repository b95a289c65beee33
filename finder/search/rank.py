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


def distance_km(entry: Entry, origin: tuple[float, float] | None) -> float | None:
    """How far a face-to-face service is from the parent, when both places are known."""
    if origin is None or entry.remote or entry.lat is None or entry.lon is None:
        return None
    return haversine_km(origin[0], origin[1], entry.lat, entry.lon)


def closeness(entry: Entry, distance: float | None) -> float:
    if entry.remote:
        return REMOTE_CLOSENESS
    if distance is None:
        return UNKNOWN_CLOSENESS
    return 1.0 / (1.0 + distance / 10.0)


def score(entry: Entry, query: Query, weights: dict[str, float], text_score: float,
          distance: float | None) -> float:
    """The ranking score of one service that passed the filters."""
    value = text_score * TEXT_WEIGHT + entry.ease + closeness(entry, distance)
    value += NEED_WEIGHT * sum(weights.get(need, 0.0) for need in entry.needs)
    if entry.threshold == "specialist" and SPECIALIST_NEEDS.intersection(weights,
                                                                          entry.needs):
        value += SPECIALIST_BONUS
    if query.language != "en" and query.language in entry.languages:
        value += LANGUAGE_BONUS
    return value
