"""Fuzzy matching of free text against service names, organisations and keywords.

Two stages keep the cost tied to the vocabulary, not the directory: each query word is matched
with rapidfuzz against the distinct words (and joined word pairs, so "homestart" finds
"Home-Start") of every name, then services score by how much of the query their words cover.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

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


class TextIndex:
    """Words of every service's names, each pointing at the services that use it."""

    def __init__(self, fields: Iterable[tuple[int, Iterable[str]]]) -> None:
        postings: dict[str, set[int]] = defaultdict(set)
        for position, strings in fields:
            for string in strings:
                words = normalise(string).split()
                for word in words:
                    postings[word].add(position)
                for first, second in zip(words, words[1:], strict=False):
                    postings[first + second].add(position)
        # Compact arrays: postings are only walked, never intersected.
        self.postings = {word: array("I", sorted(found)) for word, found in postings.items()}
        self.vocabulary = list(self.postings)

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
        words = normalise(text).split()[:MAX_QUERY_WORDS]
        if not words or sum(len(w) for w in words) < 3:
            return {}
        cover: dict[int, list[float]] = {}
        for start, end in _spans(len(words)):
            unit = "".join(words[start:end])
            for choice, score in self.similar_words(unit):
                for position in self.postings[choice]:
                    row = cover.setdefault(position, [0.0] * len(words))
                    for i in range(start, end):
                        row[i] = max(row[i], score)
        weights = [len(w) for w in words]
        total = sum(weights)
        scores = {position: sum(w * s for w, s in zip(weights, row, strict=True)) / total
                  for position, row in cover.items()}
        return {position: score for position, score in scores.items() if score >= MATCH_CUTOFF}


def _spans(count: int) -> list[tuple[int, int]]:
    """Each word alone and each adjacent pair joined, as (start, end) slices."""
    return [(i, i + 1) for i in range(count)] + [(i, i + 2) for i in range(count - 1)]
