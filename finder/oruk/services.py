"""`/oruk/services` and `/oruk/service_at_locations`, each a page or one id at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from flask import Response, abort, jsonify, stream_with_context

from finder.api import page_of
from finder.directory import feed, oruk
from finder.directory.app import get_conn
from finder.oruk import bp, params

# the one-to-one fields of a service: the profile's compiled `service_list` shape
LIST_FIELDS = ("id", "organization_id", "name", "description", "url", "email", "status", "fees",
               "accreditations", "minimum_age", "maximum_age", "assured_date", "assurer_email",
               "alert", "last_modified", "organization")
ORGANISATION_LIST_FIELDS = ("id", "name", "description", "email", "website")
STREAM_BATCH = 200


def full_services(ids: list[str]) -> list[dict[str, Any]]:
    """Whole ORUK services for content ids, in that order."""
    conn = get_conn()
    rows = feed.services_by_id(conn, ids)
    organisations = feed.organisations_by(conn, list({r["organisation_id"] for r in rows}))
    terms = oruk.Terms.from_conn(conn)
    return [oruk.service(row, organisations[row["organisation_id"]], terms) for row in rows]


def summary(item: dict[str, Any]) -> dict[str, Any]:
    out = {key: item[key] for key in LIST_FIELDS if key in item}
    out["organization"] = {key: item["organization"][key] for key in ORGANISATION_LIST_FIELDS
                           if key in item["organization"]}
    return out


def minimal(item: dict[str, Any]) -> dict[str, Any]:
    return {key: item[key] for key in ("id", "last_modified") if key in item}


def shaper():
    """How each service is written: minimal, full, or the list's one-to-one fields."""
    if params.flag("minimal"):
        return minimal
    return (lambda item: item) if params.flag("full") else summary


@bp.get("/services")
def services():
    filters, shape = params.service_filters(), shaper()
    if params.output_format() == "ndjson":
        return ndjson(filters, shape)
    page, per_page = params.paging()
    ids, total = feed.page_ids(get_conn(), filters, page, per_page)
    return jsonify(page_of([shape(s) for s in full_services(ids)], total, page, per_page))


def ndjson(filters: feed.Filters, shape) -> Response:
    """Every matching service, one JSON object a line, without pages (HSDS `format=ndjson`)."""
    ids, _total = feed.page_ids(get_conn(), filters, 1, None)

    def lines() -> Iterator[str]:
        for start in range(0, len(ids), STREAM_BATCH):
            for item in full_services(ids[start:start + STREAM_BATCH]):
                yield json.dumps(shape(item), ensure_ascii=False) + "\n"

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
    links = [link_summary(item["service_at_locations"][0]) for item in full_services(ids)]
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
