"""Misspelt number words and units ("athh", "satarah", "fourten", "miesiency") read as the word.

A word no lexicon knows is looked up twice: by its romanisation folded by rule (doubled letters
single; "h" after a consonant or at the end, and a last nasal "n", dropped; ee/i, oo/u, w/v,
q/k, z/j; Gurmukhi and Gujarati with no subjoined "h", nasal or doubling sign and short vowels
for long: "ਬਾਰ੍ਹਾਂ" is "ਬਾਰਾਂ"), then, when it is long enough, by one letter dropped or added
(two for long words; a changed letter costs two: "mouth" is a word, not "month") with
rapidfuzz. Short words are never
guessed (too many everyday words lie one letter from "six" or "lat"); only the message's
language and English are searched; a word is only taken where it would make an age (a number
word before a unit, or of 7 letters or more anywhere; a unit after a number; a child word
before a number); and a folded form shared by words of different meaning is dropped: a typo
cannot turn an ordinary message into an age.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Indel

from finder.understand.text import Words, phrase

MIN_FOLDED = 4  # the shortest typed word read through its folded form
MIN_FUZZY = 5  # the shortest typed word read one edit away from a known one
TWO_EDITS = 9  # from this length, two edits
LONG_NUMBER = 7  # a misspelt number word this long is read with no unit after it ("fourten")
ARABIZI_LETTERS = frozenset("2356789")  # digits written for Arabic letters: "3omro", "7amel"
CHILD_REACH = 3  # a misspelt child word is read when a number follows within this many words
MAX_REMEMBERED = 4096
_UNSEEN = ""  # no word: a word not yet looked up
_RULES = ((re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?<=[^aeiouy])h|h$"), ""),
          (re.compile(r"(?<=[aeiou])n$"), ""),  # "pandraan", "pandran", "pandra"
          (re.compile("w"), "v"), (re.compile("q"), "k"), (re.compile("z"), "j"))


# Gurmukhi and Gujarati signs typed or left out freely: a subjoined "h" ("ਬਾਰ੍ਹਾਂ", "ਬਾਰਾਂ"),
# the doubling and nasal signs, and long vowels for short ones
_INDIC_H = re.compile("\u0a4d\u0a39")
_INDIC = str.maketrans({"\u0a71": None, "\u0a70": None, "\u0a02": None, "\u0a40": "\u0a3f",
                        "\u0a42": "\u0a41", "\u0a82": None, "\u0a81": None,
                        "\u0ac0": "\u0abf", "\u0ac2": "\u0ac1"})


def fold(word: str) -> str:
    """A romanised word in a form its usual spellings share: "aathh", "atth" and "ath" are "at";
    Gurmukhi and Gujarati without the signs above; other scripts as they are."""
    if not word.isascii():
        return _INDIC_H.sub("", word).translate(_INDIC)
    word = word.replace("ee", "i").replace("oo", "u")
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return word


def _strings(value: Any) -> Iterable[str]:
    """Every string in a lexicon's nested lists and dicts, keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


