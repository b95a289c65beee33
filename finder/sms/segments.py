"""How many SMS segments a text costs (GSM-7 or UCS-2), and fitting a text to a budget.

A message in GSM-7 carries 160 septets, or 153 per segment once split; any character outside
GSM-7 turns the whole message into UCS-2: 70 UTF-16 code units, or 67 per segment. Characters
are never split across segments (an escaped GSM character, an emoji's surrogate pair), so the
segments are filled greedily rather than by dividing a total.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Reached through the escape character, so each costs two septets.
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

GSM7 = "GSM-7"
UCS2 = "UCS-2"
CAPACITY = {GSM7: (160, 153), UCS2: (70, 67)}  # (one segment alone, each of several)
MAX_SEGMENTS = 3

# Typography that would turn a whole reply into UCS-2 for no gain, and its GSM-7 stand-in.
PLAIN_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2026": "...", "\u00a0": " ", "\u2022": "-",
})


@dataclass(frozen=True)
class Segments:
    """What a text costs: its encoding, its length in septets or code units, its segments."""

    encoding: str
    units: int
    count: int


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def costs(text: str, encoding: str) -> list[int]:
    """The septets (GSM-7) or UTF-16 code units (UCS-2) of each character."""
    if encoding == GSM7:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [len(ch.encode("utf-16-le")) // 2 for ch in text]


def measure(text: str) -> Segments:
    """The encoding, length and number of segments of `text` (0 segments when empty)."""
    encoding = GSM7 if is_gsm7(text) else UCS2
    units = costs(text, encoding)
    single, each = CAPACITY[encoding]
    total = sum(units)
    if total <= single:
        return Segments(encoding, total, 1 if units else 0)
    count, used = 1, 0
    for unit in units:
        if used + unit > each:
            count, used = count + 1, 0
        used += unit
    return Segments(encoding, total, count)


def plain(text: str) -> str:
    """`text` with curly quotes, dashes and ellipses made GSM-7, so they cost no extra."""
    return text.translate(PLAIN_TYPOGRAPHY)


def fits(text: str, limit: int = MAX_SEGMENTS) -> bool:
    return measure(text).count <= limit


def truncate(text: str, limit: int = MAX_SEGMENTS, mark: str = "...") -> str:
    """`text` cut at a word where possible, with `mark`, to fit in `limit` segments."""
    if fits(text, limit):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that still fits with the mark
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + mark, limit):
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    space = cut.rfind(" ")
    if space > max(0, low - 20):  # a word boundary not far back
        cut = cut[:space]
    return cut.rstrip() + mark
