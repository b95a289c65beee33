"""gunicorn started as the README says, without a directory file: the directory is built once,
before the workers start, and every start comes up healthy (two workers once raced to build it)."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from contextlib import closing

from redis_server import free_port

from finder.config import PROJECT_ROOT

STARTS = 3


def healthy(port: int, process: subprocess.Popen, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with closing(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) as conn:
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def start(tmp_path, n: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "FINDER_SECRET_KEY": "test-secret", "FINDER_NUMBER_KEY": "test-number",
           "FINDER_DATABASE": str(tmp_path / f"start-{n}" / "finder.db"),
           "FINDER_STATE_DATABASE": str(tmp_path / f"start-{n}" / "state.db"),
           "FINDER_BIND": f"127.0.0.1:{port}", "FINDER_WORKERS": "2"}
    env.pop("FINDER_LOCAL", None)
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return process, port


def test_starting_without_a_directory_file_succeeds_every_time(tmp_path):
    for n in range(STARTS):
        process, port = start(tmp_path, n)
        try:
            up = healthy(port, process)
            answers = [healthy(port, process, 5) for _ in range(4)]  # both workers, likely
        finally:
            process.terminate()
            log = process.communicate(timeout=30)[1]
        assert up and all(answers), f"start {n + 1} of {STARTS} failed:\n{log[-3000:]}"
        assert (tmp_path / f"start-{n}" / "finder.db").exists()
        assert log.count("Built the directory") <= 1
