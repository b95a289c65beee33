"""Where a text's time goes: `/sms` in one process, phase by phase, beside the bare endpoint.

    python -m bench.sms_phases [--texts 1500] [--profile]

The bench's own traffic (every language's scripts, signed as Twilio signs) goes through the
real WSGI app, the bare Flask endpoint of `bench/sms.py` interleaved with it, and each phase's
inclusive time is summed by wrapping the function that does it. CPU time per text for both
endpoints and for each phase (steadier than wall time on a busy machine), phases also as a share of
the text's. What was built before the first text is frozen out of the garbage collector's
reach, and the collector runs as often, as gunicorn.conf.py has it. `--profile` prints
cProfile's 30 costliest functions instead.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import runpy
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sms import TOKEN, TRAFFIC, serve, twilio_form  # noqa: E402
from bench.timing import CALLS, SPENT, timed, timed_block  # noqa: E402
from finder.conversation import engine  # noqa: E402
from finder.directory import build, content, tools  # noqa: E402
from finder.directory.app import warm  # noqa: E402
from finder.sms import inbound, replies, signature, webhook  # noqa: E402
from finder.state import sqlite, sqlite_turn  # noqa: E402

HOST = "127.0.0.1:5000"
GC_FIRST_GENERATION = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["GC_FIRST_GENERATION"]
CLIENTS = 8  # numbers the texts come from, each walking the traffic from its own place
# (owner, function, phase): inclusive, so a phase's time holds the phases inside it.
PHASES = [
    (signature, "is_signed", "signature check (with form parsing)"),
    (signature, "form_body", "  form body read"),
    (inbound, "parse", "inbound parse"),
    (inbound, "respond", "turn: state read + conversation + state write"),
    (sqlite_turn.Exchange, "__init__", "  state read (one SELECT, HMACs)"),
    (sqlite.SqliteStore, "_write", "  write transaction (statements, COMMIT)"),
    (replies, "converse", "  conversation, rendered and fitted"),
    (engine.Talk, "understand", "    interpret"),
    (engine.Talk, "show_results", "    results (search, page fitted)"),
    (tools.DirectoryTools, "search", "      search"),
    (replies.SmsTexts, "texts", "    replies rendered and split into segments"),
    (webhook, "twiml", "TwiML response"),
]


BLOCKS: tuple[str, ...] = ()  # context managers among PHASES


def environ(path: str, client: int, sent: int) -> dict[str, Any]:
    """A signed Twilio post of the traffic's next text, as a WSGI server hands it over."""
    form = twilio_form(f"+447700900{client:03d}", TRAFFIC[(client * 11 + sent) % len(TRAFFIC)])
    body = urlencode(form).encode()
    return {"REQUEST_METHOD": "POST", "SCRIPT_NAME": "", "PATH_INFO": path, "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "5000", "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": HOST, "REMOTE_ADDR": "127.0.0.1",
            "CONTENT_TYPE": "application/x-www-form-urlencoded",
            "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body),
            "HTTP_X_TWILIO_SIGNATURE": RequestValidator(TOKEN).compute_signature(
                f"http://{HOST}{path}", form),
            "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr, "wsgi.multithread": True,
            "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0)}


def answered(status: str, headers: list[tuple[str, str]], info: Any = None) -> None:
    assert status.startswith("200"), status


def send(app: Any, path: str, count: int, start: int = 0) -> float:
    """CPU microseconds per request over `count` signed requests to `path`."""
    return sent(app, prepare(path, count, start))


def prepare(path: str, count: int, start: int = 0) -> list[dict[str, Any]]:
    """`count` signed requests to `path`, made before any is timed (signing them is the
    bench's work, not the finder's)."""
    return [environ(path, n % CLIENTS, (start + n) // CLIENTS) for n in range(count)]


def sent(app: Any, prepared: list[dict[str, Any]]) -> float:
    began = time.process_time()
    for one in prepared:
        body = app(one, answered)
        b"".join(body)
        getattr(body, "close", lambda: None)()
    return (time.process_time() - began) / len(prepared) * 1e6


def made(work: Path) -> Any:
    build.build(content.load(ROOT / "content"), work / "finder.db")
    os.environ.update({
        "FINDER_SECRET_KEY": secrets.token_hex(32), "TWILIO_AUTH_TOKEN": TOKEN,
        "FINDER_NUMBER_KEY": secrets.token_hex(32), "FINDER_DATABASE": str(work / "finder.db"),
        "FINDER_STATE_DATABASE": str(work / "state.db"), "FINDER_RATE_SMS": "off",
        "FINDER_RATE_WEB": "off"})
    app = serve()
    warm(app.app)
    gc.freeze()
    gc.set_threshold(GC_FIRST_GENERATION, *gc.get_threshold()[1:])  # as gunicorn.conf.py
    return app


def phases(app: Any, texts: int) -> None:
    for owner, name, phase in PHASES:
        wrap = timed_block if name in BLOCKS else timed
        setattr(owner, name, wrap(getattr(owner, name), phase))
    runs = [(send(app, "/sms", texts // 5, n * texts), send(app, "/bare/", texts // 5))
            for n in range(5)]
    sms, bare = (sorted(found)[2] for found in zip(*runs, strict=True))  # medians of 5
    print(f"/sms {sms:7.0f} us CPU a text, /bare {bare:5.0f} us a request "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    total = sum(SPENT[phase] for phase in ("signature check (with form parsing)",
                                           "inbound parse", "TwiML response",
                                           "turn: state read + conversation + state write"))
    print(f"{'phase':48} {'us/text':>8} {'share':>6} {'calls/text':>10}")
    for _, _, phase in PHASES:
        each = SPENT[phase] / 1000 / texts
        print(f"{phase:48} {each:8.0f} {SPENT[phase] / total:6.0%} {CALLS[phase] / texts:10.2f}")
    print("(shares of the four top-level phases' sum; the rest of a request is Flask's own "
          "dispatch and the kept after-request hooks)")


def profile(app: Any, texts: int) -> None:
    found = cProfile.Profile()
    found.runcall(sent, app, prepare("/sms", texts))
    pstats.Stats(found).sort_stats("tottime").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=1500, help="texts timed (default 1500)")
    parser.add_argument("--profile", action="store_true", help="cProfile instead of phases")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finder-phases-"))
    try:
        app = made(work)
        send(app, "/sms", 300)
        send(app, "/bare/", 300)  # every number's conversation under way, caches warm
        (profile if args.profile else phases)(app, args.texts)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
