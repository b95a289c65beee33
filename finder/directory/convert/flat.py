"""A service and its organisation as one flat CSV row, and a row back into a content record.

List cells are joined with ";"; nested fields (translations, contacts, reach, parent text)
travel as JSON cells; the coverage travels as written, not the districts it expands to.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from finder.directory.convert import content
from finder.directory.convert.content import EXTRA_FIELDS, JSON_FIELDS, LISTS
from finder.directory.ids import stable_uuid
from finder.directory.model import Organisation, Service

ORGANISATION_COLUMNS = tuple(f"organisation_{key}" for key in (
    "id", *content.ORGANISATION_FIELDS, "open_data"))
SERVICE_COLUMNS = (
    "id", "uuid", "name", "description", "for_whom", "min_age_months", "max_age_months",
    "pregnancy", "parent_max_age", "parent_audience", "parent_note", "needs", "districts",
    "based_in", "delivery", "threshold", "referral", "cost", "cost_note", "evidence_programme",
    "evidence_rating", "evidence_note", "languages", "keywords", "phone", "website", "email",
    "location_name", "location_address", "location_postcode", "location_lat", "location_lon",
    "source", "last_verified", "verified_by", "status", "translations", *EXTRA_FIELDS,
    *content.OPEN_DATA_FIELDS,
)
COLUMNS = ORGANISATION_COLUMNS + SERVICE_COLUMNS
LOCATION = ("name", "address", "postcode", "lat", "lon")
SEPARATOR = ";"


class CsvError(ValueError):
    """A value the flat CSV cannot carry, or a CSV the finder cannot read."""


def row(service: Service, org: Organisation) -> dict[str, Any]:
    """One service and its organisation as one CSV row (every cell text, a number or "")."""
    out: dict[str, Any] = {f"organisation_{key}": getattr(org, key) or ""
                           for key in ("id", *content.ORGANISATION_FIELDS)}
    out["organisation_open_data"] = _json(dict(org.open_data))
    record = content.record(service)
    criteria, evidence = service.parent_criteria, service.evidence
    out.update({key: record.get(key, "") for key in SERVICE_COLUMNS
                if not isinstance(record.get(key), dict | list)})
    out.update(uuid=stable_uuid("service", service.id),
               pregnancy="yes" if service.pregnancy else "no", based_in=service.based_in or "",
               parent_max_age="" if criteria.max_parent_age is None else criteria.max_parent_age,
               parent_audience=criteria.audience, parent_note=criteria.note,
               **{f"evidence_{key}": getattr(evidence, key) for key in
                  ("programme", "rating", "note")},
               **{f"location_{key}": getattr(service.location, key) or ""
                  for key in LOCATION})
    out.update({key: _join(getattr(service, key), key) for key in LISTS})
    out.update({key: _json(record.get(key))
                for key in ("translations", *JSON_FIELDS, *content.OPEN_DATA_FIELDS)})
    return out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""


def service_record(cells: Mapping[str, str]) -> dict[str, Any]:
    """A CSV row's service as a content record (checked by the content rules after)."""
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
    out.update({key: json.loads(get(key)) for key in (*JSON_FIELDS, *content.OPEN_DATA_FIELDS)
                if get(key)})
    out.update({key: get(key) for key in EXTRA_FIELDS if key not in JSON_FIELDS and get(key)})
    return out


def organisation_record(cells: Mapping[str, str]) -> dict[str, Any]:
    """A CSV row's organisation as a content record, with an empty list of services."""
    org: dict[str, Any] = {"id": cells["organisation_id"].strip()}
    for key in content.ORGANISATION_FIELDS:
        org[key] = (cells.get(f"organisation_{key}") or "").strip()
    if not org["based_in"]:
        del org["based_in"]
    if cells.get("organisation_open_data"):
        org["open_data"] = json.loads(cells["organisation_open_data"])
    org["services"] = []
    return org


def _cell(cells: Mapping[str, str], key: str) -> str:
    return (cells.get(key) or "").strip()


def _location(get: Callable[[str], str]) -> dict[str, Any]:
    place: dict[str, Any] = {}
    for key in LOCATION:
        value = get(f"location_{key}")
        if value:
            place[key] = float(value) if key in ("lat", "lon") else value
    return place


def _join(values: tuple[str, ...], column: str) -> str:
    for value in values:
        if SEPARATOR in value:
            raise CsvError(f"{column}: {value!r} holds {SEPARATOR!r}, the CSV list separator")
    return SEPARATOR.join(values)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(SEPARATOR) if part.strip()]
