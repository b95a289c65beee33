"""The number key: phone-number HMACs under a key of their own, never the session-signing
secret key, and a rotation that keeps conversations going and lets STOP erase under both."""

from __future__ import annotations

import random

import pytest
from sms_helpers import PARENT, TOKEN, Twilio

from finder import create_app
from finder.sms import get_store
from finder.state import hmac_key
from finder.state.redis_store import RedisStore
from finder.state.sqlite import SqliteStore
from finder.state.types import Keys

SECRET = "test-secret-key-not-for-production"
OLD, NEW = "the-number-key-before-rotation", "the-number-key-after-rotation"


def stored(app) -> bytes:
    return b"".join(p.read_bytes() for p in get_store(app).path.parent.glob("state.db*"))


def test_numbers_are_keyed_with_the_number_key_not_the_secret_key(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                      "NUMBER_KEY": NEW, "INSTANCE_PATH": str(tmp_path / "instance"),
                      "TWILIO_AUTH_TOKEN": TOKEN})
    Twilio(app.test_client(), TOKEN).text("hello there")
    data = stored(app)
    assert hmac_key(NEW, "number", PARENT).encode() in data
    assert hmac_key(SECRET, "number", PARENT).encode() not in data


def test_the_quick_start_keeps_a_number_key_of_its_own_in_the_instance_folder(database,
                                                                               tmp_path):
    instance = tmp_path / "instance"
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                      "INSTANCE_PATH": str(instance), "TWILIO_AUTH_TOKEN": TOKEN})
    Twilio(app.test_client(), TOKEN).text("hello there")
    key = (instance / "number_key").read_text().strip()
    assert len(key) == 64 and key != SECRET
    assert (instance / "number_key").stat().st_mode & 0o077 == 0
    assert hmac_key(key, "number", PARENT).encode() in stored(app)
    assert hmac_key(SECRET, "number", PARENT).encode() not in stored(app)


def stores(backend: str, tmp_path, request):
    """The same state under the old key, then under the new key with the old one previous."""
    if backend == "sqlite":
        return (SqliteStore(tmp_path / "state.db", OLD),
                SqliteStore(tmp_path / "state.db", NEW, previous=(OLD,)))
    url = request.getfixturevalue("empty_redis")
    return RedisStore(url, OLD), RedisStore(url, NEW, previous=(OLD,))


def turn(store, message_id: str) -> None:
    with store.exchange(PARENT, message_id) as exchange:
        seen = (exchange.state or {"seen": 0})["seen"]
        exchange.save({"seen": seen + 1}, f"reply {seen}")


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_after_a_rotation_the_conversation_goes_on_and_moves_to_the_new_key(backend, tmp_path,
                                                                            request):
    old, rotated = stores(backend, tmp_path, request)
    turn(old, "SM1")
    assert rotated.peek(PARENT) == {"seen": 1}
    assert rotated.answered("SM1") == "reply 0"
    turn(rotated, "SM2")
    assert rotated.peek(PARENT) == {"seen": 2}
    assert old.peek(PARENT) is None  # nothing left under the old key
    assert SqliteStore(tmp_path / "new.db", NEW).key("number", PARENT) == rotated.key(
        "number", PARENT)


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_stop_after_a_rotation_erases_under_both_keys(backend, tmp_path, request):
    old, rotated = stores(backend, tmp_path, request)
    turn(old, "SM1")
    old.queue(PARENT, "queued under the old key")
    rotated.queue(PARENT, "queued under the new key")
    assert [m["body"] for m in rotated.outbox(PARENT)] == ["queued under the old key",
                                                           "queued under the new key"]
    with rotated.exchange(PARENT, "SM2") as exchange:
        exchange.erase()
    assert rotated.peek(PARENT) is None and old.peek(PARENT) is None
    assert rotated.outbox(PARENT) == [] and old.outbox(PARENT) == []


def test_the_previous_keys_are_read_from_the_setting(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                      "NUMBER_KEY": NEW, "NUMBER_KEY_PREVIOUS": f" {OLD} ,",
                      "INSTANCE_PATH": str(tmp_path / "instance")})
    turn(SqliteStore(get_store(app).path, OLD), "SM1")
    assert get_store(app).peek(PARENT) == {"seen": 1}


def test_a_key_is_the_hmac_sha256_earlier_files_were_written_with():
    """The keys in state files written before (with `hmac.new`) still find their rows."""
    import hashlib
    import hmac

    for purpose, value in [("number", PARENT), ("message", "SM" + "0" * 32), ("rate:sms", "é")]:
        message = f"{purpose}\0{value}".encode()
        assert hmac_key(NEW, purpose, value) == \
            hmac.new(NEW.encode(), message, hashlib.sha256).hexdigest()


def test_the_store_keys_are_those_hmac_key_makes_under_each_secret():
    """`Keys` keys each secret's HMAC once and copies it: the same keys as `hmac_key`, the
    current secret's first, for every purpose and value (and none shared between values)."""
    from finder.state.types import Keys

    keys = Keys(NEW, (SECRET, NEW, ""))
    for purpose, value in [("number", PARENT), ("message", "SM" + "0" * 32), ("rate:sms", "é"),
                           ("number", PARENT)]:
        assert keys.every(purpose, value) == [hmac_key(NEW, purpose, value),
                                              hmac_key(SECRET, purpose, value)]
        assert keys.key(purpose, value) == hmac_key(NEW, purpose, value)


def test_the_keyed_hmacs_are_the_standard_library_s_for_any_key_and_value():
    """The pads taken in once (`Keys`) give `hmac_key`'s HMAC-SHA256 for keys shorter than,
    as long as and longer than a block, in any script, and for the previous keys too."""
    rng = random.Random(13)
    letters = "abcXYZ0189+-_ €łść"
    for length in [0, 1, 31, 63, 64, 65, 100, 128, 200]:
        secret = "".join(rng.choice(letters) for _ in range(length))
        previous = "".join(rng.choice(letters) for _ in range(rng.randint(1, 90)))
        keys = Keys(secret or "x", (previous,))
        for _ in range(20):
            value = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
            assert keys.key("number", value) == hmac_key(secret or "x", "number", value)
            assert keys.every("message", value) == [hmac_key(secret or "x", "message", value),
                                                    hmac_key(previous, "message", value)]
