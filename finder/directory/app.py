"""The directory inside Flask: built on first start, each thread's connection kept between
requests and lent to one request at a time on `g`."""

from __future__ import annotations

import copy
import fcntl
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from flask import Flask, current_app, g

from finder.directory import build, content, migrations, store
from finder.directory.cli import directory
from finder.directory.rows import directory_index
from finder.search.index import Index
from finder.understand import Understander
from finder.understand.place import Gazetteer

# One build at a time: requests arriving together share the first one's index.
_INDEX_LOCK = threading.RLock()
_REBUILDING: set[tuple[int, str]] = set()
# A rebuild that took longer than this last time runs in the background (a large directory).
REBUILD_INLINE_SECONDS = 2.0
T = TypeVar("T")


def init_app(app: Flask) -> None:
    ensure_built(app)
    app.teardown_appcontext(_close)
    app.cli.add_command(directory)


def ensure_built(app: Flask) -> None:
    """Build the directory from content/ when the database file does not exist yet.

    An existing directory is never replaced implicitly (it may hold staff edits, or the
    content folder may be another one): when content/ changed since, say so in the log;
    `directory build --if-changed` (which the quick start runs) rebuilds it.
    """
    path = Path(app.config["DATABASE"])
    if not path.exists():
        _build_once(app, path)
    elif build.stale(path, app.config["CONTENT_DIR"]):
        app.logger.warning("content/ changed since %s was built: run "
                           "`flask --app wsgi directory build --if-changed`", path)

    applied = migrations.apply(path)  # a directory made by an earlier version
    if applied:
        app.logger.info("Upgraded the directory %s: %s", path, ", ".join(applied))


def _build_once(app: Flask, path: Path) -> None:
    """Build the missing directory, holding a lock file so that processes starting together
    (workers without gunicorn's preload) wait for one build instead of racing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:  # noqa: PTH123
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            build.build(content.load(app.config["CONTENT_DIR"]), path)
            app.logger.info("Built the directory from content into %s", path)


_kept = threading.local()  # each thread's kept connections, read-only and not


def get_conn() -> sqlite3.Connection:
    """This request's connection to the directory: this thread's kept one (`kept_connection`),
    or a new one closed after the request when there is no file yet to keep one to."""
    if "directory" not in g:
        path = current_app.config["DATABASE"]
        try:
            g.directory, g.directory_kept = kept_connection(path), True
        except FileNotFoundError:
            g.directory, g.directory_kept = store.connect(path), False
    return g.directory


def kept_connection(path: Path | str, readonly: bool = False) -> sqlite3.Connection:
    """This thread's connection to the directory file at `path`, kept between requests: a new
    one reads the whole schema before its first query (about 0.5 ms, more than most pages'
    queries take). Opened again when the file is replaced (`directory build` moves a new file
    into place), in a forked child, or for another file (one kept per thread, not one per file
    ever opened); FileNotFoundError when there is no file."""
    path = Path(path)
    key = (str(path), path.stat().st_ino, os.getpid())
    slots = _kept.__dict__.setdefault("slots", {})
    found = slots.get(readonly)
    if found is None or found[0] != key:
        if found is not None:
            found[1].close()
        slots[readonly] = found = (key, store.connect(path, readonly=readonly))
    return found[1]


def _close(_error: BaseException | None = None) -> None:
    """The request's connection given back: a transaction a failed view left open is rolled
    back (views write inside `with conn:`); one made for this request alone is closed."""
    # g itself, not through its proxy (a read through it fails a look-up first): every request
    held = g._get_current_object()  # type: ignore[attr-defined]
    conn = held.pop("directory", None)
    if conn is None:
        return
    if not held.pop("directory_kept", False):
        conn.close()
    elif conn.in_transaction:
        conn.rollback()


def search_index() -> Index:
    """The app's search index, built on first use and again whenever the directory changes."""
    return _for_version("search_index", lambda: directory_index(
        get_conn(), current_app.config["DATABASE"]))


def get_understander() -> Understander:
    """The app's Understander: lexicons from content/, places from content/ and from any
    postcodes imported into the directory. Built on first use and again whenever the
    directory changes (an import of postcodes), then shared by every channel."""
    return _for_version("understander", _understander)


