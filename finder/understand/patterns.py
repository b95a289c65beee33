"""Phrases with word groups and gaps, matched over a message's word stems.

A pattern such as "{partner} * {hit} me" is a sequence of words, group names (any of the
group's words or phrases) and `*` (up to four other words). Groups are matched in place
rather than expanded, so a few hundred patterns over large groups stay small and fast.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, pairwise, repeat
from typing import Any, Generic, TypeVar

from finder.understand.lexicon import GAP, entry_tokens
from finder.understand.morphology import stem

T = TypeVar("T")
MAX_GAP = 4
# A message holding more matches than this is a list of phrases, not a parent's story: the
# first so many are kept, so the cost of what is built from them (who is near whom) is bounded.
MAX_HITS = 64
GROUP = re.compile(r"\{([a-z0-9_-]+)\}")
Element = str  # a word stem, "{group}" or GAP
SHARED_KEPT = 4  # group indexes kept for sharing (the safety finder's phrases, look-alikes...)


@dataclass(frozen=True)
class Hit(Generic[T]):
    """A pattern found over tokens `start` to `end` (exclusive)."""

    start: int
    end: int
    value: T


def elements(text: str) -> tuple[Element, ...]:
    """A pattern's elements: word stems, `{group}` names and gaps, in order."""
    found: list[Element] = []
    for number, part in enumerate(GROUP.split(text)):
        if number % 2:
            found.append("{" + part + "}")
        else:
            found += [t if t == GAP else stem(t) for t in entry_tokens(part)]
    return tuple(found)


class WordGroups:
    """Word groups indexed by their first stem, and which groups start at each word of a
    message. Patterns over the same groups share one (`shared`): a message's table is made
    once for all of them."""

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self.groups: dict[str, list[tuple[str, ...]]] = {
            "{" + name + "}": [elements(str(word)) for word in words]
            for name, words in groups.items()}
        # first word -> each group member starting with it -> the groups it belongs to
        members: dict[str, dict[tuple[str, ...], list[Element]]] = defaultdict(dict)
        for name, options in self.groups.items():
            for member in options:
                if member:
                    members[member[0]].setdefault(member, []).append(name)
        # first word -> what it starts alone (itself, its groups: one word long), and the longer
        # members by size; made here once, so a message's word shares it rather than building it
        sized = {first: _by_size(first, found) for first, found in members.items()}
        self.alone: dict[str, Starting] = {first: alone for first, (alone, _, _) in sized.items()}
        self.longer = {first: longer for first, (_, longer, _) in sized.items() if longer}
        # (first word, second word) of every longer member: most pairs of a message open none
        self.pairs = frozenset((first, second) for first, (_, _, seconds) in sized.items()
                               for second in seconds)
        self.symbols = lru_cache(maxsize=8)(self._symbols)

    def learn(self, words: Iterable[str]) -> None:
        """Make each of `words` (a pattern's own words) start itself where a message holds it:
        a word no pattern or group names starts nothing, so a message's other words cost no
        table of their own and add nothing to what the patterns test."""
        for word in words:
            self.alone.setdefault(word, {word: _ONE})
        self.symbols.cache_clear()  # read before this word started itself

    @classmethod
    def shared(cls, groups: dict[str, list[str]]) -> WordGroups:
        """The index of `groups`, made once while the same dict holds the same words."""
        for known, snapshot, index in _SHARED:
            if known is groups and snapshot == groups:
                return index
        index = cls(groups)
        _SHARED[:] = [(groups, copy.deepcopy(groups), index), *_SHARED[:SHARED_KEPT - 1]]
        return index

    def _symbols(self, tokens: tuple[str, ...]) -> tuple[list[Starting], frozenset[Element]]:
        """At each position, each element that can start there and how many words it spans
        (fewest first); and every element found anywhere (the patterns over a message share
        both)."""
        # each word's own table looked up in C; Python runs only where a word and the next
        # open a longer member (most messages: nowhere)
        starts = list(map(self.alone.get, tokens, repeat(_NOTHING)))
        for i in compress(count(), map(self.pairs.__contains__, pairwise(tokens))):
            here = starts[i]
            for size, options in self.longer[tokens[i]]:
                names = options.get(tokens[i:i + size])
                if names:  # a copy: `here` is the word's own, shared by every message
                    here = dict(here)
                    for name in names:
                        here[name] = (*here.get(name, ()), size)
            starts[i] = here
        return starts, frozenset().union(*starts)


Starting = dict[Element, tuple[int, ...]]  # element -> the words it spans from here
BySize = tuple[tuple[int, dict[tuple[str, ...], tuple[Element, ...]]], ...]
Members = tuple[Starting, BySize, frozenset[str]]
_ONE = (1,)
_NOTHING: Starting = {}  # what a word no pattern names starts (never written to)


def _by_size(first: str, found: dict[tuple[str, ...], list[Element]]) -> Members:
    """What a first word starts alone (itself and the groups it stands for), its longer
    members by size and their second words: a message's words are then looked up once a
    size, only when the next word can continue one, not compared with every member."""
    alone = dict.fromkeys([first, *(name for member, names in found.items()
                                    if len(member) == 1 for name in names)], _ONE)
    longer: dict[int, dict[tuple[str, ...], tuple[Element, ...]]] = defaultdict(dict)
    for member, names in found.items():
        if len(member) > 1:
            longer[len(member)][member] = tuple(dict.fromkeys(names))  # a name once a size
    seconds = frozenset(member[1] for member in found if len(member) > 1)
    return alone, tuple(sorted(longer.items())), seconds


