"""Rolling windows: at most `count` hits in the last `seconds`, whenever the window started.

Texts sent from the web are capped this way, so a burst either side of midnight (or of the hour)
cannot double a cap as fixed windows would. Each allowed hit is kept as one entry under the
client's HMAC until it leaves the window; a refused hit is not kept, so refusals never lengthen
the wait. SQLite keeps the entries as rows of `counters` (expiring with the others); Redis as a
sorted set scored by time, trimmed and counted in one script.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from finder.state.types import ALLOWED, Limit, Verdict

# An entry's key: the client's HMAC, "@", then a unique part; "A" sorts just after "@".
SQLITE_SEEN = """SELECT expires FROM counters WHERE key >= ? AND key < ? AND expires > ?
    ORDER BY expires"""
SQLITE_KEEP = "INSERT INTO counters VALUES (?, 1, ?)"
# KEYS[1]: the client's set. ARGV: now, seconds, count, a unique member. Returns {1} when
# allowed (and kept), else {0, the time the hit that must leave first was kept at}.
REDIS_HIT = """
local now, span, cap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
local n = redis.call('ZCARD', KEYS[1])
if n < cap then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(span * 1000))
  return {1}
end
local first = redis.call('ZRANGE', KEYS[1], n - cap, n - cap, 'WITHSCORES')
return {0, first[2]}
"""


def refused(leaves_at: float, now: float) -> Verdict:
    """Refused until the hit that must leave first has left the window."""
    return Verdict(False, False, max(1, math.ceil(leaves_at - now)))


class SqliteRolling:
    """`recent` for the SQLite store (its connection, transactions, clock and HMACs)."""

    key: Callable[[str, str], str]
    clock: Callable[[], float]
    _connection: Callable[[], AbstractContextManager[Any]]
    _transaction: Callable[[Any], AbstractContextManager[None]]
    _unavailable_as_error: Callable[[], AbstractContextManager[None]]

    def recent(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one hit of `client` unless `limit.count` were kept in the last
        `limit.seconds`; the check and the keeping are one write transaction."""
        now, prefix = self.clock(), self.key(f"recent:{scope}", client)
        with self._unavailable_as_error(), self._connection() as conn, self._transaction(conn):
            seen = [row[0] for row in conn.execute(SQLITE_SEEN, (f"{prefix}@", f"{prefix}A", now))]
            if len(seen) < limit.count:
                conn.execute(SQLITE_KEEP, (f"{prefix}@{uuid.uuid4().hex}", now + limit.seconds))
                return ALLOWED
        return refused(seen[len(seen) - limit.count], now)


class RedisRolling:
    """`recent` for the Redis store."""

    key: Callable[[str, str], str]
    clock: Callable[[], float]
    redis: Any
    _unavailable_as_error: Callable[[], AbstractContextManager[None]]

    def recent(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one hit of `client` unless `limit.count` were kept in the last
        `limit.seconds`; trimmed, counted and kept by one script."""
        now = self.clock()
        key = f"finder:recent:{scope}:{self.key(f'recent:{scope}', client)}"
        with self._unavailable_as_error():
            found = self.redis.register_script(REDIS_HIT)(
                keys=[key], args=[repr(now), limit.seconds, limit.count, uuid.uuid4().hex])
        if int(found[0]):
            return ALLOWED
        return refused(float(found[1]) + limit.seconds, now)
