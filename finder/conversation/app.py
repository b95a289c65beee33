"""The conversation inside Flask: the real tools built once per app, and the chat command."""

from __future__ import annotations

from flask import Flask

from finder.conversation.types import Tools
from finder.directory import store
from finder.directory.app import cached, get_conn, get_understander, search_index


def init_app(app: Flask) -> None:
    from finder.conversation.cli import chat

    app.cli.add_command(chat)
    app.extensions.setdefault("directory.warmers", []).append(get_tools)


def get_tools() -> Tools:
    """Tools over the app's shared Understander and search index, with the needs and safety
    lines read once per directory version (made again when staff change the directory or
    import postcodes), so SMS, chat and the API understand and search alike."""
    return cached("tools", _tools)


def _tools() -> Tools:
    from finder.conversation.tools import DirectoryTools

    conn = get_conn()
    needs = [{"slug": n["slug"], "label": n["labels"]} for n in store.needs(conn)]
    return DirectoryTools(get_understander(), search_index(), store.safety_lines(conn), needs)
