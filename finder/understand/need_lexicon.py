"""One language's need words and phrases, normalised once for matching.

Phrases are also read loosely: a verb in either gender, "not" however it is typed ("kehna ni
manda" meets "kehna nahi mandi"). Single words are found as written, by stem, by sound key and,
from five letters, by a close spelling (one rapidfuzz call for each length of the words typed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from finder.understand.lexicon import GAP, entry_tokens
from finder.understand.morphology import stem
from finder.understand.skeleton import sound
from finder.understand.text import normalise, phrase

FUZZY_MIN_LENGTH = 5
MAX_REMEMBERED = 50_000  # fuzzy results kept per lexicon (per language)
# "Not" as romanised Punjabi, Urdu and Gujarati are typed, and in Gurmukhi and Urdu script.
NEGATIONS = frozenset(normalise(word) for word in (
    "nahi", "nahin", "nahee", "nhi", "nhin", "nai", "naee", "ni", "nei", "nay", "ny",
    "ਨਹੀਂ", "ਨਹੀ", "ਨੀ", "ਨਈਂ", "ਨਈ", "نہیں", "نہی", "نئیں"))
NOT = "nahi"
NO_NEED = ""  # what a `not_needs` phrase stands for: its words are claimed, nothing scored
# A verb's feminine ending, folded to the masculine (he and she do the same thing): "karti"
# and "karta", "sondi" and "sonda", ਕਰਦੀ and ਕਰਦਾ, کرتی and کرتا, જતી and જતો. Plurals
# ("karde", we or they) keep their ending: "we don't talk" is not "he doesn't talk".
FEMININE = tuple((normalise(she), normalise(he)) for she, he in (
    ("di", "da"), ("ti", "ta"), ("ਦੀ", "ਦਾ"), ("ਤੀ", "ਤਾ"), ("تی", "تا"), ("دی", "دا"),
    ("તી", "તો")))

_MASCULINE = dict(FEMININE)
_FEMININE_LENGTHS = sorted({len(she) for she in _MASCULINE}, reverse=True)


MAX_LOOSE = 65_536  # words' loose readings kept (`loose`)


class _Loose(dict[str, str]):
    """Every word of every message as `_loose` reads it, kept rather than folded again (past
    MAX_LOOSE forgotten all at once): a dict's look-up, cheaper than a cached call's."""

    def __missing__(self, token: str) -> str:
        if len(self) >= MAX_LOOSE:
            self.clear()
        value = self[token] = _loose(token)
        return value


def _loose(token: str) -> str:
    """A word as a loose phrase reads it: "not" however it is typed, a verb's feminine ending
    as the masculine."""
    if token in NEGATIONS:
        return NOT
    for size in _FEMININE_LENGTHS:  # a lookup for each length, not a test for each ending
        if len(token) > size and (he := _MASCULINE.get(token[-size:])):  # "di" is a word
            return token[:-size] + he
    return token


loose = _Loose().__getitem__  # `_loose`, kept for each word


def fuzzy_cutoff(length: int) -> float:
    """How alike a typed word and a lexicon word must be: stricter for short words."""
    if length < FUZZY_MIN_LENGTH:
        return 101.0
    return 86.0 if length < 8 else 82.0


@dataclass
class NeedLexicon:
    """One language's need words and phrases, normalised once."""

    words: dict[str, frozenset[str]]
    # The phrases (text, need) in order: a language's search order indexes its lexicons'
    # together (`need._Order`), each as written and with its words folded by `loose`.
    phrases: tuple[tuple[str, str], ...]
    by_length: dict[int, list[str]]
    stems: dict[str, frozenset[str]] = field(default_factory=dict)
    sounds: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words that name a need outright, a diagnosis ("adhd", "آٹزم"): as sure as a phrase.
    plain: frozenset[str] = frozenset()
    # For each typed length, the words within two letters of it whose length can reach the
    # cutoff (shortest first, each length in its order) through the fuzzy processor, and the
    # words themselves.
    windows: dict[int, tuple[list[str], list[str]]] = field(init=False)
    # Fuzzy readings, per word of this language, forgotten all at once past MAX_REMEMBERED.
    remembered: dict[str, tuple[str, float] | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Each word is put through the processor once here rather than at every fuzzy look-up.
        self.windows = {}
        for size in range(FUZZY_MIN_LENGTH - 2, max(self.by_length, default=0) + 3):
            near = [word for length in range(size - 2, size + 3) if _reachable(size, length)
                    for word in self.by_length.get(length, ())]
            self.windows[size] = ([normalise(word) for word in near], near)
        self.remembered = {}

    @classmethod
    def build(cls, needs: dict[str, Any], not_needs: list[str] | None = None) -> NeedLexicon:
        """`not_needs`: phrases whose words name no need ("speaks polish": not a child's
        talking), claimed so that their words count for nothing."""
        words: dict[str, set[str]] = defaultdict(set)
        phrases = [(str(text), NO_NEED) for text in not_needs or []]
        plain = {token for entry in (needs or {}).values()
                 for text in _listed(entry, "plain") for token in phrase(text)}
        for slug, entry in (needs or {}).items():
            for text in [*_listed(entry, "words"), *_listed(entry, "plain")]:
                tokens = phrase(text)  # "e-papierosy", "madax adayg": a phrase
                if len(tokens) == 1:
                    words[tokens[0]].add(slug)
                elif tokens:
                    phrases.append((text, slug))
            phrases += [(text, slug) for text in _listed(entry, "phrases")]
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            if len(word) >= FUZZY_MIN_LENGTH:
                by_length[len(word)].append(word)
        return cls({w: frozenset(s) for w, s in words.items()}, tuple(phrases),
                   dict(by_length), _keyed(words, stem), _keyed(words, sound),
                   frozenset(plain))

    def fuzzy(self, token: str) -> tuple[str, float] | None:
        """The closest lexicon word to `token` when it is close enough, with its score."""
        if token in self.remembered:
            return self.remembered[token]
        return self.learn([token]).get(token)

    def learn(self, tokens: Iterable[str]) -> dict[str, tuple[str, float] | None]:
        """The fuzzy readings of typed words not yet remembered, worked out together: one
        rapidfuzz call for each length, not one for each word (a long message of words never
        seen before): the best score among the words two letters shorter to two longer, the
        shortest (then the first) among equals. Returns the readings remembered."""
        tokens = list(dict.fromkeys(tokens))
        if len(self.remembered) + len(tokens) > MAX_REMEMBERED:
            self.remembered = {}  # a new dict: a reader in another thread keeps the old one
        remembered = self.remembered
        by_length: dict[int, list[str]] = defaultdict(list)
        for token in tokens:
            if token not in remembered:
                by_length[len(token)].append(token)
        for size, typed in by_length.items():
            folded, near = self.windows.get(size, ((), ()))
            if not folded:
                remembered.update(dict.fromkeys(typed))
                continue
            scores = process.cdist([normalise(token) for token in typed], folded,
                                   scorer=fuzz.ratio, processor=None, dtype=np.float64,
                                   score_cutoff=fuzzy_cutoff(size))
            for token, row, best in zip(typed, scores, scores.argmax(axis=1), strict=True):
                remembered[token] = (near[best], float(row[best])) if row[best] else None
        return remembered


def _reachable(typed: int, length: int) -> bool:
    """Whether a word of `length` can reach the cutoff for a typed word of `typed` letters:
    fuzz.ratio is at most 2 x the shorter length / both lengths."""
    return 200 * min(typed, length) >= (fuzzy_cutoff(typed) - 1e-6) * (typed + length)


def _listed(entry: dict[str, Any] | None, key: str) -> list[str]:
    """A need's list under `key` (words, plain, phrases), as text."""
    return [str(text) for text in (entry or {}).get(key) or []]


def loosened(text: str) -> str:
    """A phrase with each word folded by `loose`, its gaps kept."""
    return " ".join(t if t == GAP else loose(t) for t in entry_tokens(str(text)))


def _keyed(words: dict[str, set[str]], key: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """The needs of the words sharing each key (a stem, a sound): a key's needs are all its
    words' needs together."""
    found: dict[str, set[str]] = defaultdict(set)
    for word, slugs in words.items():
        if keyed := key(word):
            found[keyed].update(slugs)
    return {k: frozenset(slugs) for k, slugs in found.items()}
