"""The open feed at size: `/oruk/services/{id}` and `/oruk/services` against `/api/v1/services`.

The floor is the search API's own page, measured in the same run, interleaved request by
request through one in-process app, at the real directory's size and at 100,000 services.
Goal (issue 15.4): both feed answers within 2x of the API at 100,000.

Run: python bench/oruk.py [--sizes 100000] [--repeats 200]   (about a minute; not a test)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.search import synthetic  # noqa: E402
from finder import create_app  # noqa: E402
from finder.config import PROJECT_ROOT  # noqa: E402
from finder.directory import build, content, store  # noqa: E402
from finder.directory.convert import content as convert  # noqa: E402
from finder.directory.convert import stored  # noqa: E402


def grow(path: Path, count: int) -> None:
    """Add `count` synthetic services to the built directory at `path`."""
    conn = store.connect(path)
    districts = store.districts(conn)
    organisation = store.organisations(conn)[0]["id"]
    rng = random.Random(20240601)
    with conn:
        for item in synthetic(count, districts, rng):
            item = {**item, "id": f"synthetic-{item['id']}", "organisation_id": organisation,
                    "description": f"{item['name']}, for families across the region.",
                    "source": "bench"}
            row = stored.row(convert.service(item))
            conn.execute(f"INSERT INTO services ({', '.join(row)}) "  # noqa: S608
                         f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
            for table, column, values in (("service_needs", "need", item["needs"]),
                                          ("service_districts", "district", item["districts"]),
                                          ("service_delivery", "delivery", item["delivery"])):
                conn.executemany(f"INSERT OR IGNORE INTO {table} (service_id, {column}, "  # noqa: S608
                                 "position) VALUES (?, ?, ?)",
                                 [(row["id"], v, i) for i, v in enumerate(values)])
    conn.close()


def median_ms(client, paths: list[str]) -> float:
    times = []
    for path in paths:
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times)


def measure(label: str, path: Path, repeats: int) -> None:
    app = create_app({"TESTING": True, "DATABASE": str(path),
                      "SECRET_KEY": "bench-secret-key-not-for-production"})
    client = app.test_client()
    conn = store.connect(path, readonly=True)
    uuids = [r[0] for r in conn.execute("SELECT uuid FROM services WHERE status = 'active'")]
    total = len(uuids)
    conn.close()
    rng = random.Random(7)
    client.get("/api/v1/services")  # the search index is built on first use: not timed
    rounds = {"api": [], "one": [], "page": []}
    for _ in range(repeats):
        page = rng.randint(1, max(1, min(total // 10, 1_000)))
        rounds["api"].append(median_ms(client, [f"/api/v1/services?page={page}"]))
        rounds["one"].append(median_ms(client, [f"/oruk/services/{rng.choice(uuids)}"]))
        rounds["page"].append(median_ms(client, [f"/oruk/services?page={page}&per_page=10"]))
    floor = statistics.median(rounds["api"])
    print(f"\n{label}: {total:,} active services, {repeats} interleaved rounds")
    print(f"  {'answer':<34}{'p50 ms':>9}{'ratio to the API':>18}")
    for name, title in (("api", "/api/v1/services (floor)"), ("one", "/oruk/services/{id}"),
                        ("page", "/oruk/services (10 a page)")):
        p50 = statistics.median(rounds[name])
        print(f"  {title:<34}{p50:>9.2f}{p50 / floor:>18.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    print("Open feed benchmark (goal: each ratio at 100,000 services at most 2.0)")
    with tempfile.TemporaryDirectory() as folder:
        path = build.build(content.load(PROJECT_ROOT / "content"), Path(folder) / "real.db")
        measure("real directory", path, args.repeats)
        for size in args.sizes:
            path = build.build(content.load(PROJECT_ROOT / "content"),
                               Path(folder) / f"s{size}.db")
            grow(path, size)
            measure(f"synthetic {size:,}", path, args.repeats)


if __name__ == "__main__":
    main()
