"""The `/oruk` blueprint: the directory's read-only connection, its version, ETags and caching.

Names, parameters and shapes follow the UK profile's OpenAPI description and the HSDS 3.0 API:
lists give one-to-one fields (or everything with `full=true`), `{id}` forms give the whole
object. Any site may read the feed, so every answer allows any origin; every answer carries an
ETag from the directory's version, so a harvester's repeat costs a 304.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from flask import Blueprint, Response, current_app, jsonify, request

from finder.directory import feed, oruk
from finder.directory.app import _stamp as file_stamp
from finder.directory.app import kept_connection

bp = Blueprint("oruk", __name__, url_prefix="/oruk")

PROFILE_URL = "https://github.com/openreferral/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"


@bp.record_once
def _register(state) -> None:
    # app-wide, so that a 404 for an unknown /oruk path carries the header too
    state.app.after_request(allow_any_origin)


def in_feed() -> bool:
    return request.path == "/oruk" or request.path.startswith("/oruk/")


def allow_any_origin(response: Response) -> Response:
    if in_feed():
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def get_conn() -> sqlite3.Connection:
    """This thread's read-only connection to the directory (`kept_connection`)."""
    return kept_connection(current_app.config["DATABASE"], readonly=True)


class Snapshot(NamedTuple):
    """What every feed answer needs from one version of the directory, read once."""

    stamp: tuple
    version: str
    terms: oruk.Terms
    totals: dict  # how many services match each set of filters, in this version


def snapshot() -> Snapshot:
    """The directory's version and term labels, read again only when its file changes."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    stamp = file_stamp(Path(app.config["DATABASE"]))
    found = app.extensions.get("oruk.snapshot")
    if found is None or found.stamp != stamp:
        conn = get_conn()
        found = Snapshot(stamp, feed.version(conn), oruk.Terms.from_conn(conn), {})
        app.extensions["oruk.snapshot"] = found
    return found


def etag() -> str:
    """One tag per directory version, address and language (error text is translated)."""
    key = "\n".join((snapshot().version, request.full_path,
                     request.headers.get("Accept-Language", "")))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


@bp.before_request
def not_modified() -> Response | None:
    """304 when the client already holds this answer for this version of the directory."""
    if request.method not in ("GET", "HEAD") or not request.if_none_match:
        return None
    tag = etag()
    if not request.if_none_match.contains(tag):
        return None
    response = Response(status=304)
    response.set_etag(tag)
    return cached(response)


@bp.after_request
def tag_answer(response: Response) -> Response:
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        response.set_etag(etag())
        cached(response)
    return response


def cached(response: Response) -> Response:
    response.headers["Cache-Control"] = \
        f"public, max-age={current_app.config['ORUK_MAX_AGE']}"
    response.vary.add("Accept-Language")
    return response


@bp.get("/")
def about():
    return jsonify({"version": "3.0", "profile": PROFILE_URL, "openapi_url": OPENAPI_URL})
