"""Other publishers' taxonomies and terms: read from an import, kept, and listed in the feed.

A taxonomy document (a taxonomy with its `taxonomy_terms`, a bare taxonomy term, or a list or
page of them) is kept as it was said in `foreign_taxonomies` and `foreign_terms`; the terms
other publishers' services carry (kept in their `open_data`) are listed beside them, so a
consumer can discover every id it can filter by.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

TABLES = ("foreign_taxonomies", "foreign_terms")
SCHEMA = """
CREATE TABLE IF NOT EXISTS foreign_taxonomies (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS foreign_terms (id TEXT PRIMARY KEY, taxonomy_id TEXT,
                                          body TEXT NOT NULL);
"""
# keys only a taxonomy term has (a service or organisation has none of them at the top)
TERM_KEYS = ("term", "term_uri", "parent_id", "taxonomy", "taxonomy_id", "code", "vocabulary")
REQUIRED = ("id", "name", "description")
UUID_FIELDS = ("id", "parent_id", "taxonomy_id")


def found_in(data: Any) -> list[dict[str, Any]]:
    """The taxonomies and bare terms of a document; [] when it holds anything else."""
    items = data.get("contents") if isinstance(data, dict) and "contents" in data else data
    items = items if isinstance(items, list) else [items]
    if items and all(isinstance(i, dict) and (is_taxonomy(i) or is_term(i)) for i in items):
        return items
    return []


def is_taxonomy(item: dict[str, Any]) -> bool:
    return isinstance(item.get("taxonomy_terms"), list)


def is_term(item: dict[str, Any]) -> bool:
    return any(key in item for key in TERM_KEYS) and "status" not in item


def canonical(raw: Any) -> str | None:
    """An id in its canonical form; None when it is not a UUID."""
    try:
        return str(uuid.UUID(str(raw)))
    except ValueError:
        return None


def problems(items: list[dict[str, Any]]) -> list[str]:
    """What keeps these taxonomies and terms out of the feed: `file: record: field: problem`."""
    found = []
    for item in items:
        for obj in [item, *(item.get("taxonomy_terms") or [])]:
            label = f"import: {'taxonomy' if obj is item and is_taxonomy(item) else 'term'} " \
                    f"{obj.get('id') or obj.get('name') or '?'}"
            found += [f"{label}: {key}: missing" for key in REQUIRED
                      if not isinstance(obj.get(key), str) or not obj[key].strip()]
            found += [f"{label}: {key}: not a UUID" for key in UUID_FIELDS
                      if obj.get(key) not in (None, "") and canonical(obj[key]) is None]
    return found


def save(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> int:
    """Keep each taxonomy (its terms apart) and each bare term; returns how many were kept."""
    taxonomies, terms = [], []
    for item in items:
        if is_taxonomy(item):
            owner = canonical(item["id"])
            taxonomies.append((owner, json.dumps(
                {k: v for k, v in item.items() if k != "taxonomy_terms"})))
            terms += [(t, owner) for t in item["taxonomy_terms"]]
        else:
            terms.append((item, canonical(item.get("taxonomy_id"))))
    with conn:
        conn.executemany("INSERT OR REPLACE INTO foreign_taxonomies (id, body) VALUES (?, ?)",
                         taxonomies)
        conn.executemany("INSERT OR REPLACE INTO foreign_terms (id, taxonomy_id, body) "
                         "VALUES (?, ?, ?)",
                         [(canonical(t["id"]), owner, json.dumps(t)) for t, owner in terms])
    return len(taxonomies) + len(terms)


def taxonomies(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every kept taxonomy, without its terms, by name."""
    rows = conn.execute("SELECT body FROM foreign_taxonomies").fetchall()
    return sorted((json.loads(body) for (body,) in rows),
                  key=lambda t: (str(t.get("name")), str(t.get("id"))))


def terms(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every kept term (with the id of the taxonomy it came in), then every other term on an
    imported service or organisation, each id once."""
    found: dict[str, dict[str, Any]] = {}
    for taxonomy_id, body in conn.execute("SELECT taxonomy_id, body FROM foreign_terms "
                                          "ORDER BY rowid"):
        term = json.loads(body)
        if taxonomy_id and not term.get("taxonomy_id"):
            term["taxonomy_id"] = taxonomy_id
        found.setdefault(canonical(term["id"]) or "", term)
    for term in carried(conn):
        key = canonical(term.get("id"))
        if key and _publishable(term):
            found.setdefault(key, term)
    found.pop("", None)
    return list(found.values())


def carried(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The taxonomy terms of the attributes kept on services and organisations."""
    sql = ("SELECT json_extract(a.value, '$.taxonomy_term') FROM {table} t, "
           "json_each(t.open_data, '$.attributes') a WHERE t.open_data IS NOT NULL "
           "AND json_valid(t.open_data) AND json_type(a.value, '$.taxonomy_term') = 'object'")
    return [json.loads(raw) for table in ("services", "organisations")
            for (raw,) in conn.execute(sql.format(table=table))]  # noqa: S608 - fixed names


def _publishable(term: dict[str, Any]) -> bool:
    return not problems([term]) and not str(term.get("vocabulary") or "").startswith("finder-")


def taxonomy(conn: sqlite3.Connection, taxonomy_id: str) -> dict[str, Any] | None:
    """One kept taxonomy with its terms; None when none has this (canonical) id."""
    row = conn.execute("SELECT body FROM foreign_taxonomies WHERE id = ?",
                       [taxonomy_id]).fetchone()
    if row is None:
        return None
    return {**json.loads(row[0]), "taxonomy_terms": terms_of(conn, taxonomy_id)}


def terms_of(conn: sqlite3.Connection, taxonomy_id: str) -> list[dict[str, Any]]:
    return [t for t in terms(conn) if canonical(t.get("taxonomy_id")) == taxonomy_id]


def term(conn: sqlite3.Connection, term_id: str) -> dict[str, Any] | None:
    return next((t for t in terms(conn) if canonical(t["id"]) == term_id), None)
