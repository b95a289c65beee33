"""Staff accounts: passwords, sign-in with throttling, and the `staff` CLI commands.

Throttling works on two levels. Failures from one address at one account slow that pair down,
each wait twice the last (capped at `MAX_DELAY_SECONDS`), and never lock anyone else out. Only
failures at one account from `SIGN_IN_LOCK_ADDRESSES` different addresses (a spread attack) lock
the account itself, until the window passes or another admin lifts the lock.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext
from werkzeug.security import check_password_hash, generate_password_hash

from finder.directory import staff, store
from finder.directory.content import EMAIL
from finder.messages import staff as msg

MIN_PASSWORD = 12
MAX_PASSWORD = 512
MAX_DELAY_SECONDS = 300
COMMON_PASSWORDS = Path(__file__).with_name("common_passwords.txt")
# A common word dressed up with digits or symbols at either end is still a common password.
DRESSING = re.compile(r"^[\d\W_]+|[\d\W_]+$")
# checked against when the email is unknown, so that a wrong email takes as long as a wrong password
_DUMMY_HASH = generate_password_hash("not a password of anyone's", method="scrypt")


def hash_password(password: str) -> str:
    """scrypt, Werkzeug's memory-hard default, with a random salt."""
    return generate_password_hash(password, method="scrypt")


@cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common(password: str) -> bool:
    """Whether `password` is on the shipped list, alone or between digits and symbols (or is
    nothing but digits and symbols)."""
    lowered = password.lower()
    core = DRESSING.sub("", lowered)
    return not core or lowered in common_passwords() or core in common_passwords()


def password_problem(password: str) -> str | None:
    """What is wrong with a new password (English, for the CLI; the forms translate their own)."""
    if len(password) < MIN_PASSWORD:
        return f"must be at least {MIN_PASSWORD} characters"
    if len(password) > MAX_PASSWORD:
        return f"must be at most {MAX_PASSWORD} characters"
    if is_common(password):
        return "is one of the most common passwords: choose another"
    return None


def password_message(password: str) -> str | None:
    """What is wrong with a new password, as a sentence in the staff member's language."""
    if len(password) < MIN_PASSWORD:
        return gettext(msg.PASSWORD_TOO_SHORT, count=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        return gettext(msg.PASSWORD_TOO_LONG, count=MAX_PASSWORD)
    if is_common(password):
        return gettext(msg.PASSWORD_TOO_COMMON)
    return None


def valid_email(email: str) -> bool:
    return bool(EMAIL.match(email.strip())) and len(email) <= 254


@dataclass(frozen=True)
class Limits:
    slow_after: int
    lock_after: int
    lock_addresses: int
    window: float  # seconds

    @classmethod
    def from_config(cls, config: Any) -> Limits:
        return cls(int(config["SIGN_IN_SLOW_AFTER"]), int(config["SIGN_IN_LOCK_AFTER"]),
                   int(config["SIGN_IN_LOCK_ADDRESSES"]),
                   60.0 * int(config["SIGN_IN_WINDOW_MINUTES"]))


def pair_wait(failures: list[float], now: float, limits: Limits) -> float:
    """How long one address must wait before its next try at one account.

    Past `slow_after` failures each wait doubles, up to `MAX_DELAY_SECONDS`.
    """
    count = len(failures)
    if count < limits.slow_after:
        return 0.0
    delay = min(2.0 ** (count - limits.slow_after + 1), MAX_DELAY_SECONDS)
    return max(0.0, failures[-1] + delay - now)


def account_wait(failures: list[tuple[str, float]], now: float, limits: Limits) -> float:
    """How long the whole account stays locked: only after failures from many addresses."""
    addresses = {key for key, _ in failures}
    if len(failures) < limits.lock_after or len(addresses) < limits.lock_addresses:
        return 0.0
    return max(0.0, max(at for _, at in failures) + limits.window - now)


def account_prefix(email: str) -> str:
    return f"pair:{email.strip().lower()}|"


def sign_in_wait(conn: sqlite3.Connection, email: str, address: str | None, limits: Limits,
                 now: float) -> float:
    """Seconds this address must wait before trying this account again (0: try now)."""
    since = now - limits.window
    account = staff.failures_under(conn, account_prefix(email), since)
    pair = [at for key, at in account if key == account_prefix(email) + (address or "unknown")]
    return max(pair_wait(pair, now, limits), account_wait(account, now, limits))


def sign_in(conn: sqlite3.Connection, email: str, password: str, address: str | None,
            limits: Limits, now: float | None = None) -> tuple[dict[str, Any] | None, float]:
    """(the staff member, 0) when the password is right; (None, seconds to wait) otherwise."""
    now = time.time() if now is None else now
    wait = sign_in_wait(conn, email, address, limits, now)
    if wait > 0:
        return None, wait
    member = staff.find(conn, email) if valid_email(email) else None
    good = check_password_hash(member["password_hash"] if member else _DUMMY_HASH, password)
    key = account_prefix(email) + (address or "unknown")
    if member and good and member["active"]:
        staff.clear_failures(conn, key)
        return member, 0.0
    staff.add_failure(conn, [key], now, now - limits.window)
    return None, 0.0


def unlock(conn: sqlite3.Connection, email: str) -> None:
    """Lift an account-wide lock (an admin's button): forget the account's failures."""
    staff.clear_failures(conn, account_prefix(email), prefix=True)


@click.group("staff", help="Staff accounts for the /admin pages.")
def cli() -> None:
    pass


@cli.command("add", help="Add a staff account; the password is asked twice (never an argument).")
@click.argument("email")
@click.option("--role", type=click.Choice(staff.ROLES), default="editor", show_default=True,
              help="worker: texts from worker mode; editor: listings; admin: listings and "
                   "staff accounts.")
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
