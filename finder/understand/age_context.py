"""The words around a number that say whether it is an age ("aged", "for", "ago", "and")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from finder.understand.lexicon import Hit, PhraseIndex
from finder.understand.numbers import Number
from finder.understand.text import Words

CONTEXT_KEYS = ("before", "self", "self_after", "not_before", "not_after", "ago", "and",
                "twins", "child_forms", "born", "not_after_unit", "gestation_after",
                "articles", "not_expecting", "nearly", "partner", "gestation_unit",
                "next_school", "nearly_after", "age_after", "sibling", "rate_before",
                "next_school_after", "born_after_ago", "postpartum", "waiting", "scan",
                "durative", "age_verb", "counted", "count_link", "preterm",
                "more_than", "triplets", "next_month", "turning", "count_before",
                "not_after_except", "milestone", "under_count")
LIST_OF_AGES = 3  # numbers in a list after a word for children that make it their ages
LOOK_BACK = 3  # context phrases are at most this many words long
SOON_WORDS = 5  # "الشهر الجاي بيصير عمرها ٣": how far from an age its time to come is heard
WAIT_WORDS = 8  # "czekamy na diagnozę autyzmu już 2 lata": how far back a wait is heard
EXCEPT = "except"  # the value of an entry that is no match of its index


class Excepting(PhraseIndex[str]):
    """Phrases with exceptions that start as they do: "mar walba" (always) is no "mar"
    (times) after a number, so "13 iyo 12 mar walba" are still ages."""

    def match_at(self, tokens: Sequence[str], start: int) -> Hit[str] | None:
        hit = super().match_at(tokens, start)
        return None if hit is None or hit.value == EXCEPT else hit

    def find(self, tokens: Sequence[str]) -> list[Hit[str]]:
        return [hit for hit in super().find(tokens) if hit.value != EXCEPT]


class AgeContext(dict[str, PhraseIndex[str]]):
    """Each language's `age_context` phrases, by kind (a dict: `context[kind]` is looked up
    in C, and an age's reading asks a score of times), with where they end near a number."""

    def __init__(self, phrases: dict[str, list[str]],
                 before_in: dict[str, list[str]] | None = None,
                 siblings: list[str] | None = None) -> None:
        super().__init__((key, PhraseIndex((text, key) for text in phrases.get(key, [])))
                         for key in CONTEXT_KEYS)
        # "the 2 year check": a health visitor's milestone after an age is no age of its own
        self["not_after_unit"] = PhraseIndex(
            (text, "not_after_unit") for key in ("not_after_unit", "milestone")
            for text in phrases.get(key, []))
        self["not_after"] = Excepting(
            [(text, "not_after") for text in phrases.get("not_after", [])] +
            [(text, EXCEPT) for text in phrases.get("not_after_except", [])])
        # each language's own "before" words: "ma" (Polish "has") is no context for Urdu "che"
        self.before_in = {language: PhraseIndex((text, language) for text in texts)
                          for language, texts in (before_in or {}).items()}
        self.siblings: PhraseIndex[bool] = PhraseIndex(  # "beti", "chhota", "بنتي"
            (text, True) for text in [*phrases.get("sibling", []), *(siblings or [])])
        self.wait_first = self["waiting"].first_words()
        # each kind's first and last words: `longest_ending` rules most positions out with a
        # set test and no call (an age's reading asks it a dozen times)
        self.ends = {key: (index.first_words(), index.last_words()) for key, index in self.items()}
        self.multiple_first = self["twins"].first_words() | self["triplets"].first_words()
        self.next_first = self["next_month"].first_words()
        self.soon_first = self["durative"].first_words() | self["nearly_after"].first_words()
        self.after_age = frozenset().union(*(self[key].first_words() for key in (  # "ago", "x"
            "not_after", "more_than", "not_after_unit", "durative", "ago")))

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> AgeContext:
        phrases: dict[str, list[str]] = {key: [] for key in CONTEXT_KEYS}
        for data in lexicons.values():
            for key in CONTEXT_KEYS:
                phrases[key] += [str(t) for t in (data.get("age_context") or {}).get(key) or []]
        before = {language: [str(t) for t in (data.get("age_context") or {}).get("before") or []]
                  for language, data in lexicons.items()}
        children = [str(t) for data in lexicons.values()
                    for t in (data.get("arguing") or {}).get("children") or []]
        return cls(phrases, before, children)

    def after_sibling(self, tokens: tuple[str, ...], start: int, follows: int = -1) -> bool:
        """A bare number just after "and" and a word for another child ("aur chhota 6",
        "و بنتي ٩"), or after such a word just where the last age ended ("syn 7 lat, córka
        4": `follows`), not followed by what makes it no age ("3 baar")."""
        if start < 1 or self.siblings.match_at(tokens, start - 1) is None or \
                self["not_after"].match_at(tokens, start + 1) is not None:
            return False
        return start - 1 == follows or any(self["and"].match_at(tokens, i) is not None
                                           for i in (start - 2, start - 3) if i >= 0)

    def after_count(self, tokens: tuple[str, ...], start: int,
                    numbers: PhraseIndex[float]) -> bool:
        """"عندي ٣ ولاد: ٨ و٥ و٢", "mara 2 balako che 4 ane 8": a number just after a count
        of children (a number, a word for children, perhaps "are") starts their ages."""
        end = start - (start > 0 and tokens[start - 1] in self["count_link"])
        return end >= 2 and tokens[end - 1] in self["counted"] and (
            tokens[end - 2][:1].isdigit() or tokens[end - 2] in numbers) or \
            start >= 1 and self.a_count(tokens, start - 1, numbers)

    def a_count(self, tokens: tuple[str, ...], start: int, numbers: PhraseIndex[float]) -> bool:
        """"mum of 3 (14, 10 and 1)": a number after words that count children, with another
        number just after it (their ages)."""
        if start + 1 >= len(tokens) or not (
                tokens[start + 1][:1].isdigit() or tokens[start + 1] in numbers) or \
                not self.ends_at(tokens, "count_before", start):
            return False  # most words: no number just after them
        count = numbers.match_at(tokens, start)  # two or more: "got a 4 in maths" is no count
        return count.value >= 2 if count is not None else \
            tokens[start].isdigit() and int(tokens[start]) >= 2

    def listed_for_children(self, tokens: tuple[str, ...], start: int, many: int,
                            end: int = 0) -> bool:
        """"dzieci: 1, 3, 7", "afar caruur ayaan leeyahay: 15, 11, 8 iyo 2": three numbers
        or more in a list a few words after a word for children (or just before one: "8, 6, 4
        and 2 - four kids") are their ages; two just after it ("baalko 6 ane 4")."""
        if many >= 2 and start > 0 and tokens[start - 1] in self["counted"]:
            return True
        return many >= LIST_OF_AGES and any(  # `end`: the list's, then perhaps their count
            token in self["counted"] for token in (*tokens[max(0, start - LOOK_BACK - 1):start],
                                                   *tokens[end:end + 2]))

    def rate(self, tokens: tuple[str, ...], start: int) -> bool:
        """"£5 a week", "twice a month", "2 hours a day": "a" after an amount is a rate."""
        return start > 0 and self["articles"].match_at(tokens, start) is not None and (
            tokens[start - 1][0].isdigit() or self.ends_at(tokens, "rate_before", start) or
            start > 1 and tokens[start - 2][0].isdigit())  # "3 meals a day"

    def soon_after(self, tokens: tuple[str, ...], end: int) -> bool:
        """"5 jir buu ku dhow yahay", "4 jir bay ku dhowdahay", "3 next week": a phrase of
        nearly just after an age, or after a focus word just after it."""
        if end >= len(tokens) or tokens[end] not in self.soon_first:
            return False  # most ages: neither word just after them (told with no look-up)
        focus, nearly = self["durative"].match_at(tokens, end), self["nearly_after"]
        return nearly.match_at(tokens, end) is not None or \
            focus is not None and nearly.match_at(tokens, focus.end) is not None

    def lasted(self, tokens: tuple[str, ...], end: int) -> bool:
        """"2 sano ayuu seexan waayay": a focus word after the unit and a verb other than
        being old ("4 sano ayuu jiraa"): how long something went on, not an age."""
        focus = self["durative"].match_at(tokens, end)
        return focus is not None and focus.end < len(tokens) and \
            self["age_verb"].match_at(tokens, focus.end) is None

    def waiting_before(self, tokens: tuple[str, ...], start: int,
                       children: frozenset[str]) -> bool:
        """"czekamy na diagnozę autyzmu już 2 lata", "قائمة الانتظار للنطق ١٨ شهر": a wait a
        few words before a number, with no word for a child between, says how long (not where
        a phrase of an age's own ends just before it: "we waited 2 years, he is 7")."""
        begin = start - WAIT_WORDS if start > WAIT_WORDS else 0  # no max(): dearer
        if self.wait_first.isdisjoint(tokens[begin:start]) or \
                self.longest_ending(tokens, "before", start) > 1:
            return False  # most numbers: no wait before them
        return any(hit is not None and hit.end <= start and
                   children.isdisjoint(tokens[hit.end:start])
                   for hit in (self["waiting"].match_at(tokens, i) for i in range(begin, start)))

    def waited(self, tokens: tuple[str, ...], end: int) -> bool:
        """"سنتين على قائمة الانتظار": a wait just after an age, within two words."""
        return any(self["not_after_unit"].match_at(tokens, i) is not None
                   for i in range(end, min(end + 2, len(tokens))))

    def homonym_after_other(self, tokens: tuple[str, ...], start: int,
                            homonyms: dict[str, frozenset[str]]) -> bool:
        """A number word that is also another language's everyday word ("che": six in Urdu,
        "is" in Gujarati) just after a context word of none of its own languages ("ma che":
        Polish "ma"): not a number there."""
        owners = homonyms.get(tokens[start])
        return owners is not None and self.ends_at(tokens, "before", start) and \
            not self.before_in_any(tokens, owners, start)

    def before_in_any(self, tokens: tuple[str, ...], languages: frozenset[str],
                      position: int) -> bool:
        """Whether a "before" phrase of one of `languages` ends just before `position`."""
        return any(hit is not None and hit.end == position
                   for language in languages if language in self.before_in
                   for start in range(max(0, position - LOOK_BACK), position)
                   for hit in (self.before_in[language].match_at(tokens, start),))

    def to_come(self, tokens: tuple[str, ...], start: int, end: int) -> bool:
        """An age the child will reach soon: a time to come ("next month", "bisha dambe") and a
        verb of becoming ("will be", "بيصير", "noqonayaa") near the number, in either order."""
        near = tokens[start - SOON_WORDS if start > SOON_WORDS else 0:end + SOON_WORDS]
        return not self.next_first.isdisjoint(near) and bool(self["next_month"].find(near)) \
            and bool(self["turning"].find(near))  # most ages: no time to come (no call)

    def near_before(self, tokens: tuple[str, ...], key: str, position: int) -> bool:
        """Whether a context phrase of kind `key` ends up to two words before `position`."""
        return any(self.ends_at(tokens, key, end) for end in range(max(0, position - 2),
                                                                   position + 1))

    def near_after(self, tokens: tuple[str, ...], key: str, position: int) -> bool:
        """Whether a context phrase of kind `key` starts at `position` or one word after it
        ("reception ma sharu karse": past the postposition)."""
        return any(self[key].match_at(tokens, start) is not None
                   for start in range(position, min(position + 2, len(tokens))))

    def longest_ending(self, tokens: tuple[str, ...], key: str, position: int) -> int:
        """How many words the longest phrase of kind `key` ending just before `position` has."""
        firsts, lasts = self.ends[key]
        if not 0 < position <= len(tokens) or lasts is not None and \
                tokens[position - 1] not in lasts:
            return 0  # most words end no phrase of the kind
        index = self[key]  # a set test before each look-up: most words start none
        for start in range(position - LOOK_BACK if position > LOOK_BACK else 0, position):
            hit = index.match_at(tokens, start) if tokens[start] in firsts else None
            if hit is not None and hit.end == position:
                return position - start
        return 0

    def no_age_before(self, tokens: tuple[str, ...], start: int) -> bool:
        """A phrase that says no age ends just before `start` ("for 3 weeks"), longer than any
        that says one ("a teen of 15")."""
        lasts = self.ends["not_before"][1]  # most numbers: no such phrase (told with no call)
        if lasts is not None and 0 < start <= len(tokens) and tokens[start - 1] not in lasts:
            return False
        return self.longest_ending(tokens, "not_before", start) > \
            self.longest_ending(tokens, "before", start)

    def ends_at(self, tokens: tuple[str, ...], key: str, position: int) -> bool:
        """Whether a context phrase of kind `key` ends just before `position`."""
        lasts = self.ends[key][1]  # most words end no phrase of the kind: told with no call
        if lasts is not None and 0 < position <= len(tokens) and \
                tokens[position - 1] not in lasts:
            return False
        return self.longest_ending(tokens, key, position) > 0


def homonyms(lexicons: dict[str, dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Number words that are everyday words of another language ("che": six in Urdu, "is" in
    Gujarati), each with the languages whose number it is: in an answer to the age question a
    number only when a unit follows, and elsewhere only after its own languages' context
    words ("umar che", not "ma che")."""
    owners: dict[str, set[str]] = {}
    for language, data in lexicons.items():
        for word in (data.get("numbers") or {}):
            owners.setdefault(str(word), set()).add(language)
    return {word: frozenset(owners[word]) for language, data in lexicons.items()
            for word in (str(w) for w in data.get("markers") or [])
            if word in owners and language not in owners[word]}


def looks_like_code(words: Words, number: Number, endings: tuple[PhraseIndex, ...]) -> bool:
    """"LE4", "B1", "2nd": digits written against letters that are not a unit or another
    of `endings` (a genitive: "૧૧ની")."""
    tokens = words.tokens
    before = number.start > 0 and words.glued[number.start] and \
        tokens[number.start - 1].isascii() and tokens[number.start - 1].isalpha()
    after = number.end < len(tokens) and words.glued[number.end] and \
        all(ending.match_at(tokens, number.end) is None for ending in endings)
    return before or after
