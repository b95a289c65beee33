"""Shared state: conversations, answered messages, the outbox and rate-limit counters.

One interface (`Store`, `Exchange`), two implementations: SQLite in one file (the default, for
one machine) and Redis (`FINDER_STATE_URL=redis://…`, for several app nodes behind a load
balancer). Both keep numbers and message ids only as HMACs under the number key
(`FINDER_NUMBER_KEY`, kept apart from the secret key that signs sessions; during a rotation
the previous key is still looked up), apply one number's messages one at a time across
processes, answer a retried message id with its stored reply, and expire what they keep. A
text's rate-limit hit, its reply, its new state and its usage counts are written together
when its turn ends.
"""

from __future__ import annotations

from flask import Flask

from finder.state.cli import state
from finder.state.opening import get_store, number_key, open_store, state_path
from finder.state.types import (
    ALLOWED,
    BUSY_TIMEOUT_SECONDS,
    DAY,
    NO_LIMIT,
    PURGE_EVERY_SECONDS,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Exchange,
    Keys,
    Limit,
    StateUnavailable,
    Store,
    Verdict,
    hmac_key,
    verdict,
    window,
)

__all__ = [
    "ALLOWED", "BUSY_TIMEOUT_SECONDS", "DAY", "NO_LIMIT", "PURGE_EVERY_SECONDS",
    "REPLY_KEEP_DAYS", "USAGE_KEYS", "Exchange", "Keys", "Limit", "StateUnavailable", "Store",
    "Verdict", "get_store", "hmac_key", "init_app", "number_key", "open_store", "state_path",
    "verdict", "window",
]


def init_app(app: Flask) -> None:
    """Register `flask state …`."""
    app.cli.add_command(state)
