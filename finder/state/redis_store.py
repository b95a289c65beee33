"""The Redis store, for several app nodes sharing state (`FINDER_STATE_URL=redis://…`).

Keys hold only HMACs (`finder:conv:<number>`, `finder:reply:<message>`, …). One server, or a
managed or Sentinel-watched primary; not Redis Cluster (a turn writes keys of several slots).
A turn is two round trips. The first, one Lua script, takes the number's lock (`SET NX PX`, a
random token) and reads the earlier reply to the message id, the conversation and the sender's
rate count. Its writes are kept until the block ends and are then made by a second script that
first checks the token, so a turn whose lock lapsed (a stalled or killed worker) writes nothing:
the state, the reply, the rate-limit hit and the usage counts together. Redis expires
everything with TTLs; reads also check the age against the store's clock.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import redis

from finder.state.redis_scripts import BEGIN, COMMIT, COUNT, DROP
from finder.state.rolling import RedisRolling
from finder.state.types import (
    ALLOWED,
    BUSY_TIMEOUT_SECONDS,
    DAY,
    NO_LIMIT,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Keys,
    Limit,
    StateUnavailable,
    Verdict,
    verdict,
    window,
)

PREFIX = "finder"
# Longer than any turn (gunicorn kills a worker after 10 s); a killed worker's lock lapses then.
LOCK_SECONDS = 10.0


def days_between(start: str, end: str) -> list[str]:
    """Every ISO day from `start` to `end`, inclusive (none when either is not a date)."""
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return []
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def fresh_value(raw: str | None, days: float, now: float) -> dict[str, Any] | None:
    """The stored JSON `raw` unless it is missing or older than `days` at `now`."""
    if not raw:
        return None
    found = json.loads(raw)
    if found.get("updated", found.get("created", now)) < now - days * DAY:
        return None
    return found


def usage_field(row: dict[str, str]) -> str:
    """A usage row's field in its day's hash: every key but the day, tab-separated."""
    return "\t".join(row[k] for k in USAGE_KEYS[1:])


class LockLost(StateUnavailable):
    """The turn outlived its lock; another took the number's turn, so this one wrote nothing."""


