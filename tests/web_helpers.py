"""Helpers for the web page tests: the words parents never see, a form's CSRF token, text."""

from __future__ import annotations

import re
from html import unescape

# DESIGN.md: never shown to a parent, in any language (listing text is in English).
STIGMA = ("intervention", "targeted", "at risk", "vulnerable", "struggling", "evidence")
_TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(html: str) -> str:
    return _TOKEN.search(html)[1]


def visible_text(html: str) -> str:
    """The page's words without markup, scripts or attributes."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def stigma_words(html: str) -> list[str]:
    text = visible_text(html).lower()
    return [word for word in STIGMA if word in text]
