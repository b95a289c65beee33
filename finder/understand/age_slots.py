"""Context phrases written from parts, once, when the reader is built: slot by slot ("thi
|thodo|thodi vadhare|moti" is every phrase that takes one form of each slot: "thi vadhare",
"thi thodo moti", ...; a slot's forms split by "|", an empty form where the slot may be left
out; `slots` in `content/ages/grammar.yaml`), an ordinal with the words that make it an age,
a phrase with each genitive before it."""

from __future__ import annotations

from itertools import product
from typing import Any


def listed(values: Any) -> list[str]:  # a YAML list of texts; none for a key left out
    return [str(value) for value in values or []]


def spelled_out(texts: list[str]) -> list[str]:
    """Every phrase each slotted text stands for, in order, without repeats."""
    phrases: dict[str, None] = {}
    for text in texts:
        slots = [slot.split("|") for slot in text.split()]
        for forms in product(*slots):
            phrases[" ".join(form for form in forms if form)] = None
    return [text for text in phrases if text]


def ordinal_ages(table: Any) -> dict[str, int]:
    """"الخامسة من عمره", "dhalashadeeda 5aad": each ordinal before each phrase of `then` (or
    after each of `first`) that makes it an age, in months."""
    table = table or {}
    return {text: 12 * int(years)
            for ordinal, years in (table.get("ordinals") or {}).items()
            for text in [*(f"{ordinal} {then}" for then in listed(table.get("then"))),
                         *(f"{first} {ordinal}" for first in listed(table.get("first")))]}


def with_genitives(texts: list[str], genitives: list[str]) -> list[str]:
    """"hon wala" and "da hon wala", "di hon wala", ...: a phrase after a unit, with or
    without each genitive the unit may take first ("5 saal da hon wala")."""
    return [*texts, *(f"{genitive} {text}" for genitive in genitives for text in texts)]
