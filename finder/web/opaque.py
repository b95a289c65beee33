"""Sealed links: a parent's answers travel as one encrypted token (`?s=…`), not in the URL.

The question forms post to `/find`; the answers come back as `/find?s=<token>`, so the
browser's history, address bar and shared screen show nothing a parent said. Before a view
runs, a sealed request's token is opened into `request.args`, so the views read their answers
as before; links and redirects made while answering a sealed request are sealed too. A plain
link (`/find?need=sleep…`) still works, for anyone who chooses to share one.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from cryptography.fernet import Fernet, InvalidToken
from flask import Response, current_app, g, redirect, request, url_for
from flask_babel import gettext
from werkzeug.datastructures import ImmutableMultiDict

from finder.errors import BadParameter
from finder.messages import parent as m
from finder.security import csrf
from finder.web import journey
from finder.web.pages import bp

SEALED = "s"  # the query-string key of a sealed link
# age_text and words: the age and need boxes; next: the safety page's way on
SEALED_KEYS = (*journey.STATE_KEYS, "age_text", "words", "kind", "next")
SEALED_PATHS = ("/find", "/find/text", "/find/sent", "/find/not-sent", "/safety")
MAX_TOKEN = 4000


def _fernet() -> Fernet:
    secret = str(current_app.config["SECRET_KEY"]).encode()
    key = hashlib.sha256(b"finder sealed answers\0" + secret).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(answers: dict[str, list[str]]) -> str:
    """The answers as one token only this app can read."""
    kept = {k: [v for v in answers.get(k, []) if v is not None] for k in SEALED_KEYS}
    return _fernet().encrypt(json.dumps({k: v for k, v in kept.items() if v}).encode()).decode()


def unseal(token: str) -> dict[str, list[str]]:
    """The answers in a token; a token changed by hand, or from another server, is a 400."""
    try:
        answers = json.loads(_fernet().decrypt(token[:MAX_TOKEN].encode()))
    except (InvalidToken, ValueError):
        raise BadParameter(SEALED, gettext(m.LINK_EXPIRED)) from None
    if not isinstance(answers, dict):
        raise BadParameter(SEALED, gettext(m.LINK_EXPIRED))
    return {k: [str(v) for v in answers[k]] for k in SEALED_KEYS
            if isinstance(answers.get(k), list)}


def sealed_link(path: str, state: dict[str, list[str]], **changes: list[str]) -> str:
    """`path` with the state (and `changes`) sealed: the parent-facing form of state_link."""
    merged = {**state, **changes}
    if not any(merged.get(k) for k in SEALED_KEYS):
        return path
    return f"{path}?{urlencode({SEALED: seal(merged)})}"


@bp.app_template_filter("private")
def private(link: str) -> str:
    """A page's link to `/find`: sealed when the parent is answering sealed, as it is otherwise."""
    return seal_location(link) if g.get("sealed") else link


@bp.post("/find")
@csrf.exempt
def answer() -> Response:
    """An answer posted by a question form: back to `/find` with every answer sealed."""
    answers = {k: [v.strip()[:300] for v in request.form.getlist(k)] for k in SEALED_KEYS
               if k in request.form}
    return redirect(sealed_link(url_for("web.find"), answers), 303)


@bp.before_app_request
def open_sealed() -> None:
    """Open `?s=` into the request's arguments before the view reads them."""
    token = request.args.get(SEALED)
    if token is None or request.path not in SEALED_PATHS:
        return
    others = [(k, v) for k, v in request.args.items(multi=True)
              if k != SEALED and k not in SEALED_KEYS]
    opened = [(k, v) for k, values in unseal(token).items() for v in values]
    request.args = ImmutableMultiDict([*opened, *others])  # type: ignore[misc]
    g.sealed = token


@bp.after_app_request
def seal_redirects(response: Response) -> Response:
    """A redirect made while answering a sealed request stays sealed."""
    location = response.headers.get("Location", "")
    if g.get("sealed") or request.endpoint == "web.answer":
        response.headers["Location"] = seal_location(location)
    return response


def seal_location(location: str) -> str:
    parts = urlsplit(location)
    if parts.netloc or parts.path not in SEALED_PATHS or not parts.query:
        return location
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(k == SEALED for k, _ in pairs):
        return location
    state: dict[str, list[str]] = {}
    for key, value in pairs:
        state.setdefault(key, []).append(value)
    return sealed_link(parts.path, state)


@bp.app_context_processor
def sealed_links() -> dict[str, Any]:
    def with_language_sealed(code: str) -> str:
        return url_for(request.endpoint or "web.home", **{SEALED: g.sealed}, lang=code)

    sealed = g.get("sealed") and request.method == "GET"
    return {"with_language": with_language_sealed} if sealed else {}
