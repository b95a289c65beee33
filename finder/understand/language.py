"""Which of the seven languages a message is in, from its script and its words.

Gujarati and Gurmukhi letters settle it. Arabic script is Urdu or Arabic: each has letters the
other lacks (ے ں ٹ ڈ ڑ گ پ چ ژ ک ی against ة ى ي ك) and its own everyday words. Latin script is
English, Polish, Somali or romanised Urdu, Punjabi or Gujarati, told apart by the marker words
each lexicon lists; a word listed by several languages counts a share to each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import compress
from operator import itemgetter
from typing import Any

from finder.languages import DEFAULT_LANGUAGE, LANGUAGES
from finder.understand.classifier import NeedModel
from finder.understand.language_letters import add_letters, arabizi, script
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import Words, phrase

# Arabic typed in Latin letters ("ibni la yanam") is read too, by its own marker words.
# Arabic script is Urdu, Arabic or Punjabi in Shahmukhi ("میرا پتر 8 سالاں دا اے")
SCRIPT_LANGUAGES = {"gujarati": ("gu",), "gurmukhi": ("pa",), "arabic": ("ur", "ar", "pa"),
                    "latin": ("en", "pl", "so", "ur", "pa", "gu", "ar")}
SHORT = 2  # words; a hint wins over so little evidence
MARKER_WEIGHT, VOCABULARY_WEIGHT = 1.0, 0.5
LOAN_WEIGHT = 0.5  # an English word parents put into their own language's sentence: "baby"
GREETING_WEIGHT = 2.0  # "kem cho", "witam": a greeting says the language better than a word
MODEL_WEIGHT = 1.0  # a sure letter model counts as much as one marker word
# ... and one more per this many words: in a long code-mixed message ("son 3 and a half ka hai,
# potty training nahi ho rahi") the English words outnumber the particles, but the letter
# model, trained on each language's own code-mixed messages, reads the whole of it.
MODEL_WORDS = 2
# With no marker word at all, the letter model alone decides a message this long when it is
# this sure ("dukaanka dhegaha ayuu qabsadaa": Somali words no lexicon lists); a bare place
# name ("coventry") is too short to say anything and keeps the hint or the default.
MODEL_ALONE_WORDS = 3
MODEL_ALONE = 0.6
# Shorter, it decides only when surer: "mahadsanid", "bank zywnosci", "jozi byesrakh" (a word
# or two no lexicon lists, whose letters are one language's and not English's)
MODEL_ALONE_SHORT = 0.45
# Less sure, it decides when no other language comes near: twice as likely as the next.
MODEL_ALONE_CLEAR, CLEAR_LEAD = 0.35, 2.0
SHORT_LETTERS = 4  # fewer letters than this ("ok", "no") say no language at all
GREETING_START = 2  # a greeting opens a message: "chup hi nahi" is Urdu, no "hi"
# Unknown words beside a place that say a language: fewer are more of its name ("small heath")
PLACED_WORDS = 3
MIXED_OTHER, MIXED_ENGLISH = 1.5, 0.7  # see _mixed
ARABIZI_WEIGHT = 1.0  # a Latin word with a digit for an Arabic letter inside ("msa3de")
HINT_SHARE = 0.5  # the hint's evidence, of the leader's, that keeps the conversation's language
PLACE_WEIGHT = 1.0  # "لفبرا": a place spelt the Arabic way, not the Urdu way, says Arabic
Weights = tuple[tuple[str, float], ...]  # a word's (language, weight) pairs


class LanguageDetector:
    """Scores languages by their marker words (from `content/lexicon/<lang>.yaml`)."""

    def __init__(self, markers: dict[str, list[str]],
                 vocabulary: dict[str, list[str]] | None = None,
                 greetings: dict[str, list[str]] | None = None,
                 loanwords: dict[str, list[str]] | None = None) -> None:
        owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for language, texts in (greetings or {}).items():
            for text in texts:
                owners[phrase(text)].add(language)
        self.greetings: PhraseIndex[tuple[str, ...]] = PhraseIndex(
            (" ".join(tokens), tuple(sorted(langs))) for tokens, langs in owners.items()
            if tokens)
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)
        self._weigh([(markers, MARKER_WEIGHT), (vocabulary or {}, VOCABULARY_WEIGHT)])
        for language, texts in (loanwords or {}).items():
            for token in (t for text in texts for t in phrase(text)):
                if language in self.weights.get(token, {}):
                    self.weights[token][language] = min(self.weights[token][language],
                                                        LOAN_WEIGHT)
        self.model: NeedModel | None = None  # letters and words per language, when trained
        self.places: frozenset[str] = frozenset()  # place words: no language's evidence
        self.beside_places: dict[str, set[str]] = {}  # "ma" after a place: Gujarati "in"
        self._allowed: dict[tuple[str, ...], dict[str, Weights]] = {}  # by `_weights_in`

    def learn_places(self, names: list[str], spellings: dict[str, list[str]],
                     beside: dict[str, list[str]] | None = None) -> None:
        """Place names (`names`, any language's) leave the letter model's view: "hinckley"
        says nothing about the parent's language. A name spelt one language's way in a script
        two languages share (`spellings`: language -> forms) is that language's evidence."""
        self.places = frozenset(token for name in names for token in phrase(name))
        for language, texts in (beside or {}).items():  # "coventry ma", "w hinckley"
            for token in (t for text in texts for t in phrase(text)):
                self.beside_places.setdefault(token, set()).add(language)
        self._weigh([(spellings, PLACE_WEIGHT)])

    def _weigh(self, tiers: Iterable[tuple[Mapping[str, Iterable[str]], float]]) -> None:
        """Each token of each tier's words (language -> texts) as evidence of its languages:
        the tier's weight, shared among every language any tier lists the token for ("saal",
        Urdu's marker and Punjabi's unit, says either as little), keeping any greater weight it
        already has. English keeps the whole of it unless another language has the token
        among its markers: a need word other lexicons borrow ("autism") is still English, but
        a marker of two languages ("no", Gujarati's "of") says either as little as the other."""
        owners: dict[str, dict[str, float]] = defaultdict(dict)
        for words, weight in tiers:
            for language, texts in words.items():
                # "3andi" splits to "3": digits say no language
                for token in (t for text in texts for t in phrase(text) if not t[0].isdigit()):
                    owners[token][language] = max(owners[token].get(language, 0.0), weight)
        for token, langs in owners.items():
            marked = any(weight >= MARKER_WEIGHT for lang, weight in langs.items() if lang != "en")
            owners = sum(langs.values()) / max(langs.values())
            for lang, weight in langs.items():
                share = weight if lang == "en" and not marked else weight / owners
                self.weights[token][lang] = max(self.weights[token].get(lang, 0), share)
        self._allowed = {}  # worked out again from these weights when next asked

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> LanguageDetector:
        """Markers count fully; the rest of each lexicon's single words, and its loanwords
        (English words other languages' sentences hold), count half."""
        markers = {lang: [str(w) for w in data.get("markers") or []]
                   for lang, data in lexicons.items() if lang in LANGUAGES}
        vocabulary = {lang: _vocabulary(data) for lang, data in lexicons.items()
                      if lang in LANGUAGES}
        greetings = {lang: [str(w) for w in data.get("greetings") or []]
                     for lang, data in lexicons.items() if lang in LANGUAGES}
        loanwords = {lang: [str(w) for w in data.get("loanwords") or []]
                     for lang, data in lexicons.items() if lang in LANGUAGES}
        return cls(markers, vocabulary, greetings, loanwords)

    def greets(self, words: Words) -> bool:
        """Whether the message says hello in any language."""
        return bool(self.greetings.find(words.tokens))

    def known_words(self) -> set[str]:
        """Every word that counts as evidence for one of the seven languages."""
        return set(self.weights) | {token for text in self.greetings.texts()
                                    for token in text}

    def scores(self, text: str, words: Words, allowed: tuple[str, ...],
               letters: bool = True) -> dict[str, float]:
        """Evidence for each of the `allowed` languages (those the text's script allows), from
        words and, unless `letters` is false, from letters only some of them use."""
        scores: dict[str, float] = defaultdict(float)
        weights = self._allowed.get(allowed) or self._weights_in(allowed)
        # the words that weigh anything picked out in C; summed in the message's order
        for found in filter(None, map(weights.get, words.tokens)):
            for lang, weight in found:
                scores[lang] += weight
        if "ar" in allowed:
            scores["ar"] += ARABIZI_WEIGHT * arabizi(words)
        for lang, weight in self._beside_places(words.tokens).items():
            if lang in allowed:
                scores[lang] += weight
        for hit in self.greetings.find(words.tokens):
            if hit.start >= GREETING_START:
                continue
            for lang in hit.value:
                if lang in allowed:
                    scores[lang] += GREETING_WEIGHT / len(hit.value)
        if letters:
            add_letters(scores, text, allowed)
        return {lang: score for lang, score in scores.items() if score > 0}

    def _weights_in(self, allowed: tuple[str, ...]) -> dict[str, Weights]:
        """Each word's weights for the `allowed` languages only, worked out once for each
        script's languages rather than filtered at every word of every message."""
        found = {token: kept for token, weights in self.weights.items() if (kept := tuple(
            (lang, weight) for lang, weight in weights.items() if lang in allowed))}
        if len(self._allowed) < len(SCRIPT_LANGUAGES):
            self._allowed[allowed] = found
        return found

    def evidence(self, text: str, words: Words, letters: bool = True) -> float:
        """How strongly the text reads as any of the seven languages (by its words alone when
        `letters` is false)."""
        return max(self.scores(text, words, SCRIPT_LANGUAGES[script(text)], letters).values(),
                   default=0.0)

    def heard(self, text: str, words: Words, placed: bool = False) -> bool:
        """Whether anything in the message says its language: letters of a script other than
        Latin, or words that are not place names, numbers or a postcode's letters ("LE4").
        Beside a place found in the message (`placed`), a word or two no language lists are
        taken as more of its name ("birmingham sparkhill", "B21 handsworth")."""
        if script(text) != "latin":
            return True
        tokens, glued, weights = words.tokens, words.glued, self.weights
        rest = 0  # words other than places, numbers and postcodes' letters
        for index, token in enumerate(tokens):
            if token in self.places or token[0].isdigit() or index + 1 < len(tokens) \
                    and glued[index + 1] and tokens[index + 1][0].isdigit():
                continue
            if token in weights:  # the first such word settles it: the rest go unread
                return True
            rest += 1
        return self.greets(words) or rest >= (PLACED_WORDS if placed else 1)

    def detect(self, text: str, words: Words, hint: str | None = None) -> str:
        """The message's language; `hint` (the parent's chosen language) wins when unsure."""
        hint = hint if hint in LANGUAGES else None
        allowed = SCRIPT_LANGUAGES[script(text)]
        if len(allowed) == 1:  # its script's one language: `add_letters` scores it, nothing else
            return allowed[0]
        scores = _mixed(self.scores(text, words, allowed))
        if not scores:
            return hint or self._letters_alone(text, words, allowed) or (
                DEFAULT_LANGUAGE if "en" in allowed else allowed[0])
        best = _leader(scores)  # once, for `_decided` and the answer alike
        weight = _model_weight(words)
        if self.model is not None and not _decided(scores, best, hint, weight):
            likely = self._letters(text, words)
            for lang in allowed:
                scores[lang] = scores.get(lang, 0.0) + weight * likely.get(lang, 0.0)
            best = _leader(scores)
        if hint is None:
            return best
        # the conversation's language holds unless the message is clearly another: romanised
        # Punjabi and Urdu share most words ("dooja baccha 7 saal da hai" stays Punjabi)
        unsure = len(words.tokens) <= SHORT or scores[best] < 1.5 or len(allowed) > 1 and \
            scores.get(hint, 0) >= min(scores[best] - 0.5, scores[best] * HINT_SHARE)
        return hint if unsure and (hint in allowed or len(allowed) > 1) else best

    def _beside_places(self, tokens: tuple[str, ...]) -> dict[str, float]:
        """Evidence from words just before or after a place name ("coventry ma": Gujarati)."""
        found: dict[str, float] = defaultdict(float)
        places = self.places  # most messages: no such word, or no place for it to be beside
        if self.beside_places.keys().isdisjoint(tokens) or places.isdisjoint(tokens):
            return found
        # only the words that may say a language beside a place, picked out in C
        for index in compress(range(len(tokens)), map(self.beside_places.__contains__, tokens)):
            langs = self.beside_places[tokens[index]]
            if langs and (index > 0 and tokens[index - 1] in places or  # no generator: a test
                          index + 1 < len(tokens) and tokens[index + 1] in places):
                for lang in langs:
                    found[lang] += PLACE_WEIGHT / len(langs)
        return found

    def _letters(self, text: str, words: Words) -> dict[str, float]:
        """The letter model's languages for the message's words other than place names."""
        if self.model is None:
            return {}
        kept = [token for token in words.tokens if token not in self.places]
        if len(kept) == len(words.tokens):
            return self.model.probabilities(text)
        return self.model.probabilities(" ".join(kept)) if kept else {}

    def _letters_alone(self, text: str, words: Words, allowed: tuple[str, ...]) -> str | None:
        """The letter model's language for a message no marker word placed, when it is sure."""
        if len(allowed) < 2 or len("".join(words.tokens)) < SHORT_LETTERS:
            return None
        likely = self._letters(text, words)
        best = max(allowed, key=lambda lang: likely.get(lang, 0.0))
        least = MODEL_ALONE if len(words.tokens) >= MODEL_ALONE_WORDS else MODEL_ALONE_SHORT
        second = max((likely.get(lang, 0.0) for lang in allowed if lang != best), default=0.0)
        if likely.get(best, 0.0) >= MODEL_ALONE_CLEAR and likely[best] >= CLEAR_LEAD * second:
            least = MODEL_ALONE_CLEAR  # "wizyta 15 grudnia o 10:30": no rival comes near
        return best if likely.get(best, 0.0) >= least else None


def _mixed(scores: dict[str, float]) -> dict[str, float]:
    """English words count less in a message with MIXED_OTHER of another language's: parents
    put English words into their own language ("baby-ga ma seexdo at night"), rarely the
    reverse."""
    if "en" in scores and any(lang != "en" and score >= MIXED_OTHER
                              for lang, score in scores.items()):
        scores["en"] *= MIXED_ENGLISH
    return scores


def _model_weight(words: Words) -> float:
    """What a sure letter model counts for: MODEL_WEIGHT, and more in a longer message."""
    # the words not starting with a digit, counted in C
    count = len(words.tokens) - sum(map(str.isdigit, map(itemgetter(0), words.tokens)))
    return MODEL_WEIGHT * max(1.0, count / MODEL_WORDS)


def _leader(scores: dict[str, float]) -> str:
    """The language scoring most; among equals, the first of LANGUAGES."""
    return max(scores, key=lambda lang: (scores[lang], -LANGUAGES.index(lang)))


def _decided(scores: dict[str, float], leader: str, hint: str | None,
             weight: float = MODEL_WEIGHT) -> bool:
    """Whether the words alone settle the language: the `leader` is more than the letter
    model can add (`weight`) ahead of every other, and no other hint could win, so the
    model's run would not change the answer."""
    # Every score is above 0 (`scores` keeps no other), as an allowed language it lacks counts:
    # the best of the others is the second of the values, sorted in C (the leader's is first).
    values = sorted(scores.values())
    rest = values[-2] if len(values) > 1 else 0.0
    return hint in (None, leader) and scores[leader] - rest > weight + 1e-9


def _vocabulary(lexicon: dict[str, Any]) -> list[str]:
    """Single words of a lexicon: need words, number words, units and fixed ages."""
    words = [str(w) for entry in (lexicon.get("needs") or {}).values()
             for w in (entry or {}).get("words") or []]
    words += [str(w) for w in (lexicon.get("numbers") or {})]
    words += [str(w) for w in (lexicon.get("ages") or {})]
    words += [str(w) for texts in (lexicon.get("units") or {}).values() for w in texts or []]
    return [w for w in words if len(phrase(w)) == 1]
