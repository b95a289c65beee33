"""Shared state: conversations, answered messages, the outbox and rate-limit counters.

One interface (`Store`, `Exchange`), two implementations: SQLite in one file (the default, for
one machine) and Redis (`FINDER_STATE_URL=redis://…`, for several app nodes behind a load
balancer). Both keep numbers and message ids only as HMACs, apply one number's messages one
at a time across processes, answer a retried message id with its stored reply, and expire
what they keep.
"""

from __future__ import annotations

import hashlib
import hmac
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from flask import Flask, current_app

DAY = 86400.0
# Twilio retries a webhook within minutes; a day covers every retry with room to spare.
REPLY_KEEP_DAYS = 1
# Waiting for a number's turn: under gunicorn's 10 s timeout, over any real queue of turns.
BUSY_TIMEOUT_SECONDS = 8
# The usage counters: one per combination and day, never a person, a number or a message.
USAGE_KEYS = ("day", "channel", "need", "district", "age_band", "language", "outcome")


class StateUnavailable(RuntimeError):
    """The store cannot take a turn now (locked too long, disk full or read-only, unreachable)."""


def hmac_key(secret: str, purpose: str, value: str) -> str:
    """An HMAC-SHA256 of `value`, separate for each purpose (numbers, message ids, clients)."""
    message = f"{purpose}\0{value}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Limit:
    """At most `count` hits per `seconds` window; `count` 0 means no limit."""

    count: int
    seconds: int


@dataclass(frozen=True)
class Verdict:
    """One hit counted: whether it is allowed, whether it is the first refused, and the wait."""

    allowed: bool
    first_refused: bool
    retry_after: int


class Exchange(Protocol):
    """One inbound message under its number's lock: its earlier reply, the state, and saving."""

    answered: str | None
    state: dict[str, Any] | None

    def save(self, state: dict[str, Any], reply: str) -> None:
        """Keep the new state and the reply given to this message."""

    def erase(self, reply: str = "") -> None:
        """Forget this number's conversation and anything queued for it (STOP)."""

    def remember(self, reply: str) -> None:
        """Keep the reply given to this message, so that a retry gets the same one."""


class Store(Protocol):
    """What the SMS channel and the rate limits need from shared state."""

    def key(self, purpose: str, value: str) -> str: ...

    def exchange(self, number: str, message_id: str) -> AbstractContextManager[Exchange]:
        """The exchange for one inbound message, committed when the block ends without error."""

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one request from `client` (kept only as an HMAC) against `limit`."""

    def answered(self, message_id: str) -> str | None:
        """The reply stored for `message_id`, read without waiting for the number's turn."""

    def peek(self, number: str) -> dict[str, Any] | None:
        """`number`'s conversation state, read without waiting for its turn."""

    def queue(self, number: str, body: str) -> str:
        """Put a message in the outbox; returns its id."""

    def outbox(self, number: str) -> list[dict[str, Any]]:
        """Messages queued for `number`, oldest first."""

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add one search to each usage counter row (keys: USAGE_KEYS)."""

    def usage(self, start: str, end: str, channel: str = "") -> list[dict[str, Any]]:
        """Usage rows from day `start` to day `end` (ISO dates, inclusive), one channel or all."""

    def purge(self) -> dict[str, int]:
        """Delete expired state, old replies, old outbox messages and spent counters."""


def window(now: float, limit: Limit) -> tuple[int, int]:
    """The fixed window `now` falls in, and the whole seconds until it ends (at least 1)."""
    index = int(now // limit.seconds)
    return index, max(1, int((index + 1) * limit.seconds - now + 0.999))


def verdict(count: int, now: float, limit: Limit) -> Verdict:
    """The verdict on the `count`-th hit of the current window."""
    wait = window(now, limit)[1]
    return Verdict(count <= limit.count, count == limit.count + 1, wait)


def init_app(app: Flask) -> None:
    from finder.state.cli import state

    app.cli.add_command(state)


def state_path(app: Flask) -> Path:
    """The SQLite state file: `STATE_DATABASE`, else `state.db` in the instance folder."""
    return Path(app.config.get("STATE_DATABASE") or Path(app.instance_path) / "state.db")


def open_store(app: Flask) -> Store:
    """The store `STATE_URL` names (redis://…), else the SQLite file."""
    secret, ttl = app.config["SECRET_KEY"], float(app.config["STATE_TTL_DAYS"])
    url = app.config.get("STATE_URL")
    if url:
        from finder.state.redis_store import RedisStore

        return RedisStore(url, secret, ttl)
    from finder.state.sqlite import SqliteStore

    return SqliteStore(state_path(app), secret, ttl)


def get_store(app: Flask | None = None) -> Store:
    """The application's state store, made on first use (nothing is created at start)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    if "state.store" not in app.extensions:
        app.extensions["state.store"] = open_store(app)
    return app.extensions["state.store"]

