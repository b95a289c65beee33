"""Idioms of one language that change what a number says: "it has been" after a unit ("4 hafte
ho gaye": how long), an everyday word that another language reads as a number ("saade 7 saal
de munde": Punjabi "our", not "seven and a half")."""

from __future__ import annotations

from typing import Any

from finder.understand.age_found import Found
from finder.understand.lexicon import PhraseIndex
from finder.understand.numbers import Number
from finder.understand.pregnancy import GESTATION_WEEKS
from finder.understand.text import normalise


def _words(texts: Any) -> frozenset[str]:
    return frozenset(normalise(str(word)) for word in texts or [])


class Idioms:
    """Each language's words in `content/ages/grammar.yaml` for "it has been" after a unit
    (`so_long`) and those before a number that make it a child's age after all (`so_long_to`:
    "munde nu 6 saal ho gaye", to the boy, is his age); its everyday words that another reads
    as a number (`not_numbers`) and, per word, the words that, ending the age it starts, make
    it a number after all (`not_numbers_unless`: "saade 7 saal di beti": "our" would be
    "saadi", so a half)."""

    def __init__(self, languages: dict[str, dict[str, Any]]) -> None:
        self.passed: PhraseIndex[str] = PhraseIndex(
            (str(text), language) for language, forms in languages.items()
            for text in forms.get("so_long") or [])
        self.owners = {language: _words(forms.get("so_long_to"))
                       for language, forms in languages.items()}
        self.glued = {language: tuple(w for w in owners if not w.isascii())  # "દીકરાને"
                      for language, owners in self.owners.items()}
        self.everyday: dict[str, set[str]] = {}
        for language, forms in languages.items():
            for word in _words(forms.get("not_numbers")):
                self.everyday.setdefault(word, set()).add(language)
        self.unless = {(language, normalise(str(word))): _words(ends)
                       for language, forms in languages.items()
                       for word, ends in (forms.get("not_numbers_unless") or {}).items()}

    def lasted(self, tokens: tuple[str, ...], start: int, found: Found, language: str | None,
               children: frozenset[str]) -> bool:
        """"4 hafte ho gaye kudi school nahi gayi": weeks, days or months `found` from `start`,
        then "it has been" in the message's own language: how long, no age; unless a word just
        before the number gives them to a child or counts them from a birth ("kudi nu",
        "hoye nu 2 mahine ho gaye", "દીકરાને") or is a word for the child (`children`: "baby
        2 hafte ho gaye"). Years so told are an age ("do saal ho gaye par ik vi shabad nahi
        bolda": the child is two), and so are a pregnancy's many weeks ("34 weeks ho gaye
        dooje naal")."""
        hit = self.passed.match_at(tokens, found.end)
        if hit is None or hit.value != language or found.unit in (None, "years") or \
                found.unit == "weeks" and max(found.values) >= GESTATION_WEEKS[0]:
            return False  # most ages: no "it has been" after them
        before = tokens[start - 1] if start else ""
        return before not in self.owners[language] and before not in children and \
            not before.endswith(self.glued[language] or ("\n",))

    def hides(self, tokens: tuple[str, ...], number: Number, language: str | None,
              units: PhraseIndex[str]) -> bool:
        """Whether `number` starts with an everyday word of the message's `language` that
        is no number here: "saade 7 saal de munde", not "saade 7 saal di beti"."""
        word = tokens[number.start]
        if language not in self.everyday.get(word, ()):
            return False  # most numbers: no everyday word
        unit = units.match_at(tokens, number.end)
        end = unit.end if unit is not None else number.end
        return end >= len(tokens) or tokens[end] not in self.unless.get((language, word), ())
