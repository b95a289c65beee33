"""A conversation turn for SMS: the engine's replies rendered as one text within 3 segments.

When a reply is too long the last result is dropped first, then the next, and only a reply
still too long after that is cut at a word.
"""

from __future__ import annotations

from typing import Any

from finder.sms.segments import MAX_SEGMENTS, fits, plain, truncate


def converse(state: dict[str, Any] | None, text: str) -> tuple[dict[str, Any], str]:
    """Take one turn of the conversation engine and render its replies for SMS."""
    from finder.conversation import engine  # lands from the conversation branch

    raise NotImplementedError(engine)


def fit(text: str, limit: int = MAX_SEGMENTS) -> str:
    text = plain(text)
    return text if fits(text, limit) else truncate(text, limit)