class Exchange:
    """One inbound message under the number's lock; writes are made when the block ends."""

    def __init__(self, store: RedisStore, number: str, message_id: str, limit: Limit,
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


class RedisStore(RedisRolling):
    """State in Redis, shared by every process of every node that names the same server."""

    def __init__(self, url: str, secret: str, ttl_days: float = 30,
                 clock: Callable[[], float] = time.time, lock_seconds: float = LOCK_SECONDS,
                 client: redis.Redis | None = None, previous: tuple[str, ...] = ()) -> None:
        self.keys, self.ttl_days, self.clock, self.lock_seconds = (Keys(secret, previous),
                                                                   ttl_days, clock, lock_seconds)
        self.redis = client or redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2,
            health_check_interval=30)
        self._begin_turn = self.redis.register_script(BEGIN)
        self._commit = self.redis.register_script(COMMIT)
        self._count = self.redis.register_script(COUNT)
        self._drop = self.redis.register_script(DROP)

    def key(self, purpose: str, value: str) -> str:
        return self.keys.key(purpose, value)

    def conv_key(self, number_key: str) -> str:
        return f"{PREFIX}:conv:{number_key}"

    def reply_key(self, message_key: str) -> str:
        return f"{PREFIX}:reply:{message_key}"

    def lock_key(self, number_key: str) -> str:
        return f"{PREFIX}:lock:{number_key}"

    def outbox_key(self, number_key: str) -> str:
        return f"{PREFIX}:outbox:{number_key}"

    @contextmanager
    def exchange(self, number: str, message_id: str,
                 limit: Limit = NO_LIMIT) -> Iterator[Exchange]:
        """The exchange for one inbound message, committed when the block ends without error:
        one round trip to take the lock and read, one to write."""
        with self._unavailable_as_error():
            found = Exchange(self, number, message_id, limit, self.clock())
            token = self._begin(found)
            try:
                yield found
            except BaseException:
                self._release(found.number_key, token)
                raise
            self._write(found, token)

    def _begin(self, found: Exchange) -> str:
        """Take the number's lock and read what the turn needs, waiting while another holds it."""
        token, deadline, pause = secrets.token_hex(16), time.monotonic() + BUSY_TIMEOUT_SECONDS, \
            0.001
        keys = [self.lock_key(found.number_key), *found.reads()]
        while True:
            got = self._begin_turn(keys=keys, args=[token, int(self.lock_seconds * 1000)])
            if int(got[0]):
                found.read(got[1:])
                return token
            if time.monotonic() > deadline:
                raise StateUnavailable("this number's turn stayed locked too long")
            time.sleep(pause)
            pause = min(pause * 2, 0.025)

    def _write(self, found: Exchange, token: str) -> None:
        older = found.number_keys[1:] if found.action in ("save", "erase") else []
        gone = [*found.stale, *map(self.conv_key, older),
                *(map(self.outbox_key, older) if found.action == "erase" else ())]
        keys = [self.lock_key(found.number_key), self.conv_key(found.number_key),
                self.reply_key(found.message_key), self.outbox_key(found.number_key),
                found.rate or self.lock_key(found.number_key), *gone,
                *(f"{PREFIX}:usage:{row['day']}" for row in found.rows)]
        args = [token, found.action, found.state_json, json.dumps(
            {"reply": found.reply, "created": found.now}, ensure_ascii=False),
            int(self.ttl_days * DAY * 1000), int(REPLY_KEEP_DAYS * DAY * 1000),
            int(found.limit.seconds * 2000) if found.rate else "", len(gone),
            *(usage_field(row) for row in found.rows)]
        if not self._commit(keys=keys, args=args):
            raise LockLost("the number's lock lapsed before the turn ended")

    def _release(self, number_key: str, token: str) -> None:
        keys = [self.lock_key(number_key)] * 5
        self._commit(keys=keys, args=[token, "none", "", "", 0, 0, "", 0])

    def rate_key(self, scope: str, client: str, limit: Limit, now: float) -> str:
        """The counter of `client` in the current window of `limit`."""
        index, _ = window(now, limit)
        return f"{PREFIX}:rate:{scope}:{self.key(f'rate:{scope}', client)}:{index}"

    def fresh(self, key: str, days: float, now: float) -> dict[str, Any] | None:
        """The JSON stored at `key` unless older than `days` by the store's clock."""
        return fresh_value(self.redis.get(key), days, now)

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        now = self.clock()
        key = self.rate_key(scope, client, limit, now)
        with self._unavailable_as_error():
            count = int(self._count(keys=[key], args=[int(limit.seconds * 2000)]))
        return verdict(count, now, limit)

    def answered(self, message_id: str) -> str | None:
        with self._unavailable_as_error():
            for key in self.keys.every("message", message_id):
                found = self.fresh(self.reply_key(key), REPLY_KEEP_DAYS, self.clock())
                if found:
                    return found["reply"]
        return None

    def peek(self, number: str) -> dict[str, Any] | None:
        with self._unavailable_as_error():
            for key in self.keys.every("number", number):
                found = self.fresh(self.conv_key(key), self.ttl_days, self.clock())
                if found:
                    return found["state"]
        return None

    def queue(self, number: str, body: str) -> str:
        message_id = uuid.uuid4().hex
        digits = "".join(ch for ch in number if ch.isdigit())[-3:]
        item = {"id": message_id, "last_digits": digits, "body": body, "created": self.clock()}
        key = self.outbox_key(self.key("number", number))
        with self._unavailable_as_error():
            self.redis.pipeline().rpush(key, json.dumps(item, ensure_ascii=False)).pexpire(
                key, int(self.ttl_days * DAY * 1000)).execute()
        return message_id

    def outbox(self, number: str) -> list[dict[str, Any]]:
        since = self.clock() - self.ttl_days * DAY
        with self._unavailable_as_error():
            raw = [item for key in self.keys.every("number", number)
                   for item in self.redis.lrange(self.outbox_key(key), 0, -1)]
        found = [item for item in map(json.loads, raw) if item["created"] >= since]
        return sorted(found, key=lambda item: item["created"])

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add one search to each usage counter: a hash per day, a field per combination."""
        with self._unavailable_as_error():
            pipe = self.redis.pipeline()
            for row in rows:
                pipe.hincrby(f"{PREFIX}:usage:{row['day']}", usage_field(row), 1)
            pipe.execute()

    def usage(self, start: str, end: str, channel: str = "") -> list[dict[str, Any]]:
        found = []
        with self._unavailable_as_error():
            for day in days_between(start, end):
                for field, searches in self.redis.hgetall(f"{PREFIX}:usage:{day}").items():
                    row = {"day": day, **dict(zip(USAGE_KEYS[1:], field.split("\t"),
                                                  strict=True)), "searches": int(searches)}
                    if not channel or row["channel"] == channel:
                        found.append(row)
        return sorted(found, key=lambda r: (r["day"], r["need"], r["district"]))

    def purge(self) -> dict[str, int]:
        """Delete what is past its keeping time by the store's clock. Redis expires keys by
        itself; this catches keys written under a longer `STATE_TTL_DAYS` than today's."""
        now, counts = self.clock(), {}
        with self._unavailable_as_error():
            for kind, days in (("conv", self.ttl_days), ("reply", REPLY_KEEP_DAYS)):
                counts[kind] = sum(self._drop_if_stale(key, days, now)
                                   for key in self.redis.scan_iter(f"{PREFIX}:{kind}:*"))
        return {"conversations": counts["conv"], "replies": counts["reply"]}

    def _drop_if_stale(self, key: str, days: float, now: float) -> bool:
        raw = self.redis.get(key)
        if raw is None or self.fresh(key, days, now) is not None:
            return False
        return bool(self._drop(keys=[key], args=[raw]))

    @contextmanager
    def _unavailable_as_error(self) -> Iterator[None]:
        try:
            yield
        except redis.RedisError as error:
            raise StateUnavailable(f"state server: {type(error).__name__}") from error
