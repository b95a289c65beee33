"""The one search every channel makes: the query from what a parent told us, and its event.

SMS, WhatsApp, the web pages, worker mode, the chat command and the API all build their query
here, so "outside the region" and "after a disclosure of abuse" mean the same everywhere, and
every search emits one typed `SearchEvent` that the unmet-need counts read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from finder.search.engine import search
from finder.search.index import Index
from finder.search.types import Answer, Query

# Outside the region a service must work from anywhere: by phone, text or online.
REMOTE = ("phone", "text", "online")
ABUSE_NEED = "domestic-abuse"
CHANNELS = ("sms", "whatsapp", "web", "worker", "api", "chat")


@dataclass(frozen=True)
class SearchEvent:
    """One search a parent (or a worker for one) made, on one channel, and what it found."""

    channel: str
    query: Query
    answer: Answer
    first_page: bool = True  # "more" and later pages are the same search, counted once


Emit = Callable[[SearchEvent], None]


def build(needs: Iterable[str] = (), ages: Iterable[int] = (), expecting: bool = False,
          place: Mapping[str, Any] | None = None, language: str = "en", *, text: str = "",
          delivery: Iterable[str] = (), self_referral_only: bool = False,
          free_only: bool = False, after_abuse: bool = False) -> Query:
    """The query for these answers. A place outside the region searches remote help only;
    after a disclosure of domestic abuse (or asking about it) no couples or conflict course
    is offered and domestic-abuse services come first."""
    place = place or {}
    outside = bool(place.get("outside"))
    needs = tuple(dict.fromkeys(needs))
    after_abuse = after_abuse or ABUSE_NEED in needs
    if after_abuse and ABUSE_NEED not in needs:
        needs = (ABUSE_NEED, *needs)
    chosen = tuple(delivery)
    if outside:
        chosen = tuple(d for d in chosen if d in REMOTE) or REMOTE
    return Query(
        needs=needs, age_months=tuple(ages), expecting=expecting,
        district=None if outside else place.get("district"),
        lat=None if outside else place.get("lat"), lon=None if outside else place.get("lon"),
        text=text, language=language, audience="fathers" if "dads" in needs else None,
        delivery=chosen, self_referral_only=self_referral_only, free_only=free_only,
        after_abuse=after_abuse)


def from_slots(slots: Mapping[str, Any], language: str) -> Query:
    """The query for a conversation's slots (SMS, WhatsApp, chat)."""
    return build(slots["needs"], slots["ages"], slots["expecting"], slots["place"], language,
                 after_abuse=bool(slots.get("after_abuse")))


def run(index: Index, query: Query, channel: str, emit: Emit | None = None,
        limit: int = 10, offset: int = 0) -> Answer:
    """Search, and tell `emit` (the usage counts) what was searched and found."""
    answer = search(index, query, limit=limit, offset=offset)
    if emit is not None:
        emit(SearchEvent(channel, query, answer, first_page=offset == 0))
    return answer
