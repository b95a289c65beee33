"""The parent pages' three questions as data: what each answer in the query string means.

Pure: no Flask. The state of a parent's search lives only in the query string (need, age,
place), so a results page is a link a parent can share or come back to, and nothing is kept
on the server.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from finder.messages import parent as m

# Quick age choices: each is a handful of ages in months, so that a service suits the band
# when it suits any of them (a search's ages work as "at least one child").
AGE_BANDS: dict[str, tuple[int, ...]] = {
    "expecting": (),
    "under-1": (0, 6, 11),
    "1-2": (12, 24, 35),
    "3-4": (36, 48, 59),
    "5-10": (60, 96, 131),
    "11-15": (132, 156, 191),
    "16-plus": (192, 216),
}
AGE_LABELS = m.AGE_LABELS
ANY_AGE = "any"
MAX_MONTHS = 300
_MONTHS = re.compile(r"([0-9]{1,3})m")
STATE_KEYS = ("need", "q", "age", "place", "district")


class BadAnswer(ValueError):
    """A query-string answer that no form of ours produces (a hand-edited link)."""


@dataclass(frozen=True)
class Ages:
    """What the age answer asks of a search."""

    months: tuple[int, ...] = ()
    expecting: bool = False


def read_ages(values: Iterable[str]) -> Ages:
    """Band codes, "<n>m" (months) or "any" to ages for a search; anything else is a BadAnswer."""
    months: list[int] = []
    expecting = False
    for value in values:
        if value == "expecting":
            expecting = True
        elif value in AGE_BANDS:
            months.extend(AGE_BANDS[value])
        elif (found := _MONTHS.fullmatch(value)) and int(found[1]) <= MAX_MONTHS:
            months.append(int(found[1]))
        elif value != ANY_AGE:
            raise BadAnswer(value)
    return Ages(tuple(dict.fromkeys(months)), expecting)


def age_answer(months: Iterable[int], expecting: bool) -> list[str]:
    """The query-string form of ages a parent typed: "expecting" and "<n>m" per child."""
    answer = ["expecting"] if expecting else []
    answer += [f"{m}m" for m in months if 0 <= m <= MAX_MONTHS]
    return answer or [ANY_AGE]


def state_link(path: str, state: Mapping[str, list[str]], **changes: list[str]) -> str:
    """`path` with the search state (and `changes` to it) in its query string, in a fixed order."""
    merged = {**{k: state.get(k, []) for k in STATE_KEYS}, **changes}
    pairs = [(key, value) for key in STATE_KEYS for value in merged.get(key, [])]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def state_of(args: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Only the search state from a request's arguments (as lists, multi-values kept)."""
    return {key: list(args.get(key, [])) for key in STATE_KEYS if args.get(key)}
