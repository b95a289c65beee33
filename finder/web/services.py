"""A page per service (`/services/<slug>`): what it is, who it is for, how to reach it, sources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, abort, render_template, request

from finder.directory import store
from finder.directory.app import get_conn, search_index
from finder.directory.contacts import sorted_contacts
from finder.i18n import current_language
from finder.search.types import Result
from finder.web.cards import card, contact_of
from finder.web.opening import opening_times

bp = Blueprint("services", __name__)


def listing(slug: str) -> dict[str, Any]:
    """The active service with this content id or UUID, or a 404."""
    service = store.record(get_conn(), slug)
    if service is None or service.get("status") == "retired":
        abort(404)
    return service


def sources(service: dict[str, Any]) -> list[str]:
    """Where the listing's facts come from: the listing's own source, then each contact's page."""
    routes = [*service.get("contacts", []), *([service["reach"]] if service.get("reach") else [])]
    found = [service.get("source", ""), *(route["source"] for route in routes)]
    return [source for source in dict.fromkeys(found) if source]


def back_link(raw: str) -> str:
    """The results page to go back to: only a path on this site, never another address."""
    return raw if raw.startswith(("/find?", "/worker?")) else ""


@bp.get("/services/<slug>")
def page(slug: str) -> str:
    service = listing(slug)
    language = current_language()
    shown = card(Result(service=service, score=0.0, why=""), language)
    return render_template(
        "web/service.html", c=shown, service=service,
        contacts=[contact_of(route) for route in sorted_contacts(service)],
        reach=contact_of(dict(service["reach"], reach=True))
        if service.get("reach") and not service.get("contacts") else None,
        sources=sources(service), back=back_link(request.args.get("back", "")),
        opening=opening_times(service.get("schedules") or [], language, dt.date.today()),
        districts={slug: row.get("name", slug) for slug, row in search_index().districts.items()})
