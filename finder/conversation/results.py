"""From each service found to what a parent needs to know, a page that fits the channel, and
one result opened by its number."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from finder.conversation.types import Fits, Reply
from finder.directory.contacts import best_contact, sorted_contacts
from finder.directory.content import SELF_REFERRAL
from finder.directory.listing import text_in
from finder.languages import UCS2_LANGUAGES
from finder.search.types import Result

PAGE = 3
# UTF-16 units of description: one short sentence in an SMS, shorter where a segment holds 67.
WHAT_LENGTH, WHAT_LENGTH_UCS2 = 60, 40

_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}){0,2}")  # a page's date; else it was "undated"
# Full stops and question marks in Latin, Arabic, Urdu and Indic scripts.
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f\u06d4\u0964])\s")
SHOWN_KEPT = 4096  # listings' items kept per language (`shown`)
_shown: dict[tuple[int, str], tuple[Mapping[str, Any], dict[str, Any]]] = {}


def item(result: Result, language: str) -> dict[str, Any]:
    """One result as reply data: name, a line on what it is, cost and how to join."""
    service = result.service
    translated = (service.get("translations") or {}).get(language) or {}
    return {
        "id": service.get("id", ""),
        "name": name_in(service, language),
        "organisation": service.get("organisation_name", ""),
        "what": one_line(text_in(service, "summary", language)[0]
                         or translated.get("description") or service.get("description", ""),
                         WHAT_LENGTH_UCS2 if language in UCS2_LANGUAGES else WHAT_LENGTH),
        "about": " ".join((translated.get("description") or service.get("description")
                           or "").split()),  # whole, for channels with room (WhatsApp)
        "cost": service.get("cost") or "unknown",
        "join": join(service),
        "why": result.why,
    }


def shown(result: Result, language: str) -> dict[str, Any]:
    """`item(result, language)`, made once for each listing and language while the search
    index keeps the listing's row (rows are read once and shared, never changed; an edit
    reads a new one): only why it was found differs from one search to the next."""
    service = result.service
    key = (id(service), language)
    found = _shown.get(key)
    if found is None or found[0] is not service:  # held here, its id is no other row's
        if len(_shown) >= SHOWN_KEPT:
            _shown.clear()
        found = _shown[key] = (service, item(result, language))
    made = found[1]
    return {**made, "join": dict(made["join"]), "why": result.why}


def join(service: dict[str, Any]) -> dict[str, str]:
    """How to get in touch: the best sourced number or web address, else the way to ask."""
    best = best_contact(service) or {}
    webs = [c["value"] for c in sorted_contacts(service) if c["kind"] == "web"]
    phone = best.get("value", "") if best.get("kind") in ("phone", "text") else ""
    website = best["value"] if best.get("kind") == "web" else (webs[0] if webs and phone else "")
    organisation = service.get("organisation_name") or service.get("name", "")
    if best.get("kind") == "text":
        how = "text"
    elif phone and website:
        how = "phone-website"
    elif phone or website:
        how = "phone" if phone else "website"
    elif takes_self_referral(service):
        how = "self"
    else:
        how = "hub"
    return {"how": how, "phone": phone, "website": website, "organisation": organisation}


def details(service: Mapping[str, Any], number: int, language: str) -> dict[str, Any]:
    """A result opened by its number: every way to reach it, best first, each with where it
    was seen and that page's date; the sourced `reach` route when it has none of its own."""
    own = sorted_contacts(dict(service))
    reach = service.get("reach") or {}
    routes = own or ([reach] if reach.get("value") else [])
    return {"number": number, "name": name_in(service, language),
            "reach": bool(routes) and not own, "join": join(dict(service)),
            "routes": [{"kind": r["kind"], "value": r["value"], "source": source_name(r),
                        "date": r.get("seen", "") if _DATE.fullmatch(r.get("seen", "")) else ""}
                       for r in routes]}


def name_in(service: Mapping[str, Any], language: str) -> str:
    """The service's name in `language` where staff gave one, else its own."""
    return ((service.get("translations") or {}).get(language) or {}).get("name") \
        or service["name"]


def takes_self_referral(service: Mapping[str, Any]) -> bool:
    """Whether parents can contact the service themselves."""
    return service.get("referral") in SELF_REFERRAL


def source_name(route: Mapping[str, Any]) -> str:
    """Where a route was seen, short enough for a text: a page's site, or "staff"."""
    source = str(route.get("source") or "")
    host = urlsplit(source).hostname if "://" in source else None
    return host.removeprefix("www.") if host else source


def one_line(description: str, length: int = WHAT_LENGTH) -> str:
    """The first sentence when it fits `length` UTF-16 units whole, else nothing: never cut."""
    first = _SENTENCE_END.split(" ".join(description.split()), maxsplit=1)[0]
    return first if units(first) <= length else ""


def units(text: str) -> int:
    """What `text` costs in an SMS: UTF-16 code units (one per letter, two for an emoji)."""
    return len(text.encode("utf-16-le")) // 2


def fit_page(said: Sequence[Reply], page: Callable[[list[dict[str, Any]]], list[Reply]],
             items: list[dict[str, Any]], fits: Fits | None) -> list[Reply]:
    """The page with the most of `items` that `fits` in one message after what was `said`.

    Tries every item, then one fewer down to one, each with and then without its description.
    When nothing fits after what was said, the page goes on in a message of its own (the
    channel sends it next), with as many as fit there; nothing is ever cut. What was said is
    tried alone first: replies that do not fit in one message fit no better with a page after
    them (texts are packed in order, and a longer text never costs fewer segments).
    """
    if fits is None:
        return page(items)
    said = tuple(said)
    for before in (said, ()) if said else ((),):
        if before and not fits(before):
            continue  # what was said fills more than a message: no page can join it
        for chosen in _tries(items):
            replies = page(chosen)
            if fits((*before, *replies)):
                return replies
    return page([{**item, "what": ""} for item in items[:1]])  # the last try: one, bare


def _tries(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Every item, then one fewer down to one, each with and then without its description:
    the items without are made only when a page with descriptions did not fit (most fit)."""
    bare: list[dict[str, Any]] = []
    for count in range(len(items), 0, -1):
        yield items[:count]
        bare = bare or [{**item, "what": ""} for item in items]
        yield bare[:count]
