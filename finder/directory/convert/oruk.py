"""A service as Open Referral UK 3.0 objects: its service, organisation and locations.

Everything the content model holds travels: ORUK fields where the profile has one, taxonomy
terms in the finder's own vocabularies where a value is a choice, and attributes with a `value`
for free text the profile has no field for. `content/README.md` documents the mapping; the
parse back is in `finder.directory.oruk_parse`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from finder.directory import oruk_open
from finder.directory.content import EMAIL
from finder.directory.convert.content import EXTRA_FIELDS, JSON_FIELDS, extras
from finder.directory.ids import stable_uuid
from finder.directory.model import Organisation, Service
from finder.languages import NATIVE_NAMES

VOCABULARIES = {
    "finder-needs": "something a parent may ask about",
    "finder-districts": "a district the service covers",
    "finder-coverage": "coverage as written in content: a district, area or region",
    "finder-based-in": "the district it is delivered from",
    "finder-threshold": "how intensive the help is",
    "finder-delivery": "how the help is given",
    "finder-referral": "who can refer a family",
    "finder-pregnancy": "open to expecting parents",
    "finder-parent-audience": "which parents it is for",
    "finder-evidence-rating": "Early Intervention Foundation guidebook rating",
    "finder-fields": "a finder content field with no ORUK equivalent; the value holds it",
    "finder-translations": "a translated field; the value holds the translation",
}
CONTENT_ID_SCHEME = "finder"
STAFF_ROLE = "the directory's staff"
FIELD_CODES = ("content-id", "for-whom", "min-age-months", "max-age-months", "parent-max-age",
               "parent-note", "evidence-programme", "evidence-note", "keyword", "source",
               "verified-by", "location-address", "location-postcode", "kept", *EXTRA_FIELDS)
# the service's own fields that travel as free-text attributes, by attribute code
TEXT_ATTRIBUTES = ("for-whom", "min-age-months", "max-age-months", "parent-max-age",
                   "parent-note", "evidence-programme", "evidence-note", "source", "verified-by")


@dataclass
class Terms:
    """Labels for the finder's taxonomy terms (`finder.directory.oruk` reads them)."""

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    made: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def term(self, vocabulary: str, code: str) -> dict[str, Any]:
        if (vocabulary, code) not in self.made:
            self.made[vocabulary, code] = self._term(vocabulary, code)
        return self.made[vocabulary, code]

    def _term(self, vocabulary: str, code: str) -> dict[str, Any]:
        label = self.labels.get(vocabulary, {}).get(code) or code.replace("-", " ").capitalize()
        return {"id": term_id(vocabulary, code), "code": code, "name": label, "term": label,
                "description": f"{label}: {VOCABULARIES[vocabulary]}",
                "taxonomy": vocabulary, "taxonomy_id": taxonomy_id(vocabulary),
                "vocabulary": vocabulary}


def term_id(vocabulary: str, code: str) -> str:
    return stable_uuid("taxonomy_term", f"{vocabulary}:{code}")


def taxonomy_id(vocabulary: str) -> str:
    return stable_uuid("taxonomy", vocabulary)


class Attributes:
    """The attributes of one entity, each with a stable id from its owner, term and position."""

    def __init__(self, terms: Terms, owner_slug: str, owner_uuid: str, entity: str) -> None:
        self.terms, self.owner_slug, self.owner_uuid, self.entity = \
            terms, owner_slug, owner_uuid, entity
        self.items: list[dict[str, Any]] = []
        self.seen: Counter[str] = Counter()

    def add(self, vocabulary: str, code: str, value: str | None = None) -> None:
        key = f"{vocabulary}:{code}"
        position = self.seen[key]
        self.seen[key] += 1
        term = self.terms.term(vocabulary, code)
        item = {"id": stable_uuid("attribute", f"{self.owner_slug}/{key}/{position}"),
                "link_id": self.owner_uuid, "link_type": vocabulary.removeprefix("finder-"),
                "link_entity": self.entity, "taxonomy_term_id": term["id"],
                "taxonomy_term": term}
        if value is not None:
            item["value"] = value
        self.items.append(item)

    def add_all(self, vocabulary: str, codes: tuple[str, ...]) -> None:
        for code in codes:
            self.add(vocabulary, code)

    def add_text(self, code: str, value: Any) -> None:
        """A free-text field, only when it holds something."""
        if value not in (None, ""):
            self.add("finder-fields", code, str(value))


