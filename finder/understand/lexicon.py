"""Lexicon entries compiled for fast matching: token n-grams indexed by their first token.

An entry is a word or a phrase in `content/lexicon/<lang>.yaml`. A `*` inside a phrase stands
for up to four other words ("partner * hits me" matches "my partner often hits me").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

from finder.understand.text import phrase

T = TypeVar("T")
GAP = "*"
# a named tuple made as its own __new__ makes it, less that method's Python call (half the
# cost of `Hit(...)`, and a long message makes many): NEW(Hit, (start, end, value, size))
NEW = tuple.__new__
MAX_GAP = 4


class Hit(NamedTuple, Generic[T]):
    """An entry found in a message: tokens `start` to `end` (exclusive) carry `value`. A named
    tuple: made in a third of a frozen dataclass's time, and a long message makes many."""

    start: int
    end: int
    value: T
    size: int  # how many words the entry has, gaps not counted


class PhraseIndex(Generic[T]):
    """Exact, normalised token n-grams, each with a value."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        # first token -> (entry, value, words in it less gaps, whether it has a gap)
        self._by_first: dict[str, list[tuple[tuple[str, ...], T, int, bool]]] = {}
        for text, value in entries:
            tokens = entry_tokens(str(text))
            if tokens and tokens[0] != GAP:
                self._by_first.setdefault(tokens[0], []).append(
                    (tokens, value, sum(1 for t in tokens if t != GAP), GAP in tokens))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))
        self._firsts = frozenset(self._by_first)
        # The same entries, numbered in that order, under their first two words, or under
        # their first alone when one word or a gap follows it: `find` and `match_at` try at
        # each word only those the next word allows.
        self._by_pair: dict[tuple[str, str], list[tuple[int, tuple[str, ...], T, int, bool]]] = {}
        self._alone: dict[str, list[tuple[int, tuple[str, ...], T, int, bool]]] = {}
        for first, options in self._by_first.items():
            for number, option in enumerate(options):
                entry = option[0]
                if len(entry) > 1 and entry[1] != GAP:
                    self._by_pair.setdefault((first, entry[1]), []).append((number, *option))
                else:
                    self._alone.setdefault(first, []).append((number, *option))
        for pair, paired in self._by_pair.items():  # with the first word's own, in order:
            self._by_pair[pair] = sorted([*self._alone.get(pair[0], ()), *paired])  # once
        for first in self._by_first:  # every first word in `_alone` (perhaps with none): one
            self._alone.setdefault(first, [])  # dict look-up tells a first word and its own
        self._lasts = frozenset(entry[-1] for options in self._by_first.values()
                                for entry, *_ in options)
        self._paired = frozenset(first for first, _ in self._by_pair)  # the rest: alone only
        self._ends = self.last_words()

    def __contains__(self, token: str) -> bool:
        return token in self._by_first

    def first_words(self) -> frozenset[str]:
        """The words an entry can start with: `match_at` finds nothing at any other word."""
        return self._firsts

    def may_end(self, token: str) -> bool:
        """Whether an entry can end at `token`: one ending in a gap ends anywhere."""
        return token in self._lasts or GAP in self._lasts

    def last_words(self) -> frozenset[str] | None:
        """The words an entry can end with (`may_end` in one set test), or None when an entry
        ends in a gap: then one may end anywhere."""
        return None if GAP in self._lasts else self._lasts

    def texts(self) -> list[tuple[str, ...]]:
        """Every entry's tokens."""
        return [entry for options in self._by_first.values() for entry, *_ in options]

    def match_at(self, tokens: Sequence[str], start: int) -> Hit[T] | None:
        """The longest entry starting at `start`, if any."""
        # one look-up rules out a word that starts no entry (most calls) and gives the entries
        # of one that does; the next word may narrow them (`_options`, written out here: this
        # is the most called method of the readers): "di" starts 75 phrases of "nearly"
        if start >= len(tokens) or (options := self._alone.get(token := tokens[start])) is None:
            return None
        if token in self._paired and start + 1 < len(tokens):
            options = self._by_pair.get((token, tokens[start + 1])) or options
        for _, entry, value, size, gap in options:
            if size == 1 and not gap:  # the entry is the word itself
                return NEW(Hit, (start, start + 1, value, 1))
            end = _match(entry, tokens, start) if gap else _plain(entry, tokens, start)
            if end is not None:
                return NEW(Hit, (start, end, value, size))
        return None

    def find(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every entry in `tokens`, longest first at each position, overlaps allowed."""
        hits: list[Hit[T]] = []
        if self._firsts.isdisjoint(tokens) or self._ends is not None and \
                self._ends.isdisjoint(tokens):  # most indexes find nothing in most messages:
            return hits  # no word an entry starts with, or none one ends with ("in", no "due")
        for start, token in enumerate(tokens):
            if token not in self._firsts:
                continue
            for _, entry, value, size, gap in self._options(tokens, start):
                if size == 1 and not gap:  # the entry is the word itself
                    hits.append(NEW(Hit, (start, start + 1, value, 1)))
                elif (end := _match(entry, tokens, start) if gap else
                        _plain(entry, tokens, start)) is not None:
                    hits.append(NEW(Hit, (start, end, value, size)))
        return hits

    def _options(self, tokens: Sequence[str], start: int
                 ) -> Sequence[tuple[int, tuple[str, ...], T, int, bool]]:
        """The entries of the word at `start` that the word after it allows, in the order of
        `_by_first` (longest first)."""
        token = tokens[start]
        alone = self._alone[token]
        if token not in self._paired or start + 1 >= len(tokens):
            return alone
        return self._by_pair.get((token, tokens[start + 1])) or alone


def _plain(entry: tuple[str, ...], tokens: Sequence[str], start: int) -> int | None:
    """Where `entry` (no gaps) ends when it matches at `start`."""
    end = start + len(entry)
    if len(entry) == 1 or tuple(tokens[start:end]) == entry:
        return end
    return None


def _match(entry: tuple[str, ...], tokens: Sequence[str], start: int) -> int | None:
    """Where `entry` ends when it matches at `start`, allowing gaps at `*`."""
    if GAP not in entry:
        end = start + len(entry)
        return end if tuple(tokens[start:end]) == entry else None
    position = start
    gap = False
    for word in entry:
        if word == GAP:
            gap = True
            continue
        limit = position + (MAX_GAP + 1 if gap else 1)
        found = next((i for i in range(position, min(limit, len(tokens))) if tokens[i] == word),
                     None)
        if found is None:
            return None
        position, gap = found + 1, False
    return position


def entry_tokens(text: str) -> tuple[str, ...]:
    """A lexicon entry's tokens, keeping its gaps (folding would drop the `*`)."""
    tokens: list[str] = []
    for number, part in enumerate(text.split(GAP)):
        if number:
            tokens.append(GAP)
        tokens += phrase(part)
    return tuple(tokens)

