"""The JSON API (`/api/v1/…`): a thin layer over the directory and, later, the search."""

from __future__ import annotations

import math
from typing import Any

from flask import Blueprint, Flask, abort, current_app, jsonify, request
from flask_babel import gettext

from finder import safety, usage
from finder.directory import store
from finder.directory.app import get_conn, get_understander, search_index
from finder.directory.convert import public, stored
from finder.errors import BadParameter
from finder.i18n import current_language
from finder.languages import LANGUAGES
from finder.messages import api as msg
from finder.search import Index, Query
from finder.search import request as search_request
from finder.search.why import outside_note
from finder.understand import Place

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_LIMIT = 100
MAX_AGE_MONTHS = 300
MAX_CHILDREN = 20
TRUE, FALSE = ("1", "true", "yes"), ("", "0", "false", "no")


def clean(name: str, value: str) -> str:
    """`value` unless it holds control characters or bytes that were not text."""
    if "\ufffd" in value or any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise BadParameter(name, gettext(msg.NOT_TEXT, name=name))
    return value


def list_parameter(name: str) -> list[str]:
    """A repeatable parameter, each value possibly a comma-separated list."""
    values = [clean(name, v) for v in request.args.getlist(name)]
    return [item.strip() for v in values for item in v.split(",") if item.strip()]


def init_app(app: Flask) -> None:
    """Make room for the app's Understander, built on first use (see `get_understander`)."""
    app.extensions["understander"] = None


def integer_parameter(name: str, default: int, low: int, high: int) -> int:
    raw = clean(name, request.args.get(name, ""))
    if raw == "":
        return default
    return bounded_int(name, raw, low, high)


def bounded_int(name: str, raw: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, gettext(msg.NOT_WHOLE, name=name)) from None
    if not low <= value <= high:
        raise BadParameter(name, gettext(msg.OUT_OF_RANGE, name=name, low=low, high=high))
    return value


def text_parameter(name: str) -> str:
    value = clean(name, request.args.get(name, ""))
    if len(value) > current_app.config["MAX_TEXT_LENGTH"]:
        raise BadParameter(name, gettext(msg.TOO_LONG, name=name,
                                         limit=current_app.config["MAX_TEXT_LENGTH"]))
    return value


def public_service(found: dict[str, Any], why: str = "", language: str = "en") -> dict[str, Any]:
    """The API's shape of one service (a store record), its text in `language` where drafted."""
    return public.api_service(stored.service(found), stored.organisation(found), why, language)


def page_envelope(items: list[Any], page: int, limit: int) -> dict[str, Any]:
    return page_of(items[(page - 1) * limit: page * limit], len(items), page, limit)


def page_of(chunk: list[Any], total: int, page: int, limit: int) -> dict[str, Any]:
    """The Open Referral UK page envelope around one page of `total` items."""
    pages = max(1, math.ceil(total / limit))
    return {"total_items": total, "total_pages": pages, "page_number": page,
            "size": len(chunk), "first_page": page == 1, "last_page": page >= pages,
            "empty": not chunk, "contents": chunk}


@bp.get("/services")
def services():
    index = search_index()
    limit = integer_parameter("limit", 10, 1, MAX_LIMIT)
    page = integer_parameter("page", 1, 1, 1_000_000)
    query, notes = services_query(index)
    answer = search_request.run(index, query, "api", usage.record, limit, (page - 1) * limit)
    body = page_of([public_service(r.service, r.why, query.language) for r in answer.results],
                   answer.total, page, limit)
    if answer.widened:
        body["widened"] = answer.widened
    notes = [*safety_notes(query), *notes, *answer.notes]
    if notes:
        body["notes"] = notes
    return jsonify(body)


def safety_notes(query: Query) -> list[str]:
    """The helplines, first, when the search is for feeling safe at home."""
    if safety.SAFE_AT_HOME not in query.needs:
        return []
    chosen = safety.lines_for([safety.SAFE_AT_HOME], store.safety_lines(get_conn()))
    return [safety.sentence(query.language or current_language(), line) for line in chosen]


def services_query(index: Index) -> tuple[Query, list[str]]:
    """The search the request asks for, and any note about the place; bad input is a 400."""
    language = language_parameter()
    place, notes = place_parameter(index, language)
    ages = [bounded_int("age_months", raw, 0, MAX_AGE_MONTHS)
            for raw in list_parameter("age_months")]
    if len(ages) > MAX_CHILDREN:
        raise BadParameter("age_months", gettext(msg.TOO_MANY_CHILDREN))
    query = search_request.build(needs_parameter(index), ages, flag_parameter("expecting"),
                                 place.to_json() if place else None, language,
                                 text=text_parameter("q"))
    return query, notes


def needs_parameter(index: Index) -> tuple[str, ...]:
    needs = tuple(dict.fromkeys(list_parameter("need")))
    unknown = [n for n in needs if n not in index.need_labels]
    if unknown:
        raise BadParameter("need", gettext(msg.UNKNOWN_NEED,
                                           needs=", ".join(index.need_labels)))
    return needs


def flag_parameter(name: str) -> bool:
    raw = clean(name, request.args.get(name, "")).strip().lower()
    if raw not in TRUE + FALSE:
        raise BadParameter(name, gettext(msg.NOT_FLAG, name=name))
    return raw in TRUE


def language_parameter() -> str:
    raw = clean("lang", request.args.get("lang", ""))
    if raw and raw not in LANGUAGES:
        raise BadParameter("lang", gettext(msg.UNKNOWN_LANGUAGE,
                                           languages=", ".join(LANGUAGES)))
    return raw or current_language()


def place_parameter(index: Index, language: str) -> tuple[Place | None, list[str]]:
    """The place `place` names: a district slug, postcode, outcode or place name.

    A place outside the region is no error: the search offers remote help only, with a note.
    An ambiguous or unknown name is a 400 naming `place`.
    """
    raw = clean("place", request.args.get("place", "")).strip()
    if not raw:
        return None, []
    district = index.districts.get(raw.lower())
    if district is not None:
        return Place(name=district.get("name", raw), kind="district", district=raw.lower(),
                     area=district.get("area"), outside=False, lat=district["lat"],
                     lon=district["lon"]), []
    found = get_understander().gazetteer.resolve(raw)
    if found.place is None and found.candidates:
        choices = "; ".join(describe(c) for c in found.candidates)
        raise BadParameter("place", gettext(msg.PLACE_AMBIGUOUS, place=raw, choices=choices))
    if found.place is None:
        raise BadParameter("place", gettext(msg.PLACE_UNKNOWN))
    if found.place.outside:
        return found.place, [outside_note(language)]
    return found.place, []


def describe(place: Place) -> str:
    """A candidate as a person would tell it apart: its name and its district."""
    return f"{place.name} ({place.district})" if place.district else place.name


@bp.get("/services/<service_id>")
def one_service(service_id: str):
    """One active service by its UUID or content id, in `lang` where drafted."""
    found = store.record(get_conn(), clean("id", service_id))
    if found is None or found.get("status") == "retired":
        abort(404)
    return jsonify(public_service(found, language=language_parameter()))


@bp.get("/interpret")
def interpret():
    text = text_parameter("text")
    if not text.strip():
        raise BadParameter("text", gettext(msg.REQUIRED, name="text"))
    lang = clean("lang", request.args.get("lang", ""))
    if lang and lang not in LANGUAGES:
        raise BadParameter("lang", gettext(msg.UNKNOWN_LANGUAGE,
                                           languages=", ".join(LANGUAGES)))
    return jsonify(get_understander().interpret(text, language=lang or None).to_json())
