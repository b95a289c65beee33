"""One text's turn on the Redis store: what the lock's script read, and what the turn writes."""

from __future__ import annotations

import json
from typing import Any, Protocol

from finder.state.types import ALLOWED, DAY, REPLY_KEEP_DAYS, Keys, Limit, verdict


class TurnStore(Protocol):
    """What a turn asks of the Redis store (`finder.state.redis_store.RedisStore`)."""

    keys: Keys
    ttl_days: float

    def rate_key(self, scope: str, client: str, limit: Limit, now: float) -> str: ...
    def conv_key(self, number_key: str) -> str: ...
    def reply_key(self, message_key: str) -> str: ...


def fresh_value(raw: str | None, days: float, now: float) -> dict[str, Any] | None:
    """The stored JSON `raw` unless it is missing or older than `days` at `now`."""
    if not raw:
        return None
    found = json.loads(raw)
    if found.get("updated", found.get("created", now)) < now - days * DAY:
        return None
    return found



class Exchange:
    """One inbound message under the number's lock; writes are made when the block ends."""

    def __init__(self, store: TurnStore, number: str, message_id: str, limit: Limit,
                 now: float) -> None:
        self.store, self.now, self.limit = store, now, limit
        self.number_keys = store.keys.every("number", number)
        self.message_keys = store.keys.every("message", message_id)
        self.number_key, self.message_key = self.number_keys[0], self.message_keys[0]
        self.rate = store.rate_key("sms", number, limit, now) if limit.count else ""
        self.action, self.state_json, self.reply = "none", "", ""
        self.rows: list[dict[str, str]] = []
        self.stale: list[str] = []  # expired by the store's clock: deleted with the turn
        self.verdict, self.answered = ALLOWED, None
        self.state: dict[str, Any] | None = None

    def reads(self) -> list[str]:
        """The keys the lock's script reads, in the order `read` takes their values."""
        store = self.store
        return [*map(store.reply_key, self.message_keys), *map(store.conv_key, self.number_keys),
                *([self.rate] if self.rate else [])]

    def read(self, values: list[str]) -> None:
        """The earlier reply, the conversation and the rate verdict from what was read."""
        keys = self.reads()[:len(self.message_keys) + len(self.number_keys)]
        days = {"reply": REPLY_KEEP_DAYS, "conv": self.store.ttl_days}
        found: dict[str, Any] = {}
        for key, raw in zip(keys, values, strict=False):
            kind = key.split(":")[1]
            value = fresh_value(raw, days[kind], self.now)
            if value is not None:
                found.setdefault(kind, value)
            elif raw:
                self.stale.append(key)
        self.answered = found["reply"]["reply"] if "reply" in found else None
        self.state = found["conv"]["state"] if "conv" in found else None
        if self.rate:
            self.verdict = verdict(int(values[-1] or 0) + 1, self.now, self.limit)

    def save(self, state: dict[str, Any], reply: str) -> None:
        """Keep the new state and the reply given to this message."""
        self.action = "save"
        self.state_json = json.dumps({"state": state, "updated": self.now}, ensure_ascii=False)
        self.reply = reply

    def erase(self, reply: str = "") -> None:
        """Forget this number's conversation and anything queued for it (STOP)."""
        self.action, self.state_json, self.reply = "erase", "", reply

    def remember(self, reply: str) -> None:
        """Keep the reply given to this message, so that a retry gets the same one."""
        if self.action == "none":
            self.action = "remember"
        self.reply = reply

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add these usage counter rows when the turn is written."""
        self.rows.extend(rows)
