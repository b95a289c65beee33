"""ORUK objects the finder keeps whole: ids taken off on import, stable ids put on for export.

Schedules, funding, contacts, locations with their addresses and accessibility, service areas,
cost options, languages, logos and other publishers' attributes have no finder field of their
own; the content model keeps them in `schedules` and `open_data` with the profile's own names,
so that what a feed said is published again as it was said.
"""

from __future__ import annotations

from typing import Any

from finder.directory.convert.content import location_record
from finder.directory.ids import stable_uuid
from finder.directory.model import Service
from finder.languages import LANGUAGES, NATIVE_NAMES

# ids that only say where an object sits: made again on export, so never kept
PLACED_BY = ("id", "service_id", "organization_id", "location_id", "link_id", "contact_id",
             "service_at_location_id", "phone_id", "link_entity")
# each list of objects → the kind of object it holds (which names its ids)
KINDS = {"schedules": "schedule", "funding": "funding", "contacts": "contact",
         "service_areas": "service_area", "service_at_locations": "service_at_location",
         "languages": "language", "cost_options": "cost_option", "phones": "phone",
         "attributes": "attribute", "addresses": "address", "accessibility": "accessibility",
         "organization_identifiers": "organization_identifier"}
# the id a child carries of its parent, by the parent's kind
LINKS = {"service": "service_id", "organization": "organization_id", "location": "location_id",
         "contact": "contact_id", "service_at_location": "service_at_location_id",
         "phone": "phone_id"}
# lists the finder writes itself; kept ones replace them (attributes and identifiers add to them)
REPLACING = ("service_areas", "service_at_locations", "languages", "cost_options", "phones")
ADDING = ("attributes", "organization_identifiers")
SERVICE_TEXT = ("alternate_name", "accreditations", "alert", "assurer_email",
                "application_process", "interpretation_services", "wait_time",
                "fees_description", "eligibility_description", "licenses")
ORGANISATION_TEXT = ("alternate_name", "logo", "uri", "parent_organization_id", "legal_status",
                     "tax_status", "tax_id", "year_incorporated")
SERVICE_LISTS = ("funding", "contacts", *REPLACING, "attributes")
ORGANISATION_LISTS = ("organization_identifiers", "contacts", "funding", "phones", "attributes")


def strip(value: Any) -> Any:
    """An ORUK object (or list of them) without its placing ids or empty fields; a taxonomy
    term keeps its id, which names the term in its publisher's taxonomy."""
    if isinstance(value, list):
        return [strip(item) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: item if key == "taxonomy_term" else strip(item)
            for key, item in value.items()
            if key not in PLACED_BY and item not in (None, "", [])}


def kept(item: dict[str, Any], texts: tuple[str, ...], lists: tuple[str, ...],
         wanted: set[str]) -> dict[str, Any]:
    """The fields of `item` the finder keeps whole: its texts, and those of `lists` that
    are `wanted` (attributes: only those outside the finder's own vocabularies)."""
    out: dict[str, Any] = {key: item[key] for key in texts if item.get(key) not in (None, "")}
    for key in lists:
        found = item.get(key) or []
        if key == "attributes":
            found = [a for a in found if not _finder_term(a.get("taxonomy_term") or {})]
        elif key == "organization_identifiers":
            found = [i for i in found if i.get("identifier_scheme") != "finder"]
        if found and key in wanted and isinstance(found, list):
            out[key] = strip(found)
    return out


def _finder_term(term: dict[str, Any]) -> bool:
    return str(term.get("vocabulary") or term.get("taxonomy") or "").startswith("finder-")


def dress(obj: dict[str, Any], kind: str, path: str,
          parent: tuple[str, str] | None = None) -> dict[str, Any]:
    """A kept object with stable ids again: its own (from `path`), its parent's, its children's."""
    out: dict[str, Any] = {"id": stable_uuid(kind, path)}
    if parent and parent[0] in LINKS and kind != "attribute":
        out[LINKS[parent[0]]] = parent[1]
    elif parent and kind == "attribute":
        out.update(link_id=parent[1], link_entity=parent[0])
    for key, value in obj.items():
        if key in KINDS and isinstance(value, list):
            value = [dress(child, KINDS[key], f"{path}/{key}/{i}", (kind, out["id"]))
                     for i, child in enumerate(value)]
        elif key == "location" and isinstance(value, dict):
            value = dress(value, "location", f"{path}/location")
            out["location_id"] = value["id"]
        out[key] = value
    return out


