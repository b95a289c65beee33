"""The directory as an open Open Referral UK 3.0 feed (`/oruk/…`).

Names, parameters and shapes follow the UK profile's OpenAPI description: `/services` lists
the one-to-one fields of each service (the `service_list` shape), `/services/{id}` gives the
whole service. Any site may read the feed, so every answer allows any origin.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request
from flask_babel import gettext

from finder.api import integer_parameter, page_envelope, text_parameter
from finder.directory import oruk, store
from finder.directory.app import get_conn
from finder.errors import BadParameter

bp = Blueprint("oruk", __name__, url_prefix="/oruk")

PROFILE_URL = "https://github.com/openreferral/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
PER_PAGE, MAX_PER_PAGE = 50, 100
MAX_AGE_YEARS = 130
# the one-to-one fields of a service: the profile's compiled `service_list` shape
LIST_FIELDS = ("id", "organization_id", "name", "description", "url", "email", "status", "fees",
               "accreditations", "minimum_age", "maximum_age", "assured_date", "assurer_email",
               "alert", "last_modified", "organization")


@bp.record_once
def _register(state) -> None:
    # app-wide, so that a 404 for an unknown /oruk path carries the header too
    state.app.after_request(allow_any_origin)


def allow_any_origin(response: Response) -> Response:
    if request.path == "/oruk" or request.path.startswith("/oruk/"):
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/")
def about():
    return jsonify({"version": "3.0", "profile": PROFILE_URL, "openapi_url": OPENAPI_URL})


@bp.get("/services")
def services():
    page = integer_parameter("page", 1, 1, 1_000_000)
    per_page = integer_parameter("per_page", PER_PAGE, 1, MAX_PER_PAGE)
    listed = [summary(s) for s in matching(oruk.export(get_conn()))]
    return jsonify(page_envelope(listed, page, per_page))


@bp.get("/services/<service_id>")
def service(service_id: str):
    try:
        wanted = str(uuid.UUID(service_id))
    except ValueError:
        abort(404)
    found = next((s for s in oruk.export(get_conn()) if s["id"] == wanted), None)
    if found is None:
        abort(404)
    return jsonify(found)


def matching(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Active services that pass every filter in the query string."""
    items = [s for s in items if s["status"] == "active"]
    text = text_parameter("search").strip()
    if text:
        found = store.matching_service_uuids(get_conn(), text)
        items = [s for s in items if s["id"] in found]
    low, high = age_parameter("minimum_age"), age_parameter("maximum_age")
    # the profile: "a minimum age of at least", "a maximum age equal to or below" the value
    if low is not None:
        items = [s for s in items if s["minimum_age"] >= low]
    if high is not None:
        items = [s for s in items if s["maximum_age"] <= high]
    term = term_parameter()
    if term:
        items = [s for s in items
                 if any(a["taxonomy_term_id"] == term for a in s["attributes"])]
    return items


def summary(item: dict[str, Any]) -> dict[str, Any]:
    return {key: item[key] for key in LIST_FIELDS if key in item}


def age_parameter(name: str) -> float | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_AGE_YEARS:
        raise BadParameter(name, gettext("%(name)s must be an age in years from 0 to %(high)s.",
                                         name=name, high=MAX_AGE_YEARS))
    return value


def term_parameter() -> str | None:
    raw = request.args.get("taxonomy_term_id", "").strip()
    if not raw:
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise BadParameter("taxonomy_term_id", gettext(
            "%(name)s must be a taxonomy term id (a UUID).", name="taxonomy_term_id")) from None