class Vocabulary:
    """One language's number words, units and child words, each with what it means, found
    from a misspelling of it."""

    def __init__(self, meanings: dict[str, tuple[str, str]]) -> None:
        self.meanings = meanings
        by_fold: dict[str, set[str]] = defaultdict(set)
        for word in meanings:
            by_fold[fold(word)].add(word)
        self.folded = {key: min(words) for key, words in by_fold.items()
                       if len({meanings[w] for w in words}) == 1}
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(meanings):  # "mths", "yrs": nobody misspells an abbreviation
            if len(word) >= MIN_FUZZY - 1 and re.search("[aeiouy]", word) or not word.isascii():
                self.by_length[len(word)].append(word)
        self.numbers, self.units = (frozenset(w for w, (k, _) in meanings.items() if k == kind)
                                    for kind in ("number", "unit"))
        self.anchors = self.numbers | self.units  # what a misspelt word could be read beside
        self.remembered: dict[str, str | None] = {}

    def meant(self, token: str) -> str | None:
        """The vocabulary word `token` was meant to be, if any."""
        if token in self.remembered:
            return self.remembered[token]
        meant = self.folded.get(fold(token))
        if meant is None and len(token) >= MIN_FUZZY:
            edits = 2 if len(token) >= TWO_EDITS else 1
            near = [w for size in range(len(token) - edits, len(token) + edits + 1)
                    for w in self.by_length.get(size, ())]
            best = process.extract(token, near, scorer=Indel.distance, processor=None,
                                   score_cutoff=edits, limit=2)
            # a word as near to two words of different meaning is no typo of either
            if best and (len(best) == 1 or best[1][1] > best[0][1] or
                         self.meanings[best[0][0]] == self.meanings[best[1][0]]):
                meant = best[0][0]
        if len(self.remembered) >= MAX_REMEMBERED:
            self.remembered = {}  # a new dict: a reader in another thread keeps the old one
        self.remembered[token] = meant
        return meant

    def kind(self, token: str) -> str:
        """"number", "unit" or "child" for a vocabulary word (never for a guess: two guesses
        side by side are too weak to make an age), else ""."""
        return self.meanings.get(token, ("",))[0]


class Spelling:
    """Reads an unknown word as the number word, unit or child word it was meant to be, in the
    message's language or in English (mixed into every language)."""

    def __init__(self, vocabularies: dict[str, Vocabulary], known: frozenset[str],
                 aliases: dict[str, dict[str, str]] | None = None) -> None:
        """`known`: every word of every lexicon, never respelt; `aliases`: per language, its
        number words that another language's number reading hides ("bar": Gujarati 12,
        Somali a half), each with a word of the same value that none hides ("baar")."""
        self.vocabularies = vocabularies
        self.known = known
        self.aliases = aliases or {}

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]],
                      grammar: dict[str, dict[str, Any]]) -> Spelling:
        """`grammar`: each language's forms in `content/ages/grammar.yaml` (its child words)."""
        mine = {language: _meanings(data, grammar.get(language) or {})
                for language, data in lexicons.items()}
        english = mine.get("en", {})
        vocabularies = {language: Vocabulary({**english, **meanings})
                        for language, meanings in mine.items()}
        vocabularies[""] = Vocabulary({w: m for meanings in mine.values()
                                       for w, m in meanings.items()})
        known = frozenset(token for data in lexicons.values() for text in _strings(data)
                          for token in phrase(text))
        return cls(vocabularies, known, _aliases(lexicons))

    def respelt(self, words: Words, language: str | None = None) -> Words:
        """`words` with each unknown word that is a misspelt number word just before a unit,
        a misspelt unit just after a number, or a misspelt child word just before a number,
        written as that word."""
        vocabulary = self.vocabularies.get(language or "", self.vocabularies[""])
        aliases = self.aliases.get(language or "")
        if aliases and not aliases.keys().isdisjoint(words.tokens):
            words = Words(tuple(aliases.get(t, t) for t in words.tokens), words.glued)
        candidates = self._candidates(vocabulary, words.tokens)
        if not candidates:
            return words  # most messages: every word known, or none that could be an age's
        tokens = list(words.tokens)
        changed = False
        for index, token in enumerate(tokens):
            if token not in candidates or words.glued[index] and \
                    tokens[index - 1] not in ARABIZI_LETTERS or \
                    index + 1 < len(tokens) and words.glued[index + 1]:
                continue  # "sab3": an Arabizi word split at its digit is read elsewhere; but
                # "3omraha" is "3" (a letter) and "omraha", which may be misspelt
            meant = vocabulary.remembered.get(token, _UNSEEN)
            if meant is _UNSEEN:
                if not self._may_fit(vocabulary, tokens, index):
                    continue  # most unknown words: nowhere an age could use them; no look-up
                meant = vocabulary.meant(token)
            if meant is not None and self._fits(vocabulary, tokens, index, meant):
                tokens[index], changed = meant, True
        return Words(tuple(tokens), words.glued) if changed else words

    def _candidates(self, vocabulary: Vocabulary, tokens: tuple[str, ...]) -> set[str]:
        """The unknown words of a message that might be misspelt vocabulary: with no digit,
        number word or unit in it, only a long number word could be one."""
        distinct = set(tokens)
        # most unknown words were looked up before and meant nothing: that is told first
        unknown = {t for t in distinct - self.known if len(t) >= MIN_FOLDED and
                   vocabulary.remembered.get(t, _UNSEEN) is not None and _letters(t)}
        if unknown and vocabulary.anchors.isdisjoint(distinct) and \
                not any(t[:1].isdigit() for t in distinct):
            return {t for t in unknown if len(t) >= LONG_NUMBER}
        return unknown

    @staticmethod
    def _may_fit(vocabulary: Vocabulary, tokens: list[str], index: int) -> bool:
        """Whether a word of some kind could fit at `index` (see `_fits`)."""
        numbers = vocabulary.numbers
        return len(tokens[index]) >= LONG_NUMBER or index + 1 < len(tokens) and \
            tokens[index + 1] in vocabulary.units or index > 0 and (
                tokens[index - 1].isdigit() or tokens[index - 1] in numbers) \
            or any(t[:1].isdigit() or t in numbers
                   for t in tokens[index + 1:index + 1 + CHILD_REACH])

    @staticmethod
    def _fits(vocabulary: Vocabulary, tokens: list[str], index: int, meant: str) -> bool:
        """Where the word it was meant to be would be read in an age: a number before a unit
        (or a long one anywhere), a unit after a number, a child word a few words before a
        number."""
        kind = vocabulary.meanings[meant][0]
        if kind == "number":
            return len(tokens[index]) >= LONG_NUMBER or \
                index + 1 < len(tokens) and vocabulary.kind(tokens[index + 1]) == "unit"
        if kind == "unit":
            return index > 0 and (tokens[index - 1].isdigit() or
                                  vocabulary.kind(tokens[index - 1]) == "number")
        return any(t[:1].isdigit() or vocabulary.kind(t) == "number"
                   for t in tokens[index + 1:index + 1 + CHILD_REACH])


