"""What understanding a parent's message produces: plain, immutable data.

Shared by `understand` (which fills it), `conversation` and `search` (which read it), and the
API (which serialises it with `to_json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SAFETY_KINDS = ("danger-to-life", "self-harm", "domestic-abuse", "child-in-danger")


@dataclass(frozen=True)
class Place:
    """A place a parent named, resolved. `district` is None outside the region."""

    name: str
    kind: str  # "postcode" | "outcode" | "place" | "district"
    district: str | None
    area: str | None
    outside: bool
    lat: float
    lon: float
    council: str | None = None  # outside the region: the council whose services it uses

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "district": self.district,
                "area": self.area, "outside": self.outside, "lat": self.lat, "lon": self.lon,
                "council": self.council}


@dataclass(frozen=True)
class PlaceMatch:
    """The best place in a text when confident, or the candidates when it is ambiguous."""

    place: Place | None = None
    candidates: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Interpretation:
    """Everything understood from one message."""

    language: str
    needs: tuple[str, ...] = ()  # ordered by confidence, most confident first
    age_months: tuple[int, ...] = ()  # one per child mentioned
    expecting: bool = False
    place: Place | None = None
    place_candidates: tuple[Place, ...] = ()
    safety: tuple[str, ...] = ()  # kinds from SAFETY_KINDS
    scores: dict[str, float] = field(default_factory=dict, compare=False)  # need -> confidence
    # False when the top need is a guess: the finder then offers the top two, or the menu.
    need_confident: bool = True
    greeting: bool = False  # the message greets ("salaam", "witam"), whatever else it says
    feeling: bool = False  # the message only says how the parent feels ("😢", "so tired")
    other_language: str | None = None  # BCP 47 code, or "other", of a language not spoken here
    # False when nothing in the message says its language (a bare place name or postcode): a
    # conversation then keeps the language it is in.
    language_heard: bool = True

    def to_json(self) -> dict[str, Any]:
        """The shape DESIGN.md fixes for GET /api/v1/interpret."""
        if self.place is None:
            place = {"district": None, "area": None, "outside": False, "lat": None, "lon": None}
        else:
            place = self.place.to_json()
        return {
            "language": self.language,
            "needs": list(self.needs),
            "age_months": list(self.age_months),
            "expecting": self.expecting,
            "place": place,
            "place_candidates": [p.to_json() for p in self.place_candidates],
            "safety": list(self.safety),
            "need_confident": self.need_confident,
            "greeting": self.greeting,
            "feeling": self.feeling,
            "other_language": self.other_language,
        }
