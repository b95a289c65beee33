"""The directory inside Flask: built on first start, one connection per request on `g`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Flask, current_app, g

from finder.directory import build, content, store


def init_app(app: Flask) -> None:
    from finder.directory.cli import directory

    ensure_built(app)
    app.teardown_appcontext(_close)
    app.cli.add_command(directory)


def ensure_built(app: Flask) -> None:
    """Build the directory from content/ when the database file does not exist yet."""
    path = Path(app.config["DATABASE"])
    if not path.exists():
        build.build(content.load(app.config["CONTENT_DIR"]), path)
        app.logger.info("Built the directory from content into %s", path)


def get_conn() -> sqlite3.Connection:
    """This request's connection to the directory."""
    if "directory" not in g:
        g.directory = store.connect(current_app.config["DATABASE"])
    return g.directory


def _close(_error: BaseException | None = None) -> None:
    conn = g.pop("directory", None)
    if conn is not None:
        conn.close()
