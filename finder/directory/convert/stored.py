"""A service as a `services` table row with its link lists, and as the store reads it back: the
row joined with its organisation's fields, lists attached and JSON columns read (a "record")."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from finder.directory.convert import content
from finder.directory.convert.content import JSON_FIELDS, OPEN_DATA_FIELDS, PLAIN, TEXT_FIELDS
from finder.directory.ids import stable_uuid
from finder.directory.model import Organisation, Service

LINKED = {"needs": ("service_needs", "need"), "districts": ("service_districts", "district"),
          "delivery": ("service_delivery", "delivery"),
          "languages": ("service_languages", "language")}


def row(service: Service) -> dict[str, Any]:
    """The `services` table row of a service (its lists live in the link tables)."""
    criteria, evidence = service.parent_criteria, service.evidence
    out: dict[str, Any] = {key: getattr(service, key) for key in PLAIN}
    out.update(
        id=service.id, uuid=stable_uuid("service", service.id),
        sal_uuid=stable_uuid("service_at_location", service.id),
        organisation_id=service.organisation_id, min_age_months=service.min_age_months,
        max_age_months=service.max_age_months, pregnancy=int(service.pregnancy),
        based_in=service.based_in, parent_max_age=criteria.max_parent_age,
        parent_audience=criteria.audience, parent_note=criteria.note,
        evidence_programme=evidence.programme, evidence_rating=evidence.rating,
        evidence_note=evidence.note,
        location=json.dumps(content.location_record(service.location), ensure_ascii=False),
        lat=service.location.lat, lon=service.location.lon,
        keywords=" | ".join(service.keywords), coverage=json.dumps(list(service.districts)),
        translations=json.dumps(dict(service.translations), ensure_ascii=False),
        last_verified=service.last_verified,
    )
    extras = content.extras(service)
    out.update({key: json.dumps(extras.get(key) or ([] if key == "contacts" else {}),
                                ensure_ascii=False) for key in JSON_FIELDS})
    out.update({key: getattr(service, key) for key in TEXT_FIELDS})
    out.update(schedules=json.dumps([dict(s) for s in service.schedules], ensure_ascii=False),
               open_data=json.dumps(dict(service.open_data), ensure_ascii=False))
    return out


def links(service: Service, covers: list[str]) -> dict[str, list[str]]:
    """Each link table's values for a service, in order and without repeats; `covers` are the
    district slugs its coverage stands for."""
    values = {"needs": service.needs, "districts": covers, "delivery": service.delivery,
              "languages": service.languages}
    return {LINKED[name][0]: list(dict.fromkeys(items)) for name, items in values.items()}


def organisation_row(org: Organisation) -> dict[str, Any]:
    """The `organisations` table row (no home district: NULL, not "")."""
    return {**content.organisation_record(org), "based_in": org.based_in,
            "uuid": stable_uuid("organisation", org.id),
            "open_data": json.dumps(dict(org.open_data), ensure_ascii=False)}


def record(found: Mapping[str, Any], lists: Mapping[str, Mapping[str, list[str]]]
           ) -> dict[str, Any]:
    """A `services` row (joined with its organisation's fields) as the store reads it: its link
    lists (by service id) attached and its JSON columns read."""
    out = dict(found)
    for name in LINKED:
        out[name] = list(lists[name].get(out["id"], []))
    out["pregnancy"] = bool(out["pregnancy"])
    out["location"] = json.loads(out["location"] or "{}")
    out["coverage"] = json.loads(out["coverage"] or "[]")
    out["translations"] = json.loads(out["translations"] or "{}")
    out["keywords"] = [k for k in (out["keywords"] or "").split(" | ") if k]
    for key in JSON_FIELDS:
        out[key] = json.loads(out.get(key) or ("[]" if key == "contacts" else "{}"))
    for key, empty in OPEN_DATA_FIELDS.items():
        out[key] = json.loads(out.get(key) or empty)
    return out


def service(found: Mapping[str, Any]) -> Service:
    """The typed service of a store record: the coverage as written, and the districts it
    stands for."""
    criteria = {"max_parent_age": found.get("parent_max_age"),
                "audience": found.get("parent_audience"), "note": found.get("parent_note")}
    data = {**found, "districts": found.get("coverage") or [], "parent_criteria": criteria,
            "evidence": {k: found.get(f"evidence_{k}") for k in ("programme", "rating", "note")}}
    return content.service(data, covers=tuple(found.get("districts") or ()))



def organisation(found: Mapping[str, Any]) -> Organisation:
    """The organisation of a store record, from the fields the store joins in."""
    return content.organisation({"id": found["organisation_id"], **{
        key: found.get(f"organisation_{key}") for key in content.ORGANISATION_FIELDS}})