def years(months: int) -> int:
    """ORUK ages in whole years, as consumers read them (a child is 0 until their first
    birthday); the exact months travel as attributes."""
    return int(months) // 12


def public_verifier(verified_by: str) -> str:
    """Who checked a listing, as the public may see it: a staff email becomes a role."""
    return STAFF_ROLE if EMAIL.match(verified_by.strip()) else verified_by


def status(ours: str, theirs: str | None) -> str:
    """ORUK's status: a retired listing keeps its publisher's reason (defunct, closed)."""
    if ours != "retired":
        return "active"
    return theirs if theirs in ("defunct", "temporarily closed") else "inactive"


def one_to_one(service: Service, organisation: Organisation,
               last_modified: str = "") -> dict[str, Any]:
    """A service's own fields: the profile's `service_list` shape, its organisation listed;
    `last_modified`, the finder's own edit time where it has one."""
    kept = service.open_data
    out: dict[str, Any] = {
        "id": stable_uuid("service", service.id),
        "organization_id": stable_uuid("organisation", organisation.id),
        "name": service.name, "description": service.description,
        "status": status(service.status, kept.get("status")),
    }
    _put(out, "url", service.website)
    _put(out, "email", service.email)
    _put(out, "fees", service.cost_note)
    out["minimum_age"] = years(service.min_age_months)
    out["maximum_age"] = years(service.max_age_months)
    _put(out, "assured_date", service.last_verified)
    _put(out, "last_modified", last_modified or kept.get("last_modified"))
    oruk_open.texts(out, kept, oruk_open.SERVICE_TEXT)
    out["organization"] = organization_fields(organisation)
    return out


def service(service: Service, organisation: Organisation, terms: Terms,
            last_modified: str = "") -> dict[str, Any]:
    """One directory service as a full ORUK 3.0 service."""
    out = one_to_one(service, organisation, last_modified)
    uuid = out["id"]
    out["organization"] = organization(organisation, terms)
    out["service_areas"] = [
        {"id": stable_uuid("service_area", f"{service.id}/{slug}"), "service_id": uuid,
         "name": terms.term("finder-districts", slug)["name"],
         "service_area": terms.term("finder-districts", slug)["name"]}
        for slug in service.covers]
    out["service_at_locations"] = locations(service)
    out["languages"] = [
        {"id": stable_uuid("language", f"{service.id}/{code}"), "service_id": uuid,
         "name": NATIVE_NAMES.get(code, code), "code": code} for code in service.languages]
    out["cost_options"] = _cost_options(service, uuid)
    out["phones"] = _phones(service.id, service.phone)
    out["schedules"] = oruk_open.schedules([dict(s) for s in service.schedules], service.id, uuid)
    out["attributes"] = _service_attributes(service, uuid, terms)
    oruk_open.publish(out, oruk_open.agreeing(service), "service", service.id)
    return out


def organization_fields(org: Organisation) -> dict[str, Any]:
    """An organisation's own fields: the profile's `organization_list` shape."""
    out: dict[str, Any] = {"id": stable_uuid("organisation", org.id), "name": org.name,
                           "description": org.description}
    _put(out, "website", org.website)
    _put(out, "email", org.email)
    oruk_open.texts(out, dict(org.open_data), oruk_open.ORGANISATION_TEXT)
    return out


def organization(org: Organisation, terms: Terms) -> dict[str, Any]:
    """An organisation as a full ORUK organisation (without its services)."""
    out = organization_fields(org)
    out["organization_identifiers"] = [
        {"id": stable_uuid("organization_identifier", org.id), "organization_id": out["id"],
         "identifier_scheme": CONTENT_ID_SCHEME, "identifier_type": "content id",
         "identifier": org.id}]
    out["phones"] = _phones(f"organisation/{org.id}", org.phone)
    attributes = Attributes(terms, f"organisation/{org.id}", out["id"], "organization")
    if org.based_in:
        attributes.add("finder-based-in", org.based_in)
    attributes.add_text("source", org.source)
    kept = dict(org.open_data)
    _flag_kept(attributes, kept)
    out["attributes"] = attributes.items
    oruk_open.publish(out, kept, "organization", f"organisation/{org.id}")
    return out


