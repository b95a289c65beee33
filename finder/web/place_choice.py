"""Settling a place typed on a web page: a district, a place, a choice to offer, or not found."""

from __future__ import annotations

from dataclasses import dataclass

from finder.search import Index
from finder.understand import Place
from finder.understand.interpret import Gazetteer


@dataclass(frozen=True)
class PlaceAnswer:
    """What a typed place came to: at most one of `place` and `candidates`; neither when
    nothing was typed (`asked` false: the whole area) or nothing matched (`asked` true)."""

    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    asked: bool = False

    @property
    def unknown(self) -> bool:
        return self.asked and self.place is None and not self.candidates


def settle(index: Index, gazetteer: Gazetteer, typed: str, district: str = "") -> PlaceAnswer:
    """The place `typed` names; `district` picks among places sharing a name."""
    typed = typed.strip()
    if not typed:
        return PlaceAnswer()
    slug = typed.lower()
    if slug in index.districts:
        return PlaceAnswer(place=district_place(index, slug), asked=True)
    found = gazetteer.resolve(typed)
    if found.place is None and found.candidates:
        chosen = [c for c in found.candidates if district and c.district == district]
        if chosen:
            return PlaceAnswer(place=chosen[0], asked=True)
        return PlaceAnswer(candidates=found.candidates, asked=True)
    return PlaceAnswer(place=found.place, asked=True)


def district_place(index: Index, slug: str) -> Place:
    centre = index.districts[slug]
    return Place(name=centre.get("name", slug), kind="district", district=slug,
                 area=centre.get("area"), outside=False, lat=centre["lat"], lon=centre["lon"])
