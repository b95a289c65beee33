"""The SMS channel: Twilio webhook, state store, segment budget, senders and a local simulator."""

from __future__ import annotations

from flask import Flask

from finder.directory.tools import get_tools
from finder.messages import load_catalogues
from finder.sms import chat, signature, simulator, webhook
from finder.state import get_store, state_path

__all__ = ["get_store", "init_app", "state_path"]


def init_app(app: Flask) -> None:
    app.cli.add_command(chat.chat)
    app.extensions.setdefault("directory.warmers", []).extend([get_tools, load_catalogues])
    app.register_blueprint(webhook.bp)
    app.register_blueprint(simulator.bp)
    signature.warn_without_public_url(app)
