"""Fuzzy matching of free text against service names, organisations and keywords.

Two stages keep the cost tied to the vocabulary and the services matched, not the directory:
each query word is matched with rapidfuzz against the distinct words (and joined word pairs, so
"homestart" finds "Home-Start") of every name, then services score by how much of the query
their words cover, worked out with arrays over the services those words' postings list.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils

from finder.search.facts import NOWHERE, POSITION, distinct

NON_WORD = re.compile(r"[\W_]+")
MAX_QUERY_WORDS = 12
# The share of the query (weighted by word length) a service's names must cover to match.
MATCH_CUTOFF = 75.0


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: "Home-Start  LLR" -> "home start llr"."""
    return NON_WORD.sub(" ", text.casefold()).strip()


def word_cutoff(word: str) -> float:
    """How alike a vocabulary word must be: short words exactly, long ones allow a typo."""
    if len(word) <= 3:
        return 100.0
    return 85.0 if len(word) <= 5 else 80.0


@dataclass(frozen=True)
class Matches:
    """The services a text matched, by ascending position, with their scores (0-100)."""

    positions: np.ndarray
    scores: np.ndarray

    def contains(self, at: np.ndarray) -> np.ndarray:
        """Which of the positions `at` matched."""
        return self._slots(at)[1]

    def score(self, at: np.ndarray) -> np.ndarray:
        """The text score of each position in `at`; 0 where it did not match."""
        if not len(self.positions):
            return np.zeros(len(at))
        slots, found = self._slots(at)
        return np.where(found, self.scores[slots], 0.0)

    def _slots(self, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each of `at` is or would be in `positions`, and whether it is there."""
        if not len(self.positions):
            return np.zeros(len(at), dtype=np.intp), np.zeros(len(at), dtype=bool)
        slots = np.searchsorted(self.positions, at).clip(max=len(self.positions) - 1)
        return slots, self.positions[slots] == at


NO_MATCHES = Matches(NOWHERE, np.empty(0))


class Words:
    """A text index being gathered, a service at a time, as the directory's rows are read: each
    position kept as a C int (not a Python object), so a large directory leaves no litter."""

    def __init__(self) -> None:
        self.found: defaultdict[str, array] = defaultdict(lambda: array("i"))
        self.keys: dict[str, list[str]] = {}  # names repeat across services: split each once

    def add(self, position: int, strings: Iterable[str]) -> None:
        for string in strings:
            found = self.keys.get(string)
            if found is None:
                found = self.keys[string] = _keys(string)
            for key in found:
                self.found[key].append(position)

    def index(self) -> TextIndex:
        return TextIndex({key: distinct(np.frombuffer(found, dtype=np.intc).astype(POSITION))
                          for key, found in self.found.items()})


class TextIndex:
    """Words of every service's names, each pointing at the services that use it."""

    def __init__(self, postings: dict[str, np.ndarray]) -> None:
        self.postings = postings
        self.vocabulary = list(postings)

    @classmethod
    def of(cls, fields: Iterable[tuple[int, Iterable[str]]]) -> TextIndex:
        """The index of each (position, name strings) pair."""
        words = Words()
        for position, strings in fields:
            words.add(position, strings)
        return words.index()

    def similar_words(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words like `word`, with their similarity (0-100)."""
        if len(word) <= 3:
            return [(word, 100.0)] if word in self.postings else []
        found = process.extract(word, self.vocabulary, scorer=fuzz.ratio,
                                processor=utils.default_process,
                                score_cutoff=word_cutoff(word), limit=None)
        return [(choice, score) for choice, score, _ in found]

    def match(self, text: str) -> dict[int, float]:
        """Service positions whose names cover most of `text`, with a score from 0 to 100."""
        found = self.matches(text)
        return dict(zip(found.positions.tolist(), found.scores.tolist(), strict=True))

    def matches(self, text: str) -> Matches:
        """As `match`, as arrays: what the search engine uses."""
        words = normalise(text).split()[:MAX_QUERY_WORDS]
        if not words or sum(len(w) for w in words) < 3:
            return NO_MATCHES
        hits = [(self.postings[choice], start, end, score) for start, end in _spans(len(words))
                for choice, score in self.similar_words("".join(words[start:end]))]
        if not hits:
            return NO_MATCHES
        positions, cover = _cover(hits, len(words))
        scores = _covered(cover, [len(w) for w in words])
        keep = scores >= MATCH_CUTOFF
        return Matches(positions[keep], scores[keep])


Hit = tuple[np.ndarray, int, int, float]  # a word's postings, the query words it spans, score


def _cover(hits: list[Hit], count: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions any hit lists, and per query word each one's best similarity (0 if none).

    Hits are numbered from the least similar, so in each position's group of pairs the best
    hit comes last: per query word, the best is the last pair of the group that covers it.
    """
    hits = sorted(hits, key=lambda found: found[3])
    position, hit = _pairs([posting for posting, *_ in hits])
    first = np.concatenate(([True], position[1:] != position[:-1]))
    row = np.cumsum(first, dtype=np.int32) - 1  # each pair's row in the answer
    similarity = np.array([score for *_, score in hits])
    spans = np.zeros((len(hits), count), dtype=bool)  # which query words each hit covers
    for h, (_, start, end, _) in enumerate(hits):
        spans[h, start:end] = True
    cover = np.zeros((count, row[-1] + 1))
    for word in range(count):
        covering = np.flatnonzero(spans[:, word][hit])
        if not len(covering):  # no vocabulary word is like this one
            continue
        rows = row[covering]
        last = covering[np.flatnonzero(np.append(rows[1:] != rows[:-1], True))]
        cover[word, row[last]] = similarity[hit[last]]
    return position[first].astype(POSITION), cover


def _pairs(postings: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Every (position, posting number) pair, ordered by position, then by posting number.

    One sort of int64 keys with the posting number in the low bits: cheaper than an argsort.
    """
    bits = len(postings).bit_length()
    keys = np.concatenate([(posting.astype(np.int64) << bits) | number
                           for number, posting in enumerate(postings)])
    keys.sort()
    return keys >> bits, keys & ((1 << bits) - 1)


def _keys(string: str) -> list[str]:
    """The words of one name, and each adjacent pair joined."""
    words = normalise(string).split()
    return words + [first + second for first, second in zip(words, words[1:], strict=False)]


def _covered(cover: np.ndarray, weights: list[int]) -> np.ndarray:
    """How much of the query each service covers, weighted by word length (0-100).

    Summed word by word, in query order, so each score is the same float as one summed by hand.
    """
    total = weights[0] * cover[0]
    for weight, row in zip(weights[1:], cover[1:], strict=True):
        total = total + weight * row
    return total / sum(weights)


def _spans(count: int) -> list[tuple[int, int]]:
    """Each word alone and each adjacent pair joined, as (start, end) slices."""
    return [(i, i + 1) for i in range(count)] + [(i, i + 2) for i in range(count - 1)]
