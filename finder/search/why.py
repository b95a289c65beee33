"""The plain sentence saying why a service was suggested, and the notes when a search widens.

Whole sentences with named placeholders, rendered in the parent's language through
`finder.messages`; need labels come from the directory's needs (content), already translated.
"""

from __future__ import annotations

from finder.messages import N_, say
from finder.search.entry import Entry
from finder.search.index import Index
from finder.search.types import Query

WHY = {
    ("near", True): N_("It helps with “%(need)s”, near %(place)s, and you can contact them "
                       "yourself."),
    ("near", False): N_("It helps with “%(need)s”, near %(place)s. A health visitor, GP or "
                        "family hub can put you in touch."),
    ("km", True): N_("It helps with “%(need)s”, about %(km)s km away, and you can contact them "
                     "yourself."),
    ("km", False): N_("It helps with “%(need)s”, about %(km)s km away. A health visitor, GP or "
                      "family hub can put you in touch."),
    ("remote", True): N_("It helps with “%(need)s” by phone, text or online, and you can contact "
                         "them yourself."),
    ("remote", False): N_("It helps with “%(need)s” by phone, text or online. A health visitor, "
                          "GP or family hub can put you in touch."),
    ("", True): N_("It helps with “%(need)s”, and you can contact them yourself."),
    ("", False): N_("It helps with “%(need)s”. A health visitor, GP or family hub can put you "
                    "in touch."),
}

WIDENED = {
    "region": N_("We found nothing for that in your district, so these are from across the "
                 "wider area."),
    "remote": N_("We found nothing nearby for that, so these help by phone, text or online."),
    "hub": N_("We found nothing for that exactly, so here is your local family hub or council "
              "service: they can help you find the right support."),
}
NOTHING = N_("We have no listing for that yet. A health visitor, GP or school can help you "
             "find support.")
# Said on every channel when the place is outside the region (the search is remote-only then).
OUTSIDE = N_("That place looks outside the area we cover, so we will show help you can get "
             "by phone, text or online.")


def why(index: Index, entry: Entry, query: Query, distance: float | None) -> str:
    """One sentence in the parent's language: the need it helps with, where, and how to start."""
    language = query.language
    need = next((n for n in query.needs if n in entry.needs), None) or \
        (entry.needs[0] if entry.needs else "")
    params: dict[str, object] = {"need": index.need_label(need, language)}
    where = _where(index, entry, query, distance, params)
    return say(language, WHY[(where, entry.self_referral)], **params)


def note(language: str, widened: str | None) -> str:
    """The note for a widened search, or for one that found nothing at all."""
    return say(language, WIDENED[widened] if widened else NOTHING)


def outside_note(language: str) -> str:
    return say(language, OUTSIDE)


def _where(index: Index, entry: Entry, query: Query, distance: float | None,
           params: dict[str, object]) -> str:
    """How it is reached or how far: "near" only when it is in the parent's own district."""
    if entry.remote:
        return "remote"
    if distance is not None and entry.own_location:
        params["km"] = max(1, round(distance))
        return "km"
    place = (entry.service.get("location") or {}).get("name") or \
        index.districts.get(entry.based_in or "", {}).get("name")
    if place and query.district and entry.based_in == query.district:
        params["place"] = place
        return "near"
    return ""

