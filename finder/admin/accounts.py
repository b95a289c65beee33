"""Staff accounts: password hashing, sign-in with throttling, and the `staff` CLI commands."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.security import check_password_hash, generate_password_hash

from finder.directory import staff, store
from finder.directory.content import EMAIL

MIN_PASSWORD = 12
MAX_PASSWORD = 512
MAX_DELAY_SECONDS = 300
# checked against when the email is unknown, so that a wrong email takes as long as a wrong password
_DUMMY_HASH = generate_password_hash("not a password of anyone's", method="scrypt")


def hash_password(password: str) -> str:
    """scrypt, Werkzeug's memory-hard default, with a random salt."""
    return generate_password_hash(password, method="scrypt")


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"must be at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"must be at most {MAX_PASSWORD} characters"
    return None


def valid_email(email: str) -> bool:
    return bool(EMAIL.match(email.strip())) and len(email) <= 254


@dataclass(frozen=True)
class Limits:
    slow_after: int
    lock_after: int
    window: float  # seconds

    @classmethod
    def from_config(cls, config: Any) -> Limits:
        return cls(int(config["SIGN_IN_SLOW_AFTER"]), int(config["SIGN_IN_LOCK_AFTER"]),
                   60.0 * int(config["SIGN_IN_WINDOW_MINUTES"]))


def wait_seconds(failures: list[float], now: float, limits: Limits) -> float:
    """How long a client must wait before its next try, after these failures in the window.

    Past `slow_after` failures each wait doubles; at `lock_after` the key is locked until the
    window has passed since the last failure.
    """
    count = len(failures)
    if count >= limits.lock_after:
        return max(0.0, failures[-1] + limits.window - now)
    if count >= limits.slow_after:
        delay = min(2.0 ** (count - limits.slow_after + 1), MAX_DELAY_SECONDS)
        return max(0.0, failures[-1] + delay - now)
    return 0.0


def throttle_keys(email: str, address: str | None) -> list[str]:
    return [f"account:{email.strip().lower()}", f"address:{address or 'unknown'}"]


def sign_in(conn: sqlite3.Connection, email: str, password: str, address: str | None,
            limits: Limits, now: float | None = None) -> tuple[dict[str, Any] | None, float]:
    """(the staff member, 0) when the password is right; (None, seconds to wait) otherwise."""
    now = time.time() if now is None else now
    keys = throttle_keys(email, address)
    wait = max(wait_seconds(staff.failures(conn, key, now - limits.window), now, limits)
               for key in keys)
    if wait > 0:
        return None, wait
    member = staff.find(conn, email) if valid_email(email) else None
    good = check_password_hash(member["password_hash"] if member else _DUMMY_HASH, password)
    if member and good and member["active"]:
        staff.clear_failures(conn, keys[0])
        staff.signed_in(conn, member["id"])
        return member, 0.0
    staff.add_failure(conn, keys, now, now - limits.window)
    return None, 0.0


@click.group("staff", help="Staff accounts for the /admin pages.")
def cli() -> None:
    pass


@cli.command("add", help="Add a staff account; the password is asked twice (never an argument).")
@click.argument("email")
@click.option("--role", type=click.Choice(staff.ROLES), default="editor", show_default=True,
              help="editor: listings; admin: listings and staff accounts.")
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Read the password from the first line of this file instead of asking.")
@with_appcontext
def add(email: str, role: str, password_file: str | None) -> None:
    if not valid_email(email):
        raise click.ClickException(f"{email!r} is not an email address")
    password = _read_password(password_file)
    conn = store.connect(current_app.config["DATABASE"])
    try:
        staff.add(conn, email, hash_password(password), role)
    except sqlite3.IntegrityError:
        raise click.ClickException(f"{email} already has an account") from None
    finally:
        conn.close()
    click.echo(f"added {email} as {role}")


@cli.command("list", help="List staff accounts: email, role, active, last sign-in.")
@with_appcontext
def list_() -> None:
    conn = store.connect(current_app.config["DATABASE"])
    try:
        for member in staff.everyone(conn):
            state = "active" if member["active"] else "disabled"
            click.echo(f"{member['email']}\t{member['role']}\t{state}\t"
                       f"{member['signed_in_at'] or 'never signed in'}")
    finally:
        conn.close()


def _read_password(password_file: str | None) -> str:
    if password_file:
        lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        password = lines[0] if lines else ""
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    problem = password_problem(password)
    if problem:
        raise click.ClickException(f"the password {problem}")
    return password
