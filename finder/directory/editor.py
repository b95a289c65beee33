"""Staff edits to the live directory: write a listing, record the change, restore a version.

A listing travels as a content dict (the shape of `content/organisations/*.yaml`), so the
editor, the history, imports and the export back to content/ all speak the same language.
Every write records who made it and each field before and after, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from typing import Any

from finder.directory import content, store
from finder.directory.convert import content as convert
from finder.directory.convert import stored
from finder.directory.convert.content import OPEN_DATA_FIELDS
from finder.directory.staff import now


class NotFound(LookupError):
    """No listing with that id."""


def coverage_map(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each coverage code (region, area, district) with the districts it stands for."""
    found = store.meta(conn).get("coverage")
    if found:
        return json.loads(found)
    return {d["slug"]: [d["slug"]] for d in store.districts(conn)}


def organisation(conn: sqlite3.Connection, org_id: str) -> dict[str, Any] | None:
    """One organisation as a content dict (without its services), or None."""
    row = conn.execute("SELECT * FROM organisations WHERE id = ?", (org_id,)).fetchone()
    return None if row is None else convert.organisation_record(convert.organisation(dict(row)))


def service(conn: sqlite3.Connection, service_id: str) -> dict[str, Any] | None:
    """One service as a content dict with its `organisation_id`, JSON-safe, or None: one
    service's rows read."""
    found = store.service(conn, service_id)
    return None if found is None else convert.record(found)


def save_service(conn: sqlite3.Connection, listing: dict[str, Any], by: str,
                 action: str = "edit") -> bool:
    """Write one service (new or changed) and record the change; False when nothing changed."""
    listing = jsonable(listing)
    refuse_bad_ids(listing.get("id"), listing.get("organisation_id"))
    before = service(conn, listing["id"])
    listing = {**_kept(before, OPEN_DATA_FIELDS), **listing}
    with conn:
        _write_service(conn, listing, coverage_map(conn))
        after = service(conn, listing["id"])
        if before == after:
            conn.rollback()
            return False
        _record(conn, by, "service", listing["id"], _action(action, before), before, after)
    return True


def save_organisation(conn: sqlite3.Connection, org: dict[str, Any], by: str,
                      action: str = "edit") -> bool:
    """Write one organisation (new or changed) and record the change."""
    refuse_bad_ids(org.get("id"))
    before = organisation(conn, org["id"])
    org = {**_kept(before, ("open_data",)), **org}
    with conn:
        _upsert(conn, "organisations", stored.organisation_row(convert.organisation(org)))
        after = organisation(conn, org["id"])
        if before == after:
            conn.rollback()
            return False
        _record(conn, by, "organisation", org["id"], _action(action, before), before, after)
    return True


def _kept(before: dict[str, Any] | None, keys: Any) -> dict[str, Any]:
    """The open-data fields a write does not mention (the staff forms have none): kept."""
    return {key: before[key] for key in keys if before and key in before}


def _action(action: str, before: dict[str, Any] | None) -> str:
    """What the history calls a write: a new listing is created, unless an import brings it."""
    return action if before or action == "import" else "create"


