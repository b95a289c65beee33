"""Scoring understanding against the table of real parent phrases in `understanding.yaml`.

Shared by `bench/understanding.py` (which prints the figures) and the accuracy test (which
holds them to a floor), so both always judge a case the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import finder.understand
from finder.config import DEFAULTS
from finder.directory import content
from finder.understand.types import Interpretation

CONTENT_DIR = Path(DEFAULTS["CONTENT_DIR"])
CASES_FILE = Path(__file__).with_name("understanding.yaml")
KINDS = ("language", "need", "age", "place", "safety")
OUTSIDE = "outside"
CASE_KEYS = frozenset({"id", "text", "language", "needs", "age_months", "expecting",
                       "district", "safety"})


@dataclass(frozen=True)
class Case:
    """One parent message and what a fluent community worker would understand from it.

    A field left as None was not tested by the case; `district` is only tested when
    `tests_place` is true, because a tested district may itself be None (no place given).
    """

    id: str
    text: str
    language: str
    needs: tuple[str, ...] | None = None
    age_months: tuple[int, ...] | None = None
    expecting: bool | None = None
    tests_place: bool = False
    district: str | None = None
    safety: tuple[str, ...] | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of understanding this case tests, in the order of KINDS."""
        tested = {"language": True, "need": self.needs is not None,
                  "age": self.age_months is not None or self.expecting is not None,
                  "place": self.tests_place, "safety": self.safety is not None}
        return tuple(kind for kind in KINDS if tested[kind])


def case_from_record(record: dict[str, Any]) -> Case:
    """A Case from one YAML mapping; lists become tuples so cases are hashable."""
    def optional_tuple(key: str) -> tuple | None:
        value = record.get(key)
        return None if value is None else tuple(value)

    return Case(id=record["id"], text=str(record["text"]), language=record["language"],
                needs=optional_tuple("needs"), age_months=optional_tuple("age_months"),
                expecting=record.get("expecting"), tests_place="district" in record,
                district=record.get("district"), safety=optional_tuple("safety"))


def read_records(path: Path = CASES_FILE) -> list[dict[str, Any]]:
    """The raw YAML mappings, for the test that checks the file is well formed."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    return [case_from_record(record) for record in read_records(path)]


def build_interpreter(content_dir: Path = CONTENT_DIR) -> Callable[[str], Interpretation] | None:
    """The real understander's `interpret` over `content_dir`, or None until it exists."""
    understander = getattr(finder.understand, "Understander", None)
    if understander is None:
        return None
    return understander.from_content(content.load(content_dir)).interpret


def need_ok(expected: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """The first expected need is in the top two and every expected need is returned."""
    if not expected:
        return not found
    return expected[0] in found[:2] and set(expected) <= set(found)


def age_ok(case: Case, found: Interpretation) -> bool:
    ages_right = (case.age_months is None
                  or sorted(case.age_months) == sorted(found.age_months))
    return ages_right and (case.expecting is None or case.expecting == found.expecting)


def place_ok(expected: str | None, found: Interpretation) -> bool:
    """A district slug, "outside" the region, or None for no place named at all."""
    place = found.place
    if expected is None:
        return place is None
    if expected == OUTSIDE:
        return place is not None and place.outside
    return place is not None and not place.outside and place.district == expected


def judge(case: Case, found: Interpretation) -> dict[str, bool]:
    """Right or wrong for each kind the case tests."""
    checks: dict[str, Callable[[], bool]] = {
        "language": lambda: found.language == case.language,
        "need": lambda: need_ok(case.needs or (), found.needs),
        "age": lambda: age_ok(case, found),
        "place": lambda: place_ok(case.district, found),
        "safety": lambda: set(case.safety or ()) == set(found.safety),
    }
    return {kind: checks[kind]() for kind in case.kinds}


@dataclass(frozen=True)
class Outcome:
    """One case, what was understood, and the verdict for each kind it tests."""

    case: Case
    found: Interpretation
    verdicts: dict[str, bool]

    @property
    def failed_kinds(self) -> list[str]:
        return [kind for kind, right in self.verdicts.items() if not right]


def run(cases: Iterable[Case], interpret: Callable[[str], Interpretation]) -> list[Outcome]:
    """Interpret every case's text, with no language hint, and judge it."""
    outcomes = []
    for case in cases:
        found = interpret(case.text)
        outcomes.append(Outcome(case, found, judge(case, found)))
    return outcomes


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def tally(outcomes: Iterable[Outcome], language: str | None = None) -> dict[str, Tally]:
    """Accuracy per kind, over every case or only the cases written in `language`."""
    tallies = {kind: Tally() for kind in KINDS}
    for outcome in outcomes:
        if language is not None and outcome.case.language != language:
            continue
        for kind, right in outcome.verdicts.items():
            tallies[kind].total += 1
            tallies[kind].right += right
            if not right:
                tallies[kind].failures.append(outcome.case.id)
    return tallies
