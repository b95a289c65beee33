"""Where a text's time goes under gunicorn: `bench/sms.py`'s server, its workers timing the
phases of `bench/sms_phases.py` and gunicorn's own parts of each request, with 1 client.

    python -m bench.sms_gunicorn [--seconds 10]

This file is also that run's gunicorn config: the finder's own `gunicorn.conf.py`, plus hooks
(this bench's only) that wrap the phases in each worker after the fork, time each request's
CPU from gunicorn's `pre_request` to `post_request` (the app, the answer written, the access
log) and gunicorn's parts for /bare/ and /sms apart, and write the sums to FINDER_PHASES_OUT
when the worker exits. Every process's CPU is counted too (from /proc, all threads: the
gthread worker's poller and its pool), the figure `bench/sms.py` divides.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
exec((ROOT / "gunicorn.conf.py").read_text())  # noqa: S102 - the repository's own settings
REQUESTS: Counter[str] = Counter()
CPU: Counter[str] = Counter()
GUNICORN: Counter[str] = Counter()  # "<path> <part>": thread CPU nanoseconds
CURRENT = threading.local()  # the path of the request this thread is handling
# gunicorn's parts of one request in the gthread worker's pool thread (module, owner, name).
PARTS = [
    ("gunicorn.http.parser", "Parser", "__next__", "request line and headers parsed"),
    ("gunicorn.http.wsgi", None, "create", "WSGI environ made"),
    ("werkzeug.middleware.dispatcher", "DispatcherMiddleware", "__call__", "the app (Flask)"),
    ("gunicorn.http.wsgi", "Response", "write", "answer written to the socket"),
    ("gunicorn.glogging", "Logger", "access", "access log line"),
]


def gunicorn_timed(function: Any, part: str) -> Any:
    """`function`, its thread CPU added under the current request's path and `part` (the
    parser's under the path of the request it returns: it runs before `pre_request`)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started, found = time.thread_time_ns(), None
        try:
            found = function(*args, **kwargs)
            return found
        finally:
            path = getattr(found, "path", None) or getattr(CURRENT, "path", "?")
            GUNICORN[f"{path} {part}"] += time.thread_time_ns() - started

    return wrapper


def post_fork(server: Any, worker: Any) -> None:
    from bench import sms_phases
    from bench.timing import timed, timed_block

    for owner, name, phase in sms_phases.PHASES:
        wrap = timed_block if name in sms_phases.BLOCKS else timed
        setattr(owner, name, wrap(getattr(owner, name), phase))
    import importlib

    for module, owner_name, name, part in PARTS:
        owner = importlib.import_module(module)
        owner = getattr(owner, owner_name) if owner_name else owner
        setattr(owner, name, gunicorn_timed(getattr(owner, name), part))


def pre_request(worker: Any, req: Any) -> None:
    CURRENT.path = req.path
    req.finder_started = time.thread_time_ns()


def post_request(worker: Any, req: Any, environ: Any, resp: Any) -> None:
    REQUESTS[req.path] += 1
    CPU[req.path] += time.thread_time_ns() - req.finder_started


def worker_exit(server: Any, worker: Any) -> None:
    from bench.timing import CALLS, SPENT

    found = {"requests": REQUESTS, "cpu": CPU, "spent": SPENT, "calls": CALLS,
             "gunicorn": GUNICORN}
    out = Path(os.environ["FINDER_PHASES_OUT"]) / f"{os.getpid()}.json"
    out.write_text(json.dumps(found))


def summed(folder: Path) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {}
    for file in folder.glob("*.json"):
        for part, counts in json.loads(file.read_text()).items():
            found.setdefault(part, Counter()).update(counts)
    return found


def main() -> None:
    import argparse
    import secrets
    import shutil
    import tempfile

    from bench import sms, sms_phases
    from finder.directory import build, content

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="per endpoint (default 10)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finder-gunicorn-phases-"))
    try:
        build.build(content.load(ROOT / "content"), work / "finder.db")
        (work / "out").mkdir()
        port = sms.free_port()
        env = {**os.environ, "FINDER_SECRET_KEY": secrets.token_hex(32),
               "TWILIO_AUTH_TOKEN": sms.TOKEN, "FINDER_NUMBER_KEY": secrets.token_hex(32),
               "FINDER_DATABASE": str(work / "finder.db"), "FINDER_BIND": f"127.0.0.1:{port}",
               "FINDER_STATE_DATABASE": str(work / "state.db"), "FINDER_WORKERS": "2",
               "FINDER_RATE_SMS": "off", "FINDER_RATE_WEB": "off", "PYTHONPATH": str(ROOT),
               "FINDER_PHASES_OUT": str(work / "out")}
        server = sms.start_gunicorn(port, env, Path(__file__))
        processes: dict[str, list[float]] = {"/bare/": [0, 0], "/sms": [0, 0]}
        try:
            sms.hammer(port, "/sms", 1, 2)  # warm both workers
            for path in ("/bare/", "/sms", "/bare/", "/sms"):
                before = sms.workers_cpu(server.pid)
                processes[path][1] += len(sms.hammer(port, path, args.seconds / 2, 1))
                processes[path][0] += sms.workers_cpu(server.pid) - before
        finally:
            server.terminate()
            server.wait(timeout=15)
        report(summed(work / "out"), sms_phases.PHASES, processes)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(found: dict[str, Counter[str]], phases: list[tuple[Any, str, str]],
           processes: dict[str, list[float]]) -> None:
    requests, cpu = found["requests"], found["cpu"]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for path in ("/bare/", "/sms"):
        seconds, timed = processes[path]
        print(f"{path:7} {requests[path]:6} requests  {cpu[path] / requests[path] / 1000:6.0f} us "
              f"CPU each from pre_request to post_request, {seconds / timed * 1e6:6.0f} us of the "
              "workers' (every thread) in the timed runs")
        for _, _, _, part in PARTS:
            print(f"  {part:46} {found['gunicorn'][f'{path} {part}'] / requests[path] / 1000:8.0f}"
                  " us")
    texts = requests["/sms"]  # the warm-up's texts too: every phase counted them as well
    print(f"{'phase':48} {'us/text':>8} {'calls/text':>10}")
    for _, _, phase in phases:
        print(f"{phase:48} {found['spent'][phase] / 1000 / texts:8.0f}"
              f" {found['calls'][phase] / texts:10.2f}")


if __name__ == "__main__":
    main()
