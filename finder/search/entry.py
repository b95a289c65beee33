"""One service's facts for search, worked out from its directory row in one place.

The index turns these into arrays for every service; `why` reads them for the few on a page,
so the filters, the ranking and the sentence can never disagree about a service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from finder.directory.content import SELF_REFERRAL

REMOTE = frozenset({"online", "text", "phone"})
THRESHOLD_EASE = {"universal": 1.5, "community": 1.5, "targeted": 0.5, "specialist": 0.0}
COST_EASE = {"free": 1.0, "unknown": 0.5, "paid": 0.0}
OLDEST_MONTHS = 311  # a service without an upper age serves children up to 25
# A service only for one stage, with no ages of its own, serves that stage's ages: a site for
# teenagers is not offered for a 6-year-old. From 11 (year 7), when parents start to ask.
STAGE_AGES = {"teenagers": (132, OLDEST_MONTHS)}


class Entry(NamedTuple):
    """What the filters and the ranking need to know about one service.

    A named tuple: quick to build for every service, and a batch transposes into columns.
    """

    position: int
    service: Mapping[str, Any]
    needs: tuple[str, ...]
    districts: tuple[str, ...]
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
    languages: tuple[str, ...]
    delivery: tuple[str, ...]
    parent_max_age: int | None
    audience: str
    ease: float  # how easy it is to use today: self-referral, cost and threshold


def entry_of(position: int, service: Mapping[str, Any],
             places: Mapping[str, Mapping[str, Any]]) -> Entry:
    """One service's facts; `places` are the districts by slug, for a service's centre."""
    location = service.get("location") or {}
    own = location.get("lat") is not None and location.get("lon") is not None
    centre = places.get(service.get("based_in") or "", {})
    criteria_age = service.get("parent_max_age")
    self_referral = service.get("referral") in SELF_REFERRAL
    cost = service.get("cost") or "unknown"
    threshold = service.get("threshold") or "community"
    needs = tuple(service.get("needs", ()))
    min_age, max_age = ages(service, needs)
    return Entry(
        position=position, service=service, needs=needs,
        districts=tuple(service.get("districts", ())), min_age=min_age, max_age=max_age,
        pregnancy=bool(service.get("pregnancy")),
        remote=not REMOTE.isdisjoint(service.get("delivery", ())),
        self_referral=self_referral, free=cost == "free", threshold=threshold,
        based_in=service.get("based_in") or None,
        lat=location["lat"] if own else centre.get("lat"),
        lon=location["lon"] if own else centre.get("lon"),
        own_location=own,
        languages=tuple(service.get("languages", ())),
        delivery=tuple(service.get("delivery", ())),
        parent_max_age=int(criteria_age) if criteria_age is not None else None,
        audience=service.get("parent_audience") or "any",
        ease=(1.5 if self_referral else 0.0) + COST_EASE.get(cost, 0.5)
        + THRESHOLD_EASE.get(threshold, 0.5),
    )


def ages(service: Mapping[str, Any], needs: tuple[str, ...]) -> tuple[int, int]:
    """The youngest and oldest child served, in months: the service's own, else its stage's."""
    low, high = service.get("min_age_months"), service.get("max_age_months")
    if not low and (high is None or high >= OLDEST_MONTHS) and len(needs) == 1 \
            and needs[0] in STAGE_AGES:
        return STAGE_AGES[needs[0]]
    return int(low or 0), int(high) if high is not None else OLDEST_MONTHS


def names(service: Mapping[str, Any]) -> list[str]:
    """The strings free text is matched against: name, organisation and keywords."""
    return [service.get("name") or "", service.get("organisation_name") or "",
            *service.get("keywords", ())]
