"""Load: the SMS webhook at stepped, then sustained rates, from 5,000 numbers, beside parents'
web searches and a staff member saving listings; every reply and every state change checked.

    python bench/load.py [--backend sqlite|redis] [--rates 5,10,20,30] [--step-seconds 40]
                         [--sustain-seconds 300]

gunicorn runs with gunicorn.conf.py (2 workers, 4 threads) on loopback, behind no proxy but
with `FINDER_PROXY_FIX=1` so that web clients come from many addresses, and with the default
rate limits on. Each SMS turn is counted in its conversation state (`bench_turns`, added by
this file's `serve()`), so that afterwards the store shows whether each message moved its
number's state exactly once. A message whose answer is lost is sent again with the same
MessageSid, as Twilio would. A staff member saves a listing every 10 seconds through the
editor's own write path (`finder.directory.editor.save_service`: the change and its history
recorded, as `/admin` does after its form), so workers rebuild their search index under load.
Everything lives in a temporary folder, and the run stops by itself.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_traffic import Traffic, percentile  # noqa: E402
from bench.sms import free_port  # noqa: E402
from finder.directory import build, content  # noqa: E402

NUMBERS = 5000
TOKEN = secrets.token_hex(16)
SECRET = secrets.token_hex(32)
NUMBER_KEY = secrets.token_hex(32)


def serve():
    """The finder with each SMS turn counted in the state (gunicorn 'bench.load:serve()')."""
    from finder import create_app
    from finder.sms import replies

    real = replies.converse

    def counted(state, text):
        new, reply = real(state, text)
        return {**new, "bench_turns": (state or {}).get("bench_turns", 0) + 1}, reply

    replies.converse = counted
    return create_app()


def start(work: Path, port: int, state_url: str | None) -> subprocess.Popen:
    env = {**os.environ, "FINDER_SECRET_KEY": SECRET, "FINDER_NUMBER_KEY": NUMBER_KEY,
           "TWILIO_AUTH_TOKEN": TOKEN,
           "FINDER_DATABASE": str(work / "finder.db"), "FINDER_BIND": f"127.0.0.1:{port}",
           "FINDER_STATE_DATABASE": str(work / "state.db"), "FINDER_PROXY_FIX": "1",
           "PYTHONPATH": str(ROOT), **({"FINDER_STATE_URL": state_url} if state_url else {})}
    env.pop("FINDER_LOCAL", None)
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
         "--access-logfile", "/dev/null", "bench.load:serve()"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=open(work / "gunicorn.log", "w"))  # noqa: SIM115
    return process


def worker_rss_mb(master: int) -> list[float]:
    """Resident memory of each gunicorn worker, in MB."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def staff_saves(database: Path, stop: threading.Event, saved: list[float]) -> None:
    """A staff member saving a listing every 10 seconds through the editor's write path."""
    from finder.directory import editor, store

    conn = store.connect(database)
    ids = [row["id"] for row in conn.execute("SELECT id FROM services")]
    while not stop.wait(10):
        listing = editor.service(conn, random.choice(ids))
        note = listing.get("cost_note") or ""
        listing["cost_note"] = "" if note else "Checked by phone during the load test."
        started = time.perf_counter()
        editor.save_service(conn, listing, by="load-bench@example.org")
        saved.append((time.perf_counter() - started) * 1000)
    conn.close()


def verify_turns(traffic: Traffic, state_url: str | None, work: Path) -> int:
    """Numbers whose stored state moved a different number of times than messages answered."""
    if state_url:
        from finder.state.redis_store import RedisStore

        store = RedisStore(state_url, NUMBER_KEY)
    else:
        from finder.state.sqlite import SqliteStore

        store = SqliteStore(work / "state.db", NUMBER_KEY)
    wrong = 0
    for number, answered in traffic.answered_per_number().items():
        turns = (store.peek(number) or {}).get("bench_turns", 0)
        wrong += turns != answered
    return wrong


def step(traffic: Traffic, rate: float, seconds: float, state_url, work) -> dict:
    result = traffic.run(rate, seconds)
    result["wrong_turns"] = verify_turns(traffic, state_url, work)
    result["held"] = (result["unanswered"] == 0 and result["five_xx"] == 0
                      and result["wrong_turns"] == 0 and result["retry_mismatch"] == 0
                      and result["sms_p99"] < 1000 and result["web_p99"] < 1000
                      and result["sms_rate"] >= 0.95 * rate)
    return result


HEADER = ("target/s  sms/s  web/s   sms  p50  p95   p99 | web p99  5xx  429  lost  "
          "retries  wrong  held")


def row(rate: float, r: dict) -> str:
    return (f"{rate:8.1f} {r['sms_rate']:6.1f} {r['web_rate']:6.1f} {r['sms']:5d}"
            f" {r['sms_p50']:4.0f} {r['sms_p95']:4.0f} {r['sms_p99']:5.0f} |"
            f" {r['web_p99']:7.0f} {r['five_xx']:4d} {r['limited']:4d} {r['unanswered']:5d}"
            f" {r['retries']:8d} {r['wrong_turns']:6d}  {'yes' if r['held'] else 'NO'}")


def run(args: argparse.Namespace, work: Path, state_url: str | None) -> None:
    build.build(content.load(ROOT / "content"), work / "finder.db")
    port = free_port()
    server = start(work, port, state_url)
    stop, saved = threading.Event(), []
    try:
        traffic = Traffic(port, TOKEN, NUMBERS)
        traffic.wait_until_up()
        traffic.run(4, 8)  # warm every worker and thread: tools are built on first use
        rss_start = worker_rss_mb(server.pid)
        threading.Thread(target=staff_saves, args=(work / "finder.db", stop, saved),
                         daemon=True).start()
        print(f"backend {args.backend}; load average at start {os.getloadavg()}")
        print(HEADER)
        best = 0.0
        for rate in args.rates:
            result = step(traffic, rate, args.step_seconds, state_url, work)
            print(row(rate, result), flush=True)
            if not result["held"]:
                break
            best = rate
        if best and args.sustain_seconds:
            print(f"sustained {args.sustain_seconds:.0f} s at {best}/s:")
            print(row(best, step(traffic, best, args.sustain_seconds, state_url, work)))
        rss_end = worker_rss_mb(server.pid)
        print(f"highest rate held: {best}/s SMS (plus web searches at half that)")
        print(f"worker RSS MB at start {[round(m) for m in rss_start]}, "
              f"at end {[round(m) for m in rss_end]}")
        print(f"staff saves: {len(saved)}, p99 {percentile(saved, 99):.0f} ms")
        print(f"numbers that texted: {len(traffic.answered_per_number())}; "
              f"load average at end {os.getloadavg()}")
    finally:
        stop.set()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "redis"], default="sqlite")
    parser.add_argument("--rates", type=lambda s: [float(x) for x in s.split(",")],
                        default=[5, 10, 20, 30, 40], help="SMS per second, stepped up")
    parser.add_argument("--step-seconds", type=float, default=40)
    parser.add_argument("--sustain-seconds", type=float, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finder-load-"))
    started = time.monotonic()
    try:
        with ExitStack() as stack:
            state_url = None
            if args.backend == "redis":
                from tests.redis_server import redis_server

                state_url = stack.enter_context(redis_server(work))
            run(args, work, state_url)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"total {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
