"""What an age reading finds: the ages in a message, numbers read together, and months."""

from __future__ import annotations

import math
from dataclasses import dataclass

DAYS_PER_MONTH = 30.4375
MONTHS = {"years": 12.0, "months": 1.0, "weeks": 7 / DAYS_PER_MONTH, "days": 1 / DAYS_PER_MONTH}
PARENT_YEARS = (10, 70)
SHORT_UNITS = ("months", "weeks")  # "7, 4 and 9 months": only the last is in months
MAX_CHILD_MONTHS = 25 * 12 + 11
ADULT_YEARS = 18  # "main kalli mummy haan, 24 saal di": an adult's age near "I" is the parent's
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


@dataclass(frozen=True)
class Found:
    """Numbers read together ("4 and 7 years") and where the reading ended."""

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