def version(record: dict[str, Any] | None) -> str:
    """A short fingerprint of a saved record: a form carries it, and a save with another one
    means someone else saved in between."""
    text = json.dumps(record or {}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def refuse_bad_ids(*ids: Any) -> None:
    """The last guard before the directory: an id breaking `content.ID` is never stored."""
    bad = [i for i in ids if not content.valid_id(i)]
    if bad:
        raise ValueError(f"id {bad[0]!r} {content.ID_RULE}")


def set_status(conn: sqlite3.Connection, service_id: str, status: str, by: str) -> bool:
    """Retire or restore a service: never a delete."""
    listing = _existing(conn, service_id)
    return save_service(conn, {**listing, "status": status}, by,
                        "retire" if status == "retired" else "restore")


def verify(conn: sqlite3.Connection, service_id: str, by: str, day: dt.date) -> bool:
    """Record that `by` checked the listing, its contact routes too, on `day`: still right."""
    listing = _existing(conn, service_id)
    checked = {"contacts": [dict(c, verified=True) for c in listing.get("contacts") or []]}
    if listing.get("reach"):
        checked["reach"] = dict(listing["reach"], verified=True)
    return save_service(conn, {**listing, **checked, "last_verified": day.isoformat(),
                               "verified_by": by}, by, "verify")


def history(conn: sqlite3.Connection, kind: str, record_id: str) -> list[dict[str, Any]]:
    """Every recorded change to one listing, newest first, each with its field changes."""
    rows = conn.execute("SELECT * FROM history WHERE kind = ? AND record_id = ? ORDER BY id DESC",
                        (kind, record_id)).fetchall()
    return [_entry(row) for row in rows]


def recent(conn: sqlite3.Connection, limit: int = 20) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT * FROM history ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [_entry(row) for row in rows]


def entry(conn: sqlite3.Connection, entry_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM history WHERE id = ?", (entry_id,)).fetchone()
    return _entry(row) if row else None


def restore(conn: sqlite3.Connection, entry_id: int, by: str) -> dict[str, Any]:
    """Put a listing back as it was before change `entry_id`; returns that history entry."""
    found = entry(conn, entry_id)
    if found is None or found["before"] is None:
        raise NotFound(entry_id)
    save = save_service if found["kind"] == "service" else save_organisation
    save(conn, found["before"], by, "restore-version")
    return found


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Each field that differs, flattened ("location.postcode"), with its two values."""
    old, new = flatten(before or {}), flatten(after or {})
    return [{"field": key, "before": old.get(key, ""), "after": new.get(key, "")}
            for key in dict.fromkeys([*old, *new]) if old.get(key, "") != new.get(key, "")]


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = ", ".join(str(v) for v in value)
        else:
            out[name] = "" if value is None else str(value)
    return out


def jsonable(listing: dict[str, Any]) -> dict[str, Any]:
    """The listing with dates as ISO text, as history keeps it."""
    return json.loads(json.dumps(listing, default=str, ensure_ascii=False))


def _existing(conn: sqlite3.Connection, service_id: str) -> dict[str, Any]:
    listing = service(conn, service_id)
    if listing is None:
        raise NotFound(service_id)
    return listing


def _write_service(conn: sqlite3.Connection, listing: dict[str, Any],
                   coverage: dict[str, list[str]]) -> None:
    service = convert.service(listing)
    _upsert(conn, "services", stored.row(service))
    covers = [d for code in service.districts for d in coverage.get(code, [])]
    columns = {table: column for table, column in stored.LINKED.values()}
    for table, items in stored.links(service, covers).items():
        conn.execute(f"DELETE FROM {table} WHERE service_id = ?", (service.id,))  # noqa: S608
        conn.executemany(
            f"INSERT INTO {table} (service_id, {columns[table]}, position) "  # noqa: S608
            "VALUES (?, ?, ?)", [(service.id, value, i) for i, value in enumerate(items)])


def _upsert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert or update in place, so that the search's triggers see an update, not a delete."""
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    marks = ", ".join("?" * len(columns))
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "  # noqa: S608
           f"ON CONFLICT (id) DO UPDATE SET {updates}")  # column names are our own constants
    conn.execute(sql, [row[c] for c in columns])


def _record(conn: sqlite3.Connection, by: str, kind: str, record_id: str, action: str,
            before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    conn.execute(
        "INSERT INTO history (at, staff, kind, record_id, action, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now(), by, kind, record_id, action,
         None if before is None else json.dumps(before, ensure_ascii=False),
         None if after is None else json.dumps(after, ensure_ascii=False)))
    # from the first staff edit on, the database (not content/) is the live directory
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('edited_at', ?)", (now(),))


def _entry(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out["before"] = json.loads(row["before"]) if row["before"] else None
    out["after"] = json.loads(row["after"]) if row["after"] else None
    out["changes"] = changes(out["before"], out["after"])
    return out
