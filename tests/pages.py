"""Checks every rendered page must pass: a title, no duplicate ids, the right lang and dir."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser


class PageFacts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.title = ""
        self.html_attrs: dict[str, str | None] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_attrs = attributes
        if tag == "title":
            self._in_title = True
        if attributes.get("id"):
            self.ids.append(attributes["id"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def check_page(html: str, language: str) -> PageFacts:
    facts = PageFacts()
    facts.feed(html)
    duplicates = [i for i, n in Counter(facts.ids).items() if n > 1]
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert facts.title.strip(), "page has no title"
    assert duplicates == [], f"duplicate ids: {duplicates}"
    assert facts.html_attrs.get("lang") == language
    assert facts.html_attrs.get("dir") == ("rtl" if language in ("ur", "ar") else "ltr")
    return facts
