"""Scoring the candidates of one query, all at once: what fits best, then what a parent can use.

Weights are tiers, so a stronger reason always outranks a weaker one: a name the parent typed,
then specialist help where the need calls for it, then how much of the need is met, then ease
(self-referral, free, low threshold), then distance, then the parent's language. A service
that says it is for the child's age comes before one that does not say; one for another stage
(teenagers, for a young child) comes after the rest that meet the need.
Terms are added in that order, one array step each, so a score is the same float whichever
candidates it was worked out with.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from finder.search.entry import OLDEST_MONTHS, STAGE_AGES
from finder.search.facts import Facts
from finder.search.types import Query

# Needs where specialist help should come before general groups.
SPECIALIST_NEEDS = frozenset({"child-to-parent-harm", "domestic-abuse"})
TEXT_WEIGHT = 10.0  # a text score of 75-100 puts a name match above every other reason
SPECIALIST_BONUS = 100.0
NEED_WEIGHT = 10.0
REMOTE_CLOSENESS = 0.35  # phone, text and online count as about 20 km away: a place near
# home that a parent can go to comes first, as the seeds ask
AGE_FIT_BONUS = 0.5
OTHER_STAGE_PENALTY = 2.0  # less than a need met, more than every reason of ease
UNKNOWN_CLOSENESS = 0.25
LANGUAGE_BONUS = 0.5
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Ranked:
    """How many services passed, and the best of them in order: positions, scores, distances.

    `distances` is NaN where unknown, or None when no distance is known for any of them.
    """

    total: int
    positions: np.ndarray
    scores: np.ndarray
    distances: np.ndarray | None


def need_weights(needs: tuple[str, ...]) -> dict[str, int]:
    """Each asked need's weight: the first asked counts most.

    Whole numbers, divided once by their total in `Scorer`, so services meeting the same needs
    score exactly the same, whatever order they list them in.
    """
    count = len(needs)
    return {need: count - i for i, need in enumerate(needs)}


def haversine_km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distances in kilometres from one point; NaN where a point is unknown."""
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi, dlambda = phi2 - phi1, np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def closeness(remote: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Nearer is better; remote services count as fairly near, unknown places as far."""
    near = 1.0 / (1.0 + distance / 10.0)
    unknown = np.where(np.isnan(distance), UNKNOWN_CLOSENESS, near)
    return np.where(remote, REMOTE_CLOSENESS, unknown)


class Scorer:
    """Scores services for one query, with what the query fixes worked out once."""

    def __init__(self, facts: Facts, query: Query, needs: tuple[str, ...],
                 origin: tuple[float, float] | None) -> None:
        self.facts = facts
        self.weights = need_weights(needs)
        self.total_weight = len(needs) * (len(needs) + 1) / 2
        self.specialist = sorted(SPECIALIST_NEEDS.intersection(needs))
        self.language = query.language if query.language != "en" else None
        self.origin = origin
        self.ages = query.age_months
        self.other_stages = [need for need, (low, high) in STAGE_AGES.items()
                             if need not in needs and self.ages
                             and not any(low <= age <= high for age in self.ages)]

    def distance(self, at: np.ndarray) -> np.ndarray:
        """Kilometres to each service at positions `at`; NaN if remote or either end unknown."""
        if self.origin is None:
            return np.full(len(at), np.nan)
        km = haversine_km(*self.origin, self.facts.lat[at], self.facts.lon[at])
        km[self.facts.remote[at]] = np.nan
        return km

    def score(self, at: np.ndarray, text: np.ndarray, distance: np.ndarray) -> np.ndarray:
        """The ranking score of each service at positions `at`, all past the filters."""
        facts = self.facts
        value = text * TEXT_WEIGHT + facts.ease[at] + closeness(facts.remote[at], distance)
        if self.weights:
            value += NEED_WEIGHT * self._need_met(at)
            if self.specialist:
                specialist = facts.threshold.equals("specialist", at)
                value += SPECIALIST_BONUS * (specialist & facts.needs.any(self.specialist, at))
        if self.ages:
            value += AGE_FIT_BONUS * self._says_it_fits(at)
        if self.other_stages:
            value -= OTHER_STAGE_PENALTY * facts.needs.any(self.other_stages, at)
        if self.language:
            value += LANGUAGE_BONUS * (facts.languages.count(self.language, at) > 0)
        return value

    def _says_it_fits(self, at: np.ndarray) -> np.ndarray:
        """Which services give their own ages, and those include one of the children."""
        low, high = self.facts.min_age[at], self.facts.max_age[at]
        fits = np.zeros(len(at), dtype=bool)
        for age in self.ages:
            fits |= (low <= age) & (age <= high)
        return fits & ((low > 0) | (high < OLDEST_MONTHS))

    def _need_met(self, at: np.ndarray) -> np.ndarray:
        """The share of the asked needs each service meets, weighted by the order asked."""
        met = np.zeros(len(at), dtype=np.int64)
        for need, weight in self.weights.items():
            met += weight * self.facts.needs.count(need, at)
        return met / self.total_weight
