"""`/oruk/services` and `/oruk/service_at_locations`, each a page or one id at a time."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from flask import Response, abort, jsonify, stream_with_context

from finder.api import page_of
from finder.directory import feed
from finder.directory.convert import content, oruk, stored
from finder.directory.model import Organisation, Service
from finder.oruk import params
from finder.oruk.blueprint import bp, get_conn, snapshot

STREAM_BATCH = 200
MINIMAL_FIELDS = ("id", "name", "status", "last_modified")


def full_services(ids: list[str]) -> list[dict[str, Any]]:
    """Whole ORUK services for content ids, in that order."""
    terms = snapshot().terms
    return [oruk.service(service, organisation, terms, modified)
            for service, organisation, modified in typed(ids)]


def listed_services(ids: list[str]) -> list[dict[str, Any]]:
    """The one-to-one fields of services by content id, in that order: no more is made."""
    return [oruk.one_to_one(service, organisation, modified)
            for service, organisation, modified in typed(ids)]


def typed(ids: list[str]) -> list[tuple[Service, Organisation, str]]:
    """(service, its organisation, when it last changed) for content ids, in that order."""
    conn = get_conn()
    rows = feed.services_by_id(conn, ids)
    found = feed.organisations_by(conn, list({r["organisation_id"] for r in rows}))
    organisations = {key: content.organisation(row) for key, row in found.items()}
    return [(stored.service(row), organisations[row["organisation_id"]],
             row["last_modified"] or "") for row in rows]


def minimal(item: dict[str, Any]) -> dict[str, Any]:
    """HSDS's `minimal`: the id and when it last changed, with the name and status the
    profile's list shape requires of every item."""
    return {key: item[key] for key in MINIMAL_FIELDS if key in item}


def maker() -> Callable[[list[str]], list[dict[str, Any]]]:
    """How services are written: minimal, full, or the list's one-to-one fields."""
    if params.flag("minimal"):
        return lambda ids: [minimal(item) for item in listed_services(ids)]
    return full_services if params.flag("full") else listed_services


@bp.get("/services")
def services():
    filters, make = params.service_filters(), maker()
    if params.output_format() == "ndjson":
        return ndjson(filters, make)
    page, per_page = params.paging()
    ids, total = feed.page_ids(get_conn(), filters, page, per_page, snapshot().totals)
    return jsonify(page_of(make(ids), total, page, per_page))


def ndjson(filters: feed.Filters, make: Callable[[list[str]], list[dict[str, Any]]]) -> Response:
    """Every matching service, one JSON object a line, without pages (HSDS `format=ndjson`)."""
    ids, _total = feed.page_ids(get_conn(), filters, 1, None)

    def lines() -> Iterator[str]:
        for start in range(0, len(ids), STREAM_BATCH):
            for item in make(ids[start:start + STREAM_BATCH]):
                yield json.dumps(item, ensure_ascii=False) + "\n"

    return Response(stream_with_context(lines()), mimetype="application/x-ndjson")


@bp.get("/services/<service_id>")
def service(service_id: str):
    return jsonify(one("uuid", service_id, "service_id"))


def one(column: str, raw: str, name: str) -> dict[str, Any]:
    """The whole service whose `column` is the id in the path; 404 when there is none."""
    try:
        wanted = params.an_id(name, raw)
    except params.BadParameter:
        abort(404)
    found = feed.service_id_for(get_conn(), column, wanted or "")
    items = full_services([found]) if found else []
    if not items:
        abort(404)
    return items[0]


@bp.get("/service_at_locations")
def service_at_locations():
    filters = params.service_filters()
    filters.with_location = True
    page, per_page = params.paging()
    ids, total = feed.page_ids(get_conn(), filters, page, per_page)
    links = [link_summary(oruk.locations(stored.service(row))[0])
             for row in feed.services_by_id(get_conn(), ids)]
    return jsonify(page_of(links, total, page, per_page))


def link_summary(link: dict[str, Any]) -> dict[str, Any]:
    location = {key: value for key, value in link["location"].items() if key != "attributes"}
    return {**{key: link[key] for key in ("id", "service_id", "location_id")},
            "location": location}


@bp.get("/service_at_locations/<link_id>")
def service_at_location(link_id: str):
    """The profile's schema for this answer is a service; HSDS's is a service_at_location. The
    answer is the service_at_location, with its whole service, that also carries the service's
    name and status, so it reads as either."""
    item = one("sal_uuid", link_id, "id")
    if not item["service_at_locations"]:
        abort(404)
    link = item["service_at_locations"][0]
    return jsonify({**link, "name": item["name"], "status": item["status"], "service": item})
