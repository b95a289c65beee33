"""Search latency, index build time and memory, on the real directory and synthetic ones.

Run: python bench/search.py   (under a minute; prints a table; not a test)
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from finder.config import PROJECT_ROOT  # noqa: E402
from finder.directory import build, content, store  # noqa: E402
from finder.directory.content import DELIVERY, NEED_SLUGS  # noqa: E402
from finder.search import Index, Query, search  # noqa: E402
from finder.search.entry import names  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
REPEATS = {1_000: 400, 10_000: 300, 100_000: 200}
PLACES = ("Leicester", "Loughborough", "Hinckley", "Melton", "Oakham", "Wigston", "Syston",
          "Coalville", "Lutterworth", "Market Harborough", "Blaby", "Braunstone", "Belgrave",
          "Beaumont Leys", "Uppingham", "Shepshed", "Ashby", "Enderby", "Anstey", "Birstall")
KINDS = ("Family Hub", "Children's Centre", "Community Trust", "Parents' Network", "Mosque",
         "Gurdwara", "Temple", "Library", "Baptist Church", "Health Visiting Team",
         "Home-Start", "Women's Centre", "Dads' Club", "Youth Service", "Sure Start")
ACTIVITIES = ("Stay and Play", "Baby Massage", "Bump Group", "Breastfeeding Cafe",
              "Toddler Time", "Teen Parenting Course", "Incredible Years", "Triple P",
              "Solihull Approach", "Dads and Lads", "Coffee Morning", "Sleep Clinic",
              "Wellbeing Walk", "Talk and Play", "Parent Chat", "Family Learning",
              "Freedom Programme", "YP Project", "Mellow Babies", "Healthy Start")
AGE_BANDS = ((0, 11), (0, 59), (0, 227), (12, 47), (24, 143), (60, 143), (132, 227),
             (0, 311), (0, 23))
LANGS = ("pl", "gu", "pa", "ur", "so", "ar")


def synthetic(count: int, districts: list[dict], rng: random.Random) -> list[dict]:
    """`count` plausible services: organisations of one to six services across the region."""
    slugs = [d["slug"] for d in districts]
    areas = {"leicestershire": [d["slug"] for d in districts if d["area"] == "leicestershire"]}
    services = []
    while len(services) < count:
        org = f"{rng.choice(PLACES)} {rng.choice(KINDS)}"
        for _ in range(rng.randint(1, 6)):
            services.append(_service(len(services), org, slugs, areas, rng))
    return services[:count]


def _service(i: int, org: str, slugs: list[str], areas: dict, rng: random.Random) -> dict:
    low, high = rng.choice(AGE_BANDS)
    roll = rng.random()
    covers = [rng.choice(slugs)] if roll < 0.6 else \
        areas["leicestershire"] if roll < 0.85 else slugs
    own = rng.random() < 0.3
    return {
        "id": f"s{i}", "uuid": f"u{i}", "name": f"{rng.choice(ACTIVITIES)} {rng.choice(PLACES)}",
        "organisation_name": org, "organisation_uuid": "o", "description": "",
        "needs": rng.sample(NEED_SLUGS, rng.randint(1, 3)), "districts": covers,
        "min_age_months": low, "max_age_months": high, "pregnancy": rng.random() < 0.1,
        "delivery": rng.sample(DELIVERY, rng.choice((1, 1, 1, 2))),
        "threshold": rng.choice(("universal", "community", "community", "targeted",
                                 "specialist")),
        "referral": rng.choice(("self", "self-or-professional", "professional")),
        "cost": rng.choice(("free", "unknown", "paid")), "based_in": rng.choice(covers),
        "languages": rng.sample(LANGS, rng.choice((0, 0, 0, 1, 2))),
        "keywords": [rng.choice(ACTIVITIES).lower()], "status": "active",
        "parent_max_age": 20 if rng.random() < 0.03 else None, "parent_audience": "any",
        "location": {"lat": 52.4 + rng.random() * 0.5, "lon": -1.5 + rng.random() * 0.9}
        if own else {},
    }


def rss_mb() -> float:
    """Resident memory of this process now, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(call: Callable[[], object], repeats: int) -> tuple[float, float, float]:
    """p50 and p99 of `call` in wall-clock milliseconds, and p99 in this thread's CPU time.

    CPU time leaves out time spent waiting for a core, so it shows the cost on one core even
    when other work loads the machine; the wall-clock figures include that wait.
    """
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.thread_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    wall.sort()
    cpu.sort()
    p99 = min(repeats - 1, int(repeats * 0.99))
    return statistics.median(wall), wall[p99], cpu[p99]


