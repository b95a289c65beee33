"""Rate limits: per number on SMS (calm once, then silence), per client address on the web and
API (429, translated, with Retry-After), counted in the shared store, SQLite or Redis."""

from __future__ import annotations

import pytest
from flask_babel import force_locale, gettext
from sms_helpers import PARENT, Twilio, replies

from finder import create_app
from finder.config import ConfigError
from finder.limits import parse_limit
from finder.messages.parent import ERRORS
from finder.sms import get_store
from finder.state import Limit

TOKEN = "twilio-auth-token-for-tests"
FLOODER = "+447700900666"


@pytest.mark.parametrize(("written", "expected"), [
    ("120/60", Limit(120, 60)),
    ("20/10m", Limit(20, 600)),
    (" 5 / 1h ", Limit(5, 3600)),
    ("off", Limit(0, 1)),
    ("0", Limit(0, 1)),
], ids=["per-minute", "minutes", "hours-with-spaces", "off", "zero"])
def test_a_limit_is_read_as_count_per_seconds(written, expected):
    assert parse_limit("RATE_WEB", written) == expected


@pytest.mark.parametrize("written", ["120", "many/60", "10/0", "10/5d", "-1/60"],
                         ids=["no-window", "words", "zero-window", "unknown-unit", "negative"])
def test_a_malformed_limit_stops_the_start_naming_the_variable(written):
    with pytest.raises(ConfigError, match="FINDER_RATE_SMS"):
        parse_limit("RATE_SMS", written)


@pytest.fixture(params=["sqlite", "redis"])
def state_url(request) -> str | None:
    return request.getfixturevalue("empty_redis") if request.param == "redis" else None


def limited_app(database, tmp_path, state_url, **config):
    return create_app({"TESTING": True, "DATABASE": str(database), "PROXY_FIX": 1,
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN,
                       "STATE_URL": state_url, **config})


def from_address(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


def polish_429(app) -> str:
    """The refusal as the Polish catalogue words it, checked to be Polish and not the English."""
    with app.test_request_context(), force_locale("pl"):
        polish = gettext(ERRORS[429])
    assert polish != ERRORS[429] and "zapytań" in polish
    return polish


def test_a_client_over_the_web_limit_gets_429_with_retry_after(database, tmp_path, state_url):
    app = limited_app(database, tmp_path, state_url, RATE_WEB="3/60")
    client = app.test_client()
    codes = [client.get("/?lang=pl", headers=from_address("203.0.113.7")).status_code
             for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = client.get("/?lang=pl", headers=from_address("203.0.113.7"))
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert polish_429(app) in refused.get_data(as_text=True)


def test_the_api_answers_429_in_json(database, tmp_path, state_url):
    app = limited_app(database, tmp_path, state_url, RATE_WEB="1/60")
    client = app.test_client()
    client.get("/api/v1/services?lang=pl", headers=from_address("203.0.113.7"))
    refused = client.get("/api/v1/services?lang=pl", headers=from_address("203.0.113.7"))
    assert refused.status_code == 429
    assert refused.json["error"]["code"] == 429
    assert refused.json["error"]["message"] == polish_429(app)
    assert "Retry-After" in refused.headers


def test_one_client_over_the_limit_does_not_limit_another(database, tmp_path, state_url):
    client = limited_app(database, tmp_path, state_url, RATE_WEB="2/60").test_client()
    for _ in range(5):
        client.get("/api/v1/services", headers=from_address("203.0.113.7"))
    other = client.get("/api/v1/services", headers=from_address("198.51.100.20"))
    assert other.status_code == 200


def test_health_checks_are_never_limited(database, tmp_path, state_url):
    client = limited_app(database, tmp_path, state_url, RATE_WEB="1/60").test_client()
    assert {client.get("/healthz").status_code for _ in range(3)} == {200}


def test_the_client_address_is_not_stored_in_clear(database, tmp_path):
    app = limited_app(database, tmp_path, None, RATE_WEB="5/60")
    app.test_client().get("/", headers=from_address("203.0.113.77"))
    data = b"".join(p.read_bytes() for p in (tmp_path / "instance").glob("state.db*"))
    assert data and b"203.0.113.77" not in data


@pytest.fixture
def flood(database, tmp_path, state_url):
    app = limited_app(database, tmp_path, state_url, RATE_SMS="3/10m")
    return app, Twilio(app.test_client(), TOKEN)


def test_a_flooding_number_gets_one_calm_reply_then_silence(flood):
    app, twilio = flood
    answers = [replies(twilio.text("hello there", number=FLOODER)) for _ in range(6)]
    assert all(len(a) == 1 and a[0] for a in answers[:3])
    [calm] = answers[3]
    assert "a few minutes" in calm
    assert answers[4:] == [[], []]


def test_a_flooding_number_does_not_stop_another_being_answered(flood):
    app, twilio = flood
    for _ in range(10):
        twilio.text("hello there", number=FLOODER)
    [reply] = replies(twilio.text("my toddler has tantrums", number=PARENT))
    assert reply and "a few minutes" not in reply
    assert get_store(app).peek(PARENT) is not None


def test_refused_messages_do_not_move_the_conversation(flood):
    app, twilio = flood
    for text in ["hello there", "my toddler has tantrums", "2"]:
        twilio.text(text, number=FLOODER)
    settled = get_store(app).peek(FLOODER)
    for _ in range(3):
        twilio.text("Loughborough", number=FLOODER)
    assert get_store(app).peek(FLOODER) == settled


def test_stop_is_obeyed_even_over_the_limit(flood):
    app, twilio = flood
    for _ in range(5):
        twilio.text("hello there", number=FLOODER)
    assert replies(twilio.text("STOP", number=FLOODER)) == []
    assert get_store(app).peek(FLOODER) is None


def test_pages_are_served_when_the_store_cannot_count(database, tmp_path, caplog):
    app = limited_app(database, tmp_path, "redis://127.0.0.1:1/0", RATE_WEB="1/60")
    client = app.test_client()
    codes = [client.get("/", headers=from_address("203.0.113.7")).status_code
             for _ in range(3)]
    assert codes == [200, 200, 200]
    assert sum("Rate limits paused" in r.message for r in caplog.records) == 1
