"""Faults the finder must survive: a worker killed mid-turn, a locked, read-only or full state
database, two texts from one parent at the same instant, and broken files at start."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path
from urllib.parse import urlencode

import click
import pytest
from redis_server import free_port
from sms_helpers import PARENT, Twilio, message_id, named_sid, replies
from twilio.request_validator import RequestValidator

from finder import create_app
from finder.config import PROJECT_ROOT
from finder.sms import get_store
from finder.sms.webhook import SORRY
from finder.startup import StartupError
from finder.state import StateUnavailable, number_key
from finder.state.sqlite import SqliteStore

TOKEN = "twilio-auth-token-for-tests"
SECRET = "test-secret-key-not-for-production"
NUMBER_KEY = "test-number-key-not-for-production"


class Server:
    """gunicorn with gunicorn.conf.py (2 workers) serving tests/fault_app.py on loopback."""

    def __init__(self, work: Path, database: Path, state_url: str | None) -> None:
        self.port, self.pause = free_port(), work / "pause"
        self.state = work / "state.db"
        env = {**os.environ, "FINDER_SECRET_KEY": SECRET, "FINDER_NUMBER_KEY": NUMBER_KEY,
               "TWILIO_AUTH_TOKEN": TOKEN,
               "FINDER_DATABASE": str(database), "FINDER_STATE_DATABASE": str(self.state),
               "FINDER_BIND": f"127.0.0.1:{self.port}", "FINDER_WORKERS": "2",
               "FAULT_PAUSE_FILE": str(self.pause), "PYTHONPATH": str(PROJECT_ROOT),
               **({"FINDER_STATE_URL": state_url} if state_url else {})}
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--pythonpath",
             "tests", "fault_app:app"], cwd=PROJECT_ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait_until_healthy()

    def wait_until_healthy(self) -> None:
        """Until /healthz answers: the start builds and warms everything, which takes a while
        on a busy machine (parallel test workers); a server that exits stops the wait."""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if self.get("/healthz") == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def get(self, path: str) -> int:
        with closing(http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)) as conn:
            conn.request("GET", path)
            return conn.getresponse().status

    def text(self, body: str, sid: str, number: str = PARENT, timeout: float = 20) -> str:
        url = f"http://127.0.0.1:{self.port}/sms"
        form = Twilio(None, TOKEN).form(body, number, sid)
        with closing(http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)) as conn:
            conn.request("POST", "/sms", urlencode(form), {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, form)})
            response = conn.getresponse()
            assert response.status == 200
            return response.read().decode()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture
def server(tmp_path, database):
    started = Server(tmp_path, database, None)
    yield started
    started.stop()


def turns(state_file: Path, number: str = PARENT) -> int:
    return (SqliteStore(state_file, NUMBER_KEY).peek(number) or {}).get("fault_turns", 0)


def test_a_worker_killed_mid_turn_leaves_the_retry_to_be_answered_once(server):
    server.text("hello there", named_sid("first"))
    server.pause.touch()
    cut_off = []

    def send_and_lose() -> None:
        try:
            server.text("my toddler has tantrums", named_sid("kill"))
        except (OSError, http.client.HTTPException) as error:
            cut_off.append(error)  # as Twilio sees it: no answer, so it retries

    lost = threading.Thread(target=send_and_lose)
    lost.start()
    held = server.pause.with_suffix(".held")
    deadline = time.monotonic() + 20
    while not held.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(int(held.read_text()), signal.SIGKILL)  # mid-turn, holding the write lock
    server.pause.unlink()
    lost.join(timeout=20)
    assert cut_off
    retried = server.text("my toddler has tantrums", named_sid("kill"))
    assert "<Message>" in retried
    assert server.text("my toddler has tantrums", named_sid("kill")) == retried
    assert turns(server.state) == 2


def test_two_texts_at_the_same_instant_across_workers_are_both_applied(server):
    server.text("hello there", named_sid("warm"))
    start = threading.Barrier(4)
    answers = []

    def send(n: int) -> None:
        start.wait()
        answers.append(server.text("my toddler has tantrums", named_sid(f"same{n}")))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(answers) == 4 and all("<Message>" in a for a in answers)
    assert turns(server.state) == 5


@pytest.fixture
def sms_app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                       "INSTANCE_PATH": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN})


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another writer holding the state file's write lock for `seconds`."""
    ready = threading.Event()

    def hold() -> None:
        with sqlite3.connect(path, isolation_level=None) as conn:
            conn.execute("BEGIN IMMEDIATE")
            ready.set()
            time.sleep(seconds)
            conn.execute("COMMIT")

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait(5)
    return thread


