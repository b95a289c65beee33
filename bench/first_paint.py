"""First paint on a slow 3G phone: `/` and a results page beside a bare page, in Chromium.

    python -m bench.first_paint [--runs 5]

Debian's Chromium (Playwright) loads each page with a cold cache under the network the Chrome
DevTools protocol emulates. Two profiles are measured:

- "3G slow" as WebPageTest defines it: 400 ms round trip, 400 kbit/s down and up;
- DevTools' own "Slow 3G": 2,000 ms added to every request, 400 kbit/s down and up (harsher:
  every request, the style sheet included, waits two seconds).

Two floors come from a bare Flask app on the same server in the same run: a page of one line,
and a page of as many bytes as `/` sends (gzipped) with nothing else to fetch. The ratio to the
second says what the finder adds beyond its own weight: 1.0 when the page needs one round trip.
The goal (issue 15) is first paint at 2.5 s or less for `/` and results, on both profiles.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
from pathlib import Path

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finder import create_app  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
KBIT = 1000 / 8  # bytes per second in one kbit/s
PROFILES = {
    "3G slow (WebPageTest)": {"latency": 400, "downloadThroughput": 400 * KBIT,
                              "uploadThroughput": 400 * KBIT},
    "Slow 3G (DevTools)": {"latency": 2000, "downloadThroughput": 400 * KBIT,
                           "uploadThroughput": 400 * KBIT},
}
PAGES = {"bare page (floor)": "/bare/", "bare, same bytes": "/bare/sized",
         "/ (welcome)": "/?lang=en",
         "results": "/find?need=sleep&age=any&place=Leicester&lang=en",
         "results (ur)": "/find?need=sleep&age=any&place=Leicester&lang=ur"}
GOAL_MS = 2500


def serve(folder: Path) -> str:
    """The finder with bare pages mounted at /bare, on a loopback port; returns its address."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    app = create_app({"INSTANCE_PATH": str(folder / "instance"),
                      "STATE_DB": str(folder / "state.db"),
                      "SECRET_KEY": "bench-secret-key-not-for-production"})
    client = app.test_client()
    for path in PAGES.values():  # warm: the first search builds the index and understander
        client.get(path)
    sent = client.get(PAGES["/ (welcome)"], headers={"Accept-Encoding": "gzip"})
    head = "<!doctype html><title>ok</title><p>"
    sized = head + "ok " * ((len(sent.get_data()) - len(head)) // 3)  # not compressed: same bytes
    bare = Flask("bare")
    bare.add_url_rule("/", "bare", lambda: head + "ok")
    bare.add_url_rule("/sized", "sized", lambda: sized)
    server = make_server("127.0.0.1", 0, DispatcherMiddleware(app, {"/bare": bare}),
                         threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def first_paint(browser, url: str, network: dict) -> tuple[float, int]:
    """First contentful paint (ms) of `url` with a cold cache, and the bytes it transferred."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", {"offline": False, **network})
    received = []
    cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
    page.goto(url, wait_until="load")
    paint = page.evaluate(
        "() => new Promise(done => { const find = () => performance.getEntriesByName("
        "'first-contentful-paint')[0]; const seen = find(); if (seen) return done(seen.startTime);"
        " new PerformanceObserver(() => done(find().startTime)).observe({type: 'paint',"
        " buffered: true}); })")
    context.close()
    return paint, sum(received)


def measure(browser, base: str, network: dict, runs: int) -> dict[str, list[tuple[float, int]]]:
    """Each page's samples, the pages taken in turn in every run so that a busy moment on the
    machine falls on all of them alike."""
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in PAGES}
    for _ in range(runs):
        for name, path in PAGES.items():
            samples[name].append(first_paint(browser, base + path, network))
    return samples


def report(samples: dict[str, list[tuple[float, int]]]) -> None:
    """Median first paint per page, its bytes, and its ratio to each floor."""
    print(f"{'page':<22}{'first paint':>13}{'bytes':>9}{'× bare':>8}{'× same bytes':>14}"
          f"  goal ≤ {GOAL_MS} ms")
    floors: list[float] = []
    for name, path in PAGES.items():
        paint = statistics.median(sample[0] for sample in samples[name])
        if path.startswith("/bare"):
            floors.append(paint)
        met = "" if path.startswith("/bare") else ("met" if paint <= GOAL_MS else "NOT met")
        print(f"{name:<22}{paint:>10.0f} ms{samples[name][0][1]:>9}{paint / floors[0]:>7.2f}×"
              f"{paint / floors[-1]:>13.2f}×  {met}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if not CHROMIUM.exists():
        raise SystemExit("Debian chromium is missing: `bash scripts/test` installs it")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        base = serve(Path(folder))
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--no-sandbox", "--disable-gpu"])
        for profile, network in PROFILES.items():
            print(f"\n{profile}: median of {runs} cold loads, pages interleaved, phone 360 px")
            report(measure(browser, base, network, runs))
        browser.close()


if __name__ == "__main__":
    main()