_SHARED: list[tuple[dict[str, list[str]], dict[str, list[str]], WordGroups]] = []


class Patterns(Generic[T]):
    """Patterns, each with a value, over shared word groups."""

    def __init__(self, entries: Iterable[tuple[str, T]], groups: dict[str, list[str]],
                 common: Mapping[str, int] | None = None) -> None:
        """`common`: how often each word stem stands in ordinary messages (if known): each
        pattern is looked at only where the message holds its rarest element."""
        self.index = WordGroups.shared(groups)
        self.groups = self.index.groups
        self.by_first: dict[Element, list[tuple[tuple[Element, ...], frozenset[Element], T]]] = \
            defaultdict(list)
        for text, value in entries:
            pattern = elements(str(text))
            unknown = [e for e in pattern if e.startswith("{") and e not in self.groups]
            if unknown:
                raise ValueError(f"{text!r} names an unknown group {unknown[0]}")
            if pattern and pattern[0] != GAP:
                needed = frozenset(e for e in pattern if e != GAP)
                self.by_first[pattern[0]].append((pattern, needed, value))
        self.firsts = frozenset(self.by_first)
        self.index.learn(e for options in self.by_first.values() for _, needed, _ in options
                         for e in needed if not e.startswith("{"))
        self.keyed = _keyed(self.by_first, _frequency(common or {}, self.groups))
        self.keys = frozenset(self.keyed)

    def words(self) -> set[str]:
        """Every word stem the patterns and groups use."""
        found = {e for options in self.by_first.values() for p, _, _ in options for e in p}
        found |= {w for members in self.groups.values() for m in members for w in m}
        return {w for w in found if w != GAP and not w.startswith("{")}

    def find(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every pattern matching in `tokens` (stems), at every start."""
        starts, present = self.index.symbols(tuple(tokens))
        hits: list[Hit[T]] = []
        if self.firsts.isdisjoint(present):  # most messages hold no first word of most sets
            return hits
        viable = self._viable(present)
        if not viable:  # most messages hold every element of no pattern
            return hits
        starters = frozenset(viable)
        for start, symbols in enumerate(starts):
            if len(hits) >= MAX_HITS:
                break
            if starters.isdisjoint(symbols):  # most words start no pattern left to try
                continue
            for symbol in symbols:
                for pattern, value in viable.get(symbol, ()):
                    end = _match(pattern, starts, start)
                    if end is not None:
                        hits.append(Hit(start, end, value))
        return hits

    def _viable(self, present: frozenset[Element]
                ) -> dict[Element, list[tuple[tuple[Element, ...], T]]]:
        """The patterns whose every element the message holds, by first element, each list in
        the patterns' order: only those whose rarest element it holds are looked at, found
        in one pass over the message's elements (most messages hold none of a set's rarest)."""
        # one filtering comprehension, then one sort by (first, number): fewer Python steps
        # than a list per first sorted apart ((first, number) is unique: values never compared)
        passing = sorted([(first, number, pattern, value) for key in present & self.keys
                          for first, number, pattern, needed, value in self.keyed[key]
                          if needed <= present])
        found: dict[Element, list[tuple[tuple[Element, ...], T]]] = {}
        for first, _, pattern, value in passing:
            found.setdefault(first, []).append((pattern, value))
        return found


Keyed = list[tuple[Element, int, tuple[Element, ...], frozenset[Element], Any]]


def _keyed(by_first: dict[Element, list[tuple[tuple[Element, ...], frozenset[Element], T]]],
           common: Mapping[Element, int]) -> dict[Element, Keyed]:
    """The patterns filed under their rarest element, each with its first element and its
    number among those starting with it: a message holding a common word ("my", a group of
    children) then tests only the patterns whose rarest word it holds. Rarest in ordinary
    messages (`common`) first, then among the patterns; without `common`, an element other
    than the first (the first when there is no other)."""
    counts = Counter(e for options in by_first.values() for _, needed, _ in options
                     for e in needed)
    keyed: dict[Element, Keyed] = defaultdict(list)
    for first, options in by_first.items():
        for number, (pattern, needed, value) in enumerate(options):
            key = min(needed if common else needed - {first} or needed,
                      key=lambda e: (common.get(e, 0), counts[e], e))
            keyed[key].append((first, number, pattern, needed, value))
    return dict(keyed)


def _frequency(common: Mapping[str, int], groups: dict[str, list[tuple[str, ...]]]
               ) -> dict[Element, int]:
    """How often each word and group (as often as its members together, a member as its
    rarest word) stands in ordinary messages, by `common` (a word's count)."""
    if not common:
        return {}
    found = {name: sum(min((common.get(w, 0) for w in member), default=0) for member in members)
             for name, members in groups.items()}
    return {**common, **found}


def _match(pattern: tuple[Element, ...], starts: list[Starting],
           position: int, gap: bool = False) -> int | None:
    """Where `pattern` ends when it matches from `position` (after a gap when `gap`)."""
    if not pattern:
        return position
    first, rest = pattern[0], pattern[1:]
    if first == GAP:
        return _match(rest, starts, position, gap=True)
    last = min(len(starts), position + (MAX_GAP + 1 if gap else 1))
    for start in range(position, last):
        for size in starts[start].get(first, ()):
            found = _match(rest, starts, start + size)
            if found is not None:
                return found
    return None
