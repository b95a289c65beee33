"""The feed's query parameters, read strictly: each bad value is a 400 that names it."""

from __future__ import annotations

import datetime as dt
import math
import uuid

from flask import request
from flask_babel import gettext

from finder.api import clean, integer_parameter, text_parameter
from finder.directory import oruk_taxonomies, oruk_terms, postcodes
from finder.directory.app import get_understander
from finder.directory.feed import Filters
from finder.errors import BadParameter
from finder.messages import api as msg
from finder.oruk.blueprint import get_conn

PER_PAGE, MAX_PER_PAGE = 50, 100
MAX_AGE_YEARS = 130
MAX_PROXIMITY_M = 500_000
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no", "")
# the directory holds no opening times: these filters cannot be honoured, and saying so beats
# an empty answer that reads as "no services"
SCHEDULE_FILTERS = ("start_time", "end_time", "day")


def paging() -> tuple[int, int]:
    return (integer_parameter("page", 1, 1, 1_000_000),
            integer_parameter("per_page", PER_PAGE, 1, MAX_PER_PAGE))


def flag(name: str) -> bool:
    raw = clean(name, request.args.get(name, "")).strip().lower()
    if raw not in TRUE + FALSE:
        raise BadParameter(name, gettext(msg.NOT_BOOLEAN, name=name))
    return raw in TRUE


def an_id(name: str, raw: str | None = None) -> str | None:
    """A UUID parameter, written the canonical way; None when absent."""
    raw = clean(name, request.args.get(name, "") if raw is None else raw).strip()
    if not raw:
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise BadParameter(name, gettext(msg.NOT_UUID, name=name)) from None


def age(name: str) -> float | None:
    raw = clean(name, request.args.get(name, "")).strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_AGE_YEARS:
        raise BadParameter(name, gettext(msg.NOT_AGE, name=name, high=MAX_AGE_YEARS))
    return value


def modified_after() -> str | None:
    """An ISO date or date-time, as UTC text comparable with the stored times."""
    raw = clean("modified_after", request.args.get("modified_after", "")).strip()
    if not raw:
        return None
    try:
        when = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise BadParameter("modified_after", gettext(msg.NOT_TIME, name="modified_after")) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def refuse_schedule_filters() -> None:
    for name in SCHEDULE_FILTERS:
        if request.args.get(name, "").strip():
            raise BadParameter(name, gettext(msg.NO_OPENING_TIMES, name=name))


def output_format() -> str:
    raw = clean("format", request.args.get("format", "")).strip().lower() or "json"
    if raw not in ("json", "ndjson"):
        raise BadParameter("format", gettext(msg.NOT_FORMAT, name="format"))
    return raw


def service_filters() -> Filters:
    """Every filter of `/services` and `/service_at_locations` in the query string."""
    refuse_schedule_filters()
    filters = Filters(text=text_parameter("search").strip(), minimum_age=age("minimum_age"),
                      maximum_age=age("maximum_age"),
                      organisation_uuid=an_id("organization_id"),
                      modified_after=modified_after())
    _taxonomy_filters(filters)
    _place(filters)
    return filters


def _taxonomy_filters(filters: Filters) -> None:
    """`taxonomy_term_id` and `taxonomy_id`: the finder's own vocabularies, else the terms of
    other publishers (kept, or carried by imported services)."""
    conn = get_conn()
    term = an_id("taxonomy_term_id")
    if term and term in oruk_terms.by_term_id(conn):
        filters.terms.append(oruk_terms.by_term_id(conn)[term])
    elif term:
        filters.foreign_terms.append([term])
    taxonomy = an_id("taxonomy_id")
    if taxonomy and taxonomy in oruk_terms.by_taxonomy_id():
        filters.taxonomies.append(oruk_terms.by_taxonomy_id()[taxonomy])
    elif taxonomy:
        filters.foreign_terms.append([oruk_taxonomies.canonical(t["id"]) or "" for t in
                                      oruk_taxonomies.terms_of(conn, taxonomy)])


def _place(filters: Filters) -> None:
    """`postcode`: services covering its district; with `proximity`, those within so many
    metres of its centre (only services with a location)."""
    raw = clean("postcode", request.args.get("postcode", "")).strip()
    proximity = request.args.get("proximity", "").strip()
    if proximity and not raw:
        raise BadParameter("proximity", gettext(msg.NEEDS_POSTCODE, name="proximity"))
    if not raw:
        return
    if postcodes.normalise(raw) is None and not _outcode(raw):
        raise BadParameter("postcode", gettext(msg.NOT_POSTCODE, name="postcode"))
    place = get_understander().gazetteer.resolve(raw).place
    if place is None or place.outside or not place.district:
        filters.districts = []  # a postcode outside the region: no service here covers it
        return
    if proximity:
        metres = _metres(proximity)
        filters.near = (place.lat, place.lon, metres)
    else:
        filters.districts = [place.district]


def _outcode(raw: str) -> bool:
    squashed = raw.replace(" ", "").upper()
    return 2 <= len(squashed) <= 4 and squashed[0].isalpha() and squashed.isalnum()


def _metres(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_PROXIMITY_M:
        raise BadParameter("proximity", gettext(msg.NOT_DISTANCE, name="proximity",
                                                high=MAX_PROXIMITY_M))
    return value
