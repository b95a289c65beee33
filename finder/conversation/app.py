"""The conversation inside Flask: the real tools built once per app, and the chat command."""

from __future__ import annotations

from flask import Flask, current_app

from finder.conversation.types import Tools
from finder.directory import content, store


def init_app(app: Flask) -> None:
    from finder.conversation.cli import chat

    app.cli.add_command(chat)


def get_tools() -> Tools:
    """This app's `DirectoryTools`, built on first use from content/ and the directory."""
    from finder.conversation.tools import DirectoryTools

    tools = current_app.extensions.get("conversation_tools")
    if tools is None:
        conn = store.connect(current_app.config["DATABASE"], readonly=True)
        try:
            tools = DirectoryTools.build(content.load(current_app.config["CONTENT_DIR"]), conn)
        finally:
            conn.close()
        current_app.extensions["conversation_tools"] = tools
    return tools
