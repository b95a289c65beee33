"""Arguing with a child is about the child: "my son is 15 and we argue" is no couple's trouble.

Each lexicon's `arguing` lists the words of rowing that also stand in the relationships need,
and the words for a child. When a message argues, names a child (or a child's age) and says
nothing else about a partner, the relationships score moves to the child's need: teenagers
for a child of ten or more (or a teenager named), behaviour for a younger one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from finder.understand.text import phrase

RELATIONSHIPS = "relationships"
OLDER_CHILD_MONTHS = 10 * 12


@dataclass(frozen=True)
class Arguing:
    """The arguing words and child words of every language, as normalised tokens."""

    words: frozenset[str]
    children: frozenset[str]

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> Arguing:
        def tokens(key: str) -> frozenset[str]:
            return frozenset(token for data in lexicons.values()
                             for text in (data.get("arguing") or {}).get(key, []) or []
                             for token in phrase(str(text)))
        return cls(tokens("words"), tokens("children"))

    def with_child(self, tokens: tuple[str, ...], children: tuple[int, ...],
                   rescore: Callable[[tuple[str, ...]], float]) -> bool:
        """Whether the message argues, names a child (or a child's age) and no partner;
        `rescore` gives relationships' score for other tokens."""
        if self.words.isdisjoint(tokens) or not (children or not self.children.isdisjoint(tokens)):
            return False  # asked in C of the words themselves: no set of them is made
        # A partner, an ex or a divorce named too: it may well be the couple.
        return rescore(tuple(t for t in tokens if t not in self.words)) <= 0

    def redirect(self, tokens: tuple[str, ...], scores: dict[str, float],
                 children: tuple[int, ...], rescore: Callable[[tuple[str, ...]], float]) -> bool:
        """Move the relationships score to the child's need when the only couple's evidence
        was arguing with a child (`with_child`); True when the message argues with a child."""
        if not self.with_child(tokens, children, rescore):
            return False
        if RELATIONSHIPS in scores:
            older = any(months >= OLDER_CHILD_MONTHS for months in children)
            need = "teenagers" if older or scores.get("teenagers", 0.0) > 0 else "behaviour"
            scores[need] = scores.get(need, 0.0) + scores.pop(RELATIONSHIPS)
        return True
