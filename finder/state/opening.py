"""Opening the application's state store: its file or Redis URL, and the number key."""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

from flask import Flask, current_app

from finder.state.redis_store import RedisStore
from finder.state.sqlite import SqliteStore
from finder.state.types import StateUnavailable, Store

_OPENING = threading.Lock()  # one store per app, however many threads ask for it first


def state_path(app: Flask) -> Path:
    """The SQLite state file: `STATE_DATABASE`, else `state.db` in the instance folder."""
    return Path(app.config.get("STATE_DATABASE") or Path(app.instance_path) / "state.db")


def number_key(app: Flask) -> str:
    """`NUMBER_KEY`, else one generated once into `instance/number_key` (never the secret key,
    which signs sessions: a leaked session key must not unlock the stored numbers)."""
    if app.config.get("NUMBER_KEY"):
        return app.config["NUMBER_KEY"]
    keyfile = Path(app.instance_path) / "number_key"
    try:
        if not keyfile.exists():
            keyfile.parent.mkdir(parents=True, exist_ok=True)
            keyfile.write_text(secrets.token_hex(32), encoding="utf-8")
            keyfile.chmod(0o600)
        return keyfile.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise StateUnavailable(f"number key {keyfile}: {error.strerror}") from error


def open_store(app: Flask) -> Store:
    """The store `STATE_URL` names (redis://…), else the SQLite file."""
    ttl = float(app.config["STATE_TTL_DAYS"])
    previous = tuple(k.strip() for k in (app.config.get("NUMBER_KEY_PREVIOUS") or "").split(",")
                     if k.strip())
    url = app.config.get("STATE_URL")
    if url:
        return RedisStore(url, number_key(app), ttl, previous=previous)
    return SqliteStore(state_path(app), number_key(app), ttl, previous=previous)


def get_store(app: Flask | None = None) -> Store:
    """The application's state store, made on first use (nothing is created at start)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    store = app.extensions.get("state.store")
    if store is not None:  # made already: no lock to take for reading it
        return store
    with _OPENING:
        if "state.store" not in app.extensions:
            app.extensions["state.store"] = open_store(app)
    return app.extensions["state.store"]

