"""A service or organisation as the staff editor's form data, and the form's data back into a
content record (checked by the content rules before it is saved). Plain mappings: the form
itself (Flask-WTF) stays in `finder.admin`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from finder.directory.convert import content
from finder.directory.model import Service
from finder.languages import LANGUAGES

TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
PLAIN = ("id", "organisation_id", "name", "description", "for_whom", "pregnancy", "needs",
         "districts", "delivery", "threshold", "referral",
         "cost", "cost_note", "languages", "phone", "website", "email", "source", "verified_by",
         "status")
NESTED = {"parent_criteria": {"max_parent_age": "parent_max_age", "audience": "parent_audience",
                               "note": "parent_note"},
          "evidence": {p: f"evidence_{p}" for p in ("programme", "rating", "note")},
          "location": {p: f"location_{p}" for p in ("name", "address", "postcode", "lat", "lon")}}
AGES = {"min_age_months": ("min_age_years", "min_age_extra_months"),
        "max_age_months": ("max_age_years", "max_age_extra_months")}
ORGANISATION = ("id", *content.ORGANISATION_FIELDS)
CONTACT_ROW = ("kind", "value", "label", "source", "seen")


def data(service: Service) -> dict[str, Any]:
    """The form's data for a saved service."""
    record = content.record(service)
    out = {key: record.get(key) for key in PLAIN}
    for key, (whole, extra) in AGES.items():
        out[whole], out[extra] = divmod(getattr(service, key), 12)
    out["based_in"] = service.based_in or ""
    out["keywords"] = "; ".join(service.keywords)
    for key, parts in NESTED.items():
        for part, name in parts.items():
            value = getattr(getattr(service, key), part)
            out[name] = None if value in (None, "") else value
    out["parent_audience"] = service.parent_criteria.audience
    out["last_verified"] = dt.date.fromisoformat(service.last_verified) \
        if service.last_verified else None
    for code in TRANSLATED:
        text = service.translations.get(code) or {}
        out[f"name_{code}"] = text.get("name", "")
        out[f"description_{code}"] = text.get("description", "")
    out["contacts"] = [{"kind": c.kind, "value": c.value, "label": c.label, "source": c.source,
                        "seen": c.seen, "verified": c.verified} for c in service.contacts]
    return out


def service_record(posted: Mapping[str, Any]) -> dict[str, Any]:
    """The content record a posted service form describes."""
    out: dict[str, Any] = {key: _clean(posted[key]) for key in PLAIN}
    for key, (whole, extra) in AGES.items():
        out[key] = 12 * (posted[whole] or 0) + (posted[extra] or 0)
    out["based_in"] = posted["based_in"] or None
    out["keywords"] = [k.strip() for k in (posted["keywords"] or "").split(";") if k.strip()]
    for key, parts in NESTED.items():
        found = {part: _clean(posted[name]) for part, name in parts.items()}
        found = {p: v for p, v in found.items() if v not in (None, "")}
        if key == "parent_criteria" and set(found) <= {"audience"} and \
                found.get("audience", "any") == "any":
            found = {}
        if found:
            out[key] = found
    if posted["last_verified"]:
        out["last_verified"] = posted["last_verified"]
    out["translations"] = _translations(posted)
    if "contacts" in posted:
        out["contacts"] = contacts_record(posted["contacts"])
    return {k: v for k, v in out.items() if v is not None}


def filled_rows(rows: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The contact rows staff filled in, trimmed; a row left wholly empty, or marked to be
    removed, is dropped."""
    out = []
    for row in rows:
        if row.get("remove"):
            continue
        kept = {**{k: str(row.get(k) or "").strip() for k in CONTACT_ROW},
                "verified": bool(row.get("verified"))}
        if kept["value"] or kept["label"] or kept["source"]:
            out.append(kept)
    return out


def contacts_record(rows: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The content record's contacts from the filled rows (a missing date is "undated")."""
    return [{"kind": r["kind"], "value": r["value"], **({"label": r["label"]} if r["label"]
                                                          else {}),
             "source": r["source"], "seen": r["seen"] or "undated", "verified": r["verified"]}
            for r in filled_rows(rows)]


def organisation_record(posted: Mapping[str, Any]) -> dict[str, Any]:
    """The content record a posted organisation form describes."""
    org = {key: _clean(posted[key]) for key in ORGANISATION}
    if not org["based_in"]:
        del org["based_in"]
    return org


def _translations(posted: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    out = {}
    for code in TRANSLATED:
        text = {"name": (posted[f"name_{code}"] or "").strip(),
                "description": (posted[f"description_{code}"] or "").strip()}
        text = {k: v for k, v in text.items() if v}
        if text:
            out[code] = text
    return out


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value
