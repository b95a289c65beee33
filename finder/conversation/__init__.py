"""The conversation: slot filling over SMS or chat, pure, with its wording kept apart."""

from finder.conversation.engine import take_turn
from finder.conversation.render import render_text
from finder.conversation.types import Reply, Tools, Turn

__all__ = ["Reply", "Tools", "Turn", "render_text", "take_turn"]
