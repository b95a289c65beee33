"""The state store's interface, its errors, limits, verdicts and number-key HMACs."""

from __future__ import annotations

import hashlib
import hmac
import os
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

DAY = 86400.0
# Twilio retries a webhook within minutes; a day covers every retry with room to spare.
REPLY_KEEP_DAYS = 1
# Waiting for a number's turn: under gunicorn's 10 s timeout, over any real queue of turns.
BUSY_TIMEOUT_SECONDS = 8
# Expired rows go at most this often in the course of turns (and whenever `state purge` runs).
PURGE_EVERY_SECONDS = 600
# The usage counters: one per combination and day, never a person, a number or a message.
USAGE_KEYS = ("day", "channel", "need", "district", "age_band", "language", "outcome")


class StateUnavailable(RuntimeError):
    """The store cannot take a turn now (locked too long, disk full or read-only, unreachable).

    The one error every store method raises for a fault outside the finder's code."""


def hmac_key(secret: str, purpose: str, value: str) -> str:
    """An HMAC-SHA256 of `value`, separate for each purpose (numbers, message ids, clients);
    `hmac.digest` is the same HMAC in one call to OpenSSL, a third of `hmac.new`'s cost."""
    return hmac.digest(secret.encode(), f"{purpose}\0{value}".encode(), "sha256").hex()


class Keys:
    """The number key and, during a rotation, the previous ones: writes use the first, reads
    and erasures try them all until what the old key wrote has expired.

    Each key is taken into HMAC-SHA256's inner and outer hashes once, and those are copied for
    every value (the same HMACs as `hmac_key`, at a third of its cost: neither the key's pads
    nor an OpenSSL HMAC context are made again for every text)."""

    def __init__(self, secret: str, previous: tuple[str, ...] = ()) -> None:
        self.secrets = (secret, *(key for key in previous if key and key != secret))
        self._pads = [padded(key.encode()) for key in self.secrets]

    def key(self, purpose: str, value: str) -> str:
        return keyed_hmac(self._pads[0], purpose, value)

    def every(self, purpose: str, value: str) -> list[str]:
        """`value`'s HMAC under each key, the current one first."""
        return [keyed_hmac(pads, purpose, value) for pads in self._pads]


_PID = [os.getpid()]  # this process's id, set again in a forked child
os.register_at_fork(after_in_child=lambda: _PID.__setitem__(0, os.getpid()))


def process_id() -> int:
    """`os.getpid()` without its system call (glibc no longer keeps it): the stores check it on
    every turn, so as not to use a connection or a lock file a parent process opened."""
    return _PID[0]


BLOCK = 64  # SHA-256's block, in bytes
INNER_PAD = bytes(byte ^ 0x36 for byte in range(256))  # as tables for bytes.translate
OUTER_PAD = bytes(byte ^ 0x5C for byte in range(256))
Pads = tuple[Any, Any]  # hashlib's sha256 objects: the inner and the outer hash


def padded(key: bytes) -> Pads:
    """HMAC-SHA256's inner and outer hashes with `key`'s pads taken in (RFC 2104: a key longer
    than a block is hashed first, a shorter one filled out with zeros)."""
    if len(key) > BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(BLOCK, b"\0")
    return hashlib.sha256(key.translate(INNER_PAD)), hashlib.sha256(key.translate(OUTER_PAD))


def keyed_hmac(pads: Pads, purpose: str, value: str) -> str:
    """`hmac_key` from a key's `padded` hashes."""
    inner, outer = pads[0].copy(), pads[1].copy()
    inner.update(f"{purpose}\0{value}".encode())
    outer.update(inner.digest())
    return outer.hexdigest()


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
    """One inbound message under its number's lock: its earlier reply, the state, the sender's
    rate-limit verdict (this message counted), and saving; written when the turn ends."""

    answered: str | None
    state: dict[str, Any] | None
    verdict: Verdict

    def save(self, state: dict[str, Any], reply: str) -> None:
        """Keep the new state and the reply given to this message."""

    def erase(self, reply: str = "") -> None:
        """Forget this number's conversation and anything queued for it (STOP)."""

    def remember(self, reply: str) -> None:
        """Keep the reply given to this message, so that a retry gets the same one."""

    def count(self, rows: list[dict[str, str]]) -> None:
        """Add these usage counter rows when the turn is written."""


class Store(Protocol):
    """What the SMS channel and the rate limits need from shared state."""

    def key(self, purpose: str, value: str) -> str: ...

    def exchange(self, number: str, message_id: str,
                 limit: Limit = ...) -> AbstractContextManager[Exchange]:
        """The exchange for one inbound message, committed when the block ends without error;
        the message counts as one hit of `number` against `limit` (scope "sms")."""

    def hit(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one request from `client` (kept only as an HMAC) against `limit`."""

    def recent(self, scope: str, client: str, limit: Limit) -> Verdict:
        """Count one hit of `client` against `limit` as a rolling window (the last
        `limit.seconds`, not a fixed one); a refused hit is not counted."""

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


NO_LIMIT = Limit(0, 1)
ALLOWED = Verdict(True, False, 0)


def window(now: float, limit: Limit) -> tuple[int, int]:
    """The fixed window `now` falls in, and the whole seconds until it ends (at least 1)."""
    index = int(now // limit.seconds)
    return index, max(1, int((index + 1) * limit.seconds - now + 0.999))


def verdict(count: int, now: float, limit: Limit) -> Verdict:
    """The verdict on the `count`-th hit of the current window."""
    wait = window(now, limit)[1]
    return Verdict(count <= limit.count, count == limit.count + 1, wait)
