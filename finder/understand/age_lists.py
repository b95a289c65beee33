"""Several numbers read together: a list of children's ages ("4 and 7") or one compound age
("2 years and 6 months")."""

from __future__ import annotations

from finder.understand.age_context import AgeContext
from finder.understand.age_found import MAX_LIST, MONTHS, Found, completed_months
from finder.understand.lexicon import PhraseIndex
from finder.understand.numbers import Number, NumberReader
from finder.understand.text import Words

RUN_MAX = 18  # "6,4,2": each part a child's age in years, or the run is something else


class AgeLists:
    """Reads what follows a number: more numbers of a list, or a smaller unit of one age."""

    def __init__(self, context: AgeContext, numbers: NumberReader,
                 units: PhraseIndex[str], named: PhraseIndex[int] | None = None,
                 adjectives: tuple[str, ...] = (), children: frozenset[str] = frozenset()
                 ) -> None:
        self.context = context
        self.numbers = numbers
        self.units = units
        self.number_first = numbers.words.first_words()  # `in` a set, not PhraseIndex's call
        self.named = named  # ages named without a number ("newborn"): "ik" before one is "a"
        # a unit as an adjective ("6-miesięczną córkę"): another child's age, never part of one
        self.adjectives = adjectives
        # "11 aur 5 aur aik beta": "aik" counts the next child ("3ando" splits off a "3")
        self.children = frozenset(word for word in children if not word[:1].isdigit())

    def past_link(self, tokens: tuple[str, ...], end: int) -> int:
        """Past an "and" at `end`: where the next age of a series would start."""
        link = self.context["and"].match_at(tokens, end)
        return link.end if link is not None else end

    def no_age_from(self, tokens: tuple[str, ...], index: int) -> int | None:
        """Where a number at `index` that gives no age ends: a count of children before their
        ages ("mum of 3 (14, 10 and 1)", "two under two"), or a range of ages ("0-5s")."""
        if tokens[index] == "0":
            return self.range_end(tokens, index)
        counted = self.context["under_count"].match_at(tokens, index)
        if counted is not None:
            return counted.end
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (after[:1].isdigit() or after in self.number_first) and \
                self.context.a_count(tokens, index, self.numbers.words):
            return index + 1
        return None  # most numbers: no count, no range

    def range_end(self, tokens: tuple[str, ...], start: int) -> int | None:
        """"0-5", "0 se 5 saal", "من ٠ ل ٥": ages from none to some, a group's or a service's
        range and no child's: where it ends (after its second number), or None."""
        if tokens[start] != "0":
            return None
        for after in (start + 1, start + 2):  # the hyphen is gone; "to", "se", "ل" may stand
            second = self.numbers.read(tokens, after)
            if second is not None and second.value > 0:
                return second.end
        return None

    def compound(self, tokens: tuple[str, ...], found: Found) -> Found:
        """"2 years and 6 months" is one child of 30 months, not two children (but after "two
        under two", "20 months and 3 weeks" are the two; "4 years and 20 months": more than a
        year of months is another child's age)."""
        link = self.context["and"].match_at(tokens, found.end)
        start = link.end if link else found.end
        number = self.numbers.read(tokens, start) if start < len(tokens) else None
        unit = self.units.match_at(tokens, number.end) if number else None
        if len(found.values) != 1 or unit is None or \
                MONTHS[unit.value] >= MONTHS[found.unit or "years"] or \
                number.value * MONTHS[unit.value] >= MONTHS[found.unit or "years"] or \
                tokens[unit.start].startswith(self.adjectives) or \
                self.context["under_count"].find(tokens):  # "i 6-miesięczną córkę"; the
            return found  # count asked last: most ages have no smaller unit after them
        months = found.values[0] * MONTHS[found.unit or "years"] + number.value * MONTHS[unit.value]
        return Found((months,), "months", unit.end)

    def milestone(self, tokens: tuple[str, ...]) -> list[int]:
        """"his 1 year check up is due": with no other age told, a health visitor's milestone
        is the child's age (with one told, "she's 7 weeks, due her 8 week jabs", it is none)."""
        if self.context["milestone"].first_words().isdisjoint(tokens):
            return []  # most messages: no milestone
        for start in range(len(tokens)):
            number = self.numbers.read(tokens, start)
            unit = self.units.match_at(tokens, number.end) if number else None
            if unit is not None and self.context["milestone"].match_at(tokens, unit.end):
                return [completed_months(number.value, unit.value)]
        return []

    def read(self, tokens: tuple[str, ...], number: Number,
              memo: dict[int, Number | None]) -> tuple[tuple[float, ...], int]:
        """"4 and 7", "4, 7": several children's ages sharing one unit."""
        values, end = [number.value], number.end
        while end < len(tokens) and len(values) < MAX_LIST:
            link = self.context["and"].match_at(tokens, end)
            if link is None and not (tokens[end][0].isdigit()
                                     and tokens[number.start][0].isdigit()):
                break
            start = link.end if link else end
            if start not in memo:
                memo[start] = self.numbers.read(tokens, start)
            following = memo[start]
            if following is None or following.article_before_digits(tokens, self.named) or \
                    self.context["not_after"].match_at(
                    tokens, following.end) is not None or self.context[
                    "articles"].match_at(tokens, start) is not None or \
                    tokens[following.end:following.end + 1] and \
                    tokens[following.end] in self.children:
                break  # "2 and a bit", "4 and 3 times", "a toddler of 2 and a baby of 4 months"
            if link is not None or following.value != values[-1]:  # "3. 3 years old": again
                values.append(following.value)
            end = following.end
        return tuple(values), end


def split_runs(words: Words) -> Words:
    """"(9,7,3)", "aged 6,4,2": small numbers joined by commas with no space, three or more,
    as the list of ages they are (a decimal has one mark; a date has a part over 18)."""
    if " ".join(words.tokens).count(".") < 2 or \
            not any(token.count(".") > 1 for token in words.tokens):  # most: not two marks
        return words  # most messages: no run
    tokens: list[str] = []
    glued: list[bool] = []
    for token, glue in zip(words.tokens, words.glued, strict=True):
        parts = token.split(".")
        run = len(parts) > 2 and all(p.isdigit() and p[0] != "0" and int(p) <= RUN_MAX
                                     for p in parts)
        tokens += parts if run else [token]
        glued += [glue] + [False] * (len(parts) - 1) if run else [glue]
    return Words(tuple(tokens), tuple(glued))
