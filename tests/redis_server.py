"""A private redis-server for the tests: Debian's binary on a free loopback port, no disk."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BINARY = "redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """Start redis-server in `folder`; yields its URL and stops it afterwards."""
    binary = shutil.which(BINARY)
    if binary is None:
        raise FileNotFoundError(BINARY)
    process, port = started(binary, folder)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def started(binary: str, folder: Path, tries: int = 3) -> tuple[subprocess.Popen, int]:
    """A running server; another port is tried when the free one was taken meanwhile (by a
    parallel test worker, say)."""
    for _ in range(tries):
        port = free_port()
        process = launch(binary, folder, port)
        if wait_for(port, process):
            return process, port
    raise RuntimeError("redis-server did not start")


def launch(binary: str, folder: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - fixed arguments
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(port: int, process: subprocess.Popen) -> bool:
    """Whether the server answers on `port`; one that does not is stopped."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    process.kill()
    process.wait(timeout=10)
    return False
