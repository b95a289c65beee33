"""The directory as Open Referral UK 3.0 service objects (the parse back is in `oruk_parse`).

Everything the content model holds travels: ORUK fields where the profile has one, taxonomy
terms in the finder's own vocabularies where a value is a choice, and attributes with a `value`
for free text the profile has no field for. `content/README.md` documents the mapping.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from finder.directory import oruk_open, store
from finder.directory.content import EMAIL
from finder.directory.convert.content import EXTRA_FIELDS, JSON_FIELDS
from finder.directory.ids import stable_uuid
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


@dataclass
class Terms:
    """Labels for the finder's taxonomy terms, read from the directory."""

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    made: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_conn(cls, conn: sqlite3.Connection) -> Terms:
        districts = {d["slug"]: d["name"] for d in store.districts(conn)}
        return cls({"finder-needs": {n["slug"]: n["label"] for n in store.needs(conn)},
                    "finder-districts": districts, "finder-based-in": districts,
                    "finder-coverage": districts})

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

    def add_all(self, vocabulary: str, codes: list[str]) -> None:
        for code in codes:
            self.add(vocabulary, code)

    def add_text(self, code: str, value: Any) -> None:
        """A free-text field, only when it holds something."""
        if value not in (None, ""):
            self.add("finder-fields", code, str(value))


