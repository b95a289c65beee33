"""Words that suggest danger to life, abuse at home or a child in danger, in every language.

Phrases rather than single words: "my toddler hits me" is behaviour, not abuse, and "dying for
a coffee" is not danger to life. Each language's `safety.not` phrases cover such everyday
sentences; a safety phrase lying wholly inside one of them does not count. A few long single
words ("suicide") are also fuzzy-matched, because a frightened parent misspells.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from finder.understand.lexicon import PhraseIndex
from finder.understand.text import normalise, phrase
from finder.understand.types import SAFETY_KINDS

FUZZY_MIN_LENGTH = 6
FUZZY_CUTOFF = 85.0
NOT = "not"


class SafetyFinder:
    """Safety phrases of every language at once: a parent in danger may write in any."""

    def __init__(self, phrases: list[tuple[str, str]], everyday: list[str]) -> None:
        self.phrases: PhraseIndex[str] = PhraseIndex(phrases)
        self.everyday: PhraseIndex[str] = PhraseIndex((text, NOT) for text in everyday)
        self.words: dict[str, str] = {}
        for text, kind in phrases:
            tokens = phrase(text)
            if len(tokens) == 1 and len(tokens[0]) >= FUZZY_MIN_LENGTH:
                self.words[tokens[0]] = kind
        self.choices = list(self.words)

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> SafetyFinder:
        phrases: list[tuple[str, str]] = []
        everyday: list[str] = []
        for data in lexicons.values():
            section = data.get("safety") or {}
            for kind in SAFETY_KINDS:
                phrases += [(str(text), kind) for text in section.get(kind, []) or []]
            everyday += [str(text) for text in section.get(NOT, []) or []]
        return cls(phrases, everyday)

    def kinds(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The safety kinds found, in the order of SAFETY_KINDS."""
        covers = [(hit.start, hit.end) for hit in self.everyday.find(tokens)]
        found = {hit.value for hit in self.phrases.find(tokens)
                 if not any(s <= hit.start and hit.end <= e for s, e in covers)}
        found |= self._misspelt(tokens)
        return tuple(kind for kind in SAFETY_KINDS if kind in found)

    def _misspelt(self, tokens: tuple[str, ...]) -> set[str]:
        found = set()
        for token in tokens:
            if len(token) >= FUZZY_MIN_LENGTH and token not in self.words:
                match = process.extractOne(token, self.choices, scorer=fuzz.ratio,
                                           processor=normalise, score_cutoff=FUZZY_CUTOFF)
                if match:
                    found.add(self.words[match[0]])
        return found
