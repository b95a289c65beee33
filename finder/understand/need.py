"""Which of the sixteen needs a message is about, scored from each language's lexicon.

Phrases (token n-grams) weigh more than single words and claim their tokens, so "teen mum"
counts for young parents and not again for teenagers. Single words of five letters or more are
also fuzzy-matched, so "brestfeeding" and "tantrms" still count. A phrase is also met by its
verbs in either gender, with "not" however it is typed ("kehna ni manda" meets "kehna nahi
mandi"). The detected language is searched first; English words fill in where it has no
match ("ADHD" in a Polish message).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from finder.understand.lexicon import GAP, PhraseIndex, entry_tokens
from finder.understand.morphology import stem
from finder.understand.skeleton import sound
from finder.understand.text import normalise, phrase

PHRASE_WEIGHT = 2.0
WORD_WEIGHT = 1.0
THRESHOLD = 0.85
FUZZY_MIN_LENGTH = 5
# A word met only by its stem ("ويغضب", and he gets angry: "غضب") or by its sound key
# ("bachha", "baccha") counts a little less than the word itself, still enough to offer it.
STEM_WEIGHT = 1.0
SOUND_WEIGHT = 0.9
MAX_REMEMBERED = 50_000  # fuzzy results kept per lexicon (per language)
# A close spelling is searched for a message's first misspelt words only: a parent names a
# need in a handful of words, and 250 made-up words must not cost 250 searches.
FUZZY_WORDS = 48
# Romanised Urdu, Punjabi and Gujarati share much everyday vocabulary; Urdu and Arabic share
# a script, and a parent may write a word of the other.
NEIGHBOURS = {"ur": ("pa", "gu", "ar"), "pa": ("ur", "gu"), "gu": ("ur", "pa"), "ar": ("ur",)}
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


@lru_cache(maxsize=65536)  # every word of every message: kept rather than folded again
def loose(token: str) -> str:
    """A word as a loose phrase reads it: "not" however it is typed, a verb's feminine ending
    as the masculine."""
    if token in NEGATIONS:
        return NOT
    for size in _FEMININE_LENGTHS:  # a lookup for each length, not a test for each ending
        if len(token) > size and (he := _MASCULINE.get(token[-size:])):  # "di" is a word
            return token[:-size] + he
    return token


def fuzzy_cutoff(length: int) -> float:
    """How alike a typed word and a lexicon word must be: stricter for short words."""
    if length < FUZZY_MIN_LENGTH:
        return 101.0
    return 86.0 if length < 8 else 82.0


@dataclass
class NeedLexicon:
    """One language's need words and phrases, normalised once."""

    words: dict[str, frozenset[str]]
    phrases: PhraseIndex[str]
    loose: PhraseIndex[str]  # the phrases again, their words folded by `loose`
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
        return cls({w: frozenset(s) for w, s in words.items()}, PhraseIndex(phrases),
                   PhraseIndex((_loosened(text), slug) for text, slug in phrases),
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


def _loosened(text: str) -> str:
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


class NeedFinder:
    """Scores needs in token lists, searching the right lexicons for each language."""

    def __init__(self, lexicons: dict[str, NeedLexicon], fallback: str = "en") -> None:
        self.lexicons = lexicons
        self.fallback = fallback

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> NeedFinder:
        return cls({lang: NeedLexicon.build(data.get("needs", {}), data.get("not_needs"))
                    for lang, data in lexicons.items()})

    def order(self, language: str) -> list[NeedLexicon]:
        """The lexicons to search for `language`, most specific first."""
        codes = [language, *NEIGHBOURS.get(language, ()), self.fallback]
        return [self.lexicons[c] for c in dict.fromkeys(codes) if c in self.lexicons]

    def scores(self, tokens: tuple[str, ...], language: str) -> dict[str, float]:
        """Each need's confidence, from phrases first and then the words they left."""
        lexicons = self.order(language)
        scores: dict[str, float] = defaultdict(float)
        claimed = _phrase_scores(tokens, lexicons, scores)
        fuzzed = _learn([token for index, token in enumerate(tokens) if index not in claimed],
                        lexicons)
        read: dict[str, list[tuple[str, float]]] = {}  # a word said twice is read once
        for index, token in enumerate(tokens):
            if index not in claimed:
                if token not in read:
                    read[token] = _word_hits(token, lexicons, token in fuzzed)
                for slug, weight in read[token]:
                    scores[slug] += weight
        return dict(scores)

    @staticmethod
    def ranked(scores: dict[str, float],
               threshold: float = THRESHOLD) -> list[tuple[str, float]]:
        """Needs scoring at least `threshold`, most confident first."""
        found = [(slug, score) for slug, score in scores.items() if score >= threshold]
        return sorted(found, key=lambda item: (-item[1], item[0]))  # ties: not the hash seed

def _phrase_scores(tokens: tuple[str, ...], lexicons: Iterable[NeedLexicon],
                   scores: dict[str, float]) -> set[int]:
    folded = tuple(map(loose, tokens))
    hits = [hit for lexicon in lexicons
            for hit in (*lexicon.phrases.find(tokens), *lexicon.loose.find(folded))
            if hit.size > 1]
    hits.sort(key=lambda hit: (-hit.size, hit.start))
    claimed: set[int] = set()
    spans: set[tuple[int, int]] = set()
    counted: set[tuple[int, int, str]] = set()
    for hit in hits:
        span, key = range(hit.start, hit.end), (hit.start, hit.end, hit.value)
        # The same words may stand in two needs' lists; otherwise the longest phrase wins.
        if key in counted or ((hit.start, hit.end) not in spans and claimed.intersection(span)):
            continue
        counted.add(key)
        spans.add((hit.start, hit.end))
        claimed.update(span)
        if hit.value != NO_NEED:
            scores[hit.value] += PHRASE_WEIGHT + 0.25 * (hit.size - 2)
    return claimed


def _learn(tokens: list[str], lexicons: list[NeedLexicon]) -> frozenset[str]:
    """Each fuzzy look-up `_word_hits` will make for `tokens`, a lexicon at a time: the first
    FUZZY_WORDS words no lexicon has as written or by their stem, then those the first did not
    match, ... Returns the words searched (the others get no close spelling)."""
    typed = list(islice((token for token in dict.fromkeys(tokens)  # no test past the last
                         if len(token) >= FUZZY_MIN_LENGTH and not token.isdigit()
                         and not any(token in lexicon.words for lexicon in lexicons)
                         and not any(stem(token) in lexicon.stems for lexicon in lexicons)),
                        FUZZY_WORDS))
    searched = frozenset(typed)
    for lexicon in lexicons:
        if not typed:
            break
        found = lexicon.learn(typed)
        typed = [token for token in typed if found.get(token) is None]
    return searched


def _word_hits(token: str, lexicons: list[NeedLexicon],
               fuzzy: bool = True) -> list[tuple[str, float]]:
    """The needs a word names: as written (a diagnosis as surely as a phrase), else by its
    stem, else by a close spelling (five letters or more, if `fuzzy`), else by its sound key;
    each way searching every lexicon in turn."""
    for lexicon in lexicons:
        if token in lexicon.words:
            weight = PHRASE_WEIGHT if token in lexicon.plain else WORD_WEIGHT
            return [(slug, weight) for slug in lexicon.words[token]]
    if token.isdigit():
        return []
    folded = stem(token)
    for lexicon in lexicons:
        if folded in lexicon.stems:
            return [(slug, STEM_WEIGHT) for slug in lexicon.stems[folded]]
    if fuzzy and len(token) >= FUZZY_MIN_LENGTH:
        for lexicon in lexicons:
            found = lexicon.fuzzy(token)
            if found:
                weight = WORD_WEIGHT * found[1] / 100
                return [(slug, weight) for slug in lexicon.words[found[0]]]
    key = sound(token)
    for lexicon in lexicons if key else ():
        if key in lexicon.sounds:
            return [(slug, SOUND_WEIGHT) for slug in lexicon.sounds[key]]
    return []
