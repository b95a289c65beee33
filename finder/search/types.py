"""What a search asks and what it answers: plain data shared by every channel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Query:
    """A search. Every field is optional; an empty query lists the whole directory."""

    needs: tuple[str, ...] = ()
    age_months: tuple[int, ...] = ()  # each child; a service must suit at least one
    expecting: bool = False
    district: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: str = ""  # free text matched against names, organisations and keywords
    language: str = "en"  # the parent's language: services speaking it rank higher
    parent_age: int | None = None
    audience: str | None = None  # "mothers" | "fathers" when the parent says so
    delivery: tuple[str, ...] = ()  # worker filters
    self_referral_only: bool = False
    free_only: bool = False
    after_abuse: bool = False  # a disclosure of abuse: no couples or parental-conflict courses


@dataclass(frozen=True)
class Result:
    """One service found, with its score and the plain sentence saying why it was suggested."""

    service: dict[str, Any]
    score: float
    why: str
    distance_km: float | None = None


@dataclass(frozen=True)
class Answer:
    """The results, and when they are empty, the wider option offered instead."""

    results: tuple[Result, ...]
    total: int
    widened: str | None = None  # None, or how the search was widened: "region", "remote", "hub"
    notes: tuple[str, ...] = field(default_factory=tuple)
