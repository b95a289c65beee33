"""Shared fixtures: an app over a directory built once from the real content."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import staff_helpers
from sms_helpers import TOKEN, Twilio

from finder import create_app
from finder.config import PROJECT_ROOT
from finder.directory import build, content

CONTENT = PROJECT_ROOT / "content"
# the standard sits in shared/ beside the project; a worktree elsewhere names it in ORUK_DIR
ORUK = Path(os.environ.get("ORUK_DIR") or PROJECT_ROOT.parent / "shared" / "oruk-3.0")


@pytest.fixture(scope="session")
def built_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("directory") / "finder.db"
    return build.build(content.load(CONTENT), path)


@pytest.fixture
def database(built_directory: Path, tmp_path: Path) -> Path:
    """A private copy of the built directory that a test may change."""
    path = tmp_path / "finder.db"
    shutil.copy(built_directory, path)
    return path


@pytest.fixture
def app(database: Path, tmp_path: Path):
    """The finder over a private directory and a private state store (texts sent are counted)."""
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance")})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def staff_app(database: Path, tmp_path: Path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance")})


@pytest.fixture
def editor(staff_app) -> staff_helpers.Staff:
    staff_helpers.add_staff(staff_app, "ed@example.org", "editor")
    member = staff_helpers.Staff(staff_app.test_client())
    assert member.sign_in("ed@example.org").status_code == 303
    return member


@pytest.fixture
def admin(staff_app) -> staff_helpers.Staff:
    staff_helpers.add_staff(staff_app, "ad@example.org", "admin")
    member = staff_helpers.Staff(staff_app.test_client())
    assert member.sign_in("ad@example.org").status_code == 303
    return member


@pytest.fixture
def oruk_dir() -> Path:
    if not ORUK.is_dir():
        pytest.skip(f"the Open Referral UK 3.0 standard is not beside the project at {ORUK}")
    return ORUK


@pytest.fixture(scope="session")
def understander():
    """The Understander over the real lexicons, built once (it is pure)."""
    from finder.understand import Understander

    return Understander.from_content(content.load(CONTENT))


@pytest.fixture(scope="session")
def directory_tools(built_directory: Path):
    """The engine's real tools over the shipped content and the built directory."""
    from finder.directory import store
    from finder.directory.tools import DirectoryTools

    conn = store.connect(str(built_directory), readonly=True)
    try:
        return DirectoryTools.build(content.load(CONTENT), conn)
    finally:
        conn.close()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory):
    """A redis-server of the tests' own (skipped, saying why, where Debian's is not installed)."""
    from redis_server import redis_server

    try:
        with redis_server(tmp_path_factory.mktemp("redis")) as url:
            yield url
    except FileNotFoundError:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")


@pytest.fixture
def empty_redis(redis_url: str) -> str:
    """The tests' redis-server, emptied for this test."""
    import redis

    with redis.Redis.from_url(redis_url) as client:
        client.flushall()
    return redis_url


@pytest.fixture
def sms_app(database, tmp_path):
    """An app whose webhook checks signatures made with the tests' Twilio auth token."""
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN})


@pytest.fixture
def twilio(sms_app) -> Twilio:
    """Sends signed webhook requests to `sms_app` as Twilio would."""
    return Twilio(sms_app.test_client(), TOKEN)
