"""The Redis store, for several app nodes sharing state (`FINDER_STATE_URL=redis://…`).

Keys hold only HMACs (`finder:conv:<number>`, `finder:reply:<message>`, …). One server, or a
managed or Sentinel-watched primary; not Redis Cluster (a turn writes keys of several slots).
A turn takes the number's lock with `SET NX PX` and a random token; its writes are kept until
the block ends and are then made by one Lua script that first checks the token, so a turn whose
lock lapsed (a stalled or killed worker) writes nothing. Redis expires everything with TTLs;
reads also check the age against the store's clock.
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

from finder.state import (
    BUSY_TIMEOUT_SECONDS,
    DAY,
    REPLY_KEEP_DAYS,
    USAGE_KEYS,
    Limit,
    StateUnavailable,
    Verdict,
    hmac_key,
    verdict,
    window,
)

PREFIX = "finder"
# Longer than any turn (gunicorn kills a worker after 10 s); a killed worker's lock lapses then.
LOCK_SECONDS = 10.0

COMMIT = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == 'save' then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
elseif ARGV[2] == 'erase' then redis.call('DEL', KEYS[2], KEYS[4]) end
if ARGV[2] ~= 'none' then redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[6]) end
redis.call('DEL', KEYS[1])
return 1
"""
# Delete a key only if it still holds what was judged expired (no turn has written it since).
DROP = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
COUNT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
"""


def days_between(start: str, end: str) -> list[str]:
    """Every ISO day from `start` to `end`, inclusive (none when either is not a date)."""
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return []
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


class LockLost(StateUnavailable):
    """The turn outlived its lock; another took the number's turn, so this one wrote nothing."""


class Exchange:
    """One inbound message under the number's lock; writes are made when the block ends."""

    def __init__(self, store: RedisStore, number_key: str, message_key: str, now: float) -> None:
        self.store, self.number_key, self.message_key, self.now = (store, number_key,
                                                                    message_key, now)
        self.action, self.state_json, self.reply = "none", "", ""
        found = store.fresh(store.reply_key(message_key), REPLY_KEEP_DAYS, now, drop=True)
        self.answered: str | None = found["reply"] if found else None
        found = store.fresh(store.conv_key(number_key), store.ttl_days, now, drop=True)
        self.state: dict[str, Any] | None = found["state"] if found else None

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


class RedisStore:
    """State in Redis, shared by every process of every node that names the same server."""

    def __init__(self, url: str, secret: str, ttl_days: float = 30,
                 clock: Callable[[], float] = time.time, lock_seconds: float = LOCK_SECONDS,
                 client: redis.Redis | None = None) -> None:
        self.secret, self.ttl_days, self.clock, self.lock_seconds = (secret, ttl_days, clock,
                                                                     lock_seconds)
        self.redis = client or redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2,
            health_check_interval=30)
        self._commit = self.redis.register_script(COMMIT)
        self._count = self.redis.register_script(COUNT)
        self._drop = self.redis.register_script(DROP)

    def key(self, purpose: str, value: str) -> str:
        return hmac_key(self.secret, purpose, value)

    def conv_key(self, number_key: str) -> str:
        return f"{PREFIX}:conv:{number_key}"

    def reply_key(self, message_key: str) -> str:
        return f"{PREFIX}:reply:{message_key}"

    def lock_key(self, number_key: str) -> str:
        return f"{PREFIX}:lock:{number_key}"

    def outbox_key(self, number_key: str) -> str:
        return f"{PREFIX}:outbox:{number_key}"

    @contextmanager
    def exchange(self, number: str, message_id: str) -> Iterator[Exchange]:
        """The exchange for one inbound message, committed when the block ends without error."""
        number_key = self.key("number", number)
        with self._unavailable_as_error():
            token = self._lock(number_key)
            try:
                found = Exchange(self, number_key, self.key("message", message_id), self.clock())
                yield found
            except BaseException:
                self._release(number_key, token)
                raise
            self._write(found, token)

    def _write(self, found: Exchange, token: str) -> None:
        keys = [self.lock_key(found.number_key), self.conv_key(found.number_key),
                self.reply_key(found.message_key),
                self.outbox_key(found.number_key)]
        args = [token, found.action, found.state_json, json.dumps(
            {"reply": found.reply, "created": found.now}, ensure_ascii=False),
            int(self.ttl_days * DAY * 1000), int(REPLY_KEEP_DAYS * DAY * 1000)]
        if not self._commit(keys=keys, args=args):
            raise LockLost("the number's lock lapsed before the turn ended")

    def _lock(self, number_key: str) -> str:
        token, key = secrets.token_hex(16), self.lock_key(number_key)
        deadline, pause = time.monotonic() + BUSY_TIMEOUT_SECONDS, 0.001
        while not self.redis.set(key, token, nx=True, px=int(self.lock_seconds * 1000)):
            if time.monotonic() > deadline:
                raise StateUnavailable("this number's turn stayed locked too long")
            time.sleep(pause)
            pause = min(pause * 2, 0.025)
        return token

    def _release(self, number_key: str, token: str) -> None:
        keys = [self.lock_key(number_key)] * 4
        self._commit(keys=keys, args=[token, "none", "", "", 0, 0])

    def fresh(self, key: str, days: float, now: float, drop: bool = False) -> dict[str, Any] | None:
        """The JSON stored at `key` unless older than `days` by the store's clock; `drop`
        deletes it then (only under the number's lock, where no turn can be writing it)."""
        raw = self.redis.get(key)
        if raw is None:
            return None
        found = json.loads(raw)
        if found.get("updated", found.get("created", now)) < now - days * DAY:
            if drop:
                self.redis.delete(key)
            return None
        return found

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        now = self.clock()
        index, _ = window(now, limit)
        key = f"{PREFIX}:rate:{scope}:{self.key(f'rate:{scope}', client)}:{index}"
        with self._unavailable_as_error():
            count = int(self._count(keys=[key], args=[int(limit.seconds * 2000)]))
        return verdict(count, now, limit)

    def answered(self, message_id: str) -> str | None:
        with self._unavailable_as_error():
            found = self.fresh(self.reply_key(self.key("message", message_id)), REPLY_KEEP_DAYS,
                               self.clock())
        return found["reply"] if found else None

    def peek(self, number: str) -> dict[str, Any] | None:
        with self._unavailable_as_error():
            found = self.fresh(self.conv_key(self.key("number", number)), self.ttl_days,
                               self.clock())
        return found["state"] if found else None

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
            raw = self.redis.lrange(self.outbox_key(self.key("number", number)), 0, -1)
        return [item for item in map(json.loads, raw) if item["created"] >= since]

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add one search to each usage counter: a hash per day, a field per combination."""
        with self._unavailable_as_error():
            pipe = self.redis.pipeline()
            for row in rows:
                field = "\t".join(row[k] for k in USAGE_KEYS[1:])
                pipe.hincrby(f"{PREFIX}:usage:{row['day']}", field, 1)
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
