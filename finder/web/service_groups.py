"""`/services` in groups: how many services meet each need, then one need's services by area.

Pure: the service rows, the districts and the filters in; groups out. The filters are the
parent questions' own (need, age band, area), so the list and the questions never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from finder.web import journey

AREAS = {"leicester-city": "Leicester City", "leicestershire": "Leicestershire",
         "rutland": "Rutland"}  # names as content/districts.yaml spells them
WHOLE_AREA = "llr"  # a service in every area is listed once, first


@dataclass
class Group:
    """The services of one area (or of the whole area) for the need chosen."""

    area: str
    services: list[dict[str, Any]] = field(default_factory=list)


def suits_age(service: dict[str, Any], band: str) -> bool:
    """Whether a service is for a child in the age band (or for pregnancy)."""
    if band not in journey.AGE_BANDS:
        return True
    ages = journey.read_ages([band])
    if ages.expecting:
        return bool(service.get("pregnancy"))
    low, high = service.get("min_age_months") or 0, service.get("max_age_months") or 0
    return any(low <= month <= high for month in ages.months)


def areas_of(service: dict[str, Any], area_of: dict[str, str]) -> set[str]:
    return {area_of[d] for d in service.get("districts") or [] if d in area_of}


def chosen(services: Iterable[dict[str, Any]], area_of: dict[str, str], band: str,
           area: str) -> list[dict[str, Any]]:
    """The services for the age band and area asked (empty filters keep everything)."""
    return [s for s in services if suits_age(s, band)
            and (area not in AREAS or area in areas_of(s, area_of))]


def counts(services: list[dict[str, Any]], needs: Iterable[str]) -> dict[str, int]:
    """How many of the services meet each need, in the needs' own order."""
    return {need: sum(need in s.get("needs", []) for s in services) for need in needs}


def by_area(services: list[dict[str, Any]], area_of: dict[str, str], need: str) -> list[Group]:
    """One need's services: those everywhere first, then each area's own."""
    groups = {key: Group(key) for key in (WHOLE_AREA, *AREAS)}
    for service in services:
        if need not in service.get("needs", []):
            continue
        covered = areas_of(service, area_of)
        if covered >= set(AREAS):
            groups[WHOLE_AREA].services.append(service)
        for area in sorted(covered) if not covered >= set(AREAS) else ():
            groups[area].services.append(service)
    return [group for group in groups.values() if group.services]
