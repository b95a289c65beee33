"""Which listings are due a check: never verified, verified too long ago, or carrying a contact
taken from a public page that no member of staff has confirmed yet."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from finder.directory import store

PUBLIC_PAGE = "contact from a public page"
OUT_OF_DATE = "not checked recently"


def is_stale(service: dict[str, Any], today: dt.date, days: int) -> bool:
    """Never verified, or verified more than `days` days before `today`."""
    checked = service.get("last_verified") or ""
    try:
        return (today - dt.date.fromisoformat(str(checked))).days > days
    except ValueError:
        return True


def unverified_contacts(service: dict[str, Any]) -> list[dict[str, Any]]:
    """The service's contact routes (and reach) that staff have not confirmed."""
    reach = [service["reach"]] if service.get("reach") else []
    routes = [*(service.get("contacts") or []), *reach]
    return [route for route in routes if not route.get("verified")]


def reasons(service: dict[str, Any], today: dt.date, days: int) -> list[str]:
    """Why a service is in the check queue (empty when it is not)."""
    found = [OUT_OF_DATE] if is_stale(service, today, days) else []
    return found + ([PUBLIC_PAGE] if unverified_contacts(service) else [])


def stale(conn: sqlite3.Connection, today: dt.date, days: int) -> list[dict[str, Any]]:
    """Active services due a check, the longest unchecked first, each with its `reasons`."""
    due = [dict(s, reasons=reasons(s, today, days)) for s in store.services(conn)]
    return sorted((s for s in due if s["reasons"]),
                  key=lambda s: (s.get("last_verified") or "", s["name"]))
