"""The directory's concepts as typed, frozen records: an organisation, a service, a contact route,
and the listing a parent sees. Plain data, no storage: search and conversation may import it.

Every conversion to and from other shapes (content files, database rows, CSV, the staff form,
the API) lives in `finder.directory.convert`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

OLDEST_MONTHS = 25 * 12 + 11  # a service with no upper age serves children up to 25
TRANSLATABLE = ("name", "description", "for_whom")  # fields staff may translate per language
PARENT_TEXT = ("summary", "who_for", "what_happens")  # plain text drafted in seven languages


@dataclass(frozen=True)
class Contact:
    """One way to get in touch, with where it was seen and whether staff have confirmed it."""

    kind: str  # phone | text | web | email | address
    value: str
    label: str = ""
    source: str = ""  # the URL of the page it was seen on, or "staff"
    seen: str = ""  # the page's date (2024-05-01) or "undated"
    verified: bool = False


@dataclass(frozen=True)
class ParentCriteria:
    """Which parents a service is for, where it says (young parents, mothers, fathers)."""

    max_parent_age: int | None = None
    audience: str = "any"  # any | mothers | fathers
    note: str = ""

    def __bool__(self) -> bool:
        return self != ParentCriteria()


@dataclass(frozen=True)
class Evidence:
    """The programme a service delivers and its rating: for workers and staff, never parents."""

    programme: str = ""
    rating: str = ""
    note: str = ""

    def __bool__(self) -> bool:
        return self != Evidence()


@dataclass(frozen=True)
class Location:
    """Where a service meets, as its source gives it."""

    name: str = ""
    address: str = ""
    postcode: str = ""
    lat: float | None = None
    lon: float | None = None

    def __bool__(self) -> bool:
        return self != Location()


@dataclass(frozen=True)
class Organisation:
    """Who runs services: its own fields, without its services."""

    id: str
    name: str
    description: str = ""
    based_in: str | None = None
    website: str = ""
    phone: str = ""
    email: str = ""
    source: str = ""
    # what an Open Referral UK feed said of it that no field above holds (logo, identifiers...)
    open_data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Service:
    """One service as the directory stores it: what staff write and every export carries."""

    id: str
    organisation_id: str
    name: str
    description: str = ""
    for_whom: str = ""
    min_age_months: int = 0
    max_age_months: int = OLDEST_MONTHS
    pregnancy: bool = False
    parent_criteria: ParentCriteria = ParentCriteria()
    needs: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()  # coverage as written: districts, areas or the region
    covers: tuple[str, ...] = ()  # the district slugs that coverage stands for
    based_in: str | None = None
    delivery: tuple[str, ...] = ()
    threshold: str = "community"
    referral: str = "unknown"
    cost: str = "unknown"
    cost_note: str = ""
    evidence: Evidence = Evidence()
    languages: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    phone: str = ""
    website: str = ""
    email: str = ""
    location: Location = Location()
    source: str = ""
    last_verified: str = ""  # ISO date, or "" when never checked
    verified_by: str = ""
    status: str = "active"
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    contacts: tuple[Contact, ...] = ()
    reach: Contact | None = None  # the sourced route when the service has no contact of its own
    summary: Mapping[str, str] = field(default_factory=dict)
    who_for: Mapping[str, str] = field(default_factory=dict)
    what_happens: Mapping[str, str] = field(default_factory=dict)
    staff_note: str = ""
    text_review: str = ""
    # opening times as ORUK schedules, and what else a feed said that no field above holds
    schedules: tuple[Mapping[str, Any], ...] = ()
    open_data: Mapping[str, Any] = field(default_factory=dict)

    def text(self, key: str, language: str) -> tuple[str, str]:
        """(parent text, the language it is really in): `language` where drafted, else English."""
        return in_language(getattr(self, key), language)


@dataclass(frozen=True)
class Listing:
    """One service as a parent reads it in one language, with its best way to get in touch."""

    id: str
    language: str  # the language the parent asked for
    name: str  # name, description and for_whom: as staff translated them, else English
    description: str
    for_whom: str
    translated: bool  # whether staff translated name and description into `language`
    organisation: str
    summary: str  # the parent text: drafted in `language`, else English
    who_for: str
    what_happens: str
    text_languages: Mapping[str, str]  # each parent text's real language
    contact: Contact | None
    through_reach: bool  # the contact is the sourced reach route, not the service's own


CONTACT_ORDER = ("phone", "text", "web", "email", "address")


def in_language(texts: Mapping[str, str], language: str) -> tuple[str, str]:
    """(text, the language it is really in): `language` where drafted, else English."""
    if texts.get(language):
        return texts[language], language
    return texts.get("en", ""), "en"


def best_route(contacts: Iterable[Contact], reach: Contact | None) -> tuple[Contact | None, bool]:
    """(route, through reach): phone, then text, web, email, address; the sourced reach route
    when there is none of the service's own."""
    own = [c for c in contacts if c.kind in CONTACT_ORDER]
    if own:
        return min(own, key=lambda c: CONTACT_ORDER.index(c.kind)), False
    return reach, reach is not None


def listing(service: Service, organisation_name: str, language: str) -> Listing:
    """One service as a parent reads it in `language`, where its text is drafted."""
    translated = service.translations.get(language) or {}
    texts = {key: service.text(key, language) for key in PARENT_TEXT}
    route, through_reach = best_route(service.contacts, service.reach)
    return Listing(id=service.id, language=language,
                   **{key: translated.get(key) or getattr(service, key) for key in TRANSLATABLE},
                   translated=bool(translated), organisation=organisation_name,
                   **{key: text for key, (text, _lang) in texts.items()},
                   text_languages={key: lang for key, (_text, lang) in texts.items()},
                   contact=route, through_reach=through_reach)
