"""Turning validated content into the SQLite directory with sqlite-utils.

Plain tables with foreign keys, one row per fact, so that the file can be browsed with the
sqlite-utils CLI or Datasette. A build writes to a new file and moves it into place, so that a
running finder never reads a half-built directory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from finder.directory import migrations, oruk_taxonomies, staff, store
from finder.directory.content import Content, expand_coverage
from finder.directory.convert import content as convert
from finder.directory.convert import stored
from finder.directory.convert.content import JSON_FIELDS, OPEN_DATA_FIELDS, TEXT_FIELDS

SERVICE_COLUMNS = (
    "name", "description", "for_whom", "min_age_months", "max_age_months", "based_in",
    "threshold", "referral", "cost", "cost_note", "phone", "website", "email", "source",
    "verified_by", "status",
)
ORGANISATION_COLUMNS = ("name", "description", "based_in", "website", "phone", "email", "source")


def build(content: Content, path: Path | str) -> Path:
    """Write the whole directory to `path`, replacing any earlier build atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".building")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    db.execute("PRAGMA foreign_keys = ON")
    with db.conn:
        _create_tables(db)
        _insert_reference(db, content)
        _insert_listings(db, content)
        _insert_places(db, content)
        db["meta"].insert_all(
            [{"key": "content_hash", "value": content_hash(content.root)},
             {"key": "built_at", "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
             {"key": "coverage", "value": json.dumps(coverage_codes(content))}],
            pk="key",
        )
    staff.create_tables(db.conn)
    migrations.apply(db.conn)
    _keep_postcodes(db, path)
    _keep_staff(db, path)
    db["services_fts"].drop(ignore=True)
    db["services"].enable_fts(["name", "description", "for_whom", "keywords"],
                              create_triggers=True, replace=True)
    db.conn.close()
    with _log_emptied(path):
        os.replace(partial, path)
    return path


@contextmanager
def _log_emptied(path: Path) -> Iterator[None]:
    """The file at `path` with its write-ahead log copied in and emptied, and no writer let in
    until the block ends. The log and its index are named after the path, not the file: a
    connection kept open to the old file (a worker's) keeps them, and the first connection to
    the file moved into place would read the old file's pages from them."""
    if not path.exists():
        yield
        return
    conn = sqlite3.connect(path, timeout=store.BUSY_SECONDS, isolation_level=None)
    try:
        try:
            [(busy, _, _)] = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError:  # not a database: nothing of it to carry over
            busy = 0
        if busy:
            raise sqlite3.OperationalError(f"{path} is busy: its log could not be emptied")
        yield
    finally:
        conn.close()  # the transaction (if any) rolled back: nothing was written in it


def content_hash(root: Path) -> str:
    """A digest of every content file, so a stale directory can be noticed."""
    digest = hashlib.sha256()
    for file in sorted(Path(root).rglob("*.yaml")):
        digest.update(file.relative_to(root).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def stale(path: Path, content_dir: str | Path) -> bool:
    """Whether content/ changed since the build and no staff edit has been made since."""
    if not (Path(content_dir) / "districts.yaml").exists():
        return False  # no content folder here: nothing to rebuild from
    conn = store.connect(path, readonly=True)
    try:
        facts = store.meta(conn)
    except sqlite3.DatabaseError:
        return False  # not ours to replace: /healthz reports it
    finally:
        conn.close()
    if facts.get("edited_at"):
        return False
    return facts.get("content_hash") != content_hash(Path(content_dir))


def _create_tables(db: sqlite_utils.Database) -> None:
    db["districts"].create({"slug": str, "name": str, "area": str, "lat": float, "lon": float},
                           pk="slug")
    db["needs"].create({"slug": str, "position": int, "label": str, "labels": str}, pk="slug")
    db["organisations"].create(
        {"id": str, "uuid": str, **dict.fromkeys(ORGANISATION_COLUMNS, str), "open_data": str},
        pk="id", foreign_keys=[("based_in", "districts", "slug")],
    )
    db["services"].create(
        {"id": str, "uuid": str, "sal_uuid": str, "organisation_id": str,
         **dict.fromkeys(SERVICE_COLUMNS, str),
         "min_age_months": int, "max_age_months": int, "pregnancy": int,
         "parent_max_age": int, "parent_audience": str, "parent_note": str,
         "evidence_programme": str, "evidence_rating": str, "evidence_note": str,
         "location": str, "lat": float, "lon": float, "keywords": str, "coverage": str,
         "translations": str, "last_verified": str,
         **dict.fromkeys((*JSON_FIELDS, *TEXT_FIELDS, *OPEN_DATA_FIELDS), str)},
        pk="id",
        foreign_keys=[("organisation_id", "organisations", "id"),
                      ("based_in", "districts", "slug")],
    )
    for table, column, other in (("service_needs", "need", ("needs", "slug")),
                                 ("service_districts", "district", ("districts", "slug")),
                                 ("service_delivery", "delivery", None),
                                 ("service_languages", "language", None)):
        keys = [("service_id", "services", "id")] + ([(column, *other)] if other else [])
        db[table].create({"service_id": str, column: str, "position": int},
                         pk=("service_id", column), foreign_keys=keys)
        db[table].create_index([column])
    db["services"].create_index(["organisation_id"])
    db["services"].create_index(["min_age_months", "max_age_months"])
    db["services"].create_index(["uuid"], unique=True)


def _insert_reference(db: sqlite_utils.Database, content: Content) -> None:
    db["districts"].insert_all(
        {k: d[k] for k in ("slug", "name", "area", "lat", "lon")} for d in content.districts)
    db["needs"].insert_all(
        {"slug": n["slug"], "position": i, "label": n["label"]["en"],
         "labels": json.dumps(n["label"], ensure_ascii=False)}
        for i, n in enumerate(content.needs))
    db["safety_lines"].insert_all(
        ({"id": line["id"], "position": i, "name": line["name"], "number": line["number"],
          "how": line["how"], "text_word": line.get("text_word", ""),
          "always_open": int(bool(line.get("always_open"))), "kinds": json.dumps(line["kinds"]),
          "source": line.get("source", ""), "seen": str(line.get("seen", "")),
          "verified": int(bool(line.get("verified", True)))}
         for i, line in enumerate(content.safety_lines)), pk="id")


def _insert_listings(db: sqlite_utils.Database, content: Content) -> None:
    db["organisations"].insert_all(stored.organisation_row(convert.organisation(o))
                                   for o in content.organisations)
    columns = {table: column for table, column in stored.LINKED.values()}
    for record in content.services:
        service = convert.service(record)
        db["services"].insert(stored.row(service))
        links = stored.links(service, expand_coverage(list(service.districts), content))
        for table, values in links.items():
            db[table].insert_all({"service_id": service.id, columns[table]: v, "position": i}
                                 for i, v in enumerate(values))


def _insert_places(db: sqlite_utils.Database, content: Content) -> None:
    db["places"].insert_all(
        ({"id": i, "name": p["name"], "aliases": json.dumps(p.get("aliases", [])),
          "district": p.get("district"), "kind": p.get("kind", ""),
          "outside": int(bool(p.get("outside"))),
          "lat": p["lat"], "lon": p["lon"]} for i, p in enumerate(content.places)),
        pk="id", columns={"id": int, "name": str, "aliases": str, "district": str,
                          "kind": str, "outside": int, "lat": float, "lon": float})
    db["outcodes"].insert_all(
        ({"outcode": o["outcode"], "district": o.get("district"),
          "mostly_outside": int(bool(o.get("mostly_outside"))), "lat": o["lat"],
          "lon": o["lon"]} for o in content.outcodes),
        pk="outcode", columns={"outcode": str, "district": str, "mostly_outside": int,
                               "lat": float, "lon": float})
    db["postcodes"].create({"postcode": str, "district": str, "lat": float, "lon": float},
                           pk="postcode", if_not_exists=True)


def _keep_postcodes(db: sqlite_utils.Database, old: Path) -> None:
    """Carry imported postcodes over from the build being replaced: they do not live in content/."""
    if not old.exists():
        return
    db.execute("ATTACH DATABASE ? AS old", [str(old)])
    try:
        if db.execute("SELECT 1 FROM old.sqlite_master WHERE name = 'postcodes'").fetchone():
            with db.atomic():
                db.execute("""INSERT OR IGNORE INTO postcodes (postcode, district, lat, lon)
                              SELECT postcode, district, lat, lon FROM old.postcodes
                              WHERE district IN (SELECT slug FROM districts)""")
    finally:
        db.execute("DETACH DATABASE old")


def coverage_codes(content: Content) -> dict[str, list[str]]:
    """Every code a service may cover (region, areas, districts) with the districts it means."""
    codes = [content.region["slug"], *(a["slug"] for a in content.areas), *content.district_slugs]
    return {code: expand_coverage([code], content) for code in dict.fromkeys(codes)}


def staff_edits(path: Path | str) -> int:
    """How many staff edits the directory at `path` records (0 when it has none or is absent)."""
    path = Path(path)
    if not path.exists():
        return 0
    db = sqlite_utils.Database(path)
    try:
        return db["history"].count if db["history"].exists() else 0
    finally:
        db.conn.close()


def _keep_staff(db: sqlite_utils.Database, old: Path) -> None:
    """Carry staff accounts, the edit history and imported taxonomies over: they live only in
    the directory.

    Columns are named, those both tables have, so a column added since keeps its default."""
    if not old.exists():
        return
    db.execute("ATTACH DATABASE ? AS old", [str(old)])
    try:
        with db.atomic():
            for table in (*staff.TABLES, *oruk_taxonomies.TABLES):
                columns = shared_columns(db, table)
                if columns:
                    names = ", ".join(columns)
                    db.execute(f"INSERT INTO {table} ({names}) "  # noqa: S608 - names from
                               f"SELECT {names} FROM old.{table}")  # the schemas themselves
    finally:
        db.execute("DETACH DATABASE old")


def shared_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    """The columns `table` has both here and in the attached `old` database."""
    new = [row[1] for row in db.execute(f"PRAGMA main.table_info({table})")]
    old = {row[1] for row in db.execute(f"PRAGMA old.table_info({table})")}
    return [column for column in new if column in old]

