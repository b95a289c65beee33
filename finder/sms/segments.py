"""How many SMS segments a text costs (GSM-7 or UCS-2), and fitting a text to a budget.

A message in GSM-7 carries 160 septets, or 153 per segment once split; any character outside
GSM-7 turns the whole message into UCS-2: 70 UTF-16 code units, or 67 per segment. Characters
are never split across segments (an escaped GSM character, an emoji's surrogate pair), so the
segments are filled greedily rather than by dividing a total.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
# Full stops and question marks in Latin, Arabic, Urdu and Indic scripts, then a space.
SENTENCE_END = r"(?<=[.!?:\u061f\u06d4\u0964])\s+"


# Polish letters outside GSM-7 and the plain letter Polish texters use instead (see README).
POLISH_PLAIN = dict(zip("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ", strict=True))

# Typography that would turn a whole reply into UCS-2 for no gain, and its GSM-7 stand-in.
PLAIN_TYPOGRAPHY = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2022": "-",
}


@dataclass(frozen=True)
class Segments:
    """What a text costs: its encoding, its length in septets or code units, its segments."""

    encoding: str
    units: int
    count: int


GSM7_ALL = GSM7_BASIC | GSM7_EXTENSION
# The same sets as character classes: a regular expression scans a reply in C without hashing
# each character (a reply is measured for every page the engine tries).
_NOT_GSM7 = re.compile("[^" + "".join(map(re.escape, sorted(GSM7_ALL))) + "]")
_ESCAPED = re.compile("[" + "".join(map(re.escape, sorted(GSM7_EXTENSION))) + "]")
_TYPOGRAPHY = re.compile("[" + "".join(sorted(PLAIN_TYPOGRAPHY)) + "]")
_POLISH = re.compile("[" + "".join(sorted(POLISH_PLAIN)) + "]")
# Most replies are ASCII (English, plain Polish, numbers, web addresses): for those, the same
# tests as bytes' deletions, several times quicker than a character class over each letter.
_GSM7_ASCII = bytes(sorted(ord(ch) for ch in GSM7_ALL if ch.isascii()))
_ESCAPED_ASCII = bytes(sorted(ord(ch) for ch in GSM7_EXTENSION if ch.isascii()))


def is_gsm7(text: str) -> bool:
    if text.isascii():
        return not text.encode("ascii").translate(None, _GSM7_ASCII)
    return _NOT_GSM7.search(text) is None


def costs(text: str, encoding: str) -> list[int]:
    """The septets (GSM-7) or UTF-16 code units (UCS-2) of each character."""
    if encoding == GSM7:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]  # a surrogate pair beyond the BMP


def double_cost(text: str, encoding: str) -> int:
    """How many characters of `text` cost two: escaped GSM-7 ones, or surrogate pairs."""
    if encoding == GSM7:
        if text.isascii():
            return len(text) - len(text.encode("ascii").translate(None, _ESCAPED_ASCII))
        return len(_ESCAPED.findall(text))
    return len(text.encode("utf-16-le")) // 2 - len(text)


def measure(text: str) -> Segments:
    """The encoding, length and number of segments of `text` (0 segments when empty)."""
    return Segments(*measured(text))


def measured(text: str) -> tuple[str, int, int]:
    """`measure` as a tuple (fitting a reply asks for the count alone, several times a turn).

    One pass in C over the text for the encoding and one for the double-cost characters; the
    greedy per-character fill only when a long text holds some (none may straddle segments).
    """
    encoding = GSM7 if is_gsm7(text) else UCS2
    wide = double_cost(text, encoding)
    single, each = CAPACITY[encoding]
    total = len(text) + wide
    if total <= single:
        return encoding, total, 1 if text else 0
    if not wide:
        return encoding, total, -(-total // each)
    count, used = 1, 0
    for unit in costs(text, encoding):
        if used + unit > each:
            count, used = count + 1, 0
        used += unit
    return encoding, total, count


def plain(text: str) -> str:
    """`text` with curly quotes, dashes and ellipses made GSM-7, so they cost no extra. Each mark
    present is replaced in one pass in C (`str.translate` looks up every character of a text
    in another script, a number made for each)."""
    if text.isascii():  # each of the typography is outside ASCII
        return text
    found = _TYPOGRAPHY.findall(text)
    for mark in set(found) if found else ():
        text = text.replace(mark, PLAIN_TYPOGRAPHY[mark])
    return text


def polish_plain(text: str) -> str:
    """Polish without diacritics, as many Poles text: GSM-7, so half the cost of UCS-2. Each
    letter present is replaced in one pass in C, as in `plain`, found in one scan."""
    if text.isascii():
        return text
    found = _POLISH.findall(text)  # one scan for the letters present, not one per letter
    for letter in set(found) if found else ():
        text = text.replace(letter, POLISH_PLAIN[letter])
    return text


def fits(text: str, limit: int = MAX_SEGMENTS) -> bool:
    return measured(text)[2] <= limit


def pieces(text: str, limit: int = MAX_SEGMENTS,
           fits_one: Callable[[str], bool] | None = None) -> list[str]:
    """`text` as few parts as fit in `limit` segments each (or as `fits_one` allows, as in
    `pack`), never cutting a sentence.

    A text that fits is one part. Otherwise it splits at line breaks, a line too long at its
    sentence ends, and only a sentence longer than a whole message at its spaces.
    """
    if fits_one(text) if fits_one else fits(text, limit):
        return [text]
    for pattern in (r"\n", SENTENCE_END, r" "):
        parts = [p for p in re.split(pattern, text) if p.strip()]
        if len(parts) > 1:
            glue = "\n" if pattern == r"\n" else " "
            return pack([piece for part in parts for piece in pieces(part, limit, fits_one)],
                        limit, glue, fits_one)
    return [text]  # one word longer than a message: sent whole, in more segments


def pack(parts: list[str], limit: int = MAX_SEGMENTS, glue: str = "\n",
         fits_one: Callable[[str], bool] | None = None) -> list[str]:
    """`parts` in order, joined into as few messages as fit in `limit` segments each (or as
    `fits_one` allows, for a channel without segments)."""
    messages: list[str] = []
    for part in parts:
        joined = f"{messages[-1]}{glue}{part}" if messages else part
        if messages and (fits_one(joined) if fits_one else fits(joined, limit)):
            messages[-1] = joined
        else:
            messages.append(part)
    return messages
