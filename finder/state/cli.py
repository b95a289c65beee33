"""`flask --app wsgi state purge`: delete expired conversations, replies, outbox and counters.

Texts purge the SQLite file every ten minutes at most; this command is for cron, so that a
quiet finder's state still goes on time. Redis expires its keys itself; there the command catches
keys kept under a longer `FINDER_STATE_TTL_DAYS` than today's.
"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from finder.state import StateUnavailable, get_store


@click.group(help="The shared conversation state (SQLite file or Redis).")
def state() -> None:
    pass


@state.command(help="Delete expired conversation state, old retry records, outbox and counters.")
@with_appcontext
def purge() -> None:
    try:
        counts = get_store(current_app).purge()
    except StateUnavailable as error:
        raise click.ClickException(str(error)) from error
    for kind, count in counts.items():
        click.echo(f"purged {count} {kind}")
