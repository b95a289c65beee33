"""The safety page (`/safety`): the right lines for what a parent disclosed, then a way on.

Reached from words that name a danger and straight from the "Feeling safe at home" choice.
The lines are those `content/safety.yaml` gives each kind, in the order the SMS reply gives
them, each number a tap-to-call (or tap-to-text) link.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request, url_for
from markupsafe import Markup, escape

from finder import safety as lines
from finder.directory import store
from finder.directory.app import get_conn
from finder.i18n import current_language
from finder.messages import catalogue
from finder.messages import parent as m
from finder.understand.types import SAFETY_KINDS
from finder.web import links

bp = Blueprint("safety", __name__)
for _name, _filter in links.FILTERS.items():
    bp.add_app_template_filter(_filter, _name)


def sentence_html(language: str, line: dict[str, Any]) -> Markup:
    """One line as HTML in `language`, its number a tap-to-call or tap-to-text link."""
    word = line.get("text_word") or ""
    number = links.sms(line["number"], word) if line["how"] == "text" else \
        links.tel(line["number"])
    return escape(catalogue(language).gettext(lines.message(line))) % lines.params(line, number)


def page(kinds: tuple[str, ...] | list[str], next_url: str) -> str:
    """The safety page for `kinds`, carrying on to `next_url`."""
    language = current_language()
    kinds = [k for k in kinds if k in SAFETY_KINDS] or ["danger-to-life"]
    chosen = lines.lines_for(kinds, store.safety_lines(get_conn()))
    first = min(kinds, key=lines.urgency)
    return render_template("web/safety.html",
                           lines=[sentence_html(language, line) for line in chosen],
                           intro=m.SAFETY.get(first, m.SAFETY["danger-to-life"]),
                           carry_on=m.CARRY_ON, next_url=next_url)


@bp.app_template_global("safety_lines")
def lines_for_needs(needs: list[str]) -> list[Markup]:
    """The helplines as linked sentences when the search is for feeling safe at home."""
    if lines.SAFE_AT_HOME not in needs:
        return []
    language = current_language()
    chosen = lines.lines_for([lines.SAFE_AT_HOME], store.safety_lines(get_conn()))
    return [sentence_html(language, line) for line in chosen]


@bp.get("/safety")
def safety() -> str:
    kinds = [k for k in request.args.getlist("kind") if k in SAFETY_KINDS]
    return page(kinds or ["domestic-abuse"], local(request.args.get("next", "")))


def local(url: str) -> str:
    """`url` when it stays on this site, else the start page (no open redirect)."""
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return url_for("web.home")
