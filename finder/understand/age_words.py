"""Small classes of words beside an age: an approximation passed over ("około 3 miesięcy"), a
case ending after digits ("5-cio letni"), an article glued to a number word ("الثلاث سنين"), a
unit's letter standing apart ("4 l."), and a measure named a few words before a number ("مقاس
حذاء ابني 11": a size, no age).

Each language's words are in `content/ages/grammar.yaml` (`about`, `digit_endings`, `letters`,
`measures`).
"""

from __future__ import annotations

from finder.understand.age_grammar import AgeGrammar, listed
from finder.understand.age_rephrased import Rephrased
from finder.understand.lexicon import Hit, PhraseIndex
from finder.understand.numbers import NumberReader
from finder.understand.text import Words, normalise

MEASURE_REACH = 3  # "مقاس حذاء ابني 11": words between a measure and its number


class AgeWords:
    """The `about`, `letters` and `measures` of every language's forms, read beside the
    reader's `numbers`, `units` and words for "and" (`ands`)."""

    def __init__(self, grammar: AgeGrammar, numbers: NumberReader, units: PhraseIndex[str],
                 ands: PhraseIndex[str]) -> None:
        languages = grammar.languages
        self.numbers, self.units, self.ands = numbers, units, ands
        self.adjectives = grammar.adjectives  # "roczne": a unit that describes a child
        self.rephrased = Rephrased(grammar, numbers.words)  # "ابني بالشهر الخامس": "ابني 4 شهر"
        # "około", "taqreeban", "حوالي": passed over just before a number, in its own language
        owners: dict[str, set[str]] = {}  # "around": said inside several languages
        for language, forms in languages.items():
            for text in listed(forms.get("about")):
                owners.setdefault(text, set()).add(language)
        self.about: PhraseIndex[frozenset[str]] = PhraseIndex(
            (text, frozenset(languages)) for text, languages in owners.items())
        # "5 ku saal": "about" between a number and its unit, in its own language
        self.about_after = {normalise(text): language for language, forms in languages.items()
                            for text in listed(forms.get("about_after"))}
        self.letters, self.endings = (frozenset(
            normalise(text) for forms in languages.values() for text in listed(forms.get(key)))
            for key in ("letters", "digit_endings"))
        self.measures: PhraseIndex[str] = PhraseIndex(
            (text, language) for language, forms in languages.items()
            for text in listed(forms.get("measures")))
        self.measure_first = self.measures.first_words()
        self.articles = tuple(sorted({normalise(text) for forms in languages.values()
                                      for text in listed(forms.get("articles"))},
                                     key=len, reverse=True))
        self.spaced = tuple(" " + article for article in self.articles)  # one starts a word
        # the words `trimmed` may take off: the rest it passes over unread
        self.trimmable = self.about.first_words() | self.endings | self.about_after.keys()

    def trimmed(self, words: Words, language: str | None) -> Words:
        """`words` without an approximation just before a number ("ma około 3 miesięcy": "ma
        3 miesięcy") and with an article off a number word before a unit ("الثلاث سنين")."""
        idle = self.rephrased.idle(words.tokens, words.glued)
        # an article comes off a word in another script only (most messages: none), and only
        # a word it starts: found once, again only if a rephrasing changed the words
        articled = self._articled(words.tokens)
        if idle and not articled and self.trimmable.isdisjoint(words.tokens):
            return words  # most messages: nothing to rephrase, trim or split, told with no copy
        numbers = self.numbers.words
        tokens, glued = list(words.tokens), list(words.glued)
        if not idle:
            self.rephrased.rephrase(tokens, glued)
            articled = self._articled(tokens)
        for index in reversed(articled):  # from the end: splits keep the indexes before
            piece = self._article_off(tokens, index)
            if piece:
                tokens[index:index + 1] = piece
                glued[index:index + 1] = [glued[index], False]
        index = 0 if not self.trimmable.isdisjoint(tokens) else len(tokens)
        while index < len(tokens):
            if tokens[index] not in self.trimmable:  # nothing below takes a word off here
                index += 1
                continue
            about = self.about.match_at(tokens, index)
            if about is not None and (language is None or language in about.value) and \
                    about.end < len(tokens) and _number_at(tokens, about.end, numbers):
                del tokens[index:about.end], glued[index:about.end]
            elif index and tokens[index] in self.endings and tokens[index - 1].isdigit() or \
                    self._about_after(tokens, index, language):
                del tokens[index], glued[index]  # "5-cio letni": 5; "5 ku saal": 5 years
            else:
                index += 1
        if tuple(tokens) == words.tokens and tuple(glued) == words.glued:
            return words
        return Words(tuple(tokens), tuple(glued))

    def _articled(self, tokens: tuple[str, ...] | list[str]) -> list[int]:
        """Where a word in another script than Latin starts with an article."""
        text = " " + " ".join(tokens)  # most messages: no word starts with one, told by a
        if text.isascii() or not any(map(text.__contains__, self.spaced)):  # few searches
            return []  # of the text in C (a regular expression tries each place: dearer)
        return [at for at, token in enumerate(tokens)
                if token.startswith(self.articles) and not token.isascii()]

    def _about_after(self, tokens: list[str], index: int, language: str | None) -> bool:
        """A word for "about" between a number and its unit ("das ku mahine"), in a message
        of its language."""
        owner = self.about_after.get(tokens[index])
        return owner is not None and language in (None, owner) and index > 0 and \
            _number_at(tokens, index - 1, self.numbers.words) and \
            self.units.match_at(tokens, index + 1) is not None

    def _article_off(self, tokens: list[str], index: int) -> list[str]:
        """"الثلاث" before "سنين": the article and the number word; else nothing (not
        "الاتنين" alone: Monday)."""
        token = tokens[index]
        if token.isascii() or not token.startswith(self.articles):
            return []  # most words: no article to take off
        for article in self.articles:  # "الأحد عشر عاما": a number of two words too
            rest = token[len(article):]
            number = self.numbers.words.match_at([rest, *tokens[index + 1:index + 3]], 0) \
                if token.startswith(article) and rest else None
            if number is not None and self.units.match_at(tokens, index + number.end) is not None:
                return [article, rest]
        return []

    def letter_apart(self, words: Words, end: int, in_series: bool, child: bool) -> bool:
        """Whether the one-letter unit at `end` is no unit: most letters only against their
        number ("2w"; "2 w" is Arabizi "and"); a unit's own letter ("4 l.", "9l") where the
        age ends there (the message, or another number or "and" after it, or a list) or just
        after a word for the `child` ("syn 10l. cały dzień"), not "2 l mleka" (litres)."""
        tokens = words.tokens
        if len(tokens[end]) != 1:
            return False
        if tokens[end] not in self.letters:
            return not words.glued[end]
        after = end + 1
        return not (in_series or child or after >= len(tokens) or tokens[after][:1].isdigit() or
                    self.numbers.words.match_at(tokens, after) is not None or
                    self.ands.match_at(tokens, after) is not None)

    @staticmethod
    def in_word(words: Words, end: int) -> bool:
        """Letters written against the digits just before `end`: "y7ib", "y2ra" are Arabizi
        words (the digit a letter), no school year "Y7"."""
        return end < len(words.tokens) and words.glued[end] and words.tokens[end].isalpha()

    def measured(self, tokens: tuple[str, ...], start: int, ages: PhraseIndex[str]) -> bool:
        """A measure a few words before the number at `start` ("مقاس حذاء ابني 11", "rozmiar
        buta syna 11"), with no word that says an age (`ages`) or other number between."""
        begin = start - MEASURE_REACH if start > MEASURE_REACH else 0  # no max(): dearer
        if self.measure_first.isdisjoint(tokens[begin:start]):
            return False  # most numbers: no measure before them
        for begin in range(start - 1, max(-1, start - 1 - MEASURE_REACH), -1):
            if tokens[begin][:1].isdigit() or ages.match_at(tokens, begin) is not None:
                return False
            if self.measures.match_at(tokens, begin) is not None:
                return True
        return False

    def half_at(self, tokens: tuple[str, ...], end: int) -> Hit[float] | None:
        """"and a half" just after a unit at `end`; not where a unit in its adjective form
        follows it ("4 latek i pół roczne dziecko": the half is another child's age)."""
        half = self.numbers.halves.match_at(tokens, end) if end < len(tokens) and \
            tokens[end] in self.numbers.half_first else None  # most: no half (no look-up)
        if half is None or self.adjectives and half.end < len(tokens) and \
                tokens[half.end].startswith(self.adjectives):
            return None
        return half


def _number_at(tokens: list[str], index: int, numbers: PhraseIndex[float]) -> bool:
    return tokens[index][:1].isdigit() or numbers.match_at(tokens, index) is not None
