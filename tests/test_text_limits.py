"""Texts sent from the web: per number (under its HMAC), per client or worker, per hour and
day for the whole finder; at most four segments; a calm "try later" in the user's language."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from staff_helpers import Staff, add_staff
from test_state_store import make_store
from web_helpers import csrf_token

from finder import create_app
from finder.languages import LANGUAGES
from finder.sms import get_store
from finder.sms.segments import measure
from finder.state import Limit

RESULTS = "/find?need=sleep&age=1-2&place=Loughborough"
TEXT = "/find/text?need=sleep&age=1-2&place=Loughborough"
WORKER = "/worker?need=sleep&language=ar"
NUMBERS = [f"+447700900{i:03d}" for i in range(1, 7)]
ADDRESSES = [f"203.0.113.{i}" for i in range(1, 7)]
# The middle of an hour, so that no window turns over while a test runs.
NOON = 1_800_000_000.0 - 1_800_000_000.0 % 86400 + 12.5 * 3600
TRY_LATER = {"en": "We cannot send any more texts just now"}


def texting_app(database, instance, **config):
    app = create_app({"TESTING": True, "DATABASE": str(database), "PROXY_FIX": 1,
                      "SECRET_KEY": "test-secret-key-not-for-production",
                      "INSTANCE_PATH": str(instance), **config})
    get_store(app).clock = lambda: NOON
    return app


def from_address(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


def text_me(client, number: str, address: str, language: str = "en"):
    headers = from_address(address)
    html = client.get(f"{RESULTS}&lang={language}", headers=headers).get_data(as_text=True)
    return client.post(f"{TEXT}&lang={language}", headers=headers,
                       data={"csrf_token": csrf_token(html), "phone": number})


def worker_text(client, number: str, address: str, count: int = 30):
    headers = from_address(address)
    html = client.get(WORKER, headers=headers).get_data(as_text=True)
    picked = re.findall(r'name="service" value="([^"]+)"', html)[:count]
    return client.post("/worker/selected?need=sleep&language=ar", headers=headers, data={
        "csrf_token": csrf_token(html), "service": picked, "phone": number, "action": "text"})


def sent(app, number: str) -> int:
    return len(get_store(app).outbox(number))


@pytest.fixture
def instance(tmp_path) -> Path:
    return tmp_path / "instance"


def test_one_number_gets_at_most_three_texts_a_day_from_any_address(database, instance):
    app = texting_app(database, instance)
    client = app.test_client()
    codes = [text_me(client, NUMBERS[0], address).status_code for address in ADDRESSES]
    assert codes == [303, 303, 303, 429, 429, 429]
    assert sent(app, NUMBERS[0]) == 3


def test_one_address_is_limited_across_numbers(database, instance):
    app = texting_app(database, instance, TEXT_PER_CLIENT="2/1h")
    client = app.test_client()
    codes = [text_me(client, number, ADDRESSES[0]).status_code for number in NUMBERS[:4]]
    assert codes == [303, 303, 429, 429]


def test_a_forwarded_address_is_believed_only_behind_a_trusted_proxy(database, instance):
    app = texting_app(database, instance, PROXY_FIX=0, TEXT_PER_CLIENT="2/1h")
    client = app.test_client()
    codes = [text_me(client, number, address).status_code
             for number, address in zip(NUMBERS[:4], ADDRESSES, strict=False)]
    assert codes == [303, 303, 429, 429]


@pytest.mark.parametrize(("setting", "written"), [("TEXT_HOURLY", "3/1h"),
                                                  ("TEXT_DAILY", "3/24h")],
                         ids=["hourly", "daily"])
def test_the_whole_finder_stops_at_its_cap(database, instance, setting, written):
    app = texting_app(database, instance, **{setting: written})
    client = app.test_client()
    codes = [text_me(client, number, address).status_code
             for number, address in zip(NUMBERS, ADDRESSES, strict=True)]
    assert codes == [303] * 3 + [429] * 3
    assert sum(sent(app, number) for number in NUMBERS) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_try_later_is_calm_and_in_the_users_language(database, instance, language):
    app = texting_app(database, instance, TEXT_DAILY="1/24h")
    client = app.test_client()
    text_me(client, NUMBERS[0], ADDRESSES[0], language)
    refused = text_me(client, NUMBERS[1], ADDRESSES[1], language)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    html = refused.get_data(as_text=True)
    assert f'lang="{language}"' in html and "Traceback" not in html
    english = TRY_LATER["en"]
    assert (english in html) == (language == "en")
    assert "Content-Security-Policy" in refused.headers


def test_the_number_is_counted_only_as_an_hmac(database, instance):
    app = texting_app(database, instance)
    text_me(app.test_client(), "07700 900555", ADDRESSES[0])
    data = b"".join(p.read_bytes() for p in instance.glob("state.db*"))
    assert data and b"7700900555" not in data and b"07700 900555" not in data


def test_a_worker_text_is_at_most_four_segments_and_ends_with_the_link(database, instance):
    app = texting_app(database, instance, PUBLIC_URL="https://finder.example.org")
    response = worker_text(app.test_client(), NUMBERS[0], ADDRESSES[0], count=30)
    assert response.status_code == 200
    [kept] = get_store(app).outbox(NUMBERS[0])
    assert measure(kept["body"]).count <= 4
    link = kept["body"].splitlines()[-1]
    assert link.startswith("https://finder.example.org/worker?") and "need=sleep" in link


def test_without_a_public_url_no_link_is_made_from_the_host_a_client_sent(database, instance):
    app = texting_app(database, instance)
    client = app.test_client()
    html = client.get(RESULTS).get_data(as_text=True)
    client.post(TEXT, data={"csrf_token": csrf_token(html), "phone": NUMBERS[0]},
                headers={"X-Forwarded-Host": "evil.example"})
    [kept] = get_store(app).outbox(NUMBERS[0])
    assert "evil.example" not in kept["body"] and "http" not in kept["body"]


def test_a_signed_in_worker_sends_under_the_worker_limit(database, instance):
    app = texting_app(database, instance, TEXT_PER_CLIENT="1/1h", TEXT_PER_WORKER="3/1h")
    add_staff(app, "wo@example.org", "worker")
    worker = Staff(app.test_client())
    assert worker.sign_in("wo@example.org").headers["Location"] == "/worker"
    codes = [worker_text(worker.client, number, ADDRESSES[0], 2).status_code
             for number in NUMBERS[:4]]
    assert codes == [200, 200, 200, 429]
    stranger = app.test_client()
    assert worker_text(stranger, NUMBERS[5], ADDRESSES[1], 2).status_code == 200
    assert worker_text(stranger, NUMBERS[4], ADDRESSES[1], 2).status_code == 429


def test_staff_add_makes_a_worker_who_sees_no_listing_pages(database, instance, tmp_path):
    app = texting_app(database, instance)
    secret = tmp_path / "password"
    secret.write_text("a long worker password 77\n")
    result = app.test_cli_runner().invoke(args=["staff", "add", "wo@example.org", "--role",
                                                "worker", "--password-file", secret])
    assert result.exit_code == 0, result.output
    worker = Staff(app.test_client())
    worker.sign_in("wo@example.org", "a long worker password 77")
    assert worker.get("/admin/services").status_code == 403
    assert worker.get("/admin/account").status_code == 200


SENDS = st.lists(st.tuples(st.sampled_from(["find", "worker"]), st.sampled_from(NUMBERS[:4]),
                           st.sampled_from(ADDRESSES)), min_size=1, max_size=14)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sends=SENDS)
def test_no_sequence_of_requests_gets_past_the_caps(built_directory, sends):
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "finder.db"
        shutil.copy(built_directory, database)
        app = texting_app(database, Path(folder) / "instance", TEXT_PER_CLIENT="3/1h",
                          TEXT_HOURLY="7/1h")
        client = app.test_client()
        by_client: dict[str, int] = {}
        for where, number, address in sends:
            send = text_me if where == "find" else worker_text
            response = send(client, number, address)
            assert response.status_code in (200, 303, 429)
            if response.status_code != 429:
                by_client[address] = by_client.get(address, 0) + 1
        per_number = [sent(app, number) for number in NUMBERS]
        assert max(per_number) <= 3
        assert sum(per_number) <= 7
        assert max(by_client.values(), default=0) <= 3
        for body in (m["body"] for n in NUMBERS for m in get_store(app).outbox(n)):
            assert measure(body).count <= 4


# One minute before midnight, UTC: a fixed daily window would start afresh two minutes later.
BEFORE_MIDNIGHT = NOON - 12.5 * 3600 + 86400 - 60


class Clock:
    """The store's clock, moved by the test (no sleeping)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_a_rolling_window_counts_the_last_day_across_midnight(backend, tmp_path, request):
    clock = Clock(BEFORE_MIDNIGHT)
    store = make_store(backend, tmp_path, request, clock=clock)
    day = Limit(3, 86400)
    assert all(store.recent("text_daily", "everyone", day).allowed for _ in range(3))
    clock.now += 120  # 00:01 the next day
    refusals = [store.recent("text_daily", "everyone", day) for _ in range(5)]
    assert not any(v.allowed for v in refusals)
    assert refusals[0].retry_after == 86400 - 120  # when the 23:59 texts are a day old
    assert store.recent("text_daily", "someone else", day).allowed
    clock.now = BEFORE_MIDNIGHT + 86400 - 1
    assert not store.recent("text_daily", "everyone", day).allowed
    clock.now = BEFORE_MIDNIGHT + 86400 + 1  # refused tries were not counted
    assert store.recent("text_daily", "everyone", day).allowed


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_the_oldest_hit_leaves_first(backend, tmp_path, request):
    clock = Clock(NOON)
    store = make_store(backend, tmp_path, request, clock=clock)
    hour = Limit(2, 3600)
    assert store.recent("text_hourly", "everyone", hour).allowed
    clock.now += 1000
    assert store.recent("text_hourly", "everyone", hour).allowed
    clock.now += 1000
    assert store.recent("text_hourly", "everyone", hour).retry_after == 1600
    clock.now = NOON + 3600.5  # the first has left, the second has not
    assert store.recent("text_hourly", "everyone", hour).allowed
    assert not store.recent("text_hourly", "everyone", hour).allowed


@pytest.mark.parametrize(("setting", "written"),
                         [("TEXT_DAILY", "3/24h"), ("TEXT_HOURLY", "3/1h"),
                          ("TEXT_PER_NUMBER", "3/24h"), ("TEXT_PER_CLIENT", "3/1h")],
                         ids=["daily", "hourly", "per-number", "per-client"])
def test_a_burst_either_side_of_midnight_cannot_double_a_cap(database, instance, setting,
                                                             written):
    app = texting_app(database, instance, **{setting: written})
    clock = Clock(BEFORE_MIDNIGHT)
    get_store(app).clock = clock
    client = app.test_client()
    same_number = setting == "TEXT_PER_NUMBER"
    same_address = setting == "TEXT_PER_CLIENT"

    def send(i: int) -> int:
        return text_me(client, NUMBERS[0 if same_number else i],
                       ADDRESSES[0 if same_address else i]).status_code

    assert [send(i) for i in range(3)] == [303] * 3
    clock.now += 120  # 00:01, and a new hour
    assert [send(i) for i in range(3, 6)] == [429] * 3
    clock.now = BEFORE_MIDNIGHT + (86400 if written.endswith("24h") else 3600) + 1
    assert send(5) == 303
