"""A conversation turn for SMS: the engine's replies rendered as one text within 3 segments.

The engine is told what fits (`fits`), so it offers fewer results rather than having them cut
here, and MORE carries on from the last one shown. Only a text still too long after that (one
very long listing) is cut at a word.
"""

from __future__ import annotations

from typing import Any

from finder.conversation import render_text, take_turn
from finder.conversation.types import Reply
from finder.directory.tools import get_tools
from finder.sms.segments import MAX_SEGMENTS, fits, plain, truncate


def converse(state: dict[str, Any] | None, text: str) -> tuple[dict[str, Any], str]:
    """Take one turn of the conversation engine and render its replies for SMS."""
    from finder.usage import Recording

    turn = take_turn(state, text, Recording(get_tools(), "sms"), fits=fits_sms)
    return turn.state, truncate(plain(render_text(turn.replies)), MAX_SEGMENTS)


def fits_sms(replies: tuple[Reply, ...]) -> bool:
    """Whether `replies`, rendered as one text message, fit in the three-segment budget."""

    return fits(plain(render_text(replies)), MAX_SEGMENTS)