def cached(name: str, make: Callable[[], T]) -> T:
    """`make()`, kept for the app until the index or the Understander it is made from is
    replaced (after staff edits or imports)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    stamp = _stamp(app.config["DATABASE"])
    held = app.extensions.get(f"cached.{name}")
    if held is not None and held[3] == stamp:  # made from inputs built at this very version
        return held[2]
    inputs = (search_index(), get_understander())
    with _INDEX_LOCK:
        held = app.extensions.get(f"cached.{name}")
        if held is None or held[0] is not inputs[0] or held[1] is not inputs[1]:
            held = (*inputs, make(), None)
        # Checked by the stamp alone from now on, once both inputs are of the file's version
        # (not while one is still being rebuilt in the background).
        current = all(app.extensions.get(f"{n}.built", (None,))[0] == stamp
                      for n in ("search_index", "understander"))
        app.extensions[f"cached.{name}"] = (*held[:3], stamp if current else None)
        return held[2]


def warm(app: Flask) -> None:
    """Build the index, the Understander and what channels cache from them now: run in
    gunicorn's master before it forks, so every worker shares them and answers at once."""
    with app.app_context():
        search_index()
        get_understander()
        for make in app.extensions.get("directory.warmers", []):
            make()


def _for_version(name: str, make: Callable[[], T]) -> T:
    """The app's `name`, made again by `make` when the directory file has changed since: at
    once when the last one took under REBUILD_INLINE_SECONDS, else in the background while
    requests go on being answered from the one before (a large directory takes seconds)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    stamp = _stamp(app.config["DATABASE"])
    with _INDEX_LOCK:
        built = app.extensions.get(f"{name}.built")
        if app.extensions.get(name) is None or built is None:
            _store(app, name, stamp, make)
        elif built[0] != stamp:
            if built[1] < REBUILD_INLINE_SECONDS:
                _store(app, name, stamp, make)
            elif (id(app), name) not in _REBUILDING:
                _REBUILDING.add((id(app), name))
                threading.Thread(target=_rebuild, args=(app, name, stamp, make),
                                 daemon=True).start()
        return app.extensions[name]


def _store(app: Flask, name: str, stamp: tuple, make: Callable[[], object]) -> None:
    started = time.monotonic()
    value = make()
    app.extensions[name] = value
    app.extensions[f"{name}.built"] = (stamp, time.monotonic() - started)


def _rebuild(app: Flask, name: str, stamp: tuple, make: Callable[[], object]) -> None:
    """Make `name` again outside any request, then put it in place of the old one."""
    try:
        with app.app_context():
            started = time.monotonic()
            value = make()
        with _INDEX_LOCK:
            app.extensions[name] = value
            app.extensions[f"{name}.built"] = (stamp, time.monotonic() - started)
    except Exception:  # noqa: BLE001 - the old one keeps serving; the next request tries again
        app.logger.exception("Rebuilding the %s failed", name)
    finally:
        with _INDEX_LOCK:
            _REBUILDING.discard((id(app), name))


def _understander() -> Understander:
    content_dir = current_app.config["CONTENT_DIR"]
    base = _understander_for(content_dir)
    postcodes = store.postcodes(get_conn())
    if not postcodes:
        return base
    found = copy.copy(base)
    found.gazetteer = Gazetteer.from_content(content.load(content_dir), postcodes)
    return found


@cache
def _understander_for(content_dir: str) -> Understander:
    """One per content folder and process: compiling the lexicons takes about a second."""
    return Understander.from_content(content.load(content_dir))


def _stamp(path: Path | str) -> tuple[tuple[int, int], ...]:
    """Modification time and size of the database and of its write-ahead log when it holds
    writes (an empty log comes and goes with readers' connections and means no change)."""
    stamps = []
    for file in _stamped_files(str(path)):  # checked on every request: plain os.stat
        try:
            info = os.stat(file)
        except FileNotFoundError:
            continue
        if info.st_size:
            stamps.append((info.st_mtime_ns, info.st_size))
    return tuple(stamps)


@cache
def _stamped_files(path: str) -> tuple[str, str]:
    return path, path + "-wal"
