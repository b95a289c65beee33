"""The queries behind the open feed: one page or one id at a time, straight from SQLite.

Filters become SQL over indexed columns and link tables, so a page costs the same at 50
services as at 100,000; full ORUK objects are made only for the rows on the page.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from finder.directory import store
from finder.directory.convert import stored

SERVICE_ORDER = "s.name, s.id"
MAX_KEPT_TOTALS = 1_000
# a term's vocabulary → the SQL that says a service carries the code (one `?`)
TERM_SQL = {
    "finder-needs": "s.id IN (SELECT service_id FROM service_needs WHERE need = ?)",
    "finder-districts": "s.id IN (SELECT service_id FROM service_districts WHERE district = ?)",
    "finder-coverage": "EXISTS (SELECT 1 FROM json_each(s.coverage) WHERE value = ?)",
    "finder-based-in": "s.based_in = ?",
    "finder-threshold": "s.threshold = ?",
    "finder-delivery": "s.id IN (SELECT service_id FROM service_delivery WHERE delivery = ?)",
    "finder-referral": "s.referral = ?",
    "finder-pregnancy": "(s.pregnancy = 1 AND ? = 'includes-pregnancy')",
    "finder-parent-audience": "s.parent_audience = ?",
    "finder-evidence-rating": "s.evidence_rating = ?",
    "finder-translations": "json_extract(s.translations, '$.' || ?) IS NOT NULL",
}
# free-text fields: the service carries the term when the column holds something
FIELD_SQL = {
    "content-id": "1", "min-age-months": "1", "max-age-months": "1",
    "for-whom": "s.for_whom <> ''", "parent-max-age": "s.parent_max_age IS NOT NULL",
    "parent-note": "s.parent_note <> ''", "evidence-programme": "s.evidence_programme <> ''",
    "evidence-note": "s.evidence_note <> ''", "keyword": "s.keywords <> ''",
    "source": "s.source <> ''", "verified-by": "s.verified_by <> ''",
    "kept": "EXISTS (SELECT 1 FROM json_each(s.open_data) WHERE key IN ('service_areas', "
            "'service_at_locations', 'languages', 'cost_options', 'phones'))",
}
# a vocabulary: the SQL that says a service carries some term of it
TAXONOMY_SQL = {
    "finder-needs": "s.id IN (SELECT service_id FROM service_needs)",
    "finder-districts": "s.id IN (SELECT service_id FROM service_districts)",
    "finder-coverage": "s.coverage <> '[]'", "finder-based-in": "s.based_in IS NOT NULL",
    "finder-threshold": "1", "finder-referral": "1", "finder-parent-audience": "1",
    "finder-delivery": "s.id IN (SELECT service_id FROM service_delivery)",
    "finder-pregnancy": "s.pregnancy = 1", "finder-evidence-rating": "s.evidence_rating <> ''",
    "finder-fields": "1", "finder-translations": "s.translations <> '{}'",
}
# another publisher's term, by its id (one `?` each): a service carries it as an attribute
FOREIGN_TERM_SQL = ("EXISTS (SELECT 1 FROM json_each(s.open_data, '$.attributes') a "
                    "WHERE json_valid(s.open_data) "
                    "AND lower(json_extract(a.value, '$.taxonomy_term.id')) IN ({marks}))")
# a staff edit, else when its publisher last changed it, else its import, else the build
MODIFIED = ("COALESCE((SELECT max(h.at) FROM history h WHERE h.kind = 'service' "
            "AND h.record_id = s.id AND h.action <> 'import'), "
            "json_extract(s.open_data, '$.last_modified'), "
            "(SELECT max(h.at) FROM history h WHERE h.kind = 'service' AND h.record_id = s.id), "
            "(SELECT value FROM meta WHERE key = 'built_at'))")


@dataclass
class Filters:
    """What a feed request asks for; each part becomes one SQL condition."""

    active_only: bool = True
    text: str = ""
    minimum_age: float | None = None
    maximum_age: float | None = None
    terms: list[tuple[str, str]] = field(default_factory=list)
    taxonomies: list[str] = field(default_factory=list)
    foreign_terms: list[list[str]] = field(default_factory=list)  # each: any of these term ids
    organisation_uuid: str | None = None
    modified_after: str | None = None
    districts: list[str] | None = None
    near: tuple[float, float, float] | None = None
    with_location: bool = False

    def sql(self) -> tuple[str, list[Any]]:
        """The WHERE clause (over `s`, the services) and its parameters."""
        parts = [("s.status = 'active'", [])] if self.active_only else []
        parts += self._text_and_ages() + self._terms() + self._place()
        if self.organisation_uuid:
            parts.append(("s.organisation_id = (SELECT id FROM organisations WHERE uuid = ?)",
                          [self.organisation_uuid]))
        if self.modified_after:
            parts.append((f"{MODIFIED} >= ?", [self.modified_after]))
        return " AND ".join(["1", *(sql for sql, _ in parts)]), \
            [value for _, values in parts for value in values]

    def _text_and_ages(self) -> list[tuple[str, list[Any]]]:
        parts: list[tuple[str, list[Any]]] = []
        if self.text:
            parts.append(("s.rowid IN (SELECT rowid FROM services_fts "
                          "WHERE services_fts MATCH ?)", [quote_fts(self.text)]))
        # on the whole years the feed publishes: a service's age is its months // 12
        if self.minimum_age is not None:
            parts.append(("s.min_age_months >= ?", [math.ceil(self.minimum_age) * 12]))
        if self.maximum_age is not None:
            parts.append(("s.max_age_months < ?", [(math.floor(self.maximum_age) + 1) * 12]))
        return parts

    def _terms(self) -> list[tuple[str, list[Any]]]:
        parts = []
        for vocabulary, code in self.terms:
            condition = term_sql(vocabulary, code)
            parts.append((condition, [code] if "?" in condition else []))
        parts += [(TAXONOMY_SQL.get(v, "0"), []) for v in self.taxonomies]
        return parts + [(FOREIGN_TERM_SQL.format(marks=", ".join("?" * len(ids))), ids)
                        if ids else ("0", []) for ids in self.foreign_terms]

    def _place(self) -> list[tuple[str, list[Any]]]:
        parts: list[tuple[str, list[Any]]] = []
        if self.districts is not None:
            marks = ", ".join("?" * len(self.districts)) or "NULL"
            parts.append((f"s.id IN (SELECT service_id FROM service_districts "  # noqa: S608
                          f"WHERE district IN ({marks}))", list(self.districts)))
        if self.with_location or self.near:
            parts.append(("s.location <> '{}'", []))
        if self.near:
            parts.append(("s.lat IS NOT NULL AND feed_distance(s.lat, s.lon, ?, ?) <= ?",
                          list(self.near)))
        return parts


def term_sql(vocabulary: str, code: str) -> str:
    if vocabulary == "finder-fields":
        return FIELD_SQL.get(code, "0")
    return TERM_SQL.get(vocabulary, "0")


def quote_fts(text: str) -> str:
    """Every word typed as a quoted FTS phrase, so no word is read as an FTS operator."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w) or '""'


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Metres between two points on a sphere the size of the Earth."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6_371_000 * 2 * math.asin(min(1.0, math.sqrt(a)))


