"""The whole directory as Open Referral UK 3.0 services, read from the database; each service's
shape is `finder.directory.convert.oruk`'s."""

from __future__ import annotations

import sqlite3
from typing import Any

from finder.directory import store
from finder.directory.convert import content, oruk, stored


def terms(conn: sqlite3.Connection) -> oruk.Terms:
    """Labels for the finder's taxonomy terms: the directory's needs and districts."""
    return oruk.Terms.of({n["slug"]: n["label"] for n in store.needs(conn)},
                         {d["slug"]: d["name"] for d in store.districts(conn)})


def export(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every service in the directory, retired ones included, as full ORUK service objects."""
    found = terms(conn)
    organisations = {o["id"]: content.organisation(o) for o in store.organisations(conn)}
    return [oruk.service(stored.service(record), organisations[record["organisation_id"]], found)
            for record in store.services(conn, include_retired=True)]
