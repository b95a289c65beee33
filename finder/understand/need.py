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
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from finder.understand.lexicon import PhraseIndex, entry_tokens
from finder.understand.morphology import stem
from finder.understand.need_lexicon import (
    FUZZY_MIN_LENGTH,
    NO_NEED,
    NeedLexicon,
    loose,
    loosened,
)
from finder.understand.need_lexicon import fuzzy_cutoff as fuzzy_cutoff  # tests read it here
from finder.understand.skeleton import sound

PHRASE_WEIGHT = 2.0
WORD_WEIGHT = 1.0
THRESHOLD = 0.85
# A word met only by its stem ("ويغضب", and he gets angry: "غضب") or by its sound key
# ("bachha", "baccha") counts a little less than the word itself, still enough to offer it.
STEM_WEIGHT = 1.0
SOUND_WEIGHT = 0.9
# A close spelling is searched for a message's first misspelt words only: a parent names a
# need in a handful of words, and 250 made-up words must not cost 250 searches.
FUZZY_WORDS = 48
MAX_READ = 65_536  # words' readings kept per language (`_Order.hits`), forgotten all at once
# Romanised Urdu, Punjabi and Gujarati share much everyday vocabulary; Urdu and Arabic share
# a script, and a parent may write a word of the other.
NEIGHBOURS = {"ur": ("pa", "gu", "ar"), "pa": ("ur", "gu"), "gu": ("ur", "pa"), "ar": ("ur",)}


@dataclass(frozen=True)
class _Order:
    """A language's lexicons in search order, their words, stems and sound keys merged (the
    first lexicon holding one wins), and their phrases indexed together: a word is looked up
    once, not in each lexicon in turn."""

    lexicons: list[NeedLexicon]
    words: dict[str, tuple[frozenset[str], float]]  # needs, and the word's weight
    stems: dict[str, frozenset[str]]
    sounds: dict[str, frozenset[str]]
    # Every lexicon's phrases and their loose readings in one index, each phrase with its
    # lexicon's place in the order and whether it is loose: one look-up a message (two when a
    # word reads loosely), not two a lexicon.
    phrases: PhraseIndex[tuple[str, int, bool]]
    # The same less each loose reading that reads as the phrase itself, for a message no word
    # of which reads loosely: there such a twin only found its phrase's hit again, skipped.
    distinct: PhraseIndex[tuple[str, int, bool]]
    # Each word's reading (`_word_hits`) without a close spelling, and with one: a message's
    # words are mostly words read before.
    read: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    read_fuzzy: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def hits(self, token: str, fuzzy: bool) -> list[tuple[str, float]]:
        """`_word_hits`, kept for each word (forgotten all at once past MAX_READ)."""
        read = self.read_fuzzy if fuzzy else self.read
        found = read.get(token)
        if found is None:
            if len(read) >= MAX_READ:
                read.clear()
            found = read[token] = _word_hits(token, self, fuzzy)
        return found

    @classmethod
    def of(cls, lexicons: list[NeedLexicon]) -> _Order:
        words: dict[str, tuple[frozenset[str], float]] = {}
        stems: dict[str, frozenset[str]] = {}
        sounds: dict[str, frozenset[str]] = {}
        for lexicon in reversed(lexicons):  # each earlier lexicon's entries over the later's
            words |= {word: (slugs, PHRASE_WEIGHT if word in lexicon.plain else WORD_WEIGHT)
                      for word, slugs in lexicon.words.items()}
            stems |= lexicon.stems
            sounds |= lexicon.sounds
        entries = [(loosened(text) if folded else text, (slug, rank, folded), text)
                   for rank, lexicon in enumerate(lexicons) for folded in (False, True)
                   for text, slug in lexicon.phrases]
        return cls(lexicons, words, stems, sounds, PhraseIndex(
            (read, value) for read, value, _ in entries), PhraseIndex(
            (read, value) for read, value, text in entries
            if not value[2] or entry_tokens(read) != entry_tokens(text)))


