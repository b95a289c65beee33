"""Numbers as parents write them: digits in any script, number words, and halves.

"3", "٣", "૩", "three", "trzy", "teen", "saddex", "ثلاث", "two and a half", "2 i pół",
"półtora", "ڈیڑھ", "saadhe teen", "paune 3", "2 and 3 quarters", "سنتين الا ربع". Digits arrive
already folded to ASCII by `text.normalise`. Long digit runs (phone numbers, years) are not
numbers a child's age could be.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from finder.understand.lexicon import NEW, PhraseIndex

NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
# the commonest NUMBER, told by one set look-up (the expression costs several times more)
SMALL = frozenset([*map(str, range(100)), *(f"0{digit}" for digit in range(10))])


class Number(NamedTuple):
    """A number read from tokens `start` to `end` (exclusive); a named tuple, made in a third
    of a frozen dataclass's time."""

    value: float
    start: int
    end: int

    def article_before_digits(self, tokens: tuple[str, ...],
                              named: PhraseIndex[int] | None = None) -> bool:
        """"a 6 month old", "ik newborn": a number word ("a") just before digits, or before an
        age `named` without a number, is an article."""
        return not tokens[self.start][0].isdigit() and self.end < len(tokens) and (
            tokens[self.end][0].isdigit() or
            named is not None and self.value == 1 and named.match_at(tokens, self.end) is not None)


class NumberReader:
    """Reads a number at a position, in any of the languages' words."""

    def __init__(self, words: dict[str, float], halves: list[str],
                 fractions: dict[str, float] | None = None,
                 parts: dict[str, float] | None = None) -> None:
        self.words: PhraseIndex[float] = PhraseIndex(words.items())
        # what follows a number to add a part: "and a half", "and 3 quarters", "الا ربع"
        self.halves: PhraseIndex[float] = PhraseIndex(
            [*((text, 0.5) for text in halves), *(parts or {}).items()])
        # a quarter or a half before a number: "saadhe teen" 3.5, "sawa do" 2.25, "paune 3" 2.75
        self.fractions: PhraseIndex[float] = PhraseIndex((fractions or {}).items())
        # the words each can start with: a set test rules out most words without a look-up
        self.fraction_first, self.half_first = (self.fractions.first_words(),
                                                self.halves.first_words())

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> NumberReader:
        words: dict[str, float] = {}
        halves: list[str] = []
        fractions: dict[str, float] = {}
        parts: dict[str, float] = {}
        for data in lexicons.values():
            words.update({str(k): float(v) for k, v in (data.get("numbers") or {}).items()})
            halves += [str(text) for text in data.get("half") or []]
            fractions.update({str(k): float(v) for k, v in (data.get("fractions") or {}).items()})
            parts.update({str(k): float(v) for k, v in (data.get("parts") or {}).items()})
        return cls(words, halves, fractions, parts)

    def read(self, tokens: tuple[str, ...], start: int) -> Number | None:
        """The number starting at `start`, with any "and a half" after it (None past the end)."""
        if start >= len(tokens):
            return None
        token = tokens[start]
        fraction = self.fractions.match_at(tokens, start) if token in self.fraction_first \
            else None
        if fraction is not None:
            whole = self.read(tokens, fraction.end)
            if whole is not None and whole.value == int(whole.value):
                return Number(whole.value + fraction.value, start, whole.end)
        if token in SMALL or NUMBER.fullmatch(token):
            value, end = float(token), start + 1
        else:
            hit = self.words.match_at(tokens, start)
            if hit is None:
                return None
            value, end = hit.value, hit.end
        half = self.halves.match_at(tokens, end) if end < len(tokens) and \
            tokens[end] in self.half_first else None
        if half is not None:
            value, end = value + half.value, half.end
        return NEW(Number, (value, start, end))  # `Number(...)` less a Python call
