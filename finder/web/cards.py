"""A service found, as a card on a web page or a few lines in a text: only what the listing has.

Pure: sentences are `finder.messages.parent`'s (and `worker`'s), said through `say`. Parent cards
never carry an evidence rating or a threshold; the worker's cards add them.
"""

from __future__ import annotations

from typing import Any

from finder.conversation.results import join
from finder.directory.contacts import href
from finder.directory.convert import stored
from finder.directory.convert.content import contact_record
from finder.directory.model import PARENT_TEXT, Listing, listing
from finder.messages import parent as m
from finder.messages import say, worker
from finder.search.types import Result
from finder.sms.segments import fits, plain
from finder.web.textme import MAX_SEGMENTS as TEXT_ME_SEGMENTS

MAP = "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"

def card(result: Result, language: str) -> dict[str, Any]:
    """What a parent sees about one service, in `language` where the listing is translated."""
    service = result.service
    typed = stored.service(service)
    seen = listing(typed, service.get("organisation_name", ""), language)
    lat, lon = service.get("lat"), service.get("lon")
    has_point = lat is not None and lon is not None
    return {
        "id": service["id"],
        # Pages are addressed by the UUID, which names nothing: a slug such as
        # "...-domestic-abuse-line" in a shared phone's history would say what was looked for.
        "page": service.get("uuid") or service["id"],
        "name": seen.name,
        "organisation": seen.organisation,
        "what": seen.description,
        "for_whom": seen.for_whom,
        "cost": say(language, m.CARD_COST.get(service.get("cost") or "", m.CARD_COST["unknown"])),
        "cost_note": service.get("cost_note", ""),
        "delivery": [say(language, m.DELIVERY[d]) if d in m.DELIVERY else d
                     for d in service.get("delivery") or []],
        "join": join(service),
        "how": how_to_join(service, language),
        "distance_km": result.distance_km if has_point else None,
        "map": MAP.format(lat=lat, lon=lon) if has_point else "",
        "why": result.why,
        # Listing text not yet translated stays English: marked so it reads left to right.
        "text_lang": language if seen.translated else "en",
        **parent_text(seen, listing(typed, seen.organisation, "en")),
        "contact": contact_of(seen.contact and dict(contact_record(seen.contact),
                                                    reach=seen.through_reach)),
    }


def parent_text(seen: Listing, english: Listing) -> dict[str, Any]:
    """The plain summary, who it is for and what happens, in the listing's language where
    drafted, with the language each is really in and the English original for the one-tap
    switch."""
    out: dict[str, Any] = {"english": {key: getattr(english, key) for key in PARENT_TEXT}}
    for key in PARENT_TEXT:
        out[key], out[f"{key}_lang"] = getattr(seen, key), seen.text_languages[key]
    return out


def contact_of(route: dict[str, Any] | None) -> dict[str, Any] | None:
    """A contact route with the link a phone follows (`href`), or None."""
    return dict(route, href=href(route)) if route else None


def worker_card(result: Result, language: str) -> dict[str, Any]:
    """A parent's card plus what a worker weighs: referral, threshold, evidence, last checked."""
    service = result.service
    return {
        **card(result, language),
        "referral": say(language, worker.REFERRAL.get(service.get("referral") or "",
                                                      worker.REFERRAL["unknown"])),
        "threshold": say(language, worker.THRESHOLD[service["threshold"]])
        if service.get("threshold") in worker.THRESHOLD else "",
        "evidence": service.get("evidence_rating") or "",
        "evidence_note": service.get("evidence_note") or "",
        "evidence_programme": service.get("evidence_programme") or "",
        "last_verified": service.get("last_verified") or "",
        "districts": service.get("districts") or [],
        "staff_note": service.get("staff_note") or "",
    }


def how_to_join(service: dict[str, Any], language: str) -> str:
    """The sentence saying how to get in touch when the listing has no number or address."""
    way = join(service)
    if way["how"] in ("self", "hub"):
        return say(language, m.JOIN[way["how"]], organisation=way["organisation"])
    return ""


def text_body(cards: list[dict[str, Any]], language: str, link: str = "") -> str:
    """The services as a text message, each name with its best contact: as many whole services
    as fit the text limit together with the `link` back to the results that the sender adds."""
    paragraphs = [f"{item['name']}\n{contact_line(item, language)}" for item in cards]
    tail = f"\n{link}" if link else ""
    for count in range(len(paragraphs), 0, -1):
        body = "\n\n".join(paragraphs[:count])
        if fits(plain(body) + tail, TEXT_ME_SEGMENTS):
            return body
    return paragraphs[0] if paragraphs else ""


def contact_line(item: dict[str, Any], language: str) -> str:
    """The sentence on how to reach one service: its own route, or the sourced reach line."""
    way, route = item["join"], item.get("contact") or {}
    if route.get("kind") in ("email", "address") and not route.get("reach"):
        return route["value"]
    return say(language, m.JOIN[way["how"]], phone=way["phone"], website=way["website"],
               organisation=way["organisation"])
