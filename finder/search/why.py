"""The plain sentence saying why a service was suggested, and the notes when a search widens.

The sentences are `finder.messages.parent`'s, rendered in the parent's language; need labels
come from the directory's needs (content), already translated.
"""

from __future__ import annotations

from finder.messages import parent as m
from finder.messages import say
from finder.search.entry import Entry
from finder.search.index import Index
from finder.search.types import Query


def why(index: Index, entry: Entry, query: Query, distance: float | None) -> str:
    """One sentence in the parent's language: the need it helps with, where, and how to start."""
    language = query.language
    need = next((n for n in query.needs if n in entry.needs), None) or \
        (entry.needs[0] if entry.needs else "")
    params: dict[str, object] = {"need": index.need_label(need, language)}
    where = _where(index, entry, query, distance, params)
    return say(language, m.WHY[(where, entry.self_referral)], **params)


def note(language: str, widened: str | None) -> str:
    """The note for a widened search, or for one that found nothing at all."""
    return say(language, m.WIDENED[widened] if widened else m.NOTE_NOTHING)


def outside_note(language: str, name: str = "", council: str | None = None) -> str:
    """Outside the region: said kindly, naming the council there where the gazetteer knows it."""
    if council:
        return say(language, m.OUTSIDE_COUNCIL, place=name or council, council=council)
    return say(language, m.OUTSIDE)


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

