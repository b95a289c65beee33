"""Static files fingerprinted and cached for a year, the stylesheet inlined, and gzip.

`url_for('static', filename=...)` (and each blueprint's static) gains `?v=<hash of the file>`;
a request carrying the file's current hash is answered with `Cache-Control: public,
max-age=31536000, immutable`, so a browser fetches a stylesheet or script once per change.
The pages' stylesheet is put inside each page (`inline_style` in templates), so the first paint
waits for one round trip, not two; its CSP hash is taken once, at start, from the same text.
Text responses (pages, CSS, JS, JSON, XML) are gzipped when the client accepts it. Staff pages
are not compressed: they hold session-bound data, and compression beside text an attacker can
choose would let them guess it (BREACH).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app, request
from markupsafe import Markup

YEAR = 31536000
SMALLEST = 500  # bytes: below this gzip saves nothing worth a header
TEXT = ("text/", "application/json", "application/javascript", "application/xml",
        "image/svg+xml", "application/ld+json")
NOT_COMPRESSED = ("/admin",)
# A page, and the pages saying what was wrong (they carry the stylesheet too); never a redirect
# or a 304, which have no body to compress.
COMPRESSED = frozenset({200, *range(400, 600)})
STYLESHEET = "finder.css"  # inlined in every page built on base.html


@dataclass(frozen=True)
class InlineStyle:
    """A stylesheet's text for a <style> element, and the CSP source that allows exactly it."""

    text: Markup
    source: str


def init_app(app: Flask) -> None:
    style = inline_style(Path(app.static_folder or "") / STYLESHEET)
    app.extensions["assets.style"] = style
    app.jinja_env.globals["inline_style"] = style.text
    app.url_defaults(fingerprint)
    app.after_request(cache_static)
    app.after_request(compress)


def fingerprint(endpoint: str, values: dict[str, Any]) -> None:
    """Add the file's hash to every static URL the app builds."""
    if endpoint.rsplit(".", 1)[-1] == "static" and "filename" in values and "v" not in values:
        found = _file(endpoint, values["filename"])
        if found is not None:
            values["v"] = version(str(found), found.stat().st_mtime_ns)


def cache_static(response: Response) -> Response:
    """A year's caching for a static file asked for under its current hash."""
    endpoint = request.endpoint or ""
    if endpoint.rsplit(".", 1)[-1] != "static" or response.status_code != 200:
        return response
    found = _file(endpoint, (request.view_args or {}).get("filename", ""))
    asked = request.args.get("v")
    if found is not None and asked and asked == version(str(found), found.stat().st_mtime_ns):
        response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    return response


def compress(response: Response) -> Response:
    """The body gzipped when the client accepts it and it is text worth compressing."""
    if not _compressible(response):
        return response
    response.direct_passthrough = False
    original = response.response
    body = response.get_data()
    if hasattr(original, "close"):
        original.close()  # a static file's handle, read whole now
    if len(body) < SMALLEST:
        return response
    response.set_data(gzip.compress(body, compresslevel=6, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    etag, weak = response.get_etag()
    if etag:
        response.set_etag(f"{etag}-gzip", weak=weak)
    return response


def inline_style(path: Path) -> InlineStyle:
    """The stylesheet at `path`, ready to inline, with its `'sha256-…'` CSP source."""
    text = path.read_text(encoding="utf-8")
    if "</" in text:  # would end the <style> element early
        raise ValueError(f"{path} cannot be inlined: it contains '</'")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return InlineStyle(Markup(text), f"'sha256-{digest}'")  # noqa: S704 - our own file, checked above


def style_source(app: Flask) -> str:
    """The CSP source for the inlined stylesheet (set up by `init_app`)."""
    return app.extensions["assets.style"].source


@cache
def version(path: str, _mtime_ns: int) -> str:
    """The first 12 hex digits of the file's SHA-256 (cached until the file changes)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def _compressible(response: Response) -> bool:
    return (response.status_code in COMPRESSED
            and "gzip" in request.headers.get("Accept-Encoding", "")
            and "Content-Encoding" not in response.headers
            and (response.direct_passthrough or not response.is_streamed)
            and response.mimetype.startswith(TEXT)
            and not request.path.startswith(NOT_COMPRESSED))


def _file(endpoint: str, filename: str) -> Path | None:
    """The file a static endpoint serves for `filename`, if it exists inside its folder."""
    app = current_app
    folder = app.static_folder if endpoint == "static" else \
        getattr(app.blueprints.get(endpoint.rsplit(".", 1)[0]), "static_folder", None)
    if not folder or not filename:
        return None
    root = Path(folder).resolve()
    found = (root / filename).resolve()
    return found if found.is_file() and found.is_relative_to(root) else None
