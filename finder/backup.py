"""`flask --app wsgi backup PATH` and `restore PATH`: both databases, copied while in use.

SQLite's online backup API copies a consistent snapshot even while the finder is serving, so a
backup needs no downtime; a restore writes back through the same API, page by page, so readers
never see a half-written file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from finder.state import state_path

FILES = {"directory": "finder.db", "state": "state.db"}


def databases(app: Flask) -> dict[str, Path]:
    """The live databases: the directory (listings, staff) and the conversation state, unless
    that is kept in Redis (which has its own persistence)."""
    found = {"directory": Path(app.config["DATABASE"])}
    if not app.config.get("STATE_URL"):
        found["state"] = state_path(app)
    return found


def copy(source: Path, target: Path) -> int:
    """Copy one SQLite database with the online backup API; returns its page count."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as origin, \
            sqlite3.connect(target) as copy_:
        origin.backup(copy_)
        pages = copy_.execute("PRAGMA page_count").fetchone()[0]
        verdict = copy_.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise click.ClickException(f"the copy of {source.name} failed its integrity check")
    return pages


def backup(app: Flask, folder: Path) -> dict[str, int]:
    return {name: copy(path, folder / FILES[name])
            for name, path in databases(app).items() if path.exists()}


def restore(app: Flask, folder: Path) -> dict[str, int]:
    found = {name: folder / file for name, file in FILES.items() if (folder / file).exists()}
    if "directory" not in found:
        raise click.ClickException(f"no {FILES['directory']} in {folder}: nothing restored")
    live = databases(app)
    return {name: copy(path, live[name]) for name, path in found.items()}


@click.command("backup", help="Copy the directory and conversation databases into PATH.")
@click.argument("path", type=click.Path(file_okay=False, path_type=Path))
@with_appcontext
def backup_command(path: Path) -> None:
    for name, pages in backup(current_app, path).items():
        click.echo(f"backed up {name}: {pages} pages to {path / FILES[name]}")


@click.command("restore", help="Put the databases backed up in PATH back in place.")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@with_appcontext
def restore_command(path: Path) -> None:
    for name, pages in restore(current_app, path).items():
        click.echo(f"restored {name}: {pages} pages from {path / FILES[name]}")


def init_app(app: Flask) -> None:
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
