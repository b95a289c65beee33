"""Open Referral UK 3.0 services back into content dicts (the `organisations/*.yaml` shape).

The finder's own exports come back exactly; services from elsewhere come back whole: what the
finder's fields can hold goes there (slugs made from names where no content id travels), and
the rest is kept in `schedules` and `open_data` (see `oruk_open`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import defaultdict
from typing import Any

from finder.directory import oruk_open
from finder.directory.convert.content import EXTRA_FIELDS, JSON_FIELDS
from finder.directory.oruk import CONTENT_ID_SCHEME
from finder.directory.oruk_feed import Mapping
from finder.languages import LANGUAGES

MAX_MONTHS = 1200


class Tags:
    """The attributes of one entity, indexed by vocabulary: codes, and values per field."""

    def __init__(self, attributes: list[dict[str, Any]] | None) -> None:
        self.codes: dict[str, list[str]] = defaultdict(list)
        self.values: dict[str, list[str]] = defaultdict(list)
        for attribute in attributes or []:
            term = attribute.get("taxonomy_term") or {}
            vocabulary = term.get("vocabulary") or term.get("taxonomy") or ""
            code = str(term.get("code") or "")
            self.codes[vocabulary].append(code)
            if "value" in attribute:
                self.values[f"{vocabulary}:{code}"].append(str(attribute["value"]))

    def first(self, vocabulary: str, default: str = "") -> str:
        return next(iter(self.codes.get(vocabulary, [])), default)

    def text(self, code: str) -> str:
        return next(iter(self.values.get(f"finder-fields:{code}", [])), "")

    def texts(self, code: str) -> list[str]:
        return list(self.values.get(f"finder-fields:{code}", []))


def parse(items: list[dict[str, Any]], mapping: Mapping | None = None,
          origin: str = "") -> list[dict[str, Any]]:
    """ORUK service objects → organisations, each with its services, in first-seen order.

    Services from another publisher (no finder vocabularies) have their taxonomy mapped
    through `mapping`, and `origin` (the feed's file or address) as their source."""
    organisations: dict[str, dict[str, Any]] = {}
    for item in items:
        ours = any(k.startswith("finder-") for k in Tags(item.get("attributes")).codes)
        org = organisation(item.get("organization") or {}, ours)
        org = organisations.setdefault(org["id"], org)
        listing = service(item, ours)
        if not ours:
            foreign(listing, item, mapping or Mapping(), origin)
            org["source"] = org["source"] or listing["source"]
        org["services"].append(listing)
    return list(organisations.values())


def foreign(out: dict[str, Any], item: dict[str, Any], mapping: Mapping, origin: str) -> None:
    """Fill what the finder needs from another publisher's service, saying where it came from;
    terms the mapping table lacks are kept as keywords (and listed for staff)."""
    terms = [a.get("taxonomy_term") or {} for a in item.get("attributes") or []]
    needs, kept = mapping.needs_for([t for t in terms if t], out["id"])
    areas = [str(a.get("name") or a.get("service_area") or "") for a in
             item.get("service_areas") or []]
    out.update(needs=needs, districts=mapping.districts_for(areas),
               threshold=out["threshold"] or mapping.defaults.get("threshold", "community"),
               referral=out["referral"] or mapping.defaults.get("referral",
                                                                "self-or-professional"),
               keywords=list(dict.fromkeys([*out["keywords"], *kept])),
               source=out["source"] or f"Open Referral UK feed: {origin or 'an import'}")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def organisation(item: dict[str, Any], ours: bool = True) -> dict[str, Any]:
    tags = Tags(item.get("attributes"))
    ids = [i["identifier"] for i in item.get("organization_identifiers") or []
           if i.get("identifier_scheme") == CONTENT_ID_SCHEME]
    org = {"id": ids[0] if ids else slug(item.get("name", "")), "name": item.get("name", ""),
           "description": item.get("description", "")}
    if tags.first("finder-based-in"):
        org["based_in"] = tags.first("finder-based-in")
    org.update(website=item.get("website", ""), phone=_phone(item), email=item.get("email", ""),
               source=tags.text("source"))
    kept = oruk_open.kept(item, oruk_open.ORGANISATION_TEXT, oruk_open.ORGANISATION_LISTS,
                          _wanted(tags, ours, oruk_open.ORGANISATION_LISTS))
    if kept:
        org["open_data"] = kept
    org["services"] = []
    return org


def _wanted(tags: Tags, ours: bool, lists: tuple[str, ...]) -> set[str]:
    """The lists to keep whole: all of another publisher's; of the finder's own export, those
    it does not write itself, and those it published as kept."""
    if not ours:
        return set(lists)
    return {key for key in lists if key not in oruk_open.REPLACING} | set(tags.texts("kept"))


def service(item: dict[str, Any], ours: bool = True) -> dict[str, Any]:
    tags = Tags(item.get("attributes"))
    out: dict[str, Any] = {
        "id": tags.text("content-id") or slug(item.get("name", "")),
        "name": item.get("name", ""), "description": item.get("description", ""),
        "for_whom": tags.text("for-whom"),
        "min_age_months": _months(tags.text("min-age-months"), item.get("minimum_age"), False),
        "max_age_months": _months(tags.text("max-age-months"), item.get("maximum_age"), True),
        "pregnancy": "includes-pregnancy" in tags.codes["finder-pregnancy"],
    }
    criteria = _parent_criteria(tags)
    if criteria:
        out["parent_criteria"] = criteria
    out["needs"] = tags.codes["finder-needs"]
    out["districts"] = tags.codes["finder-coverage"] or tags.codes["finder-districts"]
    if tags.first("finder-based-in"):
        out["based_in"] = tags.first("finder-based-in")
    out.update(delivery=tags.codes["finder-delivery"],
               threshold=tags.first("finder-threshold"),
               referral=tags.first("finder-referral"),
               cost=oruk_open.cost_of(item.get("cost_options")), cost_note=item.get("fees", ""))
    evidence = {"programme": tags.text("evidence-programme"),
                "rating": tags.first("finder-evidence-rating"), "note": tags.text("evidence-note")}
    if any(evidence.values()):
        out["evidence"] = evidence
    out.update(
        languages=list(dict.fromkeys(lang["code"] for lang in item.get("languages") or []
                                     if lang.get("code") in LANGUAGES)),
        keywords=tags.texts("keyword"), phone=_phone(item), website=item.get("url", ""),
        email=item.get("email", ""), location=_location(item.get("service_at_locations")),
        source=tags.text("source"))
    if item.get("assured_date"):
        out["last_verified"] = dt.date.fromisoformat(item["assured_date"])
    out.update(verified_by=tags.text("verified-by"),
               status="active" if item.get("status", "active") == "active" else "retired")
    _open_data(out, item, tags, ours)
    translations = _translations(tags)
    if translations:
        out["translations"] = translations
    for key in EXTRA_FIELDS:
        if tags.text(key):
            out[key] = json.loads(tags.text(key)) if key in JSON_FIELDS else tags.text(key)
    return out


def _open_data(out: dict[str, Any], item: dict[str, Any], tags: Tags, ours: bool) -> None:
    """The schedules, and what else the service says that no finder field holds, kept whole."""
    if item.get("schedules"):
        out["schedules"] = oruk_open.strip(item["schedules"])
    kept = oruk_open.kept(item, (*oruk_open.SERVICE_TEXT, "last_modified", "status"),
                          oruk_open.SERVICE_LISTS, _wanted(tags, ours, oruk_open.SERVICE_LISTS))
    if kept.get("status") in ("active", "inactive"):  # the finder's own status says it
        del kept["status"]
    if ours and "last_modified" not in tags.texts("kept"):  # the finder's own edit time
        kept.pop("last_modified", None)
    if kept:
        out["open_data"] = kept


def _months(exact: str, years: Any, upper: bool) -> int:
    """Exact months when they travelled; otherwise the honest reading of ORUK's years."""
    if exact:
        return int(exact)
    if not isinstance(years, int | float) or isinstance(years, bool) or years < 0:
        return 311 if upper else 0
    if upper:  # ages above 25 are kept, up to the content's limit of 100 years
        months = int(years) * 12 + 11 if float(years).is_integer() else math.floor(years * 12)
        return min(months, MAX_MONTHS)
    return min(math.ceil(years * 12), MAX_MONTHS)


def _parent_criteria(tags: Tags) -> dict[str, Any]:
    criteria: dict[str, Any] = {}
    if tags.text("parent-max-age"):
        criteria["max_parent_age"] = int(tags.text("parent-max-age"))
    audience = tags.first("finder-parent-audience", "any")
    if audience != "any":
        criteria["audience"] = audience
    if tags.text("parent-note"):
        criteria["note"] = tags.text("parent-note")
    return criteria


def _phone(item: dict[str, Any]) -> str:
    return oruk_open.first_number(item.get("phones"))


def _location(links: list[dict[str, Any]] | None) -> dict[str, Any]:
    if not links:
        return {}
    location = links[0].get("location") or {}
    tags = Tags(location.get("attributes"))
    return oruk_open.place_of(location, tags.text("location-address"),
                              tags.text("location-postcode"))


def _translations(tags: Tags) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for key, values in tags.values.items():
        vocabulary, _, code = key.partition(":")
        if vocabulary == "finder-translations" and "." in code:
            language, _, name = code.partition(".")
            out[language][name] = values[0]
    return dict(out)
