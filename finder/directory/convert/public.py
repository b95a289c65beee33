"""A service as the JSON API gives it (`GET /api/v1/services`, DESIGN.md names the fields):
its text in the caller's language where drafted, its contact routes with their sources."""

from __future__ import annotations

from typing import Any

from finder.directory.content import SELF_REFERRAL
from finder.directory.convert.content import contact_record
from finder.directory.ids import stable_uuid
from finder.directory.model import Organisation, Service


def api_service(service: Service, organisation: Organisation, why: str = "",
                language: str = "en") -> dict[str, Any]:
    """The API's shape of one service; `text_language` says which language the summary is
    really in."""
    summary, text_language = service.text("summary", language)
    return {
        "id": stable_uuid("service", service.id),
        "slug": service.id,
        "name": service.name,
        "description": service.description,
        "organization": {"id": stable_uuid("organisation", organisation.id),
                         "name": organisation.name},
        "needs": list(service.needs),
        "districts": list(service.covers),
        "min_age_months": service.min_age_months,
        "max_age_months": service.max_age_months,
        "includes_pregnancy": service.pregnancy,
        "self_referral": service.referral in SELF_REFERRAL,
        "cost": service.cost,
        "delivery": list(service.delivery),
        "languages": list(service.languages),
        "threshold": service.threshold,
        "phone": service.phone or organisation.phone,
        "website": service.website or organisation.website,
        "why": why,
        "summary": summary,
        "who_for": service.text("who_for", language)[0],
        "what_happens": service.text("what_happens", language)[0],
        "text_language": text_language,
        # each route as DESIGN.md gives it: kind, value, label, source, seen, verified
        "contacts": [contact_record(c) for c in service.contacts],
        "reach": contact_record(service.reach) if service.reach else None,
    }
