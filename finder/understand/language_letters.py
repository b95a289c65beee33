"""What a message's letters say of its language: its main script, letters only Urdu, Arabic or
Polish write, and Arabic typed in Latin letters with digits for the letters English lacks
("msa3de", "3la")."""

from __future__ import annotations

import re
import string
from functools import lru_cache

from finder.understand.text import Words

# Urdu writes its own digits (۱۲۳, U+06F0-06F9) and its own heh (ہ); Arabic writes ٣٨
# (U+0660-0669) and ه. "غ" stands for an English g in Arabic spellings ("غرانثام"), where Urdu
# writes "گ".
URDU_LETTERS = frozenset("ےںٹڈڑگپچژکیہھۓ۰۱۲۳۴۵۶۷۸۹")
ARABIC_LETTERS = frozenset("ةىيكأإغه٠١٢٣٤٥٦٧٨٩")
LETTER_WEIGHT = 0.5
SHAHMUKHI_SHARE = 0.9  # of Urdu's letters, for Punjabi: most Urdu-letter messages are Urdu
POLISH_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
ARABIZI_DIGITS, ARABIZI_NEXT = ("3", "7"), "aeioun"  # ع and ح opening a word: "3la", "7abibi"
NOT_ARABIZI = frozenset({"am", "ish", "nd", "months", "in", "on", "or", "and", "of", "ys"})
SCRIPTS = ("gujarati", "gurmukhi", "arabic")  # whose letters outnumber Latin ones, by half
# Each script's letters (Latin: A-Z, a-z, U+00C0-024F; Gujarati U+0A80-0AFF; Gurmukhi
# U+0A00-0A7F; Arabic U+0600-06FF, FB50-FDFF, FE70-FEFF) by the UTF-8 bytes they start with,
# counted in C by bytes.count (no letter looked at in Python, nor matched by a pattern, which
# cost ten times as much): every letter of the range and nothing else starts so. The rare rest
# of a range, whose first byte other characters share, is matched by pattern in a text
# holding that byte only.
SCRIPT_BYTES: dict[str, tuple[tuple[bytes, ...], bytes, re.Pattern[str] | None]] = {
    "latin": ((b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8"), b"\xc9",
              re.compile("[\u0240-\u024f]")),
    "gujarati": ((b"\xe0\xaa", b"\xe0\xab"), b"", None),
    "gurmukhi": ((b"\xe0\xa8", b"\xe0\xa9"), b"", None),
    "arabic": ((b"\xd8", b"\xd9", b"\xda", b"\xdb"), b"\xef",
               re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")),
}
ASCII_LETTERS = string.ascii_letters.encode()


def arabizi(words: Words) -> int:
    """Digits written as Arabic letters inside a Latin word ("msa3de", "sa3edni"): letters,
    a digit and letters glued together, which no postcode, age or ordinal is; or at a word's
    start, an ع or ح before a vowel or n ("3la", "3andou", "3ndi", "7abibi"), which no age
    ("3yo", "2lata"), ordinal ("3rd") or hour ("7am") is."""
    tokens, glued = words.tokens, words.glued
    if True not in glued:  # both kinds are glued to what follows: most messages have none
        return 0
    inside = sum(1 for i in range(1, len(tokens) - 1)
                 if glued[i] and glued[i + 1] and tokens[i].isdigit() and len(tokens[i]) == 1
                 and tokens[i - 1].isalpha() and tokens[i + 1].isalpha())
    starting = sum(1 for i in range(len(tokens) - 1)
                   if not glued[i] and glued[i + 1] and tokens[i] in ARABIZI_DIGITS
                   and tokens[i + 1].isalpha() and len(tokens[i + 1]) >= 2
                   and tokens[i + 1][0] in ARABIZI_NEXT and tokens[i + 1] not in NOT_ARABIZI)
    return inside + starting


def add_letters(scores: dict[str, float], text: str, allowed: tuple[str, ...]) -> None:
    """Evidence from letters only some of the `allowed` languages write (or the script)."""
    # No letter counted here is ASCII: an ASCII text has none. Otherwise each letter the text
    # holds (its set, made once) is counted by `str.count`: not a text loop, nor a count of
    # each of forty letters, most of them absent.
    present = frozenset() if text.isascii() else set(text)
    if present and "pl" in allowed:
        scores["pl"] += 2 * sum(map(text.count, POLISH_LETTERS & present))
    if present and "ar" in allowed:
        urdu = LETTER_WEIGHT * sum(map(text.count, URDU_LETTERS & present))
        scores["ur"] += urdu
        scores["ar"] += LETTER_WEIGHT * sum(map(text.count, ARABIC_LETTERS & present))
        if scores.get("pa"):  # Shahmukhi writes Urdu's letters: its words tell it apart
            scores["pa"] += SHAHMUKHI_SHARE * urdu
    if len(allowed) == 1:
        scores[allowed[0]] += 1


@lru_cache(maxsize=8)  # one message asked twice (its language, a language not spoken)
def script(text: str) -> str:
    """The main script of `text`'s letters: gujarati, gurmukhi, arabic or latin."""
    if text.isascii():  # a flag, no scan: no letter of another script is there to count
        return "latin"
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate starts with none of them
    latin = _letters(text, data, "latin") + len(data) - len(data.translate(None, ASCII_LETTERS))
    count, name = max((_letters(text, data, name), name) for name in SCRIPTS)
    return name if count and count * 2 >= min(latin, 6) else "latin"


def _letters(text: str, data: bytes, name: str) -> int:
    """How many of `text`'s letters (`data`, its UTF-8) are in script `name`, ASCII aside."""
    leads, shared, rest = SCRIPT_BYTES[name]
    found = sum(map(data.count, leads))
    return found + len(rest.findall(text)) if rest is not None and shared in data else found
