"""Which of the seven languages a message is in, from its script and its words.

Gujarati and Gurmukhi letters settle it. Arabic script is Urdu or Arabic: each has letters the
other lacks (ے ں ٹ ڈ ڑ گ پ چ ژ ک ی against ة ى ي ك) and its own everyday words. Latin script is
English, Polish, Somali or romanised Urdu, Punjabi or Gujarati, told apart by the marker words
each lexicon lists; a word listed by several languages counts a share to each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from finder.languages import DEFAULT_LANGUAGE, LANGUAGES
from finder.understand.text import Words, phrase

URDU_LETTERS = frozenset("ےںٹڈڑگپچژکیہھۓ")
ARABIC_LETTERS = frozenset("ةىيكأإ")
LETTER_WEIGHT = 0.5
POLISH_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
SCRIPTS = {"gujarati": (0x0A80, 0x0AFF), "gurmukhi": (0x0A00, 0x0A7F),
           "arabic": (0x0600, 0x06FF)}
SCRIPT_LANGUAGES = {"gujarati": ("gu",), "gurmukhi": ("pa",), "arabic": ("ur", "ar"),
                    "latin": ("en", "pl", "so", "ur", "pa", "gu")}
SHORT = 2  # words; a hint wins over so little evidence


def script(text: str) -> str:
    """The main script of `text`'s letters: gujarati, gurmukhi, arabic or latin."""
    counts: Counter[str] = Counter()
    for char in text:
        code = ord(char)
        for name, (low, high) in SCRIPTS.items():
            if low <= code <= high and char.isalpha():
                counts[name] += 1
                break
        else:
            if char.isascii() and char.isalpha():
                counts["latin"] += 1
    if not counts:
        return "latin"
    other = [(n, name) for name, n in counts.items() if name != "latin"]
    if other and max(other)[0] * 2 >= min(counts["latin"], 6):
        return max(other)[1]
    return "latin"


class LanguageDetector:
    """Scores languages by their marker words (from `content/lexicon/<lang>.yaml`)."""

    def __init__(self, markers: dict[str, list[str]]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        for language, words in markers.items():
            for word in words:
                for token in phrase(word):
                    owners[token].add(language)
        self.weights = {token: {lang: 1 / len(langs) for lang in langs}
                        for token, langs in owners.items()}

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> LanguageDetector:
        return cls({lang: [str(w) for w in data.get("markers") or []]
                    for lang, data in lexicons.items() if lang in LANGUAGES})

    def scores(self, text: str, words: Words) -> dict[str, float]:
        """Evidence for each language the text's script allows."""
        allowed = SCRIPT_LANGUAGES[script(text)]
        scores: dict[str, float] = defaultdict(float)
        for token in words.tokens:
            for lang, weight in self.weights.get(token, {}).items():
                if lang in allowed:
                    scores[lang] += weight
        if "pl" in allowed:
            scores["pl"] += 2 * sum(1 for char in text if char in POLISH_LETTERS)
        if "ar" in allowed:
            scores["ur"] += LETTER_WEIGHT * sum(1 for char in text if char in URDU_LETTERS)
            scores["ar"] += LETTER_WEIGHT * sum(1 for char in text if char in ARABIC_LETTERS)
        if len(allowed) == 1:
            scores[allowed[0]] += 1
        return {lang: score for lang, score in scores.items() if score > 0}

    def detect(self, text: str, words: Words, hint: str | None = None) -> str:
        """The message's language; `hint` (the parent's chosen language) wins when unsure."""
        hint = hint if hint in LANGUAGES else None
        allowed = SCRIPT_LANGUAGES[script(text)]
        scores = self.scores(text, words)
        if not scores:
            return hint or DEFAULT_LANGUAGE
        best = max(scores, key=lambda lang: (scores[lang], -LANGUAGES.index(lang)))
        if hint is None:
            return best
        unsure = len(words.tokens) <= SHORT or scores[best] < 1.5 or len(allowed) > 1 and \
            scores.get(hint, 0) >= scores[best] - 0.5
        return hint if unsure and (hint in allowed or len(allowed) > 1) else best

