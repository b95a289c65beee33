"""SMS benchmark: webhook speed under gunicorn beside a bare Flask endpoint, and how many
messages and segments scripted parents need before their first results, per language.

    python bench/sms.py [--seconds 12] [--clients 8] [--runs 3] [--speed-only]

Runs in well under 90 seconds (each of `--runs` after the first adds about 50): a temporary
directory, state file and secrets; gunicorn with 2 workers on loopback; nothing left behind.
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask
from twilio.request_validator import RequestValidator
from werkzeug.middleware.dispatcher import DispatcherMiddleware

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sms_scripts import SCRIPTS  # noqa: E402
from finder import create_app  # noqa: E402
from finder.conversation.commands import word  # noqa: E402
from finder.directory import build, content  # noqa: E402
from finder.sms import get_store  # noqa: E402
from finder.sms.segments import measure  # noqa: E402

TOKEN = secrets.token_hex(16)
MAX_MESSAGES = 8  # a parent who has no results after this many is counted as not reached
# What the speed clients send: every language's scripts in turn, each ended by RESTART in its
# language, each client starting at a different place (not one text said over and over).
TRAFFIC = [text for language, scripts in SCRIPTS.items() for script in scripts
           for text in [*script, word("restart", language)]]


def sid() -> str:
    """A new message id shaped as Twilio's (the webhook refuses any other)."""
    return "SM" + secrets.token_hex(16)


def twilio_form(number: str, body: str) -> dict[str, str]:
    """An inbound text as Twilio posts it: its twenty fields, not only the four the finder
    reads (each is parsed and signed). Both endpoints of the speed bench get the same form."""
    message = sid()
    return {"ToCountry": "GB", "ToState": "", "SmsMessageSid": message, "NumMedia": "0",
            "ToCity": "", "FromZip": "", "SmsSid": message, "FromState": "",
            "SmsStatus": "received", "FromCity": "", "Body": body, "FromCountry": "GB",
            "To": "+447700900000", "MessagingServiceSid": "MG" + "0" * 32, "ToZip": "",
            "NumSegments": "1", "MessageSid": message, "AccountSid": "AC" + "0" * 32,
            "From": number, "ApiVersion": "2010-04-01"}


