"""The conversation inside Flask: the real tools built once per app, and the chat command."""

from __future__ import annotations

from flask import Flask

from finder.conversation.types import Tools
from finder.directory import store
from finder.directory.app import get_conn, get_understander, search_index


def init_app(app: Flask) -> None:
    from finder.conversation.cli import chat

    app.cli.add_command(chat)


def get_tools() -> Tools:
    """Tools over the app's shared Understander and search index (rebuilt when the directory
    changes), so SMS, chat and the API understand and search alike."""
    from finder.conversation.tools import DirectoryTools

    conn = get_conn()
    needs = [{"slug": n["slug"], "label": n["labels"]} for n in store.needs(conn)]
    return DirectoryTools(get_understander(), search_index(), store.safety_lines(conn), needs)