def test_a_message_waits_for_a_long_write_and_is_not_lost(sms_app):
    twilio = Twilio(sms_app.test_client(), TOKEN)
    twilio.text("hello there")
    holder = hold_write_lock(get_store(sms_app).path, 1.0)
    started = time.monotonic()
    [reply] = replies(twilio.text("my toddler has tantrums"))
    holder.join()
    assert time.monotonic() - started >= 0.9
    assert reply != SORRY
    assert get_store(sms_app).peek(PARENT)["slots"]["needs"]


def test_a_lock_held_past_the_busy_timeout_gets_a_calm_reply_and_a_retry_works(
        sms_app, monkeypatch):
    monkeypatch.setattr("finder.state.sqlite.BUSY_TIMEOUT_SECONDS", 0.2)
    twilio = Twilio(sms_app.test_client(), TOKEN)
    twilio.text("hello there")
    before = get_store(sms_app).peek(PARENT)
    holder = hold_write_lock(get_store(sms_app).path, 1.0)
    sid = message_id()
    assert replies(twilio.text("my toddler has tantrums", sid=sid)) == [SORRY]
    holder.join()
    assert get_store(sms_app).peek(PARENT) == before
    [retried] = replies(twilio.text("my toddler has tantrums", sid=sid))
    assert retried != SORRY


def test_turns_queued_behind_a_locked_file_each_fail_within_the_busy_timeout(
        tmp_path, monkeypatch):
    """A process's writers take turns on one lock before the file's: each waits within the
    busy timeout in all, so that four texts behind a file another process holds fail in time
    together, not one after another (the fourth after four timeouts)."""
    monkeypatch.setattr("finder.state.sqlite.BUSY_TIMEOUT_SECONDS", 0.3)
    store = SqliteStore(tmp_path / "state.db", SECRET)
    store.peek(PARENT)  # the file made
    holder = hold_write_lock(store.path, 2.0)
    failed: list[float] = []
    started = time.monotonic()

    def text(n: int) -> None:
        try:
            with store.exchange(f"+4477009000{n}", f"SM{n:032x}") as exchange:
                exchange.save({"step": "need"}, "reply")
        except StateUnavailable:
            failed.append(time.monotonic() - started)

    turns = [threading.Thread(target=text, args=(n,)) for n in range(4)]
    for turn in turns:
        turn.start()
    for turn in turns:
        turn.join(10)
    holder.join()
    assert len(failed) == 4
    assert max(failed) < 1.0  # at most two timeouts each (0.6 s), not four in a row (1.2 s)


class FullStore(SqliteStore):
    """The state file on a full disk: SQLite may not grow it past its present size."""

    def _connect(self) -> sqlite3.Connection:
        conn = super()._connect()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn


JUNK = {"outbox": "INSERT INTO outbox VALUES (?, 'x', '000', 'junk', 0)",
        "replies": "INSERT INTO replies VALUES (NULL, 0, ?, 1e12)",  # NULL: the next id
        "conversations": "INSERT INTO conversations VALUES (?, '{}', 1e12)"}


def fill(store: SqliteStore) -> None:
    """Write junk into every table until the file can take no more."""
    for table, sql in JUNK.items():
        with closing(store._connect()) as conn, pytest.raises(
                sqlite3.OperationalError, match="full"):
            for n in range(100_000):
                conn.execute(sql, (f"junk-{table}-{n}",))