def export(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every service in the directory, retired ones included, as full ORUK service objects."""
    terms = Terms.from_conn(conn)
    organisations = {o["id"]: o for o in store.organisations(conn)}
    return [service(row, organisations[row["organisation_id"]], terms)
            for row in store.services(conn, include_retired=True)]


def years(months: int) -> int:
    """ORUK ages in whole years, as consumers read them (a child is 0 until their first
    birthday); the exact months travel as attributes."""
    return int(months) // 12


def public_verifier(verified_by: str) -> str:
    """Who checked a listing, as the public may see it: a staff email becomes a role."""
    return STAFF_ROLE if EMAIL.match(verified_by.strip()) else verified_by


def one_to_one(row: dict[str, Any], organisation: dict[str, Any]) -> dict[str, Any]:
    """A service's own fields: the profile's `service_list` shape, its organisation listed."""
    kept = row.get("open_data") or {}
    out: dict[str, Any] = {
        "id": row["uuid"], "organization_id": organisation["uuid"],
        "name": row["name"], "description": row["description"],
        "status": status(row["status"], kept.get("status")),
    }
    _put(out, "url", row["website"])
    _put(out, "email", row["email"])
    _put(out, "fees", row["cost_note"])
    out["minimum_age"] = years(row["min_age_months"])
    out["maximum_age"] = years(row["max_age_months"])
    _put(out, "assured_date", row["last_verified"])
    _put(out, "last_modified", row.get("last_modified") or kept.get("last_modified"))
    oruk_open.texts(out, kept, oruk_open.SERVICE_TEXT)
    out["organization"] = organization_fields(organisation)
    return out


def status(ours: str, theirs: str | None) -> str:
    """ORUK's status: a retired listing keeps its publisher's reason (defunct, closed)."""
    if ours != "retired":
        return "active"
    return theirs if theirs in ("defunct", "temporarily closed") else "inactive"


def service(row: dict[str, Any], organisation: dict[str, Any], terms: Terms) -> dict[str, Any]:
    """One directory service (a `store.services` dict) as a full ORUK 3.0 service."""
    out = one_to_one(row, organisation)
    out["organization"] = organization(organisation, terms)
    out["service_areas"] = [
        {"id": stable_uuid("service_area", f"{row['id']}/{slug}"), "service_id": row["uuid"],
         "name": terms.term("finder-districts", slug)["name"],
         "service_area": terms.term("finder-districts", slug)["name"]}
        for slug in row["districts"]]
    out["service_at_locations"] = locations(row)
    out["languages"] = [
        {"id": stable_uuid("language", f"{row['id']}/{code}"), "service_id": row["uuid"],
         "name": NATIVE_NAMES.get(code, code), "code": code} for code in row["languages"]]
    out["cost_options"] = _cost_options(row)
    out["phones"] = _phones(row["id"], row["phone"])
    out["schedules"] = oruk_open.schedules(row["schedules"], row["id"], row["uuid"])
    out["attributes"] = _service_attributes(row, terms)
    oruk_open.publish(out, oruk_open.agreeing(row), "service", row["id"])
    return out


def organization_fields(org: dict[str, Any]) -> dict[str, Any]:
    """An organisation's own fields: the profile's `organization_list` shape."""
    out: dict[str, Any] = {"id": org["uuid"], "name": org["name"],
                           "description": org["description"]}
    _put(out, "website", org["website"])
    _put(out, "email", org["email"])
    oruk_open.texts(out, store.open_data(org), oruk_open.ORGANISATION_TEXT)
    return out


def organization(org: dict[str, Any], terms: Terms) -> dict[str, Any]:
    out = organization_fields(org)
    out["organization_identifiers"] = [
        {"id": stable_uuid("organization_identifier", org["id"]), "organization_id": org["uuid"],
         "identifier_scheme": CONTENT_ID_SCHEME, "identifier_type": "content id",
         "identifier": org["id"]}]
    out["phones"] = _phones(f"organisation/{org['id']}", org["phone"])
    attributes = Attributes(terms, f"organisation/{org['id']}", org["uuid"], "organization")
    if org["based_in"]:
        attributes.add("finder-based-in", org["based_in"])
    attributes.add_text("source", org["source"])
    kept = store.open_data(org)
    _flag_kept(attributes, kept)
    out["attributes"] = attributes.items
    oruk_open.publish(out, kept, "organization", f"organisation/{org['id']}")
    return out


def _flag_kept(attributes: Attributes, kept: dict[str, Any]) -> None:
    """Say which lists are published as kept, so the finder's own export reads back whole."""
    for key in (*oruk_open.REPLACING, "last_modified"):
        if key in kept:
            attributes.add_text("kept", key)


def _service_attributes(row: dict[str, Any], terms: Terms) -> list[dict[str, Any]]:
    attributes = Attributes(terms, row["id"], row["uuid"], "service")
    attributes.add_text("content-id", row["id"])
    attributes.add_all("finder-needs", row["needs"])
    attributes.add_all("finder-districts", row["districts"])
    attributes.add_all("finder-coverage", row["coverage"])
    if row["based_in"]:
        attributes.add("finder-based-in", row["based_in"])
    attributes.add("finder-threshold", row["threshold"])
    attributes.add_all("finder-delivery", row["delivery"])
    attributes.add("finder-referral", row["referral"])
    if row["pregnancy"]:
        attributes.add("finder-pregnancy", "includes-pregnancy")
    attributes.add("finder-parent-audience", row["parent_audience"])
    if row["evidence_rating"]:
        attributes.add("finder-evidence-rating", row["evidence_rating"])
    for code, key in (("for-whom", "for_whom"), ("min-age-months", "min_age_months"),
                      ("max-age-months", "max_age_months"), ("parent-max-age", "parent_max_age"),
                      ("parent-note", "parent_note"), ("evidence-programme", "evidence_programme"),
                      ("evidence-note", "evidence_note"), ("source", "source"),
                      ("verified-by", "verified_by")):
        attributes.add_text(code, public_verifier(str(row[key] or "")) if key == "verified_by"
                            else row[key])
    for keyword in row["keywords"]:
        attributes.add_text("keyword", keyword)
    for key in EXTRA_FIELDS:  # contacts, reach and parent text as JSON: ORUK has no place for them
        if row.get(key):
            attributes.add_text(key, json.dumps(row[key], ensure_ascii=False)
                                if key in JSON_FIELDS else row[key])
    for language, fields in row["translations"].items():
        for name, text in fields.items():
            attributes.add("finder-translations", f"{language}.{name}", str(text))
    _flag_kept(attributes, oruk_open.agreeing(row))
    return attributes.items


def locations(row: dict[str, Any]) -> list[dict[str, Any]]:
    kept = oruk_open.agreeing(row).get("service_at_locations")
    if kept:
        return oruk_open.dressed("service_at_locations", kept, ("service", row["uuid"]), row["id"])
    place = row["location"]
    if not place:
        return []
    location: dict[str, Any] = {"id": stable_uuid("location", row["id"]),
                                "location_type": "physical"}
    _put(location, "name", place.get("name"))
    for ours, theirs in (("lat", "latitude"), ("lon", "longitude")):
        if place.get(ours) is not None:
            location[theirs] = place[ours]
    attributes = Attributes(Terms(), f"location/{row['id']}", location["id"], "location")
    attributes.add_text("location-address", place.get("address"))
    attributes.add_text("location-postcode", place.get("postcode"))
    location["attributes"] = attributes.items
    return [{"id": stable_uuid("service_at_location", row["id"]), "service_id": row["uuid"],
             "location_id": location["id"], "location": location}]


def _cost_options(row: dict[str, Any]) -> list[dict[str, Any]]:
    option = {"id": stable_uuid("cost_option", row["id"]), "service_id": row["uuid"]}
    if row["cost"] == "free":
        return [{**option, "option": "free", "amount": 0}]
    if row["cost"] == "paid":
        return [{**option, "option": "paid"}]
    return []


def _phones(owner: str, number: str) -> list[dict[str, Any]]:
    return [{"id": stable_uuid("phone", owner), "number": number}] if number else []


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` only when there is something to say: ORUK never gets an empty uri or email."""
    if value not in (None, ""):
        out[key] = value
