"""Reading the SQLite directory: connections, whole listings as records, one as a `Service`.

Every SQL query over the directory lives in this package; views and the search call these.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from finder.directory.convert import stored
from finder.directory.model import Service

LINKS = stored.LINKED
SELECT = """SELECT s.*, o.name AS organisation_name, o.uuid AS organisation_uuid,
                   o.description AS organisation_description, o.website AS organisation_website,
                   o.phone AS organisation_phone, o.email AS organisation_email
            FROM services s JOIN organisations o ON o.id = s.organisation_id"""


BUSY_SECONDS = 5  # how long a connection waits for another's lock on the file


def connect(path: Path | str, readonly: bool = False) -> sqlite3.Connection:
    """A connection with foreign keys on, WAL for concurrent readers and a busy timeout."""
    uri = f"file:{Path(path).resolve()}" + ("?mode=ro" if readonly else "")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def services(conn: sqlite3.Connection, include_retired: bool = False) -> list[dict[str, Any]]:
    """Every service with its organisation and lists, in a stable order (by name)."""
    where = "" if include_retired else "WHERE s.status = 'active'"
    found = conn.execute(
        f"{SELECT} {where} ORDER BY s.name, s.id").fetchall()  # noqa: S608 - fixed fragments
    lists = _links(conn)
    return [stored.record(row, lists) for row in found]


def service_names(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every service's id, name and organisation (any status): what a duplicate check
    compares, without reading whole listings."""
    return [dict(row) for row in conn.execute(
        "SELECT s.id, s.name, s.organisation_id, o.name AS organisation_name FROM services s "
        "JOIN organisations o ON o.id = s.organisation_id ORDER BY s.name, s.id")]


def active_service_ids(conn: sqlite3.Connection) -> list[str]:
    """The ids of the active services, in the order `services` lists them."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM services WHERE status = 'active' ORDER BY name, id")]


def services_by_id(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The services with these content ids (any status), as `services` gives them, by id."""
    marks = ", ".join("?" * len(ids))
    found = conn.execute(f"{SELECT} WHERE s.id IN ({marks})",  # noqa: S608 - placeholders
                         ids).fetchall()
    lists = _lists_of(conn, ids)
    return {row["id"]: stored.record(row, lists) for row in found}


def iter_services(conn: sqlite3.Connection, ids: list[str] | None = None,
                  batch: int = 2000) -> Iterator[dict[str, Any]]:
    """The active services (or those of `ids`, from `active_service_ids`) as `services` lists
    them, read a batch at a time (so a large directory is never all in memory at once)."""
    ids = active_service_ids(conn) if ids is None else ids
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        found = services_by_id(conn, chunk)
        yield from (found[service_id] for service_id in chunk)


def record(conn: sqlite3.Connection, service_id: str) -> dict[str, Any] | None:
    """One service (any status) by content id or UUID, as `services` lists it, or None: one
    row read, not the directory."""
    found = conn.execute(f"{SELECT} WHERE s.id = ? OR s.uuid = ? LIMIT 1",  # noqa: S608
                         (service_id, service_id)).fetchone()
    return None if found is None else stored.record(found, _lists_of(conn, [found["id"]]))


def service(conn: sqlite3.Connection, service_id: str) -> Service | None:
    """One service (any status) by content id or UUID, typed, or None: one row read."""
    found = record(conn, service_id)
    return None if found is None else stored.service(found)


def organisations(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT * FROM organisations ORDER BY name")]


def open_data(record: dict[str, Any]) -> dict[str, Any]:
    """An organisation row's kept ORUK fields (a service row has them read already)."""
    found = record.get("open_data") or {}
    return json.loads(found) if isinstance(found, str) else found


def needs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r, labels=json.loads(r["labels"]))
            for r in conn.execute("SELECT * FROM needs ORDER BY position")]


def districts(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT * FROM districts ORDER BY slug")]


def safety_lines(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r, kinds=json.loads(r["kinds"]), always_open=bool(r["always_open"]))
            for r in conn.execute("SELECT * FROM safety_lines ORDER BY position")]


def postcodes(conn: sqlite3.Connection) -> dict[str, tuple[str | None, float, float]]:
    """Every imported postcode ("LE1 1AA") with its (district, lat, lon)."""
    return {r["postcode"]: (r["district"], r["lat"], r["lon"])
            for r in conn.execute("SELECT postcode, district, lat, lon FROM postcodes")}


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}


def _links(conn: sqlite3.Connection) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for name, (table, column) in LINKS.items():
        grouped: dict[str, list[str]] = defaultdict(list)
        for row in conn.execute(
                f"SELECT service_id, {column} FROM {table} ORDER BY service_id, position"):  # noqa: S608
            grouped[row[0]].append(row[1])
        out[name] = grouped
    return out


def _lists_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """The link lists of the services `ids`, by list name and service id."""
    marks = ", ".join("?" * len(ids))
    lists: dict[str, dict[str, list[str]]] = {}
    for name, (table, column) in LINKS.items():
        grouped: dict[str, list[str]] = defaultdict(list)
        for row in conn.execute(
                f"SELECT service_id, {column} FROM {table} WHERE service_id IN ({marks}) "  # noqa: S608
                "ORDER BY service_id, position", ids):
            grouped[row[0]].append(row[1])
        lists[name] = grouped
    return lists


def matching_service_uuids(conn: sqlite3.Connection, text: str) -> set[str]:
    """UUIDs of services whose name, description, for_whom or keywords hold every word typed."""
    table = sqlite_utils.Database(conn).table("services")
    return {row["uuid"] for row in table.search(text, columns=["uuid"], quote=True)}
