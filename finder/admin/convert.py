"""Between the staff forms and listings (content dicts), and content errors back onto fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_wtf import FlaskForm

from finder.admin import contacts
from finder.admin.forms import TRANSLATED
from finder.directory.content import MAX_AGE_MONTHS, ContentError

PLAIN = ("id", "organisation_id", "name", "description", "for_whom", "pregnancy", "needs",
         "districts", "delivery", "threshold", "referral",
         "cost", "cost_note", "languages", "phone", "website", "email", "source", "verified_by",
         "status")
NESTED = {"parent_criteria": {"max_parent_age": "parent_max_age", "audience": "parent_audience",
                               "note": "parent_note"},
          "evidence": {p: f"evidence_{p}" for p in ("programme", "rating", "note")},
          "location": {p: f"location_{p}" for p in ("name", "address", "postcode", "lat", "lon")}}
# content field → form field where the names differ
FIELD_OF = {"parent_criteria.audience": "parent_audience",
            "parent_criteria.max_parent_age": "parent_max_age",
            "min_age_months": "min_age_years", "max_age_months": "max_age_years"}
# Saved with a listing but not on the editor's form: kept as they are on every save.
UNEDITED = ("reach", "summary", "who_for", "what_happens", "staff_note", "text_review")
AGES = {"min_age_months": ("min_age_years", "min_age_extra_months"),
        "max_age_months": ("max_age_years", "max_age_extra_months")}


def service_from_form(form: FlaskForm) -> dict[str, Any]:
    """The listing a service form describes, in the content model's shape."""
    data = form.data
    listing: dict[str, Any] = {key: _clean(data[key]) for key in PLAIN}
    for key, (whole, extra) in AGES.items():
        listing[key] = 12 * (data[whole] or 0) + (data[extra] or 0)
    listing["based_in"] = data["based_in"] or None
    listing["keywords"] = [k.strip() for k in (data["keywords"] or "").split(";") if k.strip()]
    for key, parts in NESTED.items():
        found = {part: _clean(data[name]) for part, name in parts.items()}
        found = {p: v for p, v in found.items() if v not in (None, "")}
        if key == "parent_criteria" and set(found) <= {"audience"} and \
                found.get("audience", "any") == "any":
            found = {}
        if found:
            listing[key] = found
    if data["last_verified"]:
        listing["last_verified"] = data["last_verified"]
    listing["translations"] = _translations(data)
    listing["contacts"] = contacts.to_listing(data["contacts"])
    return {k: v for k, v in listing.items() if v is not None}


def service_to_form(listing: dict[str, Any]) -> dict[str, Any]:
    """Form data for an existing listing."""
    data = {key: listing.get(key) for key in PLAIN}
    for key, (whole, extra) in AGES.items():
        months = listing.get(key, MAX_AGE_MONTHS if key == "max_age_months" else 0)
        data[whole], data[extra] = divmod(int(months or 0), 12)
    data["based_in"] = listing.get("based_in") or ""
    data["keywords"] = "; ".join(listing.get("keywords", []))
    for key, parts in NESTED.items():
        for part, name in parts.items():
            data[name] = (listing.get(key) or {}).get(part)
    data["parent_audience"] = (listing.get("parent_criteria") or {}).get("audience", "any")
    if listing.get("last_verified"):
        data["last_verified"] = dt.date.fromisoformat(str(listing["last_verified"]))
    for code in TRANSLATED:
        text = (listing.get("translations") or {}).get(code) or {}
        data[f"name_{code}"] = text.get("name", "")
        data[f"description_{code}"] = text.get("description", "")
    data["contacts"] = contacts.to_rows(listing.get("contacts"))
    return data


def keep_unedited(listing: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The listing with the saved fields the form does not edit (the sourced reach route,
    parent text in seven languages, staff notes) carried over unchanged."""
    return {**{key: before[key] for key in UNEDITED if key in before}, **listing}


def organisation_from_form(form: FlaskForm) -> dict[str, Any]:
    keys = ("id", "name", "description", "based_in", "website", "phone", "email", "source")
    org = {key: _clean(form.data[key]) for key in keys}
    if not org["based_in"]:
        del org["based_in"]
    return org


def attach_errors(form: FlaskForm, errors: list[ContentError]) -> list[str]:
    """Put each content error on its field; return those that belong to no field."""
    loose = []
    for error in errors:
        if error.field.startswith("contacts["):
            continue  # each contact row is checked on its own fields (`contacts.check_rows`)
        name = FIELD_OF.get(error.field, error.field.replace(".", "_"))
        field = form._fields.get(name)
        if field is None:
            loose.append(f"{error.field}: {error.problem}")
        else:
            field.errors = [*field.errors, error.problem]
    return loose


def _translations(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    out = {}
    for code in TRANSLATED:
        text = {"name": (data[f"name_{code}"] or "").strip(),
                "description": (data[f"description_{code}"] or "").strip()}
        text = {k: v for k, v in text.items() if v}
        if text:
            out[code] = text
    return out


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value
