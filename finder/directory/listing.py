"""The parent-facing parts of a listing: contact routes, plain text in seven languages, staff notes.

Plain data in, problems out, so `directory check`, the build and the staff editor share one rule.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from finder.directory.model import CONTACT_ORDER as CONTACT_KINDS
from finder.directory.model import PARENT_TEXT, in_language
from finder.languages import LANGUAGES

REVIEW = ("awaiting-native-review", "reviewed")

NUMBER = re.compile(r"^\+?[0-9][0-9 ()-]{2,24}$")
WEB = re.compile(r"^(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)+(/[^\s<>\"'`]*)?$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s<>\"'`]+@[^@\s<>\"'`]+\.[^@\s<>\"'`]+$")
SOURCE = re.compile(r"^(https?://\S+|staff)$")
VALUE_RULES = {
    "phone": (NUMBER, "must be a telephone number: digits, spaces, + ( ) -"),
    "text": (NUMBER, "must be a number to text: digits, spaces, + ( ) -"),
    "web": (WEB, "must be a web address, as the source page shows it"),
    "email": (EMAIL, "must be an email address like name@example.org"),
    "address": (re.compile(r"^\S.{3,200}$"), "must be an address as the source gives it"),
}
# What staff write to each other; a parent must never read it ("the study does not give...").
STAFF_NOTE = re.compile(
    r"\b(the study|study says|the source|read here as|does not (give|say)|doesn't (give|say)"
    r"|not found|staff to|to confirm|confirm with|unverified|seed 00\d|fact sheet)\b",
    re.IGNORECASE)
PARENT_FIELDS = ("name", "description", "for_whom", "cost_note")


def contact_problems(contact: Any, field: str) -> list[tuple[str, str]]:
    """(field, problem) pairs for one contact route."""
    if not isinstance(contact, dict):
        return [(field, "must be a mapping with kind, value, source, seen, verified")]
    kind = contact.get("kind")
    if kind not in CONTACT_KINDS:
        return [(f"{field}.kind", f"must be one of {', '.join(CONTACT_KINDS)}")]
    problems = []
    pattern, problem = VALUE_RULES[kind]
    if not pattern.match(str(contact.get("value") or "").strip()):
        problems.append((f"{field}.value", problem))
    if not SOURCE.match(str(contact.get("source") or "")):
        problems.append((f"{field}.source", "must be the URL of the page it was seen on, or staff"))
    seen = contact.get("seen")
    if not (isinstance(seen, dt.date) or str(seen or "").startswith("undated")
            or re.match(r"^\d{4}(-\d\d){0,2}$", str(seen or ""))):
        problems.append((f"{field}.seen", "must be the page's date (2024-05-01) or undated"))
    if not isinstance(contact.get("verified"), bool):
        problems.append((f"{field}.verified", "must be true or false"))
    if STAFF_NOTE.search(str(contact.get("label") or "")):
        problems.append((f"{field}.label", "reads like a note for staff: put it in staff_note"))
    return problems


def text_problems(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, problem) pairs for the parent text: every language a string, no staff notes."""
    problems = []
    for key in PARENT_TEXT:
        texts = service.get(key)
        if texts is None:
            continue
        if not isinstance(texts, dict) or not all(isinstance(t, str) for t in texts.values()):
            problems.append((key, "must map language codes to text"))
            continue
        problems += [(f"{key}.{lang}", f"unknown language {lang!r}")
                     for lang in texts if lang not in LANGUAGES]
        problems += [(f"{key}.{lang}", "reads like a note for staff: put it in staff_note")
                     for lang, text in texts.items() if STAFF_NOTE.search(text)]
    return problems


def listing_problems(service: dict[str, Any]) -> list[tuple[str, str]]:
    """Every problem with the contacts, reach and parent text of one service."""
    problems = []
    contacts = service.get("contacts", [])
    if not isinstance(contacts, list):
        problems.append(("contacts", "must be a list"))
        contacts = []
    for i, contact in enumerate(contacts):
        problems += contact_problems(contact, f"contacts[{i}]")
    if service.get("reach"):
        problems += contact_problems(service["reach"], "reach")
    problems += text_problems(service)
    for key in PARENT_FIELDS:
        if STAFF_NOTE.search(str(service.get(key) or "")):
            problems.append((key, "reads like a note for staff: put it in staff_note"))
    for lang, fields in (service.get("translations") or {}).items():
        problems += [(f"translations.{lang}.{name}", "reads like a note for staff")
                     for name, text in (fields or {}).items() if STAFF_NOTE.search(str(text))]
    if service.get("text_review", REVIEW[0]) not in REVIEW:
        problems.append(("text_review", f"must be one of {', '.join(REVIEW)}"))
    return problems


def text_in(service: dict[str, Any], key: str, language: str) -> tuple[str, str]:
    """(text, the language it is really in): the parent's language where drafted, else English."""
    return in_language(service.get(key) or {}, language)
