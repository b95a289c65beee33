"""Every service's facts as NumPy columns, so a filter or a score is one array step, not a loop.

A search gathers only the rows of its candidates (`column[at]`), so its cost follows how many
services the postings leave, and a 100,000-service index takes a few megabytes.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice

import numpy as np

from finder.search.entry import Entry

POSITION = np.int32  # positions in the index; half the memory of the platform's int64
NOWHERE = np.empty(0, POSITION)
NAN = float("nan")
SCALARS = {"min_age": np.int32, "max_age": np.int32, "pregnancy": bool, "remote": bool,
           "self_referral": bool, "free": bool, "lat": np.float64, "lon": np.float64,
           "parent_max_age": np.float64, "ease": np.float64}
# Each column gathered as C values while the rows stream by (a Python object per value would
# litter a large directory's build with millions of small objects).
TYPECODES = {np.int32: "i", bool: "b", np.float64: "d"}
CODED = ("threshold", "based_in", "audience")
SETS = ("needs", "districts", "languages", "delivery")


def distinct(found: np.ndarray) -> np.ndarray:
    """`found` ascending, each once: several times faster here than `np.unique`, which hashes."""
    found = np.sort(found)
    return found[np.concatenate(([True], found[1:] != found[:-1]))]


def union(pools: Iterable[np.ndarray]) -> np.ndarray:
    """The positions in any of `pools` (each ascending, each once), ascending, each once."""
    pools = [pool for pool in pools if len(pool)]
    if len(pools) <= 1:
        return pools[0] if pools else NOWHERE
    return distinct(np.concatenate(pools))


class Codes:
    """A text fact with few values (threshold, district, audience): a small integer each."""

    def __init__(self, values: Iterable[str | None] = ()) -> None:
        self.codes: dict[str | None, int] = {}
        self._gathered = array("i")
        self.extend(values)
        self.seal()

    def extend(self, values: Iterable[str | None]) -> None:
        """Code more values, in position order (rows streaming by); `seal` makes the column."""
        self._gathered.extend(self.codes.setdefault(v, len(self.codes)) for v in values)

    def seal(self) -> Codes:
        """The column of every value coded so far, made once."""
        self.column = np.frombuffer(self._gathered, dtype=np.intc).astype(np.int32)
        return self

    def equals(self, value: str | None, at: np.ndarray) -> np.ndarray:
        """Which services at positions `at` have `value`."""
        code = self.codes.get(value)
        if code is None:
            return np.zeros(len(at), dtype=bool)
        return self.column[at] == code


class Postings:
    """A set-valued fact (needs, districts, languages, delivery): who lists each value.

    Each value keeps its sorted positions, to pick candidates, and a per-service count, to test
    or score candidates already picked; a count, not a flag, so a value listed twice counts twice.
    """

    def __init__(self, count: int, listed: Mapping[str, list[int]]) -> None:
        self.positions: dict[str, np.ndarray] = {}
        self.counts: dict[str, np.ndarray] = {}
        for value, found in listed.items():
            where = np.array(found, dtype=POSITION)
            self.positions[value] = distinct(where)
            self.counts[value] = np.bincount(where, minlength=count).astype(np.uint8)
        self._none = np.zeros(count, dtype=np.uint8)

    def __getitem__(self, value: str) -> np.ndarray:
        """The positions of the services listing `value`, ascending."""
        return self.positions.get(value, NOWHERE)

    def count(self, value: str, at: np.ndarray) -> np.ndarray:
        """How many times each service at positions `at` lists `value`."""
        return self.counts.get(value, self._none)[at]

    def any(self, values: Iterable[str], at: np.ndarray) -> np.ndarray:
        """Which services at positions `at` list at least one of `values`."""
        found = np.zeros(len(at), dtype=bool)
        for value in values:
            found |= self.count(value, at) > 0
        return found


@dataclass(frozen=True)
class Facts:
    """One array per fact, indexed by position. Unknown lat/lon are NaN; no parent age limit is
    infinity, so the parent-age check needs no special case."""

    count: int
    min_age: np.ndarray
    max_age: np.ndarray
    pregnancy: np.ndarray
    remote: np.ndarray
    self_referral: np.ndarray
    free: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    parent_max_age: np.ndarray
    ease: np.ndarray
    threshold: Codes
    based_in: Codes
    audience: Codes
    needs: Postings
    districts: Postings
    languages: Postings
    delivery: Postings

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Facts:
        """Columns from entries in position order, a batch at a time, never all held at once."""
        scalars = {name: array(TYPECODES[kind]) for name, kind in SCALARS.items()}
        coded = {name: Codes() for name in CODED}  # sealed once every row is read
        listed: dict[str, defaultdict[str, array]] = {
            name: defaultdict(lambda: array("i")) for name in SETS}
        count = 0
        for batch in _batches(entries):
            columns = dict(zip(Entry._fields, zip(*batch, strict=True), strict=True))
            for name, values in scalars.items():
                values.extend(NAN if value is None else value for value in columns[name])
            for name, codes in coded.items():
                codes.extend(columns[name])
            for name, postings in listed.items():
                for position, values in zip(columns["position"], columns[name], strict=True):
                    for value in values:
                        postings[value].append(position)
            count += len(batch)
        arrays = {name: np.array(scalars[name], dtype=kind) for name, kind in SCALARS.items()}
        arrays["parent_max_age"][np.isnan(arrays["parent_max_age"])] = np.inf
        return cls(count=count, **arrays, **{name: codes.seal() for name, codes in coded.items()},
                   **{name: Postings(count, listed[name]) for name in SETS})


def _batches(entries: Iterable[Entry], size: int = 512) -> Iterator[list[Entry]]:
    """`entries` in lists of `size` (itertools.batched, from Python 3.12)."""
    found = iter(entries)
    while batch := list(islice(found, size)):
        yield batch
