"""gunicorn settings for the finder. Override any of them with GUNICORN_CMD_ARGS."""

import gc
import os

bind = os.environ.get("FINDER_BIND", "127.0.0.1:5000")
workers = int(os.environ.get("FINDER_WORKERS", "2"))
threads = int(os.environ.get("FINDER_THREADS", "4"))
# Twilio gives up on a webhook after 15 seconds: answer or fail well before that.
timeout = 10
graceful_timeout = 10
keepalive = 5
accesslog = "-"
# The access log records the path only: no query strings (they can hold what a parent typed).
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# gunicorn believes X-Forwarded-Proto (https or not) only when the finder trusts a proxy too
# (FINDER_PROXY_FIX): otherwise a client on an allowed address could choose the URL a Twilio
# signature is checked against.
proxied = int(os.environ.get("FINDER_PROXY_FIX") or 0) > 0
forwarded_allow_ips = os.environ.get("FINDER_FORWARDED_ALLOW_IPS", "127.0.0.1") if proxied else ""
# The longest text the finder accepts can arrive in a GET: each character up to 9 bytes
# percent-encoded (%D8%A7…), plus the rest of the URL. gunicorn allows at most 8190 here; past
# that, 0 lifts its own limit (its parser still stops at 1 MB, the finder refuses long text).
_needed = int(os.environ.get("FINDER_MAX_TEXT_LENGTH") or 1000) * 9 + 2048
limit_request_line = _needed if _needed <= 8190 else 0
# The app is made once, in the master, before the workers are forked: the directory is built
# there (never by two workers at once), and the search index and Understander built by
# `when_ready` are shared by every worker's memory instead of being built in each.
preload_app = True
# The collector's youngest generation is looked at once 7,000 more objects are alive, not
# Python's 700: each text leaves some tens behind (the caches grow), so at 700 a worker ran a
# collection every twenty texts and, every few thousand, a full one over everything made since
# the fork (tens of ms): 22 µs a text in all, 8 at 7,000 (one process, the SMS bench's texts).
GC_FIRST_GENERATION = 7000


def when_ready(server) -> None:
    """Build what every worker shares, then freeze it out of the garbage collector's reach (a
    collection in a worker would otherwise touch, and so copy, every shared object)."""
    from flask import Flask

    from finder.directory.app import warm

    app = server.app.wsgi()
    while not isinstance(app, Flask) and hasattr(app, "app"):
        app = app.app  # a middleware around the finder (the benches mount one)
    if isinstance(app, Flask):
        warm(app)
    gc.freeze()
    gc.set_threshold(GC_FIRST_GENERATION, *gc.get_threshold()[1:])  # the workers inherit it
