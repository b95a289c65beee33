"""The JSON API (`/api/v1/…`): a thin layer over the directory and, later, the search."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from flask import Blueprint, Flask, current_app, jsonify, request
from flask_babel import gettext

from finder.directory import content, store
from finder.directory.app import get_conn
from finder.errors import BadParameter
from finder.languages import LANGUAGES
from finder.understand import Understander

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_LIMIT = 100


def init_app(app: Flask) -> None:
    """Make room for the app's Understander, built from its content folder on first use.

    Built lazily: an app over an existing database may point at a content folder that holds
    no lexicons yet (an import test, a staff-only instance).
    """
    app.extensions["understander"] = None


def get_understander() -> Understander:
    """This app's Understander, built once."""
    if current_app.extensions.get("understander") is None:
        current_app.extensions["understander"] = understander_for(
            current_app.config["CONTENT_DIR"])
    return current_app.extensions["understander"]


@cache
def understander_for(content_dir: str) -> Understander:
    """One Understander per content folder and process: reading the lexicons takes a second."""
    return Understander.from_content(content.load(content_dir))


def integer_parameter(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, gettext("%(name)s must be a whole number.", name=name)) from None
    if not low <= value <= high:
        raise BadParameter(name, gettext("%(name)s must be from %(low)s to %(high)s.",
                                         name=name, low=low, high=high))
    return value


def text_parameter(name: str) -> str:
    value = request.args.get(name, "")
    if len(value) > current_app.config["MAX_TEXT_LENGTH"]:
        raise BadParameter(name, gettext("%(name)s is too long: at most %(limit)s characters.",
                                         name=name, limit=current_app.config["MAX_TEXT_LENGTH"]))
    return value


def public_service(service: dict[str, Any], why: str = "") -> dict[str, Any]:
    """The API's shape of one service (DESIGN.md names the fields)."""
    return {
        "id": service["uuid"],
        "slug": service["id"],
        "name": service["name"],
        "description": service["description"],
        "organization": {"id": service["organisation_uuid"], "name": service["organisation_name"]},
        "needs": service["needs"],
        "districts": service["districts"],
        "min_age_months": service["min_age_months"],
        "max_age_months": service["max_age_months"],
        "includes_pregnancy": service["pregnancy"],
        "self_referral": service["referral"] in ("self", "self-or-professional"),
        "cost": service["cost"],
        "delivery": service["delivery"],
        "languages": service["languages"],
        "threshold": service["threshold"],
        "phone": service["phone"] or service["organisation_phone"],
        "website": service["website"] or service["organisation_website"],
        "why": why,
    }


def page_envelope(items: list[Any], page: int, limit: int) -> dict[str, Any]:
    total = len(items)
    pages = max(1, math.ceil(total / limit))
    chunk = items[(page - 1) * limit: page * limit]
    return {"total_items": total, "total_pages": pages, "page_number": page,
            "size": len(chunk), "first_page": page == 1, "last_page": page >= pages,
            "empty": not chunk, "contents": chunk}


@bp.get("/services")
def services():
    limit = integer_parameter("limit", 10, 1, MAX_LIMIT)
    page = integer_parameter("page", 1, 1, 1_000_000)
    listed = [public_service(s) for s in store.services(get_conn())]
    return jsonify(page_envelope(listed, page, limit))


@bp.get("/interpret")
def interpret():
    text = text_parameter("text")
    if not text.strip():
        raise BadParameter("text", gettext("%(name)s is required.", name="text"))
    lang = request.args.get("lang") or None
    if lang is not None and lang not in LANGUAGES:
        raise BadParameter("lang", gettext("%(name)s must be one of %(choices)s.", name="lang",
                                           choices=", ".join(LANGUAGES)))
    return jsonify(get_understander().interpret(text, language=lang).to_json())
