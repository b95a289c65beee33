"""Normalising and splitting what a parent wrote, the same way for lexicons and for messages.

Case, Latin diacritics, Arabic vowel marks and letter variants, nuktas, apostrophes and every
script's digits are folded so that "Spać", "spac", "won't" and "wont" meet. Indic vowel signs
are kept: they are letters, not decoration.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"
# Marks that people type or leave out freely: Latin accents, Arabic harakat and tatweel,
# Gurmukhi and Gujarati nuktas.
DROPPED = {*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640, 0x0A3C, 0x0ABC}
# Arabic and Urdu keyboards give different code points for the same letter.
LETTER_FOLDS = {"ł": "l", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ہ", "ه": "ہ", "ە": "ہ",
                "ۀ": "ہ", "ٱ": "ا"}
KEEP_BETWEEN_DIGITS = ".,:٫"
SPLIT = re.compile(r"(\d+(?:[.,:٫]\d+)*)")
NUMBER_MARKS = re.compile(r"[.,:٫]+")
NUMBER_OR_MARK = re.compile(r"[\d.,:٫]")  # where SPLIT or NUMBER_MARKS may cut
SEAM_SEARCH = 32  # how far past a cut to look for a place NFKC can be cut
# "2½" as "2.5", "½" as "0.5": compatibility decomposition makes them "21⁄2" and "1⁄2"
VULGAR = {"½": ".5", "¼": ".25", "¾": ".75"}
VULGAR_PART = re.compile(r"(\d?) ?([½¼¾])")


class _Folding(dict):
    """A `str.translate` table filled lazily, one character at a time."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = _fold_char(char)
        self[code] = value
        return value


def _fold_char(char: str) -> str:
    if ord(char) in DROPPED or char in APOSTROPHES:
        return ""
    if char in LETTER_FOLDS:
        return LETTER_FOLDS[char]
    if char in KEEP_BETWEEN_DIGITS:
        return char
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category[0] in "PSZC":
        return " "
    return char


_TABLE = _Folding()


def nfkc_prefix(text: str, limit: int) -> str:
    """The first `limit` characters of `text` in NFKC, normalising only as much of `text` as
    that needs when characters expand (U+FDFA becomes 18): the same as normalising it all."""
    text = _decimal_parts(text)
    if len(text) > limit // 8:  # eight times longer: a prefix is likely enough
        cut = next((i for i in range(limit // 8, min(len(text), limit // 8 + SEAM_SEARCH))
                    if _seam(text[i])), None)
        head = unicodedata.normalize("NFKC", text[:cut]) if cut is not None else ""
        if len(head) > limit:  # what follows the cut can change only its last character
            return head[:limit]
    return unicodedata.normalize("NFKC", text)[:limit]


def _decimal_parts(text: str) -> str:
    """"2½" as "2.5", "½" as "0.5": a fraction as decimals, before NFKC or NFKD splits it
    into digits and a slash."""
    if "½" not in text and "¼" not in text and "¾" not in text:
        return text
    return VULGAR_PART.sub(lambda match: f"{match[1] or ' 0'}{VULGAR[match[2]]}", text)


def _seam(char: str) -> bool:
    """Whether NFKC can be cut before `char`: it starts with a starter, so no mark after it
    is reordered with the marks before it, and it can join only the character just before."""
    return unicodedata.combining(unicodedata.normalize("NFKD", char)[0]) == 0


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """`text` folded for matching: lower case, no accents or punctuation, ASCII digits."""
    decomposed = unicodedata.normalize("NFKD", _decimal_parts(text)).casefold()
    return decomposed.translate(_TABLE)


@dataclass(frozen=True)
class Words:
    """A message as tokens. `glued[i]` is True where token i touched token i-1 ("18m", "LE4")."""

    tokens: tuple[str, ...]
    glued: tuple[bool, ...]


@lru_cache(maxsize=256)  # interpret and the need classifier split the same message
def words(text: str) -> Words:
    """Split `text` into normalised tokens, digits apart from letters."""
    tokens: list[str] = []
    glued: list[bool] = []
    for chunk in normalise(text).split():
        # Most words have no digit and no mark to split at (Gurmukhi's vowel signs are no
        # letters to isalpha), and a number alone is itself.
        if chunk.isalpha() or chunk.isascii() and chunk.isdigit() or \
                not NUMBER_OR_MARK.search(chunk):
            tokens.append(chunk)
            glued.append(False)
            continue
        first = True
        for part in SPLIT.split(chunk):
            for piece in _pieces(part):
                tokens.append(piece)
                glued.append(not first)
                first = False
    return Words(tuple(tokens), tuple(glued))


def _pieces(part: str) -> list[str]:
    if not part:
        return []
    if part[0].isdigit():
        return [part.replace(",", ".").replace("٫", ".")]
    if not NUMBER_MARKS.search(part):
        return [part]
    return [p for p in NUMBER_MARKS.split(part) if p]


def phrase(text: str) -> tuple[str, ...]:
    """A lexicon entry as the token tuple a message must contain."""
    return words(text).tokens
