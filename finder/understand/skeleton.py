"""Place names in Arabic, Urdu, Gujarati and Gurmukhi script read by their consonants.

Parents spell a name by ear, so vowels wander: "اسپنی ہل" and "سپنی ہل", "ਇਵਿੰਗਟਨ" and
"ਐਵਿੰਗਟਨ", "برانسٹن" and "براؤنسٹون" are one place. A name's skeleton keeps its consonants
only; two names whose skeletons are equal, or one letter apart at the end (a dropped plural
"s"), are the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Long vowels and vowel carriers of the Arabic script; Arabic vowel marks are combining.
ARABIC_VOWELS = frozenset("اوىیيؤئءۓےآأإٱ")
# Letters that write one English sound: Arabic has no p, ch or hard g of its own and writes
# them ب, ش and غ, ج or ق, where Urdu writes پ, چ and گ ("برمنغهام", "برمنجهام", "برمنگھم").
SOUNDS = {"غ": "گ", "ج": "گ", "ق": "ک", "ط": "ت", "ث": "ت", "ص": "س", "ض": "ز", "ظ": "ز",
          "ذ": "ز", "ھ": "ه", "پ": "ب", "چ": "ش", "ں": "ن", "ڤ": "ف"}
INDEPENDENT_VOWELS = (range(0x0A05, 0x0A15), range(0x0A72, 0x0A74),  # Gurmukhi
                      range(0x0A85, 0x0A95))  # Gujarati
MIN_LETTERS = 4  # a shorter skeleton names too many things
DOUBLED = re.compile(r"(\S)\1+")  # "ليسستر": a consonant written twice is heard once
# Letters glued in front of a name: Arabic "ب" (in), "ل" (to, and what is left of "ال", "بال").
CLITICS = ("بل", "ب", "ل", "ف")
EQUAL, NEARLY = 92.0, 88.0  # how sure a reading by consonants is
MAX_REMEMBERED = 8192  # first words remembered as able to start a longer name or not


def _vowel(char: str) -> bool:
    code = ord(char)
    return (char in ARABIC_VOWELS or unicodedata.combining(char) > 0
            or unicodedata.category(char) in ("Mn", "Mc")
            or any(code in block for block in INDEPENDENT_VOWELS))


class _Consonants(dict):
    """A `str.translate` table dropping vowels, filled one character at a time."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = "" if _vowel(char) else SOUNDS.get(char, char)
        self[code] = value
        return value


_CONSONANTS = _Consonants()


def _once(text: str) -> str:
    """`text` with each letter written twice or more in a row written once (a function for
    the replacement, as a template is parsed on every call: it cost more than the rest)."""
    return DOUBLED.sub(_first, text) if DOUBLED.search(text) else text


def _first(found: re.Match[str]) -> str:
    return found[1]


@lru_cache(maxsize=8192)
def skeleton(text: str) -> str:
    """`text` (normalised, not Latin) without its vowels, words kept apart by one space."""
    return " ".join(text.translate(_CONSONANTS).split())


class Skeletons:
    """Names in other scripts, found by their consonants: equal, or one letter short or over
    at the end (a plural or a postposition's first letter)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.keys: dict[str, list[str]] = {}
        for name in names:
            bones = skeleton(name)
            if len(bones.replace(" ", "")) >= MIN_LETTERS:
                self.keys.setdefault(bones, []).append(name)
        self.short = {bones[:-1]: names for bones, names in self.keys.items()
                      if not bones[:-1].endswith(" ")}
        self.single: dict[str, list[str]] = {}  # "ليسستر": each consonant once
        for bones, names in self.keys.items():
            self.single.setdefault(_once(bones), []).extend(names)
        # Their first and last letters, which folding repeats keeps: tested before folding.
        self.ends = {(bones[:1], bones[-1:]) for bones in self.single}
        # The first words of longer names, and whether a word may be one (remembered, bounded).
        self.openers = {bones.split(" ")[0] for table in (self.keys, self.short, self.single)
                        for bones in table if " " in bones}
        self.opens = lru_cache(maxsize=MAX_REMEMBERED)(self._opens)

    def find(self, phrase: str) -> tuple[float, list[str]] | None:
        """The names `phrase` may spell, with how alike they are, or None."""
        # Word by word: a span's words come again in longer and shorter spans. A span whose
        # first word starts no longer name is none (most spans of a long message).
        parts = [bones for bones in map(skeleton, phrase.split()) if bones]
        if sum(map(len, parts)) < MIN_LETTERS or len(parts) > 1 and not self.opens(parts[0]):
            return None
        bones = " ".join(parts)
        if bones in self.keys:
            return EQUAL, self.keys[bones]
        found = self._near(bones)
        for clitic in CLITICS:  # "بويجستون", "بهايفيلد"
            if not found and bones.startswith(clitic) and \
                    len(bones) - len(clitic) >= MIN_LETTERS:
                found = self._near(bones[len(clitic):])
        return (NEARLY, found) if found else None

    def may_open(self, words: list[str]) -> list[bool] | None:
        """For each of `words`, whether a span of several from it, in another script, may be
        a name (`find`): only where the word's consonants may open a longer one. None where a
        word has no consonants (then a later word's come first: every span must be read)."""
        bones = list(map(skeleton, words))
        return list(map(self.opens, bones)) if all(bones) else None

    def _opens(self, word: str) -> bool:
        """Whether a longer name can start with `word` (bones), less a clitic or each
        consonant once: `find`'s and `_near`'s look-ups leave a first word so or as it is."""
        tried = [word, *(word[len(clitic):] for clitic in CLITICS if word.startswith(clitic))]
        return any(bones in self.openers or _once(bones) in self.openers for bones in tried)

    def _near(self, bones: str) -> list[str] | None:
        """Names equal to `bones`, a letter over or short at the end, or with each consonant
        once ("ليسستر")."""
        return self.keys.get(bones) or self.short.get(bones) or self.keys.get(bones[:-1]) or (
            self.single.get(_once(bones)) if (bones[:1], bones[-1:]) in self.ends else None)


# Romanised Punjabi, Urdu, Gujarati and Somali are spelt by ear: "baccha", "bachha" and "bacha";
# "nahi", "nai" and "nhi"; "rowanda" and "rovanda"; "dhibaato" and "dibato". A word's sound key
# keeps its first letter and its consonants, with the letters typed either way folded.
LATIN_SOUNDS = str.maketrans({"w": "v", "q": "k", "x": "h", "z": "j"})
LATIN_VOWELS = str.maketrans("", "", "aeiouy")  # each but a first letter
AFTER_CONSONANT_H = re.compile(r"(?<=[bcdgjkpst])h")
MIN_SOUND = 4  # a shorter key ("dnd": dandi, biting, and dinda, gives) names too many words


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """A romanised word's sound key, or "" when it is too short to tell words apart."""
    if not word.isascii() or not word.isalpha():
        return ""
    key = word.translate(LATIN_SOUNDS)
    if "h" in key:  # "chh" is "ch": an h goes after a consonant heard once
        key = AFTER_CONSONANT_H.sub("", _once(key))
    # One fold of repeats at the end does for all: vowels going only bring letters together.
    key = _once(key[:1] + key[1:].translate(LATIN_VOWELS))
    return key if len(key) >= MIN_SOUND else ""
