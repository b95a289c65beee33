"""The traffic of bench/load.py: scripted parents texting (signed, as Twilio sends them, and
retried with the same MessageSid when an answer is lost) and parents searching the web."""

from __future__ import annotations

import http.client
import itertools
import random
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from bench.sms_scripts import SCRIPTS

NEEDS = ["sleep", "behaviour", "feeding", "wellbeing", "teenagers", "additional-needs"]
PLACES = ["Leicester", "Oakham", "Loughborough", "Hinckley", "Melton Mowbray", "LE4 6AB",
          "Wigston", "Coalville"]
LANGUAGES = list(SCRIPTS)
RETRY_SHARE = 0.02  # messages Twilio sends twice (a lost answer on the way back)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share / 100))] if ordered else 0.0


@dataclass
class Parent:
    """One number working through its language's scripts, one text at a time."""

    number: str
    language: str
    texts: list[str] = field(default_factory=list)

    def next_text(self) -> str:
        if not self.texts:
            self.texts = [*random.choice(SCRIPTS[self.language]), "restart"]
        return self.texts.pop(0)


@dataclass
class Records:
    sms_ms: list[float] = field(default_factory=list)
    web_ms: list[float] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


class Traffic:
    def __init__(self, port: int, token: str, numbers: int) -> None:
        self.port, self.url = port, f"http://127.0.0.1:{port}/sms"
        self.validator = RequestValidator(token)
        self.idle = [Parent(f"+447700{n:06d}", LANGUAGES[n % len(LANGUAGES)])
                     for n in range(numbers)]
        random.shuffle(self.idle)
        self.lock, self.local = threading.Lock(), threading.local()
        self.answered: Counter = Counter()
        self.sids = itertools.count()

    def answered_per_number(self) -> dict[str, int]:
        return dict(self.answered)

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + 180  # a busy machine takes a while to preload
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/healthz", None, {})[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("gunicorn did not start")

    def request(self, method: str, path: str, body: str | None,
                headers: dict[str, str]) -> tuple[int | None, str, float]:
        """Status (None when the connection failed), body and milliseconds. A kept-alive
        connection the server has just closed is opened again once, as browsers do."""
        started = time.perf_counter()
        for attempt in range(2):
            reused = getattr(self.local, "conn", None)
            conn = reused or http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
            self.local.conn = conn
            try:
                conn.request(method, path, body, headers)
                response = conn.getresponse()
                text = response.read().decode()
                return response.status, text, (time.perf_counter() - started) * 1000
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                self.local.conn = None
                stale = isinstance(error, (http.client.RemoteDisconnected, ConnectionResetError,
                                           BrokenPipeError))
                if not (reused and stale and attempt == 0):
                    break
        return None, "", (time.perf_counter() - started) * 1000

    def post_sms(self, number: str, body: str, sid: str) -> tuple[int | None, str, float]:
        form = {"From": number, "To": "+447700900000", "Body": body, "MessageSid": sid,
                "NumMedia": "0", "AccountSid": "AC" + "0" * 32}
        return self.request("POST", "/sms", urlencode(form), {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": self.validator.compute_signature(self.url, form)})

    def text(self, records: Records) -> None:
        with self.lock:
            parent = self.idle.pop(0) if self.idle else None
        if parent is None:
            records.counts["no_idle_parent"] += 1
            return
        try:
            self.one_message(parent, f"SM{next(self.sids):032x}", records)
        finally:
            with self.lock:
                self.idle.append(parent)

    def one_message(self, parent: Parent, sid: str, records: Records) -> None:
        body = parent.next_text()
        status, reply, ms = self.post_sms(parent.number, body, sid)
        records.sms_ms.append(ms)
        records.counts["five_xx"] += bool(status and status >= 500)
        for _ in range(3):  # Twilio's retries of a lost or failed answer, same MessageSid
            if status == 200:
                break
            records.counts["retries"] += 1
            time.sleep(1)
            status, reply, _ = self.post_sms(parent.number, body, sid)
        if status != 200 or "<Message>" not in reply:  # a reply may be two texts (ur, ar, …)
            records.counts["unanswered"] += 1
            records.counts["limited"] += status == 200 and "<Message>" not in reply
            return
        with self.lock:
            self.answered[parent.number] += 1
        if random.random() < RETRY_SHARE:
            records.counts["retries"] += 1
            again = self.post_sms(parent.number, body, sid)
            records.counts["retry_mismatch"] += again[:2] != (200, reply)

    def search(self, records: Records) -> None:
        language = random.choice(LANGUAGES)
        if random.random() < 0.6:
            path = "/api/v1/services?" + urlencode({
                "need": random.choice(NEEDS), "place": random.choice(PLACES),
                "lang": language})
        else:
            path = f"/?lang={language}"
        address = f"10.{random.randrange(8)}.{random.randrange(16)}.{random.randrange(16)}"
        status, _, ms = self.request("GET", path, None, {"X-Forwarded-For": address})
        records.web_ms.append(ms)
        records.counts["five_xx"] += bool(status and status >= 500)
        records.counts["unanswered"] += status not in (200, 429) and not (status or 0) >= 500
        records.counts["limited"] += status == 429

    def run(self, rate: float, seconds: float) -> dict:
        """SMS at `rate` a second and web searches at half that, open loop, for `seconds`."""
        records, sent = Records(), Counter()
        start = time.perf_counter()
        with ThreadPoolExecutor(128) as sms, ThreadPoolExecutor(32) as web:
            while (elapsed := time.perf_counter() - start) < seconds:
                while sent["sms"] < int(elapsed * rate):
                    sms.submit(self.text, records)
                    sent["sms"] += 1
                while sent["web"] < int(elapsed * rate / 2):
                    web.submit(self.search, records)
                    sent["web"] += 1
                time.sleep(0.002)
        counts = records.counts
        return {"sms": len(records.sms_ms), "sms_rate": len(records.sms_ms) / seconds,
                "web_rate": len(records.web_ms) / seconds,
                "sms_p50": percentile(records.sms_ms, 50),
                "sms_p95": percentile(records.sms_ms, 95),
                "sms_p99": percentile(records.sms_ms, 99),
                "web_p99": percentile(records.web_ms, 99),
                **{key: counts[key] for key in ("five_xx", "limited", "unanswered", "retries",
                                                "retry_mismatch", "no_idle_parent")}}
