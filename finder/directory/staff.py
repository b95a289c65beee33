"""Staff accounts, failed sign-ins and the history of every edit, in the directory database.

These tables are not built from content/: `directory build` carries them over from the build it
replaces, so a rebuild never loses an account or a record of who changed what.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

# worker: sends texts from worker mode under its own limit, and sees no /admin page but its own
# account; editor: listings; admin: listings and staff accounts.
ROLES = ("worker", "editor", "admin")
TABLES = ("staff", "sign_in_failures", "history")

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('worker', 'editor', 'admin')),
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, signed_in_at TEXT,
    generation INTEGER NOT NULL DEFAULT 0, totp_secret TEXT, totp_step INTEGER);
CREATE TABLE IF NOT EXISTS sign_in_failures (key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS sign_in_failures_key ON sign_in_failures (key, at);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, staff TEXT NOT NULL, kind TEXT NOT NULL,
    record_id TEXT NOT NULL, action TEXT NOT NULL, before TEXT, after TEXT);
CREATE INDEX IF NOT EXISTS history_record ON history (kind, record_id, id);
"""


def create_tables(conn: sqlite3.Connection) -> None:
    """Make the staff tables where they are missing, and bring older ones up to date."""
    if _outdated(conn):
        _rebuild_staff(conn)
    conn.executescript(SCHEMA)


def _outdated(conn: sqlite3.Connection) -> bool:
    """A staff table from before the worker role, session generations and second factors."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'staff'").fetchone()
    return bool(row) and "totp_secret" not in row[0]


def _rebuild_staff(conn: sqlite3.Connection) -> None:
    """SQLite cannot change a CHECK in place: copy the accounts into the new shape."""
    columns = "id, email, password_hash, role, active, created_at, signed_in_at"
    with conn:
        conn.execute("ALTER TABLE staff RENAME TO staff_before")
        conn.executescript(SCHEMA)
        conn.execute(f"INSERT INTO staff ({columns}) SELECT {columns} FROM staff_before")  # noqa: S608
        conn.execute("DROP TABLE staff_before")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def add(conn: sqlite3.Connection, email: str, password_hash: str, role: str) -> int:
    """A new account; raises sqlite3.IntegrityError when the email is taken."""
    with conn:
        cursor = conn.execute(
            "INSERT INTO staff (email, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
            (email.strip(), password_hash, role, now()))
    return int(cursor.lastrowid or 0)


def find(conn: sqlite3.Connection, email: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM staff WHERE email = ?", (email.strip(),)).fetchone()
    return dict(row) if row else None


def get(conn: sqlite3.Connection, staff_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return dict(row) if row else None


def everyone(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT id, email, role, active, created_at, signed_in_at FROM staff ORDER BY email")]


def update(conn: sqlite3.Connection, staff_id: int, role: str, active: bool) -> None:
    """A new role or active state; disabling ends every session of the account."""
    with conn:
        conn.execute("UPDATE staff SET role = ?, active = ?, generation = generation + "
                     "(CASE WHEN ? THEN 0 ELSE 1 END) WHERE id = ?",
                     (role, int(active), int(active), staff_id))


def set_password(conn: sqlite3.Connection, staff_id: int, password_hash: str) -> None:
    """A new password ends every session of the account (a stolen cookie stops working)."""
    with conn:
        conn.execute("UPDATE staff SET password_hash = ?, generation = generation + 1 "
                     "WHERE id = ?", (password_hash, staff_id))


def end_sessions(conn: sqlite3.Connection, staff_id: int) -> None:
    """Sign the account out everywhere: cookies carrying the old generation are refused."""
    with conn:
        conn.execute("UPDATE staff SET generation = generation + 1 WHERE id = ?", (staff_id,))


def set_totp(conn: sqlite3.Connection, staff_id: int, secret: str | None) -> None:
    """A new second-factor secret (or none); no step of it has been used yet."""
    with conn:
        conn.execute("UPDATE staff SET totp_secret = ?, totp_step = NULL WHERE id = ?",
                     (secret, staff_id))


def use_totp_step(conn: sqlite3.Connection, staff_id: int, step: int) -> bool:
    """Keep `step` as the account's last accepted code; False when it is that one or older
    (a code used once, or an earlier one, never signs in again). One statement: two sign-ins
    with the same code at the same moment cannot both pass."""
    with conn:
        changed = conn.execute("UPDATE staff SET totp_step = ? WHERE id = ? AND "
                               "(totp_step IS NULL OR totp_step < ?)",
                               (step, staff_id, step)).rowcount
    return changed == 1


def signed_in(conn: sqlite3.Connection, staff_id: int) -> None:
    with conn:
        conn.execute("UPDATE staff SET signed_in_at = ? WHERE id = ?", (now(), staff_id))


def failures(conn: sqlite3.Connection, key: str, since: float) -> list[float]:
    """Times of the failed sign-ins for `key` since `since`, oldest first."""
    return [r[0] for r in conn.execute(
        "SELECT at FROM sign_in_failures WHERE key = ? AND at >= ? ORDER BY at", (key, since))]


def add_failure(conn: sqlite3.Connection, keys: list[str], at: float, forget_before: float) -> None:
    with conn:
        conn.execute("DELETE FROM sign_in_failures WHERE at < ?", (forget_before,))
        conn.executemany("INSERT INTO sign_in_failures (key, at) VALUES (?, ?)",
                         [(key, at) for key in keys])


def failures_under(conn: sqlite3.Connection, prefix: str, since: float,
                   ) -> list[tuple[str, float]]:
    """(key, time) of the failed sign-ins under keys starting `prefix` since `since`."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT key, at FROM sign_in_failures WHERE substr(key, 1, ?) = ? AND at >= ? "
        "ORDER BY at", (len(prefix), prefix, since))]


def clear_failures(conn: sqlite3.Connection, key: str, prefix: bool = False) -> None:
    """Forget the failures under `key` (or under every key starting with it)."""
    with conn:
        if prefix:
            conn.execute("DELETE FROM sign_in_failures WHERE substr(key, 1, ?) = ?",
                         (len(key), key))
        else:
            conn.execute("DELETE FROM sign_in_failures WHERE key = ?", (key,))
