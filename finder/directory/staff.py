"""Staff accounts, failed sign-ins and the history of every edit, in the directory database.

These tables are not built from content/: `directory build` carries them over from the build it
replaces, so a rebuild never loses an account or a record of who changed what.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

ROLES = ("editor", "admin")
TABLES = ("staff", "sign_in_failures", "history")

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, signed_in_at TEXT);
CREATE TABLE IF NOT EXISTS sign_in_failures (key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS sign_in_failures_key ON sign_in_failures (key, at);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, staff TEXT NOT NULL, kind TEXT NOT NULL,
    record_id TEXT NOT NULL, action TEXT NOT NULL, before TEXT, after TEXT);
CREATE INDEX IF NOT EXISTS history_record ON history (kind, record_id, id);
"""


def create_tables(conn: sqlite3.Connection) -> None:
    """Make the staff tables where they are missing (a directory built before they existed)."""
    conn.executescript(SCHEMA)


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
    with conn:
        conn.execute("UPDATE staff SET role = ?, active = ? WHERE id = ?",
                     (role, int(active), staff_id))


def set_password(conn: sqlite3.Connection, staff_id: int, password_hash: str) -> None:
    with conn:
        conn.execute("UPDATE staff SET password_hash = ? WHERE id = ?", (password_hash, staff_id))


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


def clear_failures(conn: sqlite3.Connection, key: str) -> None:
    with conn:
        conn.execute("DELETE FROM sign_in_failures WHERE key = ?", (key,))
