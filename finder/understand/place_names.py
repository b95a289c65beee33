"""How place names are written: one folding for every script, the fuzzy score a name needs,
the names' spellings in other scripts (`content/places/scripts.yaml`), and the index of names
and aliases to the places they name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from finder.directory.yamlfile import load_yaml
from finder.understand.types import Place

LAST_LATIN = "\u024f"
NOT_LATIN = re.compile(rf"[^\u0000-{LAST_LATIN}]")
APOSTROPHES = "'\u2019\u2018\u02bc`"
# Arabic and Urdu keyboards give different letters for the same sound: fold them together.
LETTER_FOLDS = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ہ": "ه", "ۀ": "ه", "ٹ": "ت",
                "ڈ": "د", "ڑ": "ر", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
SCRIPTS_FILE = Path("places") / "scripts.yaml"
# Extra letters around a non-Latin name: Arabic "بـ" in front, Gujarati "માં" behind.
MAX_PREFIX, MAX_SUFFIX = 2, 4
MIN_AFFIXED = 4  # letters left of a name read with its affix


class ContentLike(Protocol):
    """What the gazetteer is built from (`finder.directory.content.Content`)."""

    places: list[dict[str, Any]]
    outcodes: list[dict[str, Any]]
    districts: list[dict[str, Any]]


class _Folding(dict):
    """A `str.translate` table filled one character at a time, on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        # Latin accents, and Arabic marks: "أ" comes apart into alif and hamza, kept or not
        if char in APOSTROPHES or unicodedata.combining(char) and (
                code < 0x0370 or 0x064B <= code <= 0x065F or code == 0x0670):
            value = ""
        elif char in LETTER_FOLDS:
            value = LETTER_FOLDS[char]
        else:
            value = " " if unicodedata.category(char)[0] in "PSZC" else char
        self[code] = value
        return value


_FOLDING = _Folding()


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, Latin accents and punctuation gone, Arabic-script letters folded, one space."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return " ".join(decomposed.translate(_FOLDING).split())


def min_score(length: int) -> float | None:
    """The fuzzy score a name of `length` letters needs; None when only an exact match will do."""
    if length < 5:
        return None
    if length <= 6:
        return 90.0
    return 85.0 if length <= 9 else 84.0


def scripts_table(root: Path | None) -> dict[str, dict[str, list[str]]]:
    """`content/places/scripts.yaml`: place name -> language -> spellings (empty if absent)."""
    path = None if root is None else Path(root) / SCRIPTS_FILE
    if path is None or not path.exists():
        return {}
    table = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {str(name): {str(lang): [str(form) for form in forms or []]
                        for lang, forms in (scripts or {}).items()}
            for name, scripts in (table.get("places") or {}).items()}


def other_scripts(root: Path | None) -> dict[str, list[str]]:
    """Each place's name in other scripts."""
    return {name: [form for forms in scripts.values() for form in forms]
            for name, scripts in scripts_table(root).items()}


def script_spellings(root: Path | None) -> dict[str, list[str]]:
    """Each language's spellings of places, for telling languages sharing a script apart."""
    found: dict[str, list[str]] = {}
    for scripts in scripts_table(root).values():
        for language, forms in scripts.items():
            found.setdefault(language, []).extend(forms)
    return found


def is_latin(text: str) -> bool:
    return text.isascii() or NOT_LATIN.search(text) is None  # isascii: a flag, no scan


def place_maker(areas: Mapping[str, str]) -> Callable[..., Place]:
    """A maker of `Place`s, each given its district's area."""
    def place(name: str, kind: str, district: str | None, lat: Any, lon: Any,
              council: str | None = None) -> Place:
        return Place(name=name, kind=kind, district=district, area=areas.get(district or ""),
                     outside=district is None, lat=float(lat), lon=float(lon), council=council)
    return place


def name_index(named: Iterable[tuple[Place, Mapping[str, Any]]]) -> dict[str, list[Place]]:
    """Normalised name or alias -> the places it names, most specific first."""
    names: dict[str, list[Place]] = {}
    for place, row in named:
        for alias in (row["name"], *row.get("aliases", [])):
            key = normalise(str(alias))
            # Phones often drop the space: "EarlShilton", "beaumontleys".
            for form in dict.fromkeys([key, key.replace(" ", "")]):
                if form and place not in names.setdefault(form, []):
                    names[form].append(place)
    return names


def joined(words: list[str], size: int, starts: list[int],
            blocked: set[int]) -> Iterator[tuple[int, str]]:
    """Each span of `size` words at `starts` but not `blocked` (which grows as names are found),
    its words joined only when it is reached: typos are read in the first MAX_FUZZY only."""
    if size == 1:
        return ((start, words[start]) for start in starts if start not in blocked)
    return ((start, " ".join(words[start:start + size])) for start in starts
            if start not in blocked)


def by_district(places: Iterable[Place]) -> tuple[Place, ...]:
    """The first (most specific) place for each district, in order: one reading per district."""
    seen: dict[tuple[str | None, bool], Place] = {}
    for place in places:
        key = (place.district, place.outside)
        if place.outside:
            key = (place.name, True)
        seen.setdefault(key, place)
    return tuple(seen.values())


def affixed(word: str, heads: frozenset[str], keys: frozenset[str]) -> str | None:
    """The name (of `keys`, their first letters `heads`) that `word` is with a preposition or
    postposition attached: a few set lookups of the word less its first or last letters."""
    tried = [word[cut:] for cut in range(1, MAX_PREFIX + 1)]  # "بليستر"
    if word[:MIN_AFFIXED] in heads:  # else no name is the word less an ending
        tried = [word[:-cut] for cut in range(1, MAX_SUFFIX + 1)] + tried  # "બેલગ્રેવમાં"
    return next((key for key in tried if len(key) >= MIN_AFFIXED and key in keys), None)
