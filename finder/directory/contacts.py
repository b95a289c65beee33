"""Which way to get in touch comes first: a service's own route, else the sourced `reach`."""

from __future__ import annotations

from typing import Any

from finder.directory.listing import CONTACT_KINDS

RANK = {kind: i for i, kind in enumerate(CONTACT_KINDS)}


def best_contact(service: dict[str, Any]) -> dict[str, Any] | None:
    """Phone, then text, then web, then email, then address; the `reach` route when none.

    The reach route comes back with `reach: True`, so a page can say whose line it is.
    """
    contacts = [c for c in service.get("contacts") or [] if c.get("kind") in RANK]
    if contacts:
        return dict(min(contacts, key=lambda c: RANK[c["kind"]]), reach=False)
    reach = service.get("reach")
    return dict(reach, reach=True) if reach else None


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
