"""Which way to get in touch comes first: a service's own route, else the sourced `reach`."""

from __future__ import annotations

from typing import Any

from finder.directory.convert.content import contact, contact_record
from finder.directory.model import CONTACT_ORDER as CONTACT_KINDS
from finder.directory.model import best_route

RANK = {kind: i for i, kind in enumerate(CONTACT_KINDS)}


def best_contact(service: dict[str, Any]) -> dict[str, Any] | None:
    """Phone, then text, then web, then email, then address; the `reach` route when none.

    The reach route comes back with `reach: True`, so a page can say whose line it is.
    """
    reach = service.get("reach")
    route, through_reach = best_route([contact(c) for c in service.get("contacts") or []],
                                      contact(reach) if reach else None)
    return None if route is None else dict(contact_record(route), reach=through_reach)


def href(contact: dict[str, Any]) -> str:
    """The link a phone follows for one route: tel:, sms:, https:, mailto:, or "" for an address."""
    value = str(contact.get("value") or "").strip()
    kind = contact.get("kind")
    if kind in ("phone", "text"):
        digits = "".join(c for c in value if c.isdigit() or c == "+")
        return ("tel:" if kind == "phone" else "sms:") + digits
    if kind == "web":
        return value if "://" in value else f"https://{value}"
    if kind == "email":
        return f"mailto:{value}"
    return ""


def sorted_contacts(service: dict[str, Any]) -> list[dict[str, Any]]:
    """The service's own routes, best first."""
    return sorted((c for c in service.get("contacts") or [] if c.get("kind") in RANK),
                  key=lambda c: RANK[c["kind"]])