def test_a_full_disk_gets_a_calm_reply_and_keeps_what_was_stored(sms_app):
    twilio = Twilio(sms_app.test_client(), TOKEN)
    twilio.text("hello there")
    before = get_store(sms_app).peek(PARENT)
    full = FullStore(get_store(sms_app).path, number_key(sms_app))
    fill(full)
    sms_app.extensions["state.store"] = full
    assert replies(twilio.text("my toddler has tantrums")) == [SORRY]
    assert replies(twilio.text("hello", number="+447700900555")) == [SORRY]
    assert full.peek(PARENT) == before
    with sqlite3.connect(full.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


READ_ONLY = """
import sys
sys.path.insert(0, "tests")
from sms_helpers import Twilio, replies
from finder import create_app
app = create_app({"TESTING": True, "DATABASE": sys.argv[1], "INSTANCE_PATH": sys.argv[2],
                  "SECRET_KEY": sys.argv[3], "TWILIO_AUTH_TOKEN": sys.argv[4]})
response = Twilio(app.test_client(), sys.argv[4]).text("my toddler has tantrums")
print(response.status_code, replies(response))
"""


def without_root_override(command: list[str]) -> list[str]:
    """`command` run so that file modes bind: as root, without the capabilities that let root
    write any file (util-linux's setpriv); skipped, saying why, where that cannot be done."""
    if os.getuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: chmod cannot make a file read-only")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command]


@pytest.mark.parametrize("state_exists", [True, False], ids=["read-only-file", "read-only-dir"])
def test_a_read_only_state_database_gets_a_calm_reply_and_stays_whole(database, tmp_path,
                                                                       state_exists):
    instance = tmp_path / "instance"
    instance.mkdir()
    if state_exists:
        app = app_with(database, INSTANCE_PATH=str(instance), TWILIO_AUTH_TOKEN=TOKEN)
        Twilio(app.test_client(), TOKEN).text("hello there")
        before = get_store(app).peek(PARENT)
    for path in [instance, *instance.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments
            without_root_override([sys.executable, "-c", READ_ONLY, str(database),
                                   str(instance), SECRET, TOKEN]),
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    finally:
        for path in [instance, *instance.iterdir()]:
            path.chmod(0o700)
    assert done.stdout.strip() == f"200 [{SORRY!r}]", done.stderr[-2000:]
    assert "StateUnavailable" in done.stderr
    if state_exists:
        key = (instance / "number_key").read_text().strip()
        assert SqliteStore(instance / "state.db", key).peek(PARENT) == before
        with closing(sqlite3.connect(instance / "state.db")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def app_with(database: Path, **config):
    return create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": SECRET,
                       **config})


@pytest.mark.parametrize(("broken", "text"), [
    ("lexicon/pl.yaml", "words: [unclosed"),
    ("needs.yaml", "- slug: sleep\n  label: [\n"),
], ids=["lexicon", "needs"])
def test_a_broken_content_file_stops_the_start_naming_it(database, tmp_path, broken, text):
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    (content / broken).write_text(text, encoding="utf-8")
    with pytest.raises(StartupError, match=Path(broken).name):
        app_with(database, CONTENT_DIR=str(content))


def test_a_missing_content_folder_stops_the_start_naming_it(database, tmp_path):
    with pytest.raises(StartupError, match="content folder .*nowhere"):
        app_with(database, CONTENT_DIR=str(tmp_path / "nowhere"))


@pytest.mark.parametrize("data", [b"not a catalogue at all", b"\x95\x04\x12\xde\x00"],
                         ids=["garbage", "truncated"])
def test_a_broken_catalogue_stops_the_start_naming_it(database, tmp_path, data):
    translations = tmp_path / "translations"
    shutil.copytree(PROJECT_ROOT / "translations", translations)
    (translations / "so" / "LC_MESSAGES" / "messages.mo").write_bytes(data)
    with pytest.raises(StartupError, match=r"so/LC_MESSAGES/messages\.mo"):
        app_with(database, TRANSLATIONS_DIR=translations)


def test_the_flask_command_still_starts_so_that_it_can_mend_the_files(database, tmp_path):
    translations = tmp_path / "translations"
    shutil.copytree(PROJECT_ROOT / "translations", translations)
    (translations / "so" / "LC_MESSAGES" / "messages.mo").write_bytes(b"broken")
    with click.Context(click.Command("i18n")):
        assert app_with(database, TRANSLATIONS_DIR=translations)