QUERIES = {
    "need+age+district": Query(needs=("sleep", "behaviour"), age_months=(30,),
                               district="charnwood"),
    "age only (broad)": Query(age_months=(30, 100), language="pl"),
    "need+text+district": Query(needs=("sleep",), text="stay and play", district="melton"),
    "widened twice": Query(needs=("no-such-need",), age_months=(30,), district="rutland"),
    "text 'home start'": Query(text="home start"),
    "text typo 'tripel p'": Query(text="tripel p"),
    "empty": Query(),
}


def measure(label: str, services: list[dict], districts: list[dict], needs: list[dict],
            repeats: int) -> float:
    """Print one size's figures; return the worst CPU-time p99 of its queries."""
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    index = Index.from_services(services, districts, needs)
    built = time.perf_counter() - start
    grown = rss_mb() - before
    # Long-lived index objects out of the collector's way, as a server would after start-up.
    gc.collect()
    gc.freeze()
    strings = [s for service in index.services for s in names(service)]
    print(f"\n{label}: {len(index):,} services, {len(strings):,} name strings, "
          f"{len(index.text.vocabulary):,} words; index built in {built:.2f} s, "
          f"RSS +{grown:.0f} MB (process {rss_mb():.0f} MB)")
    print(f"  {'query':<22}{'p50 ms':>9}{'p99 ms':>9}{'cpu p99':>9}{'found':>8}"
          f"{'raw extract p50':>17}{'ratio':>8}")
    worst = 0.0
    for name, query in QUERIES.items():
        search(index, query)  # warm: the empty query's answer is cached per index
        p50, p99, cpu99 = timed(lambda q=query: search(index, q), repeats)
        worst = max(worst, cpu99)
        found = search(index, query).total
        raw = ""
        if query.text:
            raw_p50, *_ = timed(lambda q=query: process.extract(
                q.text, strings, scorer=fuzz.WRatio, processor=utils.default_process,
                score_cutoff=75, limit=10), max(3, repeats // 10))
            raw = f"{raw_p50:>17.2f}{p50 / raw_p50:>8.2f}"
        print(f"  {name:<22}{p50:>9.2f}{p99:>9.2f}{cpu99:>9.2f}{found:>8}{raw}")
    gc.unfreeze()
    return worst


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build.build(content.load(PROJECT_ROOT / "content"), Path(folder) / "finder.db")
        conn = store.connect(path)
        real, districts, needs = store.services(conn), store.districts(conn), store.needs(conn)
        conn.close()
    print(f"Search benchmark, Python {sys.version.split()[0]}, one core, load average "
          f"{os.getloadavg()[0]:.2f} at start; raw extract = rapidfuzz "
          "process.extract(WRatio) over every name string; ratio = search p50 / raw p50")
    measure("real directory", real, districts, needs, 400)
    rng = random.Random(20230614)
    worst = {size: measure(f"synthetic {size:,}", synthetic(size, districts, rng), districts,
                           needs, REPEATS[size]) for size in SIZES}
    print("\nworst cpu p99 per size: " + ", ".join(f"{size:,}: {p99:.1f} ms"
                                               for size, p99 in worst.items())
          + f" (goal at 100,000: under 20 ms); load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