def page_ids(conn: sqlite3.Connection, filters: Filters, page: int, per_page: int | None,
             totals: dict[tuple, int] | None = None) -> tuple[list[str], int]:
    """The content ids of one page of matching services (all when per_page is None), and the
    number that match (kept in `totals`, when given, for the same filters)."""
    conn.create_function("feed_distance", 4, distance_m, deterministic=True)
    where, params = filters.sql()
    base = f"FROM services s WHERE {where}"  # noqa: S608 - fixed fragments and placeholders
    key = (where, *params)
    total = totals.get(key) if totals is not None else None
    if total is None:
        total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        if totals is not None and len(totals) < MAX_KEPT_TOTALS:
            totals[key] = total
    limit = "" if per_page is None else f" LIMIT {int(per_page)} OFFSET {(page - 1) * per_page}"
    rows = conn.execute(f"SELECT s.id {base} ORDER BY {SERVICE_ORDER}{limit}", params)
    return [row[0] for row in rows], total


def services_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The `store.services` dicts of `ids`, in that order, with `last_modified`."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        f"""SELECT s.*, o.name AS organisation_name, o.uuid AS organisation_uuid,
                   {MODIFIED} AS last_modified
            FROM services s JOIN organisations o ON o.id = s.organisation_id
            WHERE s.id IN ({marks})""", ids).fetchall()  # noqa: S608 - placeholders only
    lists = links(conn, ids)
    found = {row["id"]: stored.record(row, lists) for row in rows}
    return [found[i] for i in ids if i in found]


def links(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """Each link list (needs, districts, ...) of `ids`, in one query."""
    marks = ", ".join("?" * len(ids))
    union = " UNION ALL ".join(
        f"SELECT '{name}', service_id, {column}, position FROM {table} "  # noqa: S608
        f"WHERE service_id IN ({marks})" for name, (table, column) in store.LINKS.items())
    out: dict[str, dict[str, list[str]]] = {name: {} for name in store.LINKS}
    for name, service_id, value, _position in conn.execute(
            f"{union} ORDER BY 1, 2, 4", ids * len(store.LINKS)):  # noqa: S608
        out[name].setdefault(service_id, []).append(value)
    return out


def service_id_for(conn: sqlite3.Connection, column: str, value: str) -> str | None:
    """The content id of the service whose `uuid` or `sal_uuid` is `value`."""
    if column not in ("uuid", "sal_uuid"):
        raise ValueError(column)
    row = conn.execute(f"SELECT id FROM services WHERE {column} = ?",  # noqa: S608
                       (value,)).fetchone()
    return row[0] if row else None


def organisations_by(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT * FROM organisations WHERE id IN ({marks})",  # noqa: S608
                        ids)
    return {row["id"]: dict(row) for row in rows}


def organisation_page(conn: sqlite3.Connection, text: str, page: int,
                      per_page: int) -> tuple[list[dict[str, Any]], int]:
    """One page of organisations (by name) whose name holds `text`."""
    where, params = "instr(lower(name), lower(?)) > 0", [text]
    total = conn.execute(f"SELECT count(*) FROM organisations WHERE {where}",  # noqa: S608
                         params).fetchone()[0]
    rows = conn.execute(f"SELECT * FROM organisations WHERE {where} "  # noqa: S608
                        "ORDER BY name, id LIMIT ? OFFSET ?",
                        [*params, per_page, (page - 1) * per_page])
    return [dict(row) for row in rows], total


def organisation_by_uuid(conn: sqlite3.Connection, value: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM organisations WHERE uuid = ?", (value,)).fetchone()
    return dict(row) if row else None


def service_ids_of(conn: sqlite3.Connection, organisation_id: str) -> list[str]:
    rows = conn.execute(f"SELECT s.id FROM services s WHERE s.organisation_id = ? "  # noqa: S608
                        f"ORDER BY {SERVICE_ORDER}", (organisation_id,))
    return [row[0] for row in rows]


def translation_codes(conn: sqlite3.Connection) -> list[str]:
    """Every `language.field` that some service has a translation for."""
    rows = conn.execute("""SELECT DISTINCT l.key || '.' || f.key FROM services s,
                           json_each(s.translations) l, json_each(l.value) f ORDER BY 1""")
    return [row[0] for row in rows]


def evidence_ratings(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT evidence_rating FROM services "
                        "WHERE evidence_rating <> '' ORDER BY 1")
    return [row[0] for row in rows]


def version(conn: sqlite3.Connection) -> str:
    """Changes whenever the directory does: a build, or any staff edit."""
    built = store.meta(conn)
    edits = conn.execute("SELECT max(id) FROM history").fetchone()[0] \
        if _has(conn, "history") else 0
    return json.dumps([built.get("content_hash"), built.get("built_at"),
                       built.get("edited_at"), edits])


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() \
        is not None
