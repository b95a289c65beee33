"""From the slots to a search, and from each service found to what a parent needs to know."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from finder.conversation.types import Fits, Reply
from finder.languages import UCS2_LANGUAGES
from finder.search.types import Query, Result

PAGE = 3
REMOTE = ("phone", "text", "online")
# UTF-16 units of description: one short line in an SMS, shorter where a segment holds 67.
WHAT_LENGTH, WHAT_LENGTH_UCS2 = 45, 28

# Full stops and question marks in Latin, Arabic, Urdu and Indic scripts.
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f\u06d4\u0964])\s")


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
        "what": one_line(translated.get("description") or service.get("description", ""),
                         WHAT_LENGTH_UCS2 if language in UCS2_LANGUAGES else WHAT_LENGTH),
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


def one_line(description: str, length: int = WHAT_LENGTH) -> str:
    """The first sentence, cut at a word to fit `length` UTF-16 units with its "...".

    Cutting at a space never separates an Indic vowel sign or an Arabic mark from its letter.
    """
    text = " ".join(description.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if units(first) <= length:
        return first
    words, kept = first.split(" "), ""
    for word in words:
        longer = f"{kept} {word}" if kept else word
        if units(longer) + 3 > length:
            break
        kept = longer
    return (kept or words[0]).rstrip(",;:\u060c") + "..."


def units(text: str) -> int:
    """What `text` costs in an SMS: UTF-16 code units (one per letter, two for an emoji)."""
    return len(text.encode("utf-16-le")) // 2


def fit_page(said: Sequence[Reply], page: Callable[[list[dict[str, Any]]], list[Reply]],
             items: list[dict[str, Any]], fits: Fits | None) -> list[Reply]:
    """The page with the most of `items` that `fits` after what was `said` in this turn.

    Tries every item, then one fewer down to one, then one without its description. When even
    that is too long after a welcome or another reply, the page only says that help was found
    (MORE shows it on its own); with nothing to make way, the channel cuts the one result.
    """
    if fits is None:
        return page(items)
    tries = [items[:count] for count in range(len(items), 0, -1)] + [[{**items[0], "what": ""}]]
    for chosen in tries:
        replies = page(chosen)
        if fits((*said, *replies)):
            return replies
    if any(reply.kind != "widened" for reply in said):
        return page([])
    return page(tries[-1])
