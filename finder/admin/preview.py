"""A listing as a parent (an SMS result, a web card) and as a worker would see it."""

from __future__ import annotations

from typing import Any

from flask import render_template

from finder.conversation import render_text, results
from finder.conversation.types import Reply
from finder.directory import store
from finder.directory.app import get_conn
from finder.languages import LANGUAGES, NATIVE_NAMES, direction
from finder.search.types import Result
from finder.sms.segments import plain


def sms_text(service: dict[str, Any], language: str) -> str:
    """The SMS a parent gets when this service is their first result, as the channel renders."""
    item = results.item(Result(service=service, score=1.0, why=""), language)
    reply = Reply("results", language, {"offset": 0, "total": 1, "items": [item]})
    return plain(render_text([reply]))


def card(service: dict[str, Any], language: str) -> dict[str, Any]:
    """The parent's web card: the listing's own words in the language where staff gave them."""
    translated = (service.get("translations") or {}).get(language) or {}
    labels = {n["slug"]: n["labels"].get(language, n["label"]) for n in store.needs(get_conn())}
    return {"name": translated.get("name") or service["name"],
            "description": translated.get("description") or service["description"],
            "needs": [labels.get(n, n) for n in service["needs"]]}


def page(service: dict[str, Any], language: str) -> str:
    language = language if language in LANGUAGES else "en"
    return render_template("admin/preview.html", service=service, language=language,
                           direction=direction(language), languages=NATIVE_NAMES,
                           sms=sms_text(service, language), card=card(service, language))
