"""Where a text's time goes under gunicorn: `bench/sms.py`'s server, its workers timing the
phases of `bench/sms_phases.py`, with 1 client.

    python -m bench.sms_gunicorn [--seconds 10]

This file is also that run's gunicorn config: the finder's own `gunicorn.conf.py`, plus hooks
(this bench's only) that wrap the phases in each worker after the fork, time each request's
CPU from gunicorn's `pre_request` to `post_request` (the app, the answer written, the access
log) and write the sums to FINDER_PHASES_OUT when the worker exits.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
exec((ROOT / "gunicorn.conf.py").read_text())  # noqa: S102 - the repository's own settings
REQUESTS: Counter[str] = Counter()
CPU: Counter[str] = Counter()


def post_fork(server: Any, worker: Any) -> None:
    from bench import sms_phases
    from bench.timing import timed, timed_block

    for owner, name, phase in sms_phases.PHASES:
        wrap = timed_block if name in sms_phases.BLOCKS else timed
        setattr(owner, name, wrap(getattr(owner, name), phase))


def pre_request(worker: Any, req: Any) -> None:
    req.finder_started = time.thread_time_ns()


def post_request(worker: Any, req: Any, environ: Any, resp: Any) -> None:
    REQUESTS[req.path] += 1
    CPU[req.path] += time.thread_time_ns() - req.finder_started


def worker_exit(server: Any, worker: Any) -> None:
    from bench.timing import CALLS, SPENT

    found = {"requests": REQUESTS, "cpu": CPU, "spent": SPENT, "calls": CALLS}
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
        try:
            sms.hammer(port, "/sms", 1, 2)  # warm both workers
            for path in ("/bare/", "/sms", "/bare/", "/sms"):
                sms.hammer(port, path, args.seconds / 2, 1)
        finally:
            server.terminate()
            server.wait(timeout=15)
        report(summed(work / "out"), sms_phases.PHASES)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(found: dict[str, Counter[str]], phases: list[tuple[Any, str, str]]) -> None:
    requests, cpu = found["requests"], found["cpu"]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for path in ("/bare/", "/sms"):
        print(f"{path:7} {requests[path]:6} requests  {cpu[path] / requests[path] / 1000:6.0f} us "
              "CPU each, from pre_request to post_request")
    texts = requests["/sms"]  # the warm-up's texts too: every phase counted them as well
    print(f"{'phase':48} {'us/text':>8} {'calls/text':>10}")
    for _, _, phase in phases:
        print(f"{phase:48} {found['spent'][phase] / 1000 / texts:8.0f}"
              f" {found['calls'][phase] / texts:10.2f}")


if __name__ == "__main__":
    main()
