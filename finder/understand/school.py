"""England's school years as ages: "in reception", "year 7", "y10", "klasa 3", "7th class",
"dusri class", "الصف الثالث" (an ordinal word before or after the class word); stages named
without a number ("sixth form", "starting secondary", "in nursery").

The table and each language's words are in `content/ages/school-years.yaml`. A school year is
the age a child reaches in it, in completed months at the start of the year: Reception is 48,
Year N is (N + 4) * 12.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.lexicon import PhraseIndex
from finder.understand.numbers import NUMBER, SMALL, NumberReader
from finder.understand.text import Words, phrase

FILE = Path("ages") / "school-years.yaml"


@dataclass(frozen=True)
class SchoolYear:
    """A school year read from tokens `start` to `end` (exclusive), as an age in months."""

    months: int
    start: int
    end: int
    starting: bool = False  # "secondary": an age only where the child starts it


class SchoolYears:
    """Reads school years with the words of every language at once."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.reception = int(table.get("reception", 48))
        self.years = {int(year): int(months) for year, months in (table.get("years") or {}).items()}
        words: dict[str, list[str]] = {"before": [], "glued": [], "after": [], "reception": [],
                                       "endings": [], "after_ordinal": []}
        for forms in (table.get("words") or {}).values():
            for key, texts in words.items():
                texts += [str(text) for text in (forms or {}).get(key) or []]
        self.before: PhraseIndex[str] = PhraseIndex((t, "before") for t in words["before"])
        self.glued: PhraseIndex[str] = PhraseIndex((t, "glued") for t in words["glued"])
        self.after: PhraseIndex[str] = PhraseIndex((t, "after") for t in words["after"])
        # "ਸੱਤਵੀਂ ਚ", "7vi ch": after an ordinal only, "in" is enough ("7 ch" says no year)
        self.after_ordinal: PhraseIndex[str] = PhraseIndex(
            (t, "after") for t in words["after_ordinal"])
        self.named: PhraseIndex[str] = PhraseIndex((t, "reception") for t in words["reception"])
        self.starting, self.named_years = (PhraseIndex[int](
            (text, int(value)) for text, _, value in _named(table, key))
            for key in ("starting", "named"))
        weak = set(table.get("weak_stages") or [])
        self.stages: PhraseIndex[tuple[int, bool]] = PhraseIndex(
            (text, (int(value), name in weak)) for text, name, value in _named(table, "stages"))
        self.younger = frozenset(token for word in table.get("younger") or []
                                 for token in phrase(str(word)))
        self.endings = frozenset(token for text in words["endings"] for token in phrase(text))
        self.ordinals, self.counted = (PhraseIndex[int](
            (form, int(number)) for forms in (table.get("words") or {}).values()
            for text, number in ((forms or {}).get(key) or {}).items()
            for form in _with_articles(str(text), (forms or {}).get("ordinal_articles")))
            for key in ("ordinals", "counted"))
        self.firsts = self.first_words()
        # each first word with the indexes it starts an entry of: `read_at` asks only those
        self.kinds: dict[str, frozenset[str]] = {word: frozenset(
            name for name in ("named", "named_years", "starting", "before", "glued", "ordinals")
            if word in getattr(self, name).first_words()) for word in self.firsts}
        self.after_first = self.after.first_words() | self.after_ordinal.first_words()

    def first_words(self) -> frozenset[str]:
        """The words a school year can start with, besides digits (`read_at` needs one)."""
        return frozenset().union(*(index.first_words() for index in (
            self.named, self.before, self.glued, self.ordinals, self.starting,
            self.named_years)))

    @classmethod
    def from_root(cls, root: Path | None) -> SchoolYears:
        """The table under a content folder, or an empty one where the file is missing."""
        path = None if root is None else Path(root) / FILE
        if path is None or not path.exists():
            return cls({})
        return cls(load_yaml(path.read_text(encoding="utf-8")) or {})

    def read_at(self, words: Words, index: int, numbers: NumberReader) -> SchoolYear | None:
        """The school year named at `index`: "reception", "year 7", or "7 klasa"."""
        tokens = words.tokens
        kinds = self.kinds.get(tokens[index]) if index < len(tokens) else None
        if kinds is None:  # most words start no named year, nor are they digits (no call)
            return self._digits_at(words, index, numbers) if index < len(tokens) and \
                tokens[index][:1].isdigit() else None
        # an index the word starts no entry of finds nothing there: not asked ("3": ordinals)
        named = self.named.match_at(tokens, index) if "named" in kinds else None
        year = self.named_years.match_at(tokens, index) if "named_years" in kinds else None
        if named is not None and (year is None or named.end >= year.end):
            return SchoolYear(self.reception, index, named.end)
        if year is not None:  # the longer: "الروضة الثانية" (KG2, Year 1), not "الروضة"
            return self._year(year.value, index, year.end)
        starting = self.starting.match_at(tokens, index) if "starting" in kinds else None
        if starting is not None:
            return SchoolYear(starting.value, index, starting.end, True)
        word = "before" in kinds and self.before.match_at(tokens, index) or \
            "glued" in kinds and self.glued.match_at(tokens, index) or None
        if word is not None:
            number = numbers.read(tokens, word.end)
            glued = word.end < len(tokens) and words.glued[word.end]
            # "year 7", never "class che" ("class is" in Gujarati): digits only
            if number is not None and tokens[word.end][0].isdigit() and \
                    (word.value == "before" or glued):
                return self._year(number.value, index, self._past_ordinal(tokens, number.end))
            ordinal = self.ordinals.match_at(tokens, word.end) or \
                self.counted.match_at(tokens, word.end)  # "الصف الثالث", "year one"
            return None if ordinal is None or word.value != "before" else \
                self._year(ordinal.value, index, ordinal.end)
        ordinal = self.ordinals.match_at(tokens, index) if "ordinals" in kinds else None
        if ordinal is not None:
            after = self.after.match_at(tokens, ordinal.end) or \
                self.before.match_at(tokens, ordinal.end) or \
                self.after_ordinal.match_at(tokens, ordinal.end)
            return self._year(ordinal.value, index, after.end) if after is not None else None
        return self._digits_at(words, index, numbers)

    def _digits_at(self, words: Words, index: int, numbers: NumberReader) -> SchoolYear | None:
        """"7 klasa", "5 ma che", "7vi ch": digits at `index`, then a word for a class."""
        tokens = words.tokens
        if index >= len(tokens) or not tokens[index][:1].isdigit():
            return None  # most words: no digits
        following = tokens[index + 1:index + 3]  # where a class word would stand (no half)
        if not following or following[0] not in numbers.half_first and self.after_first.isdisjoint(
                following) and (tokens[index] in SMALL or NUMBER.fullmatch(tokens[index])):
            return None  # most digits: no word for a class just after them
        number = numbers.read(tokens, index)
        if number is None:
            return None
        past = self._past_ordinal(tokens, number.end)  # "5 ma che", "5 ma dhoran"
        after = self.after.match_at(tokens, number.end) or self.after.match_at(tokens, past)
        if after is None and past > number.end and words.glued[number.end]:  # "7vi ch"
            after = self.after_ordinal.match_at(tokens, past)
        return self._year(number.value, index, after.end) if after is not None else None

    def stage_in(self, words: Words, others: bool = False) -> int | None:
        """The age of the first stage named without a number ("in nursery": 36 months), for
        a message with no other age: a child at nursery may be 2 or 4 where one is given. A
        weak stage ("nursery", not "school nursery") says no age in a message with digits
        ("at nursery 3 days a week": the parent told numbers, none an age) or a younger child,
        nor beside `others` children's ages (a strong one is another child's: "beti year 3
        mein, beta nursery class mein")."""
        tokens, glued = words.tokens, (*words.glued[1:], False)  # glued[i]: i+1 touches i
        stages = self.stages.find(tokens)
        if not stages:
            return None  # most messages: no stage, so no need to know whether it is weak
        weak = others or any(token in self.younger or token[:1].isdigit() and not words.glued[i]
                             and not glued[i] for i, token in enumerate(tokens))  # not "3al"
        return next((hit.value[0] for hit in stages if not (hit.value[1] and weak)), None)

    def stage_for(self, words: Words, ages: list[int], mentions: int) -> list[int]:
        """A stage's age (`stage_in`) for a child of the `mentions` words for a child whose
        age is none of the `ages` read: "ebni biroo7 3al nursery" (36), "beti year 3 mein, beta
        nursery class mein" (84, 36); not "year 6, SATs" (one child's)."""
        stage = self.stage_in(words, bool(ages)) if mentions > len(ages) else None
        return [] if stage is None or stage in ages else [stage]

    def _year(self, value: float, start: int, end: int) -> SchoolYear | None:
        months = self.years.get(int(value)) if value == int(value) else None
        return SchoolYear(months, start, end) if months is not None else None

    def _past_ordinal(self, tokens: tuple[str, ...], end: int) -> int:
        """Past the "th" of "7th" (or "vi" of "5vi", "aad" of "2aad")."""
        return end + 1 if end < len(tokens) and tokens[end] in self.endings else end


def _with_articles(text: str, articles: list[str] | None) -> list[str]:
    """`text` and, where it has none, each article of its script before it ("ثالثة",
    "الثالثة"; "tani", "el tani")."""
    forms = [text]
    for article in articles or []:
        if article.strip().isascii() == text.isascii() and not text.startswith(article):
            forms.append(article + text)
    return forms


def _named(table: dict[str, Any], key: str) -> Iterator[tuple[str, str, Any]]:
    """Each language's words for the stages `table[key]` names, with the stage and its value
    ("sixth form": named, Year 12): (word, stage, value)."""
    for forms in (table.get("words") or {}).values():
        for name, value in (table.get(key) or {}).items():
            for text in (forms or {}).get(name) or []:
                yield str(text), name, value
