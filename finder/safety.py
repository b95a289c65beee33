"""Which lines a safety reply gives for the kinds a parent disclosed, and how each line reads.

One answer for every channel: the web safety page, the API's notes and the SMS reply give
the same lines in the same order (the most urgent kind first, each number once).
"""

from __future__ import annotations

from typing import Any

from finder.conversation import flow
from finder.messages import catalogue
from finder.messages import parent as m

SAFE_AT_HOME = "domestic-abuse"  # the need ("Feeling safe at home") that brings the lines first
ORDER = flow.SAFETY_ORDER  # most urgent first: the conversation's flow says it once
urgency = flow.urgency


def lines_for(kinds: tuple[str, ...] | list[str],
              lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each kind's lines, the most urgent kind first, each number once."""
    chosen: dict[str, dict[str, Any]] = {}
    for kind in sorted(kinds, key=urgency):
        for line in lines:
            if kind in line["kinds"]:
                chosen.setdefault(line["number"], line)
    return list(chosen.values())


def message(line: dict[str, Any]) -> str:
    """The sentence a line is said with, untranslated ("Call %(number)s: %(name)s, 24/7.")."""
    table = m.LINE_ALWAYS_OPEN if line.get("always_open") else m.LINE
    return table.get(line["how"], table["call"])


def params(line: dict[str, Any], number: Any) -> dict[str, Any]:
    return {"number": number, "name": line["name"], "word": line.get("text_word") or ""}


def sentence(language: str, line: dict[str, Any]) -> str:
    """One line as plain text in `language` ("Call 116 123: Samaritans, 24/7.")."""
    return catalogue(language).gettext(message(line)) % params(line, line["number"])
