"""A state server that is down or hung: the store raises its one error type, and counting
(rate limits, usage) never fails a parent's request."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator

import pytest
from redis_server import redis_server

from finder import create_app
from finder.sms import get_store
from finder.state import Limit, StateUnavailable

SEARCH = "/api/v1/services?need=sleep&place=rutland&age_months=30"


@pytest.fixture
def hung_server() -> Iterator[str]:
    """A socket that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"


def app_over(database, tmp_path, url: str):
    return create_app({"TESTING": True, "DATABASE": str(database), "STATE_URL": url,
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "NUMBER_KEY": "test-number-key", "RATE_WEB": "120/60",
                       "INSTANCE_PATH": str(tmp_path / "instance")})


def test_searches_are_answered_while_redis_is_stopped(database, tmp_path):
    with redis_server(tmp_path) as url:
        app = app_over(database, tmp_path, url)
        assert app.test_client().get(SEARCH).status_code == 200
        today = dt.date.today().isoformat()
        assert get_store(app).usage(today, today)
    response = app.test_client().get(SEARCH)
    assert response.status_code == 200
    assert response.get_json()["contents"]
    with pytest.raises(StateUnavailable):
        get_store(app).hit("web", "127.0.0.1", Limit(5, 60))


def test_searches_are_answered_while_redis_hangs(database, tmp_path, hung_server, caplog):
    app = app_over(database, tmp_path, hung_server)
    response = app.test_client().get(SEARCH)
    assert response.status_code == 200
    assert response.get_json()["contents"]
    assert "Usage not counted" in caplog.text
    with pytest.raises(StateUnavailable):
        get_store(app).hit("web", "127.0.0.1", Limit(5, 60))
