"""From the slots to a search, and from each service found to what a parent needs to know."""

from __future__ import annotations

import re
from typing import Any

from finder.search.types import Query, Result

PAGE = 3
REMOTE = ("phone", "text", "online")
WHAT_LENGTH = 50  # characters of description: one short line in an SMS

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def query(slots: dict[str, Any], language: str) -> Query:
    """The search for what the parent has told us; outside the region, only remote help."""
    place = slots["place"] or {}
    outside = bool(place.get("outside"))
    return Query(
        needs=tuple(slots["needs"]),
        age_months=tuple(slots["ages"]),
        expecting=slots["expecting"],
        district=None if outside else place.get("district"),
        lat=None if outside else place.get("lat"),
        lon=None if outside else place.get("lon"),
        language=language,
        audience="fathers" if "dads" in slots["needs"] else None,
        delivery=REMOTE if outside else (),
    )


def item(result: Result, language: str) -> dict[str, Any]:
    """One result as reply data: name, a line on what it is, cost and how to join."""
    service = result.service
    translated = (service.get("translations") or {}).get(language) or {}
    return {
        "id": service.get("id", ""),
        "name": translated.get("name") or service["name"],
        "organisation": service.get("organisation_name", ""),
        "what": one_line(translated.get("description") or service.get("description", "")),
        "cost": service.get("cost") or "unknown",
        "join": join(service),
        "why": result.why,
    }


def join(service: dict[str, Any]) -> dict[str, str]:
    """How to get in touch: a number or web address where the listing has one, else the way."""
    phone = service.get("phone") or service.get("organisation_phone") or ""
    website = service.get("website") or service.get("organisation_website") or ""
    organisation = service.get("organisation_name") or service.get("name", "")
    if phone and website:
        how = "phone-website"
    elif phone or website:
        how = "phone" if phone else "website"
    elif service.get("referral") in ("self", "self-or-professional"):
        how = "self"
    else:
        how = "hub"
    return {"how": how, "phone": phone, "website": website, "organisation": organisation}


def one_line(description: str) -> str:
    """The first sentence, cut at a word to fit one short line."""
    text = " ".join(description.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= WHAT_LENGTH:
        return first
    cut = first[:WHAT_LENGTH].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."
