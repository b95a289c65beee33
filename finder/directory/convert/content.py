"""A service and an organisation as content records: the shape of `content/organisations/*.yaml`,
of the staff editor and of its history (dates as ISO text, empty optional groups left out)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from finder.directory.model import (
    OLDEST_MONTHS,
    PARENT_TEXT,
    Contact,
    Evidence,
    Location,
    Organisation,
    ParentCriteria,
    Service,
)

LISTS = ("needs", "districts", "delivery", "languages", "keywords")
PLAIN = ("name", "description", "for_whom", "threshold", "referral", "cost", "cost_note",
         "phone", "website", "email", "source", "verified_by", "status")
JSON_FIELDS = ("contacts", "reach", *PARENT_TEXT)  # kept as JSON in the directory
TEXT_FIELDS = ("staff_note", "text_review")
EXTRA_FIELDS = JSON_FIELDS + TEXT_FIELDS  # carried whole by every export
ORGANISATION_FIELDS = ("name", "description", "based_in", "website", "phone", "email", "source")
# Open Referral UK objects kept as a feed gave them (without ids) and published again whole,
# each with its empty JSON: a service's opening times, and what no other field holds.
OPEN_DATA_FIELDS = {"schedules": "[]", "open_data": "{}"}


def iso(value: Any) -> str:
    """A date (or anything) as text; "" for none."""
    if type(value) is str:  # the common case, first: this runs for every field of every read
        return value.strip()
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def contact(data: Mapping[str, Any]) -> Contact:
    """A contact route from its content mapping (checked by `listing.contact_problems`)."""
    return Contact(kind=str(data.get("kind") or ""), value=str(data.get("value") or "").strip(),
                   label=str(data.get("label") or ""), source=str(data.get("source") or ""),
                   seen=iso(data.get("seen")), verified=data.get("verified") is True)


def contact_record(route: Contact) -> dict[str, Any]:
    return {"kind": route.kind, "value": route.value, "label": route.label,
            "source": route.source, "seen": route.seen, "verified": route.verified}


# -- content records ----------------------------------------------------------------------------

def service(data: Mapping[str, Any], organisation_id: str | None = None,
            covers: tuple[str, ...] = ()) -> Service:
    """A service from its content record (the `organisation_id` from its file when not given;
    `covers`, the districts its coverage stands for, where known)."""
    criteria = data.get("parent_criteria") or {}
    evidence = data.get("evidence") or {}
    place = data.get("location") or {}
    max_age = data.get("max_age_months")
    return Service(
        id=str(data["id"]), organisation_id=str(organisation_id or data["organisation_id"]),
        **{key: iso(data.get(key)) for key in PLAIN},
        **{key: tuple(str(v) for v in data.get(key) or ()) for key in LISTS},
        min_age_months=int(data.get("min_age_months") or 0),
        max_age_months=OLDEST_MONTHS if max_age is None else int(max_age),
        pregnancy=bool(data.get("pregnancy")),
        parent_criteria=ParentCriteria(criteria.get("max_parent_age"),
                                       criteria.get("audience") or "any",
                                       iso(criteria.get("note"))),
        based_in=data.get("based_in") or None,
        evidence=Evidence(*(iso(evidence.get(k)) for k in ("programme", "rating", "note"))),
        location=Location(*(iso(place.get(k)) for k in ("name", "address", "postcode")),
                          *(_number(place.get(k)) for k in ("lat", "lon"))),
        last_verified=iso(data.get("last_verified")),
        translations={lang: dict(fields) for lang, fields in
                      (data.get("translations") or {}).items() if fields},
        contacts=tuple(contact(c) for c in data.get("contacts") or ()),
        reach=contact(data["reach"]) if data.get("reach") else None,
        **{key: dict(data.get(key) or {}) for key in PARENT_TEXT},
        **{key: iso(data.get(key)) for key in TEXT_FIELDS}, covers=covers,
        schedules=tuple(plain(data, "schedules")), open_data=plain(data, "open_data"),
    )


def plain(data: Mapping[str, Any], key: str) -> Any:
    """An open-data field as JSON holds it (dates as ISO text), from a record or a row's JSON."""
    value = data.get(key) or json.loads(OPEN_DATA_FIELDS[key])
    if isinstance(value, str):
        return json.loads(value or OPEN_DATA_FIELDS[key])
    return json.loads(json.dumps(value, default=iso, ensure_ascii=False))


