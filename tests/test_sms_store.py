"""The SMS state store: HMAC keys, one application per message id, order under load, expiry."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

from finder.config import PROJECT_ROOT
from finder.sms.store import DAY, StateStore

NUMBER = "+447700900123"
SECRET = "test-secret-key-not-for-production"


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def count_turn(store: StateStore, number: str, message_id: str) -> str:
    """Apply one message that counts: the reply names the count this message saw."""
    with store.exchange(number, message_id) as exchange:
        if exchange.answered is not None:
            return exchange.answered
        state = exchange.state or {"seen": []}
        seen = len(state["seen"])
        state["seen"].append(seen)
        exchange.save(state, f"message {seen}")
        return f"message {seen}"


def state_of(store: StateStore, number: str) -> dict | None:
    with store.exchange(number, "peek") as exchange:
        return exchange.state


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path, clock) -> StateStore:
    return StateStore(tmp_path / "state.db", SECRET, ttl_days=30, clock=clock)


def stored_bytes(store: StateStore) -> bytes:
    return b"".join(path.read_bytes() for path in store.path.parent.glob("state.db*"))


def test_the_number_is_stored_only_as_an_hmac(store):
    count_turn(store, NUMBER, "SM1")
    store.queue(NUMBER, "A worker sent this")
    data = stored_bytes(store)
    assert NUMBER.encode() not in data
    assert b"7700900123" not in data
    assert store.key("number", NUMBER).encode() in data


def test_keys_depend_on_the_secret_and_the_purpose(tmp_path):
    one = StateStore(tmp_path / "a.db", "one secret")
    other = StateStore(tmp_path / "b.db", "another secret")
    assert one.key("number", NUMBER) != other.key("number", NUMBER)
    assert one.key("number", "SM1") != one.key("message", "SM1")
    assert len(one.key("number", NUMBER)) == 64


def test_a_retried_message_gets_the_same_reply_and_moves_the_state_once(store):
    assert count_turn(store, NUMBER, "SM1") == "message 0"
    assert count_turn(store, NUMBER, "SM1") == "message 0"
    assert count_turn(store, NUMBER, "SM2") == "message 1"
    assert state_of(store, NUMBER) == {"seen": [0, 1]}


def test_state_expires_after_the_configured_days(store, clock):
    count_turn(store, NUMBER, "SM1")
    clock.now += 29 * DAY
    assert state_of(store, NUMBER) == {"seen": [0]}
    clock.now += 31 * DAY
    assert state_of(store, NUMBER) is None
    assert store.key("number", NUMBER).encode() not in stored_bytes(store)


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
    store.queue("+447700900999", "Someone else")
    found = store.outbox(NUMBER)
    assert [m["body"] for m in found] == ["First", "Second"]
    assert found[0]["id"] == first
    assert {m["last_digits"] for m in found} == {"123"}


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
from finder.sms.store import StateStore
sys.path.insert(0, "tests")
from test_sms_store import count_turn
store = StateStore(sys.argv[1], sys.argv[2])
print(json.dumps({f"SM{n}": count_turn(store, "+447700900123", f"SM{n}") for n in range(40)}))
"""


def test_two_processes_apply_each_message_once_and_in_turn(store):
    store.outbox(NUMBER)  # create the file before both processes race for it
    processes = [subprocess.Popen([sys.executable, "-c", PROCESS, str(store.path), SECRET],  # noqa: S603
                                  cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
                 for _ in range(2)]
    answers = [json.loads(p.communicate(timeout=60)[0]) for p in processes]
    # Both processes sent the same forty message ids: each was applied once, both got its reply.
    assert answers[0] == answers[1]
    assert sorted(answers[0].values()) == sorted(f"message {n}" for n in range(40))
    assert state_of(store, NUMBER) == {"seen": list(range(40))}
