"""The UK postcode grammar: the postcodes and outcodes a message names, and those beyond the
region's own.

Any valid outcode (A9, A99, AA9, AA99, and A9A or AA9A in London's areas) in one of the UK's
postcode areas (`content/places/postcode-areas.yaml`) is a real place; where the region's
outcodes do not list it, it lies outside the region.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.types import Place

FILE = Path("places") / "postcode-areas.yaml"
OUTCODE = re.compile(r"([A-Z]{1,2})([0-9]{1,2}|[0-9][A-Z])")
HOME_AREA = "LE"
# Postcodes as typed: "LE04" (a leading zero), "LE 4 5AB" and "LE4 5 AB" (stray spaces); each
# with a character it cannot match without, looked for first (a scan costs less than a regex).
TYPED = ((re.compile(r"\b([A-Z]{1,2})0([1-9])\b"), r"\1\2", "0"),
         (re.compile(r"\b([A-Z]{1,2})0([1-9] ?[0-9][A-Z]{2})\b"), r"\1\2", "0"),
         (re.compile(r"\b([A-Z]{1,2}) ([0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b"), r"\1\2 \3", " "),
         (re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9]) ([A-Z]{2})\b"), r"\1 \2\3", " "))


FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b", re.ASCII)
OUTCODE_TYPED = re.compile(r"\b([A-Z]{1,2}) ?([0-9][A-Z0-9]?)\b", re.ASCII)
ANY_DIGIT = re.compile(r"[0-9]")
CODE_LIKE = re.compile(r"[A-Z] ?[0-9]", re.ASCII)  # a scan to letters: cheaper than each \b
# What each of `TYPED` holds besides a "0": a letter against a digit, or a digit against two
# letters (a message without either has no postcode typed loosely to mend).
MAY_BE_TYPED = re.compile(r"[A-Z][0-9]|[0-9][A-Z][A-Z]", re.ASCII)
MAX_CODES = 16  # a message's first postcode-like stretches of each shape read: its cost bounded


def codes_in(text: str, postcodes: Mapping[str, Place], outcodes: Mapping[str, tuple[Place, ...]],
             areas: PostcodeAreas) -> list[tuple[int, int, tuple[Place, ...]]]:
    """The postcodes (rank 3) and outcodes (rank 2) in `text`: each rank, where it starts in
    the text, and the places it names (`areas` says where those outside the region are)."""
    if not ANY_DIGIT.search(text):  # every postcode and outcode has a digit
        return []
    upper = text.upper()
    if not CODE_LIKE.search(upper):  # nor a letter before one: no code, loosely typed or not
        return []
    loose = "0" in upper or MAY_BE_TYPED.search(upper) is not None
    if loose:  # else nothing for `tidied` to mend, and no letter against a digit ("LE4"):
        upper = tidied(upper)  # no full postcode, only outcodes typed with a space ("LE 4")
    found: list[tuple[int, int, tuple[Place, ...]]] = []
    for match in islice(FULL_POSTCODE.finditer(upper), MAX_CODES) if loose else ():
        postcode = f"{match[1]} {match[2]}"
        if postcode in postcodes:
            found.append((3, match.start(), (postcodes[postcode],)))
        elif match[1] in outcodes:
            found.append((2, match.start(), outcodes[match[1]]))
        elif outside := areas.outside(postcode, "postcode", with_inward=True):
            found.append((2, match.start(), (outside,)))
    for match in islice(OUTCODE_TYPED.finditer(upper), MAX_CODES):
        outcode = match[1] + match[2]
        if outcode in outcodes:
            found.append((2, match.start(), outcodes[outcode]))
        elif not match[0].count(" ") and (outside := areas.outside(outcode, "outcode")):
            found.append((2, match.start(), (outside,)))
    return found


def tidied(upper: str) -> str:
    """An upper-cased message with its postcodes' stray spaces and leading zeros gone."""
    for pattern, replacement, needed in TYPED:
        if needed in upper:
            upper = pattern.sub(replacement, upper)
    return upper


class PostcodeAreas:
    """The UK's postcode areas, each with its main post town and an approximate centre."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.areas = {str(code): (str(town), float(lat), float(lon))
                      for code, (town, lat, lon) in (table.get("areas") or {}).items()}
        self.letter_districts = frozenset(table.get("letter_districts") or ())
        self.not_postcodes = frozenset(table.get("not_postcodes") or ())
        self.not_place_names = frozenset(table.get("not_place_names") or ())

    @classmethod
    def from_root(cls, root: Path | None) -> PostcodeAreas:
        path = None if root is None else Path(root) / FILE
        if path is None or not path.exists():
            return cls({})
        return cls(load_yaml(path.read_text(encoding="utf-8")) or {})

    def towns(self) -> list[dict[str, Any]]:
        """Each area's post town as a place row outside the region ("Sheffield", "Bradford")."""
        rows = {}
        for code, (town, lat, lon) in self.areas.items():
            if code != HOME_AREA and town not in self.not_place_names:
                rows.setdefault(town, {"name": town, "district": None, "lat": lat, "lon": lon})
        return list(rows.values())

    def valid(self, outcode: str, with_inward: bool = False) -> bool:
        """Whether `outcode` (upper case, no space) is a real outcode's shape in a real area."""
        match = OUTCODE.fullmatch(outcode)
        if match is None or match[1] not in self.areas:
            return False
        if match[2][-1].isalpha() and match[1] not in self.letter_districts:
            return False
        return with_inward or outcode not in self.not_postcodes

    def outside(self, code: str, kind: str, with_inward: bool = False) -> Place | None:
        """`code` as a place outside the region, when its outcode is valid and not the region's."""
        outcode = code.split()[0]
        if not self.valid(outcode, with_inward):
            return None
        area = OUTCODE.fullmatch(outcode)[1]
        if area == HOME_AREA:
            return None
        _, lat, lon = self.areas[area]
        return Place(name=code, kind=kind, district=None, area=None, outside=True, lat=lat,
                     lon=lon, council=None)
