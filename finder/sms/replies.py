"""A conversation turn for SMS: the engine's replies rendered as one text within 3 segments.

When the text is too long the last result is dropped first, then the next (one always stays),
and only a text still too long after that is cut at a word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from finder.sms.segments import MAX_SEGMENTS, fits, plain, truncate


def converse(state: dict[str, Any] | None, text: str) -> tuple[dict[str, Any], str]:
    """Take one turn of the conversation engine and render its replies for SMS."""
    from finder.conversation import render_text, take_turn
    from finder.conversation.app import get_tools
    from finder.usage import Recording

    turn = take_turn(state, text, Recording(get_tools(), "sms"))
    return turn.state, fit(turn.replies, render_text)


def fit(replies: Sequence[Any], render: Callable[[Sequence[Any]], str],
        limit: int = MAX_SEGMENTS) -> str:
    """`replies` rendered in at most `limit` segments, dropping results from the end first."""
    replies = list(replies)
    text = plain(render(replies))
    while not fits(text, limit):
        shorter = without_last_result(replies)
        if shorter is None:
            return truncate(text, limit)
        replies = shorter
        text = plain(render(replies))
    return text


def without_last_result(replies: list[Any]) -> list[Any] | None:
    """The replies with the last of several results removed, or None when none can go."""
    for index in reversed(range(len(replies))):
        reply = replies[index]
        items = reply.data.get("items") if reply.kind == "results" else None
        if items and len(items) > 1:
            shorter = dataclasses.replace(reply, data={**reply.data, "items": items[:-1]})
            return [*replies[:index], shorter, *replies[index + 1:]]
    return None