def publish(out: dict[str, Any], open_data: dict[str, Any], kind: str, path: str) -> None:
    """Put the kept lists of a service or organisation into its ORUK object `out`."""
    for key, value in open_data.items():
        if key in KINDS and isinstance(value, list):
            made = dressed(key, value, (kind, out["id"]), path)
            out[key] = [*out.get(key, []), *made] if key in ADDING else made


def dressed(key: str, items: list[dict[str, Any]], owner: tuple[str, str],
            path: str) -> list[dict[str, Any]]:
    """One kept list with ids; the first service_at_location takes the id the feed finds a
    service's location by."""
    first = path if key == "service_at_locations" else f"{path}/{key}/0"
    return [dress(obj, KINDS[key], first if i == 0 else f"{path}/{key}/{i}", owner)
            for i, obj in enumerate(items)]


def texts(out: dict[str, Any], open_data: dict[str, Any], names: tuple[str, ...]) -> None:
    """Put the kept one-to-one fields into `out`, where the finder has not said them."""
    for key in names:
        if open_data.get(key) not in (None, "") and out.get(key) in (None, ""):
            out[key] = open_data[key]


def schedules(items: list[dict[str, Any]], path: str, owner: str) -> list[dict[str, Any]]:
    return [dress(obj, "schedule", f"{path}/schedules/{i}", ("service", owner))
            for i, obj in enumerate(items)]


def agreeing(service: Service) -> dict[str, Any]:
    """A service's kept fields, less the lists its own fields no longer agree with (staff
    changed the cost, phone or place since the import): those are then made anew. Kept
    languages follow the finder's own: one staff removed goes, one they added joins."""
    kept = dict(service.open_data)
    links = kept.get("service_at_locations") or [{}]
    checks = {"cost_options": lambda v: cost_of(v) == service.cost,
              "phones": lambda v: first_number(v) == service.phone,
              "service_at_locations": lambda v: place_of(links[0].get("location") or {})
              == location_record(service.location)}
    for key, holds in checks.items():
        if key in kept and not holds(kept[key]):
            del kept[key]
    if "languages" in kept:
        kept["languages"] = languages(kept["languages"], list(service.languages))
    return kept


def languages(said: list[dict[str, Any]], ours: list[str]) -> list[dict[str, Any]]:
    """The kept languages, less those of the finder's seven it no longer lists, then those it
    lists that were not kept."""
    codes = [lang.get("code") for lang in said]
    return [lang for lang in said if lang.get("code") not in LANGUAGES or lang["code"] in ours] \
        + [{"name": NATIVE_NAMES.get(code, code), "code": code} for code in ours
           if code not in codes]


def cost_of(options: list[dict[str, Any]] | None) -> str:
    """The finder's reading of ORUK cost options: free, paid or unknown."""
    if not options:
        return "unknown"
    free = any(o.get("option") == "free" or o.get("amount") == 0 for o in options)
    return "free" if free else "paid"


def first_number(phones: list[dict[str, Any]] | None) -> str:
    return next((p["number"] for p in phones or [] if p.get("number")), "")


def place_of(location: dict[str, Any], address: str = "", postcode: str = "") -> dict[str, Any]:
    """The finder's `location` (for the search and the page) from an ORUK location: its name,
    first address and point on Earth; `address`, `postcode` where the finder said them."""
    first = next(iter(location.get("addresses") or []), {})
    street = ", ".join(str(first[k]) for k in ("address_1", "address_2", "city") if first.get(k))
    place: dict[str, Any] = {}
    for ours, value in (("name", location.get("name")), ("address", address or street),
                        ("postcode", postcode or first.get("postal_code")), *_point(location)):
        if value not in (None, ""):
            place[ours] = value
    return place


def _point(location: dict[str, Any]) -> list[tuple[str, Any]]:
    """Latitude and longitude, only where they can be a place on Earth."""
    lat, lon = location.get("latitude"), location.get("longitude")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
        return []
    return [("lat", lat), ("lon", lon)] if abs(lat) <= 90 and abs(lon) <= 180 else []