def record(service: Service) -> dict[str, Any]:
    """The content record of a service, as a content file, the editor and its history hold it:
    empty optional groups left out, dates as ISO text."""
    out: dict[str, Any] = {"organisation_id": service.organisation_id, "id": service.id,
                           "name": service.name, "description": service.description,
                           "for_whom": service.for_whom,
                           "min_age_months": service.min_age_months,
                           "max_age_months": service.max_age_months,
                           "pregnancy": service.pregnancy}
    criteria = service.parent_criteria
    if criteria:
        out["parent_criteria"] = {**({"max_parent_age": criteria.max_parent_age}
                                     if criteria.max_parent_age is not None else {}),
                                  "audience": criteria.audience, "note": criteria.note}
    out.update(needs=list(service.needs), districts=list(service.districts))
    if service.based_in:
        out["based_in"] = service.based_in
    out.update(delivery=list(service.delivery), threshold=service.threshold,
               referral=service.referral, cost=service.cost, cost_note=service.cost_note)
    if service.evidence:
        out["evidence"] = {"programme": service.evidence.programme,
                           "rating": service.evidence.rating, "note": service.evidence.note}
    out.update(languages=list(service.languages), keywords=list(service.keywords),
               phone=service.phone, website=service.website, email=service.email,
               location=location_record(service.location), source=service.source)
    if service.last_verified:
        out["last_verified"] = service.last_verified
    out.update(verified_by=service.verified_by, status=service.status)
    return out | extras(service)


def extras(service: Service) -> dict[str, Any]:
    """Translations, contact routes, parent text and staff fields, each only when it has some."""
    out: dict[str, Any] = {}
    if service.translations:
        out["translations"] = {lang: dict(fields) for lang, fields in service.translations.items()}
    if service.contacts:
        out["contacts"] = [contact_record(c) for c in service.contacts]
    if service.reach:
        out["reach"] = contact_record(service.reach)
    out.update({key: dict(getattr(service, key)) for key in PARENT_TEXT if getattr(service, key)})
    out.update({key: getattr(service, key) for key in TEXT_FIELDS if getattr(service, key)})
    if service.schedules:
        out["schedules"] = [dict(schedule) for schedule in service.schedules]
    if service.open_data:
        out["open_data"] = dict(service.open_data)
    return out


def location_record(place: Location) -> dict[str, Any]:
    """The location's given parts only: `{}` when the source names no place."""
    parts = {"name": place.name, "address": place.address, "postcode": place.postcode,
             "lat": place.lat, "lon": place.lon}
    return {key: value for key, value in parts.items() if value not in (None, "")}


def organisation(data: Mapping[str, Any]) -> Organisation:
    """An organisation from its content record or its database row."""
    return Organisation(id=str(data["id"]), **{key: iso(data.get(key)) for key in
                                               ORGANISATION_FIELDS if key != "based_in"},
                        based_in=data.get("based_in") or None,
                        open_data=plain(data, "open_data"))


def organisation_record(org: Organisation) -> dict[str, Any]:
    """An organisation as its content file and the editor hold it (no empty `based_in`)."""
    out = {"id": org.id, "name": org.name, "description": org.description,
           "based_in": org.based_in, "website": org.website, "phone": org.phone,
           "email": org.email, "source": org.source}
    if org.open_data:
        out["open_data"] = dict(org.open_data)
    return {key: value for key, value in out.items() if key != "based_in" or value}






def _number(value: Any) -> float | None:
    return None if value in (None, "") else float(value)