def serve() -> DispatcherMiddleware:
    """The finder with a bare Flask endpoint mounted at /bare (gunicorn 'bench.sms:serve()')."""
    bare = Flask("bare")
    bare.add_url_rule("/", "bare", lambda: "ok", methods=["POST"])
    return DispatcherMiddleware(create_app(), {"/bare": bare})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, env: dict[str, str],
                   config: Path = ROOT / "gunicorn.conf.py") -> subprocess.Popen:
    """gunicorn, once its workers answer: the port accepts connections as soon as the master
    binds it, before `when_ready` has built what the workers share and forked them."""
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "gunicorn", "-c", str(config),
         "bench.sms:serve()"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120  # a busy machine takes a while to preload
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", "/bare/", "")
            if conn.getresponse().status == 200:
                conn.close()
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def hammer(port: int, path: str, seconds: float, clients: int) -> list[float]:
    """Latencies (ms) of as many signed messages as `clients` keep-alive clients send."""
    latencies: list[float] = []
    lock = threading.Lock()
    url = f"http://127.0.0.1:{port}{path}"
    validator = RequestValidator(TOKEN)

    def client(number: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        end, sent, mine = time.monotonic() + seconds, 0, []
        while time.monotonic() < end:
            form = twilio_form(f"+447700900{number:03d}",
                               TRAFFIC[(number * 11 + sent) % len(TRAFFIC)])
            headers = {"Content-Type": "application/x-www-form-urlencoded",
                       "X-Twilio-Signature": validator.compute_signature(url, form)}
            started = time.perf_counter()
            conn.request("POST", path, urlencode(form), headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            assert response.status == 200, response.status
            sent += 1
        conn.close()  # not left open for gunicorn to keep alive into the next measurement
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def workers_cpu(master: int) -> float:
    """CPU seconds gunicorn's workers have used so far (user and system)."""
    ticks = 0
    for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def describe(name: str, latencies: list[float], seconds: float, cpu: float) -> float:
    ordered = sorted(latencies)
    rate = len(ordered) / seconds
    print(f"{name:5} {len(ordered):6} requests  {rate:8.1f}/s"
          f"  p50 {statistics.median(ordered):6.1f} ms"
          f"  p95 {ordered[int(len(ordered) * 0.95)]:6.1f} ms"
          f"  p99 {ordered[int(len(ordered) * 0.99)]:6.1f} ms  max {ordered[-1]:6.1f} ms"
          f"  worker CPU {cpu * 1000 / len(ordered):5.2f} ms/request")
    return rate


def speed(work: Path, seconds: float, clients: int, runs: int = 1) -> None:
    """/sms against the bare endpoint under one gunicorn, with 1 client and with `clients`,
    interleaved (bare, sms, bare, sms) so that both see the same load on the machine; `runs`
    times over, then the median ratio of each."""
    port = free_port()
    env = {**os.environ, "FINDER_SECRET_KEY": secrets.token_hex(32), "TWILIO_AUTH_TOKEN": TOKEN,
           "FINDER_NUMBER_KEY": secrets.token_hex(32),
           "FINDER_DATABASE": str(work / "finder.db"), "FINDER_BIND": f"127.0.0.1:{port}",
           "FINDER_STATE_DATABASE": str(work / "state.db"), "FINDER_WORKERS": "2",
           "FINDER_RATE_SMS": "off", "FINDER_RATE_WEB": "off",
           "PYTHONPATH": str(ROOT)}
    server = start_gunicorn(port, env)
    ratios: dict[int, list[float]] = {count: [] for count in sorted({1, clients})}
    try:
        hammer(port, "/sms", 1, 2)  # warm both workers' connections
        print(f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        for run in range(1, runs + 1):
            for count in ratios:
                print(f"run {run}, {count} client{'s' if count > 1 else ''}:")
                ratios[count].append(compare(server, port, seconds, count))
    finally:
        server.terminate()
        server.wait(timeout=15)
    if runs > 1:
        for count, found in ratios.items():
            print(f"median throughput ratio with {count} over {runs} runs: "
                  f"{statistics.median(found):.2f}  ({', '.join(f'{r:.2f}' for r in found)})")


def compare(server: subprocess.Popen, port: int, seconds: float, count: int) -> float:
    """One interleaved measurement of both endpoints with `count` clients: sms/bare."""
    found: dict[str, list[float]] = {"/bare": [], "/sms": []}
    cpu = dict.fromkeys(found, 0.0)
    for _ in range(2):
        for path, name in (("/bare/", "/bare"), ("/sms", "/sms")):
            before = workers_cpu(server.pid)
            found[name] += hammer(port, path, seconds / 2, count)
            cpu[name] += workers_cpu(server.pid) - before
    bare = describe("/bare", found["/bare"], seconds, cpu["/bare"])
    sms = describe("/sms", found["/sms"], seconds, cpu["/sms"])
    print(f"throughput ratio sms/bare with {count}: {sms / bare:.2f}"
          f"  (load average {os.getloadavg()[0]:.1f})")
    return sms / bare


def peek(app, number: str) -> dict:
    with get_store(app).exchange(number, "SMbench-peek") as exchange:
        return exchange.state or {}


def reached(state: dict) -> bool:
    return state.get("step") == "results" and state.get("shown", 0) > 0


def follow_up(state: dict) -> str:
    """What a parent sends after the script: MORE when told help was found, else choice 1."""
    if state.get("step") == "results":
        return word("more", state.get("lang", "en"))
    return "1"


def converse(app, number: str, script: list[str]) -> tuple[int, int] | None:
    """Inbound messages and outbound segments until results are shown, or None."""
    client, url = app.test_client(), "http://localhost/sms"
    validator, segments, state = RequestValidator(TOKEN), 0, {}
    for sent in range(1, MAX_MESSAGES + 1):
        text = script[sent - 1] if sent <= len(script) else follow_up(state)
        form = {"From": number, "To": "+447700900000", "Body": text,
                "MessageSid": sid()}
        response = client.post("/sms", data=form, headers={
            "X-Twilio-Signature": validator.compute_signature(url, form)})
        reply = response.get_data(as_text=True)
        segments += sum(measure(text).count for text in reply_texts(reply))
        state = peek(app, number)
        if reached(state):
            return sent, segments
    return None


def reply_texts(twiml: str) -> list[str]:
    """Each text of a TwiML answer (a turn may send a second one; each is paid for)."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(twiml)  # noqa: S314 - the finder's own TwiML
    return [m.text or "" for m in root.iter("Message")]


def conversations(work: Path) -> None:
    app = create_app({"SECRET_KEY": secrets.token_hex(32), "TWILIO_AUTH_TOKEN": TOKEN,
                      "NUMBER_KEY": secrets.token_hex(32),
                      "DATABASE": str(work / "finder.db"),
                      "STATE_DATABASE": str(work / "talk.db"), "RATE_SMS": "off"})
    print("lang  scripts  reached  mean inbound  mean segments  median inbound  median segments"
          "  all-at-once with results in the first reply")
    for n, (language, scripts) in enumerate(SCRIPTS.items()):
        found = [converse(app, f"+44770090{n}{i:03d}", s) for i, s in enumerate(scripts)]
        done = [f for f in found if f]
        inbound, segments = [f[0] for f in done] or [0], [f[1] for f in done] or [0]
        print(f"{language:5} {len(scripts):8} {len(done):8} {statistics.mean(inbound):13.1f}"
              f" {statistics.mean(segments):14.1f} {statistics.median(inbound):15.1f}"
              f" {statistics.median(segments):16.1f}"
              f"  {first_reply(scripts, found)}")


def first_reply(scripts: list[list[str]], found: list[tuple[int, int] | None]) -> str:
    """How many one-text scripts got results in answer to that one text."""
    single = [f for s, f in zip(scripts, found, strict=True) if len(s) == 1]
    return f"{sum(1 for f in single if f and f[0] == 1)} of {len(single)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12,
                        help="per endpoint and client count (default 12)")
    parser.add_argument("--speed-only", action="store_true",
                        help="skip the scripted conversations")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--runs", type=int, default=1,
                        help="measure this many times and print the median ratios (default 1)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finder-bench-"))
    started = time.monotonic()
    try:
        if not args.speed_only:
            conversations(work)
        else:
            build.build(content.load(ROOT / "content"), work / "finder.db")
        speed(work, args.seconds, args.clients, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"total {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
