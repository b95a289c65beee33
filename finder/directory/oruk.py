"""The directory as Open Referral UK 3.0: its services read from the store and converted by
`finder.directory.convert.oruk`, and its taxonomy labels (the parse back is in `oruk_parse`)."""

from __future__ import annotations

import sqlite3
from typing import Any

from finder.directory import store
from finder.directory.convert import content, oruk, stored
from finder.directory.convert.oruk import (
    CONTENT_ID_SCHEME,
    FIELD_CODES,
    VOCABULARIES,
    taxonomy_id,
    term_id,
)

__all__ = ["CONTENT_ID_SCHEME", "FIELD_CODES", "VOCABULARIES", "Terms", "export",
           "organization", "taxonomy_id", "term_id"]


class Terms(oruk.Terms):
    """Labels for the finder's taxonomy terms, read from the directory."""

    @classmethod
    def from_conn(cls, conn: sqlite3.Connection) -> Terms:
        districts = {d["slug"]: d["name"] for d in store.districts(conn)}
        return cls({"finder-needs": {n["slug"]: n["label"] for n in store.needs(conn)},
                    "finder-districts": districts, "finder-based-in": districts,
                    "finder-coverage": districts})


def export(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every service in the directory, retired ones included, as full ORUK service objects."""
    terms = Terms.from_conn(conn)
    organisations = {o["id"]: content.organisation(o) for o in store.organisations(conn)}
    return [oruk.service(stored.service(row), organisations[row["organisation_id"]], terms)
            for row in store.services(conn, include_retired=True)]


def organization(row: dict[str, Any], terms: oruk.Terms) -> dict[str, Any]:
    """An `organisations` table row as a full ORUK organisation."""
    return oruk.organization(content.organisation(row), terms)