class NeedFinder:
    """Scores needs in token lists, searching the right lexicons for each language."""

    def __init__(self, lexicons: dict[str, NeedLexicon], fallback: str = "en") -> None:
        self.lexicons = lexicons
        self.fallback = fallback
        # each language's search order merged once here, not at every message
        self._orders = {language: self._merged(language) for language in lexicons}

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> NeedFinder:
        return cls({lang: NeedLexicon.build(data.get("needs", {}), data.get("not_needs"))
                    for lang, data in lexicons.items()})

    def order(self, language: str) -> list[NeedLexicon]:
        """The lexicons to search for `language`, most specific first."""
        return (self._orders.get(language) or self._merged(language)).lexicons

    def _merged(self, language: str) -> _Order:
        codes = [language, *NEIGHBOURS.get(language, ()), self.fallback]
        return _Order.of([self.lexicons[c] for c in dict.fromkeys(codes) if c in self.lexicons])

    def scores(self, tokens: tuple[str, ...], language: str) -> dict[str, float]:
        """Each need's confidence, from phrases first and then the words they left."""
        order = self._orders.get(language) or self._merged(language)
        scores: dict[str, float] = defaultdict(float)
        claimed = _phrase_scores(tokens, order, scores)
        rest: list[str] | tuple[str, ...] = tokens  # the words no phrase claimed
        if claimed:  # the few claimed taken out of a copy (in C), not each word tested
            rest = list(tokens)
            for index in sorted(claimed, reverse=True):
                del rest[index]
        fuzzed = _learn(rest, order)
        read, read_fuzzy = order.read, order.read_fuzzy
        for token in rest:
            found = (read_fuzzy if token in fuzzed else read).get(token)
            if found is None:
                found = order.hits(token, token in fuzzed)
            for slug, weight in found:
                scores[slug] += weight
        return dict(scores)

    @staticmethod
    def ranked(scores: dict[str, float],
               threshold: float = THRESHOLD) -> list[tuple[str, float]]:
        """Needs scoring at least `threshold`, most confident first."""
        found = [(slug, score) for slug, score in scores.items() if score >= threshold]
        return sorted(found, key=lambda item: (-item[1], item[0]))  # ties: not the hash seed


def _phrase_scores(tokens: tuple[str, ...], order: _Order,
                   scores: dict[str, float]) -> set[int]:
    folded = tuple(map(loose, tokens))
    if folded == tokens:
        found = order.distinct.find(tokens)
    else:  # a word reads loosely ("nahi", "karti"): loose phrases over those
        found = [hit for hit in order.phrases.find(tokens) if not hit.value[2]] + \
            [hit for hit in order.phrases.find(folded) if hit.value[2]]
    # Longest first, then leftmost; among equals, as the lexicons were searched one at a time
    # (a lexicon's phrases, then its loose ones, then the next lexicon's), the merged index
    # giving one lexicon's phrases at a word in that lexicon's own order (a stable sort).
    hits = sorted((hit for hit in found if hit.size > 1),
                  key=lambda hit: (-hit.size, hit.start, hit.value[1], hit.value[2]))
    claimed: set[int] = set()
    spans: set[tuple[int, int]] = set()
    counted: set[tuple[int, int, str]] = set()
    for hit in hits:
        slug = hit.value[0]
        span, key = range(hit.start, hit.end), (hit.start, hit.end, slug)
        # The same words may stand in two needs' lists; otherwise the longest phrase wins.
        if key in counted or ((hit.start, hit.end) not in spans and claimed.intersection(span)):
            continue
        counted.add(key)
        spans.add((hit.start, hit.end))
        claimed.update(span)
        if slug != NO_NEED:
            scores[slug] += PHRASE_WEIGHT + 0.25 * (hit.size - 2)
    return claimed


def _learn(tokens: list[str], order: _Order) -> frozenset[str]:
    """Each fuzzy look-up `_word_hits` will make for `tokens`, a lexicon at a time: the first
    FUZZY_WORDS words no lexicon has as written or by their stem, then those the first did not
    match, ... Returns the words searched (the others get no close spelling)."""
    typed = list(islice((token for token in dict.fromkeys(tokens)  # no test past the last
                         if len(token) >= FUZZY_MIN_LENGTH and not token.isdigit()
                         and token not in order.words and stem(token) not in order.stems),
                        FUZZY_WORDS))
    searched = frozenset(typed)
    read = order.read_fuzzy  # a word whose close-spelling reading is kept needs no look-up
    typed = [token for token in typed if token not in read]
    for lexicon in order.lexicons:
        if not typed:
            break
        found = lexicon.learn(typed)
        typed = [token for token in typed if found.get(token) is None]
    return searched


def _word_hits(token: str, order: _Order, fuzzy: bool = True) -> list[tuple[str, float]]:
    """The needs a word names: as written (a diagnosis as surely as a phrase), else by its
    stem, else by a close spelling (five letters or more, if `fuzzy`), else by its sound key;
    each way searching every lexicon in turn."""
    written = order.words.get(token)
    if written is not None:
        return [(slug, written[1]) for slug in written[0]]
    if token.isdigit():
        return []
    slugs = order.stems.get(stem(token))
    if slugs is not None:
        return [(slug, STEM_WEIGHT) for slug in slugs]
    if fuzzy and len(token) >= FUZZY_MIN_LENGTH:
        for lexicon in order.lexicons:
            found = lexicon.fuzzy(token)
            if found:
                weight = WORD_WEIGHT * found[1] / 100
                return [(slug, weight) for slug in lexicon.words[found[0]]]
    key = sound(token)
    slugs = order.sounds.get(key) if key else None
    return [(slug, SOUND_WEIGHT) for slug in slugs] if slugs is not None else []
