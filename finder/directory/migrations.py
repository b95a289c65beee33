"""Schema versions of the directory database, applied in order with sqlite-utils' Migrations.

A fresh build runs every step too (each one checks before it changes anything), so a built
directory and an upgraded one end with the same tables and the same record of steps in
`_sqlite_migrations`. Add a step at the end; never edit or reorder one already released.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from finder.directory import oruk_taxonomies, staff
from finder.directory.convert.content import JSON_FIELDS, TEXT_FIELDS
from finder.directory.ids import stable_uuid
from finder.state.migrations import locked_apply

migrations = Migrations("finder-directory")


@migrations(name="0001-staff-tables")
def staff_tables(db: sqlite_utils.Database) -> None:
    """Staff accounts, sign-in failures and history (a directory built before they existed)."""
    for statement in staff.SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0002-service-at-location-ids")
def service_at_location_ids(db: sqlite_utils.Database) -> None:
    """Each service's service_at_location id, so the feed can find one by it."""
    services = db.table("services")
    if "sal_uuid" not in services.columns_dict:
        services.add_column("sal_uuid", str)
    rows = db.execute("SELECT id FROM services WHERE sal_uuid IS NULL").fetchall()
    db.conn.executemany("UPDATE services SET sal_uuid = ? WHERE id = ?",
                        [(stable_uuid("service_at_location", sid), sid) for (sid,) in rows])
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_services_sal_uuid ON services (sal_uuid)")


@migrations(name="0003-feed-order-index")
def feed_order_index(db: sqlite_utils.Database) -> None:
    """The feed pages through active services by name without reading the table."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_services_status_name_id "
               "ON services (status, name, id)")


@migrations(name="0004-contacts-and-parent-text")
def contacts_and_parent_text(db: sqlite_utils.Database) -> None:
    """Contact routes, the sourced reach line, plain text in seven languages and staff notes."""
    services = db.table("services")
    for column in (*JSON_FIELDS, *TEXT_FIELDS):
        if column not in services.columns_dict:
            services.add_column(column, str)


@migrations(name="0005-staff-totp-step")
def staff_totp_step(db: sqlite_utils.Database) -> None:
    """Each account's last accepted second-factor time step, so a code never works twice."""
    if "totp_step" not in db.table("staff").columns_dict:
        db.table("staff").add_column("totp_step", int)


@migrations(name="0006-open-data")
def open_data(db: sqlite_utils.Database) -> None:
    """ORUK schedules and what else a feed says (funding, locations, ...), kept whole."""
    for table, columns in (("services", ("schedules", "open_data")),
                           ("organisations", ("open_data",))):
        for column in columns:
            if column not in db.table(table).columns_dict:
                db.table(table).add_column(column, str)


@migrations(name="0007-foreign-taxonomies")
def foreign_taxonomies(db: sqlite_utils.Database) -> None:
    """Other publishers' taxonomies and terms, imported whole and listed in the feed."""
    for statement in oruk_taxonomies.SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def apply(target: Path | str | sqlite3.Connection) -> list[str]:
    """Bring a directory database up to date; returns the steps applied now."""
    conn = target if isinstance(target, sqlite3.Connection) else sqlite3.connect(target)
    try:
        if not migrations.pending(sqlite_utils.Database(conn)):
            return []
        return locked_apply(conn, migrations)
    finally:
        if conn is not target:
            conn.close()


def version(conn: sqlite3.Connection) -> str:
    """The last step applied: the database's schema version ("" when none was recorded)."""
    applied = migrations.applied(sqlite_utils.Database(conn))
    return applied[-1].name if applied else ""
