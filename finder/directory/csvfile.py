"""The directory as one flat CSV, one row per service, and back into content dicts.

List cells are joined with ";"; nested fields (translations, contacts, reach, parent text) travel
as JSON cells. A cell a spreadsheet would run as a formula (starting =, +, -, @, a tab or a
carriage return) is written with a leading apostrophe, which reading the CSV back takes off again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Callable
from functools import partial
from typing import Any

from finder.directory import store
from finder.directory.listing import EXTRA_FIELDS, JSON_FIELDS, OPEN_DATA_FIELDS

ORGANISATION_COLUMNS = ("organisation_id", "organisation_name", "organisation_description",
                        "organisation_based_in", "organisation_website", "organisation_phone",
                        "organisation_email", "organisation_source", "organisation_open_data")
SERVICE_COLUMNS = (
    "id", "uuid", "name", "description", "for_whom", "min_age_months", "max_age_months",
    "pregnancy", "parent_max_age", "parent_audience", "parent_note", "needs", "districts",
    "based_in", "delivery", "threshold", "referral", "cost", "cost_note", "evidence_programme",
    "evidence_rating", "evidence_note", "languages", "keywords", "phone", "website", "email",
    "location_name", "location_address", "location_postcode", "location_lat", "location_lon",
    "source", "last_verified", "verified_by", "status", "translations", *EXTRA_FIELDS,
    *OPEN_DATA_FIELDS,
)
COLUMNS = ORGANISATION_COLUMNS + SERVICE_COLUMNS
LISTS = ("needs", "districts", "delivery", "languages", "keywords")
LOCATION = ("name", "address", "postcode", "lat", "lon")
SEPARATOR = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DEFUSER = "'"


class CsvError(ValueError):
    """A value the flat CSV cannot carry, or a CSV the finder cannot read."""


def export(conn: sqlite3.Connection) -> str:
    """Every service, retired ones included, as CSV text with a header row."""
    organisations = {o["id"]: o for o in store.organisations(conn)}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in store.services(conn, include_retired=True):
        flat = flat_row(row, organisations[row["organisation_id"]])
        writer.writerow({key: defuse(value) for key, value in flat.items()})
    return out.getvalue()


def defuse(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made plain text with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return DEFUSER + value
    return value


def restore(value: str | None) -> str | None:
    """`defuse` undone, for a cell read back from an exported CSV."""
    if value and value.startswith(DEFUSER) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def flat_row(row: dict[str, Any], org: dict[str, Any]) -> dict[str, Any]:
    """One `store.services` dict and its organisation as one CSV row."""
    out = {f"organisation_{key}": org[key] for key in
           ("name", "description", "based_in", "website", "phone", "email", "source")}
    out["organisation_id"] = org["id"]
    out["organisation_open_data"] = _json(store.open_data(org))
    for key in SERVICE_COLUMNS:
        if key in row and key not in LISTS:
            out[key] = "" if row[key] is None else row[key]
    for key in LISTS:
        # the content's own coverage codes travel, not the districts they expand to
        out[key] = _join(row["coverage"] if key == "districts" else row[key], key)
    out["pregnancy"] = "yes" if row["pregnancy"] else "no"
    out["based_in"] = row["based_in"] or ""
    for key in LOCATION:
        out[f"location_{key}"] = row["location"].get(key, "")
    out["translations"] = json.dumps(row["translations"], ensure_ascii=False) \
        if row["translations"] else ""
    for key in (*JSON_FIELDS, *OPEN_DATA_FIELDS):
        out[key] = _json(row.get(key))
    return out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""


def parse(text: str) -> list[dict[str, Any]]:
    """CSV text → organisations, each with its services, in first-seen order."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("organisation_id", "id", "name") if c not in (reader.fieldnames or [])]
    if missing:
        raise CsvError(f"the CSV has no column {', '.join(missing)}")
    organisations: dict[str, dict[str, Any]] = {}
    for number, read in enumerate(reader, start=2):
        cells = {key: restore(value) for key, value in read.items()}
        try:
            organisation = organisations.setdefault(cells["organisation_id"], _organisation(cells))
            organisation["services"].append(service(cells))
        except (ValueError, TypeError) as error:
            raise CsvError(f"line {number}: {error}") from error
    return list(organisations.values())


def service(cells: dict[str, str]) -> dict[str, Any]:
    get = partial(_cell, cells)
    out: dict[str, Any] = {key: get(key) for key in ("id", "name", "description", "for_whom")}
    out["min_age_months"] = int(get("min_age_months") or 0)
    out["max_age_months"] = int(get("max_age_months") or 311)
    out["pregnancy"] = get("pregnancy").lower() in ("yes", "true", "1")
    criteria = {"max_parent_age": int(get("parent_max_age")) if get("parent_max_age") else None,
                "audience": get("parent_audience") or "any", "note": get("parent_note")}
    if criteria["max_parent_age"] or criteria["audience"] != "any" or criteria["note"]:
        out["parent_criteria"] = {k: v for k, v in criteria.items() if v is not None}
    out.update({key: _split(get(key)) for key in ("needs", "districts")})
    if get("based_in"):
        out["based_in"] = get("based_in")
    out.update(delivery=_split(get("delivery")), threshold=get("threshold"),
               referral=get("referral"), cost=get("cost") or "unknown", cost_note=get("cost_note"))
    evidence = {k: get(f"evidence_{k}") for k in ("programme", "rating", "note")}
    if any(evidence.values()):
        out["evidence"] = evidence
    out.update(languages=_split(get("languages")), keywords=_split(get("keywords")),
               phone=get("phone"), website=get("website"), email=get("email"),
               location=_location(get), source=get("source"))
    if get("last_verified"):
        out["last_verified"] = dt.date.fromisoformat(get("last_verified"))
    out.update(verified_by=get("verified_by"), status=get("status") or "active")
    if get("translations"):
        out["translations"] = json.loads(get("translations"))
    out.update({key: json.loads(get(key)) for key in (*JSON_FIELDS, *OPEN_DATA_FIELDS)
                if get(key)})
    out.update({key: get(key) for key in EXTRA_FIELDS if key not in JSON_FIELDS and get(key)})
    return out


def _organisation(cells: dict[str, str]) -> dict[str, Any]:
    org: dict[str, Any] = {"id": cells["organisation_id"].strip()}
    for key in ("name", "description", "based_in", "website", "phone", "email", "source"):
        org[key] = (cells.get(f"organisation_{key}") or "").strip()
    if not org["based_in"]:
        del org["based_in"]
    if cells.get("organisation_open_data"):
        org["open_data"] = json.loads(cells["organisation_open_data"])
    org["services"] = []
    return org


def _cell(cells: dict[str, str], key: str) -> str:
    return (cells.get(key) or "").strip()


def _location(get: Callable[[str], str]) -> dict[str, Any]:
    place: dict[str, Any] = {}
    for key in LOCATION:
        value = get(f"location_{key}")
        if value:
            place[key] = float(value) if key in ("lat", "lon") else value
    return place


def _join(values: list[str], column: str) -> str:
    for value in values:
        if SEPARATOR in value:
            raise CsvError(f"{column}: {value!r} holds {SEPARATOR!r}, the CSV list separator")
    return SEPARATOR.join(values)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(SEPARATOR) if part.strip()]
