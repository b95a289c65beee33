"""Possible duplicate listings: the same name in the same organisation, or a very similar name.

Flagged, never refused: two services may truly share a name (a course run by two charities).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process, utils

# token_sort_ratio: "Dads group Melton" and "Melton dads group" are the same words
SIMILAR_AT = 88


def similar(listing: dict[str, Any], services: Iterable[dict[str, Any]],
            cutoff: int = SIMILAR_AT) -> list[dict[str, Any]]:
    """Other services that look like `listing`: each with its id, name, organisation and score."""
    others = {s["id"]: s for s in services if s["id"] != listing.get("id")}
    name = str(listing.get("name") or "")
    if not name.strip() or not others:
        return []
    names = {sid: s["name"] for sid, s in others.items()}
    found = process.extract(name, names, scorer=fuzz.token_sort_ratio,
                            processor=utils.default_process, score_cutoff=cutoff, limit=5)
    same_org = [sid for sid, s in others.items()
                if s["organisation_id"] == listing.get("organisation_id")
                and utils.default_process(s["name"]) == utils.default_process(name)]
    ids = dict.fromkeys([*same_org, *(sid for _name, _score, sid in found)])
    return [{"id": sid, "name": others[sid]["name"],
             "organisation": others[sid].get("organisation_name", others[sid]["organisation_id"]),
             "for": listing.get("id") or name} for sid in ids]
