"""Memory and start at size: each gunicorn worker's PSS and the first requests' time over a
directory of 100,000 services (the real listings copied with new ids), and after a staff edit.

    python bench/memory.py [--services 100000] [--workers 2] [--settle 90]

gunicorn runs with gunicorn.conf.py on loopback; everything lives in a temporary folder and
the run stops by itself (a few minutes at 100,000, most of it writing the directory).
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sms import free_port  # noqa: E402
from finder.directory import build, content  # noqa: E402

SEARCHES = ("/api/v1/services?need=sleep&place=charnwood&age_months=30",
            "/api/v1/services?need=behaviour&age_months=50", "/api/v1/services?text=stay+and+play",
            "/", "/find?need=sleep")
LINKS = ("service_needs", "service_districts", "service_delivery", "service_languages")


def grow(path: Path, count: int) -> None:
    """Add services to the directory until it holds `count`: copies of the real listings,
    each with its own id, UUID and name (so the text index grows as well)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        real = [dict(row) for row in conn.execute("SELECT * FROM services")]
        links = {table: [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]  # noqa: S608
                 for table in LINKS}
        columns = list(real[0])
        rows, linked = [], {table: [] for table in LINKS}
        for n in range(count - len(real)):
            template = real[n % len(real)]
            copy = {**template, "id": f"{template['id']}-{n}",
                    "name": f"{template['name']} {n % 997}",
                    **{c: f"bench-{c}-{n}" for c in columns if c.endswith("uuid")}}
            rows.append(tuple(copy[c] for c in columns))
            for table in LINKS:
                linked[table] += [(copy["id"], *list(r.values())[1:])
                                  for r in links[table] if r["service_id"] == template["id"]]
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO services ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                         rows)
        for table, values in linked.items():
            conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", values)  # noqa: S608
        conn.commit()


def get(port: int, path: str) -> float:
    """Milliseconds to fetch `path` on a new connection (a 200 required)."""
    started = time.perf_counter()
    with closing(http.client.HTTPConnection("127.0.0.1", port, timeout=60)) as conn:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        assert response.status == 200, (path, response.status)
    return (time.perf_counter() - started) * 1000


def pss_mb(master: int) -> list[float]:
    """Proportional set size of each gunicorn worker, in MB (shared pages split)."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def first_requests(port: int, workers: int) -> list[float]:
    """The first request each of `workers` parallel clients makes (one per worker, likely)."""
    found: list[float] = []
    threads = [threading.Thread(target=lambda: found.append(get(port, SEARCHES[0])))
               for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return found


def start(work: Path, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "FINDER_SECRET_KEY": "bench-secret", "FINDER_NUMBER_KEY": "bench-key",
           "FINDER_DATABASE": str(work / "finder.db"), "FINDER_BIND": f"127.0.0.1:{port}",
           "FINDER_STATE_DATABASE": str(work / "state.db"), "FINDER_WORKERS": str(workers),
           "FINDER_RATE_WEB": "off", "PYTHONPATH": str(ROOT)}
    env.pop("FINDER_LOCAL", None)
    return subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
         "--access-logfile", "/dev/null", "wsgi:app"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_up(port: int, process: subprocess.Popen) -> float:
    started = time.monotonic()
    while process.poll() is None and time.monotonic() - started < 300:
        try:
            get(port, "/healthz")
            return time.monotonic() - started
        except (OSError, AssertionError):
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def run(work: Path, count: int, workers: int, settle: float) -> None:
    started = time.monotonic()
    build.build(content.load(ROOT / "content"), work / "finder.db")
    grow(work / "finder.db", count)
    print(f"directory of {count:,} services written in {time.monotonic() - started:.0f} s; "
          f"load average {os.getloadavg()[0]:.1f}")
    port = free_port()
    server = start(work, port, workers)
    try:
        print(f"gunicorn up (directory indexed before fork) in {wait_up(port, server):.1f} s")
        firsts = first_requests(port, workers)
        print(f"first requests: {', '.join(f'{ms:.0f} ms' for ms in firsts)} (goal under 1,000)")
        for n in range(100):
            get(port, SEARCHES[n % len(SEARCHES)])
        print(f"worker PSS after 100 requests: {[round(m) for m in pss_mb(server.pid)]} MB "
              "(goal at most 150 each)")
        with closing(sqlite3.connect(work / "finder.db")) as conn:
            conn.execute("UPDATE services SET cost_note = 'Checked during the bench.' "
                         "WHERE id = (SELECT MIN(id) FROM services)")
            conn.commit()
        after = [get(port, SEARCHES[0]) for _ in range(workers * 2)]
        print(f"first requests after a staff edit (each worker re-indexes): "
              f"{', '.join(f'{ms:.0f} ms' for ms in after)}")
        print(f"worker PSS just after the edit: {[round(m) for m in pss_mb(server.pid)]} MB")
        time.sleep(settle)  # each worker's own new index replaces the shared one
        later = [get(port, SEARCHES[n % len(SEARCHES)]) for n in range(10)]
        print(f"{settle:.0f} s later: requests p50 {sorted(later)[5]:.0f} ms, worker PSS "
              f"{[round(m) for m in pss_mb(server.pid)]} MB (the rebuilt index is each "
              f"worker's own); load average {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--settle", type=float, default=90,
                        help="seconds to let workers re-index after the edit (default 90)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finder-memory-"))
    try:
        run(work, args.services, args.workers, args.settle)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