def _meanings(data: dict[str, Any], forms: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """A lexicon's number words, units and words for a child (its own and its grammar
    `forms`'), each word with what it means."""
    children = [*(forms.get("children") or []), *(forms.get("bare") or []),
                *((data.get("arguing") or {}).get("children") or []),
                *((data.get("age_context") or {}).get("sibling") or [])]
    meanings: dict[str, tuple[str, str]] = {}
    for text, value in (data.get("numbers") or {}).items():
        tokens = phrase(str(text))
        for token in tokens:  # "siddeed iyo toban": each word a word of a number
            meanings.setdefault(token, ("number", str(value) if len(tokens) == 1 else token))
    for unit, texts in (data.get("units") or {}).items():
        for text in texts or []:
            for token in phrase(str(text)):
                meanings.setdefault(token, ("unit", str(unit)))
    for word in children:
        for token in phrase(str(word)):
            meanings.setdefault(token, ("child", token))
    return {word: meaning for word, meaning in meanings.items() if _letters(word)}


def _letters(word: str) -> bool:
    """Letters only, an Indic word's vowel signs and virama counted as its letters."""
    return word.isalpha() or all(  # most words: letters only, told in one call
        char.isalpha() or unicodedata.category(char)[0] == "M" for char in word)


def _aliases(lexicons: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Per language, each one-word number whose reading another language's overrides (the
    number reader takes the last language's value), with one of its own that keeps the value."""
    read: dict[str, float] = {}  # as `NumberReader.from_lexicons` merges them
    for data in lexicons.values():
        read.update({str(k): float(v) for k, v in (data.get("numbers") or {}).items()})
    aliases: dict[str, dict[str, str]] = {}
    for language, data in lexicons.items():
        own = {str(k): float(v) for k, v in (data.get("numbers") or {}).items()
               if len(phrase(str(k))) == 1}
        for word, value in own.items():
            if read.get(word) != value:
                kept = [w for w, v in own.items() if v == value and read.get(w) == value]
                if kept:
                    aliases.setdefault(language, {})[phrase(word)[0]] = phrase(min(kept))[0]
    return aliases
