"""The SMS channel: Twilio webhook, state store, segment budget, senders and a local simulator."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from finder.sms.store import StateStore


def init_app(app: Flask) -> None:
    from finder.sms import simulator, webhook

    app.register_blueprint(webhook.bp)
    app.register_blueprint(simulator.bp)


def state_path(app: Flask) -> Path:
    """The state file: `STATE_DATABASE`, else `state.db` in the instance folder."""
    return Path(app.config.get("STATE_DATABASE") or Path(app.instance_path) / "state.db")


def get_store(app: Flask | None = None) -> StateStore:
    """The application's state store, made on first use (nothing is created at start)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    if "sms.store" not in app.extensions:
        app.extensions["sms.store"] = StateStore(state_path(app), app.config["SECRET_KEY"],
                                                 float(app.config["STATE_TTL_DAYS"]))
    return app.extensions["sms.store"]
