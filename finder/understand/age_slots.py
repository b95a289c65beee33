"""Context phrases written slot by slot: "thi |thodo|thodi vadhare|moti" is every phrase that
takes one form of each slot ("thi vadhare", "thi thodo moti", ...), a slot's forms split by
"|", an empty form where the slot may be left out. Read from `slots` in
`content/ages/grammar.yaml`, once, when the reader is built."""

from __future__ import annotations

from itertools import product


def spelled_out(texts: list[str]) -> list[str]:
    """Every phrase each slotted text stands for, in order, without repeats."""
    phrases: dict[str, None] = {}
    for text in texts:
        slots = [slot.split("|") for slot in text.split()]
        for forms in product(*slots):
            phrases[" ".join(form for form in forms if form)] = None
    return [text for text in phrases if text]
