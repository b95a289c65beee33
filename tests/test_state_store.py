"""The state store contract, over SQLite and Redis alike: HMAC keys, one application per
message id, one number's messages one at a time across threads and processes, expiry, STOP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest
import redis

from finder import create_app
from finder.config import PROJECT_ROOT
from finder.sms import get_store
from finder.state import DAY, Limit, StateUnavailable
from finder.state.redis_store import RedisStore
from finder.state.sqlite import SqliteStore
from finder.state.types import process_id

NUMBER = "+447700900123"
OTHER = "+447700900456"
SECRET = "test-secret-key-not-for-production"
BACKENDS = ["sqlite", "redis"]


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def count_turn(store, number: str, message_id: str) -> str:
    """Apply one message that counts: the reply names the count this message saw."""
    with store.exchange(number, message_id) as exchange:
        if exchange.answered is not None:
            return exchange.answered
        state = exchange.state or {"seen": []}
        seen = len(state["seen"])
        state["seen"].append(seen)
        exchange.save(state, f"message {seen}")
        return f"message {seen}"


def state_of(store, number: str) -> dict | None:
    with store.exchange(number, "peek") as exchange:
        return exchange.state


def make_store(backend: str, tmp_path, request, **kwargs):
    if backend == "sqlite":
        return SqliteStore(tmp_path / "state.db", SECRET, **kwargs)
    return RedisStore(request.getfixturevalue("empty_redis"), SECRET, **kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, clock):
    return make_store(request.param, tmp_path, request, ttl_days=30, clock=clock)


def stored_bytes(store) -> bytes:
    """Everything the store keeps, as bytes: the SQLite files, or every Redis key and value."""
    if isinstance(store, SqliteStore):
        return b"".join(path.read_bytes() for path in store.path.parent.glob("state.db*"))
    found = []
    for key in store.redis.scan_iter("*"):
        kind = store.redis.type(key)
        value = (store.redis.get(key) if kind == "string"
                 else "".join(store.redis.lrange(key, 0, -1)))
        found.append(f"{key}={value}")
    return "\n".join(found).encode()


def test_the_number_is_stored_only_as_an_hmac(store):
    count_turn(store, NUMBER, "SM1")
    store.queue(NUMBER, "A worker sent this")
    store.hit("sms", NUMBER, Limit(5, 60))
    data = stored_bytes(store)
    assert NUMBER.encode() not in data
    assert b"7700900123" not in data
    assert store.key("number", NUMBER).encode() in data


def test_keys_depend_on_the_secret_and_the_purpose(tmp_path):
    one = SqliteStore(tmp_path / "a.db", "one secret")
    other = SqliteStore(tmp_path / "b.db", "another secret")
    assert one.key("number", NUMBER) != other.key("number", NUMBER)
    assert one.key("number", "SM1") != one.key("message", "SM1")
    assert len(one.key("number", NUMBER)) == 64


def test_a_retried_message_gets_the_same_reply_and_moves_the_state_once(store):
    assert count_turn(store, NUMBER, "SM1") == "message 0"
    assert count_turn(store, NUMBER, "SM1") == "message 0"
    assert count_turn(store, NUMBER, "SM2") == "message 1"
    assert state_of(store, NUMBER) == {"seen": [0, 1]}
    assert store.answered("SM1") == "message 0"
    assert store.answered("SM9") is None


def test_a_reply_is_given_only_to_the_message_it_was_kept_for(tmp_path, clock):
    store = SqliteStore(tmp_path / "state.db", SECRET, clock=clock)
    count_turn(store, NUMBER, "SM1")
    with store._connection() as conn:  # as if another message's HMAC began as this one's
        conn.execute("UPDATE replies SET tag = tag + 1")
    assert store.answered("SM1") is None
    assert count_turn(store, NUMBER, "SM1") == "message 1"


def test_state_expires_after_the_configured_days(store, clock):
    count_turn(store, NUMBER, "SM1")
    clock.now += 29 * DAY
    assert state_of(store, NUMBER) == {"seen": [0]}
    clock.now += 31 * DAY
    assert state_of(store, NUMBER) is None
    assert store.key("number", NUMBER).encode() not in stored_bytes(store)


def test_a_stored_reply_is_kept_for_a_day_for_retries(store, clock):
    count_turn(store, NUMBER, "SM1")
    clock.now += 0.9 * DAY
    assert store.answered("SM1") == "message 0"
    clock.now += 0.2 * DAY
    assert store.answered("SM1") is None


def test_erase_forgets_the_conversation_and_the_outbox(store):
    count_turn(store, NUMBER, "SM1")
    store.queue(NUMBER, "Queued for this parent")
    with store.exchange(NUMBER, "SM2") as exchange:
        exchange.erase()
    assert state_of(store, NUMBER) is None
    assert store.outbox(NUMBER) == []
    assert b"Queued for this parent" not in stored_bytes(store)


def test_a_failed_turn_changes_nothing(store):
    count_turn(store, NUMBER, "SM1")
    with pytest.raises(RuntimeError), store.exchange(NUMBER, "SM2") as exchange:
        exchange.save({"seen": "broken"}, "never sent")
        raise RuntimeError("the turn failed")
    assert state_of(store, NUMBER) == {"seen": [0]}
    assert count_turn(store, NUMBER, "SM2") == "message 1"


def test_the_outbox_keeps_the_last_three_digits_and_the_body(store):
    first = store.queue(NUMBER, "First")
    store.queue(NUMBER, "Second")
    store.queue(OTHER, "Someone else")
    found = store.outbox(NUMBER)
    assert [m["body"] for m in found] == ["First", "Second"]
    assert found[0]["id"] == first
    assert {m["last_digits"] for m in found} == {"123"}


def test_peek_reads_the_state_without_taking_a_turn(store):
    assert store.peek(NUMBER) is None
    count_turn(store, NUMBER, "SM1")
    assert store.peek(NUMBER) == {"seen": [0]}


def test_messages_from_one_number_arriving_together_are_applied_one_at_a_time(store):
    def send(thread: int) -> None:
        for n in range(20):
            count_turn(store, NUMBER, f"SM{thread}x{n}")

    threads = [threading.Thread(target=send, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Had two turns overlapped, both would have seen the same count and one would be lost.
    assert state_of(store, NUMBER) == {"seen": list(range(160))}


PROCESS = """
import json, sys
sys.path.insert(0, "tests")
from finder.state.redis_store import RedisStore
from finder.state.sqlite import SqliteStore
from test_state_store import count_turn
where, secret = sys.argv[1], sys.argv[2]
store = RedisStore(where, secret) if where.startswith("redis:") else SqliteStore(where, secret)
print(json.dumps({f"SM{n}": count_turn(store, "+447700900123", f"SM{n}") for n in range(40)}))
"""


def where(store) -> str:
    if isinstance(store, SqliteStore):
        return str(store.path)
    kwargs = store.redis.connection_pool.connection_kwargs
    return f"redis://{kwargs['host']}:{kwargs['port']}/{kwargs.get('db', 0)}"


def test_two_processes_apply_each_message_once_and_in_turn(store):
    store.outbox(NUMBER)  # create the file before both processes race for it
    processes = [subprocess.Popen([sys.executable, "-c", PROCESS, where(store), SECRET],  # noqa: S603
                                  cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
                 for _ in range(2)]
    answers = [json.loads(p.communicate(timeout=60)[0]) for p in processes]
    # Both processes sent the same forty message ids: each was applied once, both got its reply.
    assert answers[0] == answers[1]
    assert sorted(answers[0].values()) == sorted(f"message {n}" for n in range(40))
    assert state_of(store, NUMBER) == {"seen": list(range(40))}


@pytest.mark.parametrize("backend", BACKENDS)
def test_counters_allow_the_limit_then_refuse_once_loudly_then_quietly(backend, tmp_path,
                                                                       request, clock):
    store = make_store(backend, tmp_path, request, clock=clock)
    limit = Limit(3, 600)
    verdicts = [store.hit("sms", NUMBER, limit) for _ in range(5)]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False]
    assert [v.first_refused for v in verdicts] == [False, False, False, True, False]
    assert 0 < verdicts[-1].retry_after <= 600
    assert store.hit("sms", OTHER, limit).allowed
    assert store.hit("web", NUMBER, limit).allowed
    clock.now += verdicts[-1].retry_after
    assert store.hit("sms", NUMBER, limit).allowed


@pytest.mark.parametrize("backend", BACKENDS)
def test_purge_removes_what_has_expired_and_keeps_the_rest(backend, tmp_path, request, clock):
    store = make_store(backend, tmp_path, request, ttl_days=30, clock=clock)
    count_turn(store, NUMBER, "SM1")
    clock.now += 20 * DAY
    count_turn(store, OTHER, "SM2")
    clock.now += 15 * DAY
    store.purge()
    assert store.peek(NUMBER) is None
    assert store.peek(OTHER) == {"seen": [0]}
    assert store.key("number", NUMBER).encode() not in stored_bytes(store)


def test_a_redis_lock_left_by_a_dead_worker_lapses_and_its_turn_writes_nothing(empty_redis,
                                                                                clock):
    store = RedisStore(empty_redis, SECRET, clock=clock, lock_seconds=0.3)
    count_turn(store, NUMBER, "SM1")
    with pytest.raises(StateUnavailable), store.exchange(NUMBER, "SM2") as stalled:
        time.sleep(0.4)  # the lock lapses while this turn is stuck ...
        assert count_turn(store, NUMBER, "SM3") == "message 1"  # ... so another goes ahead
        stalled.save({"seen": "stale"}, "never sent")
    assert state_of(store, NUMBER) == {"seen": [0, 1]}
    assert store.answered("SM2") is None


def test_an_unreachable_redis_is_reported_as_unavailable():
    store = RedisStore("redis://127.0.0.1:1/0", SECRET)
    with pytest.raises(StateUnavailable), store.exchange(NUMBER, "SM1"):
        pass
    with pytest.raises(StateUnavailable):
        store.hit("sms", NUMBER, Limit(1, 60))


def test_a_redis_error_is_not_a_bare_redis_exception():
    assert issubclass(StateUnavailable, RuntimeError)
    assert not issubclass(redis.RedisError, StateUnavailable)


def test_the_purge_command_reports_what_it_deleted(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                      "INSTANCE_PATH": str(tmp_path / "instance"), "STATE_TTL_DAYS": 0})
    count_turn(get_store(app), NUMBER, "SM1")
    result = app.test_cli_runner().invoke(args=["state", "purge"])
    assert result.exit_code == 0, result.output
    assert "purged 1 conversations" in result.output
    assert get_store(app).peek(NUMBER) is None


def test_the_purge_command_over_redis_drops_state_kept_past_a_shorter_ttl(database, tmp_path,
                                                                         empty_redis):
    config = {"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
              "INSTANCE_PATH": str(tmp_path / "instance"), "STATE_URL": empty_redis}
    count_turn(get_store(create_app(config)), NUMBER, "SM1")
    shorter = create_app({**config, "STATE_TTL_DAYS": 0})
    result = shorter.test_cli_runner().invoke(args=["state", "purge"])
    assert result.exit_code == 0, result.output
    assert "purged 1 conversations" in result.output
    assert get_store(shorter).redis.keys("finder:conv:*") == []


def usage_row(day: str, channel: str = "sms", need: str = "sleep") -> dict[str, str]:
    return {"day": day, "channel": channel, "need": need, "district": "rutland",
            "age_band": "0-1", "language": "pl", "outcome": "found"}


def test_usage_counters_add_up_by_day_and_channel(store):
    store.count([usage_row("2026-03-01"), usage_row("2026-03-01", need="feeding")])
    store.count([usage_row("2026-03-01"), usage_row("2026-03-02", channel="web")])
    rows = store.usage("2026-03-01", "2026-03-02")
    assert [(r["day"], r["channel"], r["need"], r["searches"]) for r in rows] == [
        ("2026-03-01", "sms", "feeding", 1), ("2026-03-01", "sms", "sleep", 2),
        ("2026-03-02", "web", "sleep", 1)]
    assert [r["channel"] for r in store.usage("2026-03-01", "2026-03-02", "web")] == ["web"]
    assert store.usage("2026-03-03", "2026-03-09") == []


class CountingRedis(redis.Redis):
    """A real client that counts the commands it sends (each one a round trip here)."""

    sent = 0

    def execute_command(self, *args, **options):
        CountingRedis.sent += 1
        return super().execute_command(*args, **options)


def a_counted_turn(store, number: str, message_id: str) -> str:
    """One turn that is rate-limited, saves its state and reply, and counts a search."""
    with store.exchange(number, message_id, Limit(10, 60)) as exchange:
        exchange.save({"seen": [1]}, "reply")
        exchange.count([{"day": "2026-11-30", "channel": "sms", "need": "speech",
                         "district": "leeds", "age_band": "1-4", "language": "en",
                         "outcome": "found"}])
        return exchange.verdict


def test_a_sqlite_turn_is_one_read_and_one_write_transaction(tmp_path, clock):
    store = SqliteStore(tmp_path / "state.db", SECRET, clock=clock)
    a_counted_turn(store, NUMBER, "SM0")  # the file made, the connection's settings set
    statements: list[str] = []
    with store._connection() as conn:  # given back, so the next turn takes it
        conn.set_trace_callback(statements.append)
    a_counted_turn(store, NUMBER, "SM1")
    verbs = [s.split()[0].upper() for s in statements]
    assert verbs[0] == "SELECT" and verbs[1:2] == ["BEGIN"] and verbs[-1] == "COMMIT"
    assert "SELECT" not in verbs[1:] and verbs.count("BEGIN") == 1
    assert len(verbs) == 7  # read; BEGIN; rate hit, state, reply, usage; COMMIT
    assert store.usage("2026-11-30", "2026-11-30")[0]["searches"] == 2
    assert store.peek(NUMBER) == {"seen": [1]}


def test_a_redis_turn_is_two_round_trips(empty_redis, clock):
    client = CountingRedis.from_url(empty_redis, decode_responses=True)
    store = RedisStore(empty_redis, SECRET, clock=clock, client=client)
    a_counted_turn(store, NUMBER, "SM0")  # the scripts loaded into the server
    CountingRedis.sent = 0
    verdict = a_counted_turn(store, NUMBER, "SM1")
    assert CountingRedis.sent == 2
    assert verdict.allowed and store.hit("sms", NUMBER, Limit(2, 60)).first_refused
    assert store.usage("2026-11-30", "2026-11-30")[0]["searches"] == 2
    assert store.peek(NUMBER) == {"seen": [1]} and store.answered("SM1") == "reply"


def test_a_conversation_kept_as_json_by_an_earlier_version_is_read_and_kept_on(tmp_path, clock):
    store = SqliteStore(tmp_path / "state.db", SECRET, clock=clock)
    count_turn(store, NUMBER, "SM0")
    with store._connection() as conn:
        conn.execute("UPDATE conversations SET state = ?",
                     (json.dumps({"seen": [0], "lang": "pl"}),))
    assert store.peek(NUMBER) == {"seen": [0], "lang": "pl"}
    assert count_turn(store, NUMBER, "SM1") == "message 1"
    assert state_of(store, NUMBER) == {"seen": [0, 1], "lang": "pl"}


def test_the_kept_process_id_is_the_forked_childs_own(tmp_path, clock):
    """A child forked after a turn gets connections and a lock file of its own, not the
    parent's: the kept id must follow the fork."""
    store = SqliteStore(tmp_path / "state.db", SECRET, clock=clock)
    count_turn(store, NUMBER, "SM0")
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        with store._connection() as conn:  # the parent's is left alone: a new one is made
            ok = process_id() == os.getpid() == conn.pid
        count_turn(store, NUMBER, "SM1")
        os.write(write, b"ok" if ok else b"no")
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    assert os.read(read, 2) == b"ok"
    assert process_id() == os.getpid()
    assert store.peek(NUMBER) == {"seen": [0, 1]}
