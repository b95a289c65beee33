"""The finder's vocabularies as ORUK taxonomies, and every term a service can carry."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from finder.directory import content, feed, store
from finder.directory.oruk import FIELD_CODES, VOCABULARIES, Terms, taxonomy_id, term_id

VERSION = "1"


def taxonomy(vocabulary: str, terms: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One vocabulary as an ORUK taxonomy (with its terms when given)."""
    out: dict[str, Any] = {"id": taxonomy_id(vocabulary), "name": vocabulary,
                           "description": VOCABULARIES[vocabulary], "version": VERSION}
    if terms is not None:
        out["taxonomy_terms"] = terms
    return out


def codes(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every code of every vocabulary that the directory can use, in a stable order."""
    districts = [d["slug"] for d in store.districts(conn)]
    coverage = list(json.loads(store.meta(conn).get("coverage") or "{}"))
    return {
        "finder-needs": [n["slug"] for n in store.needs(conn)],
        "finder-districts": districts, "finder-coverage": coverage or districts,
        "finder-based-in": districts, "finder-threshold": list(content.THRESHOLDS),
        "finder-delivery": list(content.DELIVERY), "finder-referral": list(content.REFERRAL),
        "finder-pregnancy": ["includes-pregnancy"],
        "finder-parent-audience": list(content.AUDIENCE),
        "finder-evidence-rating": feed.evidence_ratings(conn),
        "finder-fields": list(FIELD_CODES),
        "finder-translations": feed.translation_codes(conn),
    }


def all_terms(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every taxonomy term, vocabulary by vocabulary, as ORUK taxonomy_term objects."""
    labels = Terms.from_conn(conn)
    return [labels.term(vocabulary, code)
            for vocabulary, listed in codes(conn).items() for code in listed]


def by_term_id(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Each term id → (vocabulary, code)."""
    return {term_id(vocabulary, code): (vocabulary, code)
            for vocabulary, listed in codes(conn).items() for code in listed}


def by_taxonomy_id() -> dict[str, str]:
    return {taxonomy_id(vocabulary): vocabulary for vocabulary in VOCABULARIES}
