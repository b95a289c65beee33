"""Unmet need: anonymous daily counts of searches, by need, district, age band and language.

Each channel calls `record_search` (or wraps its tools in `Recording`) once per new search.
Only counters are kept: no phone number, no message text, no row about a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from flask import Flask, Response, current_app, g, has_app_context

from finder.search.request import SearchEvent
from finder.search.types import Answer, Query
from finder.state import StateUnavailable, get_store

FAR_KM = 10.0
AGE_BANDS = ((12, "under-1"), (60, "1-4"), (132, "5-10"), (228, "11-18"))
OLDER = "19-25"
OUTCOMES = ("found", "far", "none")


def outcome(answer: Answer) -> str:
    """found; far (only services over FAR_KM away, or only after widening); none."""
    if not answer.results or answer.widened == "hub":
        return "none"
    if answer.widened:
        return "far"
    distances = [r.distance_km for r in answer.results]
    if all(d is not None and d > FAR_KM for d in distances):
        return "far"
    return "found"


def age_band(query: Query) -> str:
    """The youngest child's band, "pregnancy" when expecting, "unknown" when not said."""
    if query.expecting:
        return "pregnancy"
    if not query.age_months:
        return "unknown"
    youngest = min(query.age_months)
    return next((band for limit, band in AGE_BANDS if youngest < limit), OLDER)


def rows(channel: str, query: Query, answer: Answer, day: dt.date) -> list[dict[str, str]]:
    """One counter row per need asked about (a search for two needs counts for each)."""
    common = {"day": day.isoformat(), "channel": channel,
              "district": query.district or "unknown", "age_band": age_band(query),
              "language": query.language or "en", "outcome": outcome(answer)}
    return [{**common, "need": need} for need in (query.needs or ("any",))]


def is_search(query: Query) -> bool:
    """A parent asking for something, not a listing of the whole directory."""
    return bool(query.needs or query.district or query.age_months or query.expecting
                or query.text.strip())


def init_app(app: Flask) -> None:
    app.after_request(flush)


def record_search(channel: str, query: Query, answer: Answer) -> None:
    """Count one search when the request ends, or with the SMS turn that made it (`take`)."""
    if is_search(query):
        g._get_current_object().setdefault(  # type: ignore[attr-defined]
            "usage", []).extend(rows(channel, query, answer, dt.date.today()))


def record(event: SearchEvent) -> None:
    """Count a channel's search event once: its first page ("more" is the same search)."""
    if event.first_page:
        record_search(event.channel, event.query, event.answer)


def take() -> list[dict[str, str]]:
    """This request's counts so far, handed over to be written with the SMS turn."""
    if not has_app_context():
        return []
    return g._get_current_object().pop("usage", [])  # type: ignore[attr-defined]


def flush(response: Response) -> Response:
    """Write this request's counts; never lets counting fail the parent's request."""
    pending = g._get_current_object().pop("usage", None)  # type: ignore[attr-defined]
    if pending:
        try:
            get_store().count(pending)
        except StateUnavailable as error:
            current_app.logger.warning("Usage not counted: %s", error)
    return response


class Recording:
    """Conversation tools that count each new search (the first page, not "more")."""

    def __init__(self, tools: Any, channel: str) -> None:
        self.tools, self.channel = tools, channel

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tools, name)

    def interpret(self, text: str, language: str | None = None,
                  answering: str | None = None) -> Any:
        """The tools' reading, handed on (named here: a name found through `__getattr__` is
        looked for on this object first, an AttributeError made and caught each time)."""
        return self.tools.interpret(text, language=language, answering=answering)

    # Handed on by name too: each is asked several times a turn (need labels, safety lines, a
    # result opened), and a name found through `__getattr__` costs a failed look-up first.

    def need_label(self, slug: str, language: str) -> str:
        return self.tools.need_label(slug, language)

    def safety_lines(self, kind: str) -> list[dict[str, Any]]:
        return self.tools.safety_lines(kind)

    def listings(self, ids: Sequence[str]) -> list[Mapping[str, Any]]:
        return self.tools.listings(ids)

    def search(self, query: Query, limit: int, offset: int) -> Answer:
        answer = self.tools.search(query, limit, offset)
        record(SearchEvent(self.channel, query, answer, first_page=offset == 0))
        return answer
