"""The staff editor's reads at size: one service by id against the whole directory.

Opening a listing to edit, and saving it, read that one service (`store.service`: its row and
its lists) where they once read every service, and no longer go through a CSV row and back.
The floor is one read of the whole directory (`store.services`, what the editor used to do at
least twice a save), measured in the same run on the same file.

Run: python -m bench.editor [--sizes 10000] [--repeats 50]   (not a test)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.oruk import grow
from finder.config import PROJECT_ROOT
from finder.directory import build, content, editor, store


def median_ms(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(label: str, path: Path, repeats: int) -> None:
    conn = store.connect(path)
    sid = "relate-parenting-courses"
    listing = editor.service(conn, sid)
    notes = iter(range(1_000_000))
    floor = median_ms(lambda: store.services(conn, include_retired=True), max(3, repeats // 10))
    one = median_ms(lambda: editor.service(conn, sid), repeats)
    save = median_ms(lambda: editor.save_service(
        conn, {**listing, "cost_note": f"note {next(notes)}"}, "bench@example.org"), repeats)
    count = conn.execute("SELECT count(*) FROM services").fetchone()[0]
    conn.close()
    print(f"{label:<18} {count:>7} services  whole read {floor:8.2f} ms  "
          f"one listing {one:6.2f} ms ({one / floor:.4f})  save {save:6.2f} ms "
          f"({save / floor:.4f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    print("Staff editor reads (ratio: against one read of the whole directory, same run)")
    with tempfile.TemporaryDirectory() as folder:
        real = build.build(content.load(PROJECT_ROOT / "content"), Path(folder) / "real.db")
        measure("real directory", real, args.repeats)
        for size in args.sizes:
            path = build.build(content.load(PROJECT_ROOT / "content"), Path(folder) / f"{size}.db")
            grow(path, size)
            measure(f"synthetic {size:,}", path, args.repeats)


if __name__ == "__main__":
    main()
