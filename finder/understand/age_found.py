"""What an age reading finds: the ages in a message, numbers read together, and months."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

DAYS_PER_MONTH = 30.4375
MONTHS = {"years": 12.0, "months": 1.0, "weeks": 7 / DAYS_PER_MONTH, "days": 1 / DAYS_PER_MONTH}
PARENT_YEARS = (10, 70)
SHORT_UNITS = ("months", "weeks")  # "7, 4 and 9 months": only the last is in months
MAX_CHILD_MONTHS = 25 * 12 + 11
ADULT_YEARS = 18  # "main kalli mummy haan, 24 saal di": an adult's age near "I" is the parent's
MULTIPLE_GAP = 4  # "3 yr old twins": words between twins and their age
SCHOOL_SPAN = 24  # in a school year that starts at N months a child is N to N + 23 months old
MAX_LIST = 8  # "4, 7 and 9": more numbers in a row are not one list of ages
# A parent names a handful of ages, not hundreds: past this many words where one could start
# ("a", "do", digits: more than half the words of a 1,000-character message), or this many
# numbers in digits, or once this many ages are found, the rest of the message is not read
# for ages, so its cost is bounded.
MAX_STARTS, MAX_DIGITS, MAX_AGES = 128, 32, 16


@dataclass(frozen=True)
class Ages:
    """What a message says about ages."""

    children: tuple[int, ...] = ()
    expecting: bool = False
    parent_years: int | None = None


class Found(NamedTuple):
    """Numbers read together ("4 and 7 years") and where the reading ended (a named tuple:
    made in a third of a frozen dataclass's time, and most numbers make one)."""

    values: tuple[float, ...]
    unit: str | None
    end: int


def completed_months(value: float, unit: str) -> int:
    """Whole months in `value` of `unit` ("18 months" is 18, "2.5 years" is 30)."""
    return math.floor(value * MONTHS[unit] + 1e-9)


def units_of(found: Found) -> list[tuple[float, str]]:
    """Each value with its unit: in "7, 4 and 9 months" only the last is in months."""
    unit = found.unit or "years"
    if len(found.values) == 2 and unit in SHORT_UNITS and \
            found.values[0] < found.values[1] < found.values[0] * MONTHS["years"] / MONTHS[unit]:
        # "4 and 18 months": a first number below the second but older as years is in years
        return [(found.values[0], "years"), (found.values[1], unit)]
    if len(found.values) < 3 or unit not in SHORT_UNITS:
        return [(value, unit) for value in found.values]
    return [(value, "years") for value in found.values[:-1]] + [(found.values[-1], unit)]


def parent_years(found: Found) -> int | None:
    """The parent's own age in years, when `found` can be one ("I'm 17")."""
    if found.unit not in (None, "years") or len(found.values) != 1:
        return None
    years = int(found.values[0])
    return years if PARENT_YEARS[0] <= years <= PARENT_YEARS[1] else None


def repeated(mentions: int, children: list[int], ages: list[int]) -> bool:
    """"she is 3. 3 years old", "free childcare for 2 year olds? she is 2": one age said
    again, with no more words for a child (`mentions`) than children of that age ("my son is
    6 and my daughter is 6": two words, two children)."""
    return len(ages) == 1 and ages[0] in children and mentions <= children.count(ages[0])


def told_twice(mentions: int, children: list[int], school: list[int], ages: list[int],
               is_school: bool) -> int | None:
    """"7 year old in year 3", "syn ma 6 lat, chodzi do year 1": an age and a school year that
    fit each other, with no more words for a child than children read, are one child told
    twice: the age read before (from `children`, or from `school` if `ages` is no school
    year), else None."""
    if len(ages) != 1 or mentions > len(children):
        return None
    if is_school:
        return next((c for c in children if ages[0] <= c < ages[0] + SCHOOL_SPAN), None)
    return next((s for s in school if s <= ages[0] < s + SCHOOL_SPAN), None)


@dataclass
class Children:
    """The children's ages read so far (`ages`), those of them read from school years, and how
    many words for a child the message has (`mentions`)."""

    mentions: int
    ages: list[int] = field(default_factory=list)
    school: list[int] = field(default_factory=list)
    where: list[tuple[int, int]] = field(default_factory=list)  # where each age was read

    def add(self, ages: list[int], at: tuple[int, int], named: bool = False,
            is_school: bool = False) -> None:
        """Ages read by number (or `named`, perhaps a school year): each a new child unless
        one told twice ("7 year old in year 3") or one age said again ("she is 3. 3 years",
        "ilmo cusub (newborn)")."""
        # the first ages read (none before them) are neither told twice nor said again
        earlier = told_twice(self.mentions, self.ages, self.school, ages, is_school) \
            if self.ages else None
        if earlier is not None and not named:  # "in year 1, she's 6": the age is more exact
            self.ages[self.ages.index(earlier)] = ages[0]  # (read where the school year was)
            self.school.remove(earlier)
        elif earlier is None and not (self.ages and repeated(self.mentions, self.ages, ages)):
            self.ages += ages
            self.where += [at] * len(ages)
            self.school += ages if is_school else []

    def births(self, hits: list[tuple[int, int]],
               links: frozenset[int] = frozenset()) -> list[int]:
        """The ages with twins or triplets (`hits`: where each such word is, and how many
        children it names) as that many children: with one child read, all of them; else the
        age read nearest each word (the one before it if as near), a few words at most ("3 yr
        old twins and a baby", "3 saal de judwa te 5 mahine da baby"); an age before the word
        with an "and" (at one of `links`) between is another child's when one follows ("a 6yo
        and twins of 2", "córka 3 lata i bliźniacy po 5 lat")."""
        ages = list(self.ages)
        for word, many in hits:
            near = [(start < word and any(end <= link < word for link in links),
                     max(start - word - 1, word - end), start > word, i)
                    for i, (start, end) in enumerate(self.where)]
            near = [n for n in near if n[1] <= MULTIPLE_GAP or len(self.ages) == 1]
            if near:
                ages += [self.ages[min(near)[3]]] * (many - 1)
        return ages
