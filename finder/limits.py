"""Rate limits: per sender on SMS, per client address on the web, and on texts the web sends.

Counters live in the shared state store (so every worker and node counts together) under an
HMAC of the number or address, never the number or address itself. A limit is written
`COUNT/SECONDS` (`120/60`), with `m` or `h` allowed after the seconds (`20/10m`); `off` or `0`
turns it off. Over the web limit: 429 with `Retry-After`. Over the SMS limit: one calm reply,
then silence until the window passes. A store that cannot count lets the request through.

Texts sent from the web ("text me these", worker mode) cost money and land on someone's phone,
so they pass five counters (`TEXT_LIMITS`): per destination number, per client address (or per
signed-in worker), and for the whole finder per hour and per day. These windows roll (the last
hour, the last 24 hours: `finder.state.rolling`), so a burst at 23:59 and 00:01 counts as one
day's. A store that cannot count sends nothing.
"""

from __future__ import annotations

import re
import time

from flask import Flask, Response, current_app, make_response, request
from werkzeug.exceptions import TooManyRequests

from finder.config import ConfigError
from finder.errors import handle_http
from finder.state import Limit, StateUnavailable, get_store

OFF = Limit(0, 1)
WRITTEN = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*([smh]?)\s*")
UNIT = {"": 1, "s": 1, "m": 60, "h": 3600}
# Paths with their own limit (the SMS webhook counts per number) or none (health checks).
EXEMPT = ("/sms", "/healthz")
# After the store fails to count, pages are served uncounted for this long, rather than each
# one waiting on an unreachable server.
PAUSE_AFTER_FAILURE_SECONDS = 30
TEXT_LIMITS = ("TEXT_PER_NUMBER", "TEXT_PER_CLIENT", "TEXT_PER_WORKER", "TEXT_HOURLY",
               "TEXT_DAILY")
# The counter the whole finder's texts are counted under (an HMAC, like every other key).
EVERYONE = "the whole finder"


def parse_limit(name: str, raw: str | Limit | None) -> Limit:
    """The limit written in setting `name`; a clear error naming the variable otherwise."""
    if isinstance(raw, Limit):
        return raw
    if raw is None or str(raw).strip().lower() in ("", "0", "off"):
        return OFF
    found = WRITTEN.fullmatch(str(raw))
    if not found or int(found[2]) == 0:
        raise ConfigError(f"FINDER_{name} must look like 120/60 (requests per seconds), "
                          f"20/10m, or off; not {raw!r}.")
    return Limit(int(found[1]), int(found[2]) * UNIT[found[3]])


def init_app(app: Flask) -> None:
    for name in ("RATE_SMS", "RATE_WEB", "RATE_ORUK", *TEXT_LIMITS):
        app.config[name] = parse_limit(name, app.config.get(name))
    app.before_request(limit_client)
    app.register_error_handler(TooManyRequests, too_many)


def limit_client() -> None:
    """Refuse (429) a client over its limit, counted by its address after ProxyFix: the open
    feed (`/oruk`) on its own, higher limit, everything else (static files too) on the web
    limit."""
    feed = request.path == "/oruk" or request.path.startswith("/oruk/")
    scope, limit = ("oruk", current_app.config["RATE_ORUK"]) if feed \
        else ("web", current_app.config["RATE_WEB"])
    if not limit.count or request.path in EXEMPT:
        return
    if time.monotonic() < current_app.extensions.get("limits.paused_until", 0):
        return
    try:
        verdict = get_store().hit(scope, request.remote_addr or "unknown", limit)
    except StateUnavailable as error:
        current_app.logger.warning("Rate limits paused: the store could not count (%s)", error)
        current_app.extensions["limits.paused_until"] = (time.monotonic()
                                                         + PAUSE_AFTER_FAILURE_SECONDS)
        return
    if not verdict.allowed:
        raise TooManyRequests(retry_after=verdict.retry_after)


def too_many(error: TooManyRequests) -> Response:
    """The usual error answer in the user's language, saying when to try again."""
    response = make_response(handle_http(error))
    if error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def text_wait(number: str, worker_id: int | None) -> int:
    """0 when a text to `number` may be sent now (and counted); else the seconds to wait.

    The sender is a signed-in worker (`worker_id`) or else the client's address. Counting stops
    at the first counter over its limit, so a refused text does not use up the others.
    """
    config = current_app.config
    sender = (("TEXT_PER_WORKER", f"staff:{worker_id}") if worker_id is not None
              else ("TEXT_PER_CLIENT", request.remote_addr or "unknown"))
    checks = [sender, ("TEXT_PER_NUMBER", number), ("TEXT_HOURLY", EVERYONE),
              ("TEXT_DAILY", EVERYONE)]
    for name, key in checks:
        limit: Limit = config[name]
        if not limit.count:
            continue
        try:
            verdict = get_store().recent(name.lower(), key, limit)
        except StateUnavailable as error:
            current_app.logger.warning("Texts paused: the store could not count (%s)", error)
            return PAUSE_AFTER_FAILURE_SECONDS
        if not verdict.allowed:
            return verdict.retry_after
    return 0
