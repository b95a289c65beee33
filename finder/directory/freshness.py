"""Which listings are stale: active services nobody has verified within the allowed days."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from finder.directory import store


def is_stale(service: dict[str, Any], today: dt.date, days: int) -> bool:
    """Never verified, or verified more than `days` days before `today`."""
    checked = service.get("last_verified") or ""
    try:
        return (today - dt.date.fromisoformat(str(checked))).days > days
    except ValueError:
        return True


def stale(conn: sqlite3.Connection, today: dt.date, days: int) -> list[dict[str, Any]]:
    """Active services due a check, the longest unchecked first."""
    due = [s for s in store.services(conn) if is_stale(s, today, days)]
    return sorted(due, key=lambda s: (s.get("last_verified") or "", s["name"]))