def _flag_kept(attributes: Attributes, kept: dict[str, Any]) -> None:
    """Say which lists are published as kept, so the finder's own export reads back whole."""
    for key in (*oruk_open.REPLACING, "last_modified"):
        if key in kept:
            attributes.add_text("kept", key)


def _service_attributes(service: Service, uuid: str, terms: Terms) -> list[dict[str, Any]]:
    attributes = Attributes(terms, service.id, uuid, "service")
    attributes.add_text("content-id", service.id)
    attributes.add_all("finder-needs", service.needs)
    attributes.add_all("finder-districts", service.covers)
    attributes.add_all("finder-coverage", service.districts)
    if service.based_in:
        attributes.add("finder-based-in", service.based_in)
    attributes.add("finder-threshold", service.threshold)
    attributes.add_all("finder-delivery", service.delivery)
    attributes.add("finder-referral", service.referral)
    if service.pregnancy:
        attributes.add("finder-pregnancy", "includes-pregnancy")
    attributes.add("finder-parent-audience", service.parent_criteria.audience)
    if service.evidence.rating:
        attributes.add("finder-evidence-rating", service.evidence.rating)
    for code, value in zip(TEXT_ATTRIBUTES, _texts(service), strict=True):
        attributes.add_text(code, value)
    for keyword in service.keywords:
        attributes.add_text("keyword", keyword)
    found = extras(service)
    for key in EXTRA_FIELDS:  # contacts, reach and parent text as JSON: ORUK has no place for them
        if found.get(key):
            attributes.add_text(key, json.dumps(found[key], ensure_ascii=False)
                                if key in JSON_FIELDS else found[key])
    for language, fields in service.translations.items():
        for name, text in fields.items():
            attributes.add("finder-translations", f"{language}.{name}", str(text))
    _flag_kept(attributes, oruk_open.agreeing(service))
    return attributes.items


def _texts(service: Service) -> tuple[Any, ...]:
    """The values of `TEXT_ATTRIBUTES`, in that order."""
    criteria, evidence = service.parent_criteria, service.evidence
    return (service.for_whom, service.min_age_months, service.max_age_months,
            criteria.max_parent_age, criteria.note, evidence.programme, evidence.note,
            service.source, public_verifier(service.verified_by))


def locations(service: Service) -> list[dict[str, Any]]:
    """A service's place as ORUK service_at_locations: as kept from its feed, else made."""
    kept = oruk_open.agreeing(service).get("service_at_locations")
    uuid = stable_uuid("service", service.id)
    if kept:
        return oruk_open.dressed("service_at_locations", kept, ("service", uuid), service.id)
    place = service.location
    if not place:
        return []
    location: dict[str, Any] = {"id": stable_uuid("location", service.id),
                                "location_type": "physical"}
    _put(location, "name", place.name)
    for theirs, value in (("latitude", place.lat), ("longitude", place.lon)):
        if value is not None:
            location[theirs] = value
    attributes = Attributes(Terms(), f"location/{service.id}", location["id"], "location")
    attributes.add_text("location-address", place.address)
    attributes.add_text("location-postcode", place.postcode)
    location["attributes"] = attributes.items
    return [{"id": stable_uuid("service_at_location", service.id), "service_id": uuid,
             "location_id": location["id"], "location": location}]


def _cost_options(service: Service, uuid: str) -> list[dict[str, Any]]:
    option = {"id": stable_uuid("cost_option", service.id), "service_id": uuid}
    if service.cost == "free":
        return [{**option, "option": "free", "amount": 0}]
    if service.cost == "paid":
        return [{**option, "option": "paid"}]
    return []


def _phones(owner: str, number: str) -> list[dict[str, Any]]:
    return [{"id": stable_uuid("phone", owner), "number": number}] if number else []


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` only when there is something to say: ORUK never gets an empty uri or email."""
    if value not in (None, ""):
        out[key] = value
