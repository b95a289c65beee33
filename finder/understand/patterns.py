"""Phrases with word groups and gaps, matched over a message's word stems.

A pattern such as "{partner} * {hit} me" is a sequence of words, group names (any of the
group's words or phrases) and `*` (up to four other words). Groups are matched in place
rather than expanded, so a few hundred patterns over large groups stay small and fast.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from finder.understand.lexicon import GAP, entry_tokens
from finder.understand.morphology import stem

T = TypeVar("T")
MAX_GAP = 4
GROUP = re.compile(r"\{([a-z0-9_-]+)\}")
Element = str  # a word stem, "{group}" or GAP


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


class Patterns(Generic[T]):
    """Patterns, each with a value, over shared word groups."""

    def __init__(self, entries: Iterable[tuple[str, T]], groups: dict[str, list[str]]) -> None:
        self.groups: dict[str, list[tuple[str, ...]]] = {
            "{" + name + "}": [elements(str(word)) for word in words]
            for name, words in groups.items()}
        # first word -> each group member starting with it -> the groups it belongs to
        self.members: dict[str, dict[tuple[str, ...], list[Element]]] = defaultdict(dict)
        for name, members in self.groups.items():
            for member in members:
                if member:
                    self.members[member[0]].setdefault(member, []).append(name)
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

    def words(self) -> set[str]:
        """Every word stem the patterns and groups use."""
        found = {e for options in self.by_first.values() for p, _, _ in options for e in p}
        found |= {w for members in self.groups.values() for m in members for w in m}
        return {w for w in found if w != GAP and not w.startswith("{")}

    def find(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every pattern matching in `tokens` (stems), at every start."""
        starts = self._symbols(tokens)
        present = {symbol for symbols in starts for symbol in symbols}
        hits = []
        for start, symbols in enumerate(starts):
            for symbol in symbols:
                for pattern, needed, value in self.by_first.get(symbol, ()):
                    if not needed <= present:
                        continue
                    end = _match(pattern, starts, start)
                    if end is not None:
                        hits.append(Hit(start, end, value))
        return hits

    def _symbols(self, tokens: Sequence[str]) -> list[dict[Element, set[int]]]:
        """At each position, each element that can start there and where it would end."""
        starts: list[dict[Element, set[int]]] = [{token: {i + 1}} for i, token in
                                                 enumerate(tokens)]
        for i, token in enumerate(tokens):
            for member, names in self.members.get(token, {}).items():
                size = len(member)
                if size == 1 or tuple(tokens[i:i + size]) == member:
                    for name in names:
                        starts[i].setdefault(name, set()).add(i + size)
        return starts


def _match(pattern: tuple[Element, ...], starts: list[dict[Element, set[int]]],
           position: int, gap: bool = False) -> int | None:
    """Where `pattern` ends when it matches from `position` (after a gap when `gap`)."""
    if not pattern:
        return position
    first, rest = pattern[0], pattern[1:]
    if first == GAP:
        return _match(rest, starts, position, gap=True)
    last = min(len(starts), position + (MAX_GAP + 1 if gap else 1))
    for start in range(position, last):
        for end in sorted(starts[start].get(first, ())):
            found = _match(rest, starts, end)
            if found is not None:
                return found
    return None
