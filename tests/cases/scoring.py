"""Scoring understanding against the tables of parent messages.

`understanding.yaml` and `heldout.yaml` are the first tables. `parents/<lang>.yaml` is the
independent table (written by someone who never read the corpus or lexicons) and
`parents/heldout/<lang>.yaml` its fifth held aside: read here and by the bench only, never
opened to tune. Parent-table cases may list `needs_ok` (other acceptable needs), a district of
`ask` (no place, candidates offered) and a language of `other` or a list of acceptable ones;
they are also judged for a "wrong" need: any need returned outside needs + needs_ok.

Shared by `bench/understanding.py` (which prints the figures) and the accuracy tests (which
hold them to a floor), so both always judge a case the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

import finder.understand
from finder.config import DEFAULTS
from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand.types import Interpretation

CONTENT_DIR = Path(DEFAULTS["CONTENT_DIR"])
CASES_FILE = Path(__file__).with_name("understanding.yaml")
PARENTS_DIR = Path(__file__).with_name("parents")
HELDOUT_DIR = PARENTS_DIR / "heldout"
KINDS = ("language", "need", "age", "place", "safety")
PARENT_KINDS = ("language", "need", "wrong", "age", "place")  # "wrong": right = none wrong
ALL_KINDS = (*KINDS, "wrong")
OUTSIDE = "outside"
ASK = "ask"
OTHER = "other"
CASE_KEYS = frozenset({"id", "text", "language", "needs", "age_months", "expecting",
                       "district", "safety"})
PARENT_KEYS = CASE_KEYS | {"needs_ok"}


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
    needs_ok: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # every acceptable language; () means just `language`
    group: str = ""  # the table a case came from (its file's language); "" means `language`
    strict: bool = False  # a parent-table case: also judged for wrong needs

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of understanding this case tests, in the order of ALL_KINDS."""
        tested = {"language": True, "need": self.needs is not None,
                  "age": self.age_months is not None or self.expecting is not None,
                  "place": self.tests_place, "safety": self.safety is not None,
                  "wrong": self.strict and self.needs is not None}
        return tuple(kind for kind in ALL_KINDS if tested[kind])

    @property
    def table(self) -> str:
        """The language row a case is counted in."""
        return self.group or self.language


def case_from_record(record: dict[str, Any]) -> Case:
    """A Case from one YAML mapping; lists become tuples so cases are hashable."""
    def optional_tuple(key: str) -> tuple | None:
        value = record.get(key)
        return None if value is None else tuple(value)

    language = record["language"]
    languages = tuple(language) if isinstance(language, list) else (language,)
    return Case(id=str(record["id"]), text=str(record["text"]), language=languages[0],
                needs=optional_tuple("needs"), age_months=optional_tuple("age_months"),
                expecting=record.get("expecting"), tests_place="district" in record,
                district=record.get("district"), safety=optional_tuple("safety"),
                needs_ok=optional_tuple("needs_ok") or (), languages=languages)


def load_parent_table(folder: Path = PARENTS_DIR) -> list[Case]:
    """Every case of the independent table in `folder` (one file per language), or none."""
    if not folder.is_dir():
        return []
    return [replace(case_from_record(record), group=path.stem, strict=True)
            for path in sorted(folder.glob("*.yaml"))
            for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []]


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


def strict_need_ok(case: Case, found: Interpretation) -> bool:
    """The parent table's rule: the first expected need in the top two and every expected need
    returned; none expected, none returned beyond `needs_ok`."""
    expected = case.needs or ()
    if not expected:
        return not set(found.needs) - set(case.needs_ok)
    return need_ok(expected, found.needs)


def asks_need(found: Interpretation) -> bool:
    """The finder is unsure and asks: the top two needs offered as numbered choices."""
    return not found.need_confident and len(found.needs) > 1


def none_wrong(case: Case, found: Interpretation) -> bool:
    """No need acted on that is neither expected nor acceptable: offering two as a question
    (`asks_need`) lets the parent choose, so it is not a wrong need."""
    return asks_need(found) or not set(found.needs) - set(case.needs or ()) - set(case.needs_ok)


TUNE, CHECK = "tune", "check"


def half(case: Case) -> str:
    """TUNE or CHECK, by a hash of the case's text: a fixed split of the main table, so that
    one half is tuned on and the other estimates how well the tuning generalises."""
    digest = hashlib.sha256(case.text.encode("utf-8")).digest()
    return TUNE if digest[0] % 2 == 0 else CHECK


def language_ok(case: Case, found: Interpretation) -> bool:
    """One of the acceptable languages; "other" wants a language the finder does not speak."""
    if OTHER in case.languages:
        return getattr(found, "other_language", None) is not None
    return found.language in case.languages


def place_ok(expected: str | None, found: Interpretation) -> bool:
    """A district slug, "outside" the region, "ask" (candidates offered), or None for none."""
    place = found.place
    if expected == ASK:
        return place is None and bool(found.place_candidates)
    if expected is None:
        return place is None
    if expected == OUTSIDE:
        return place is not None and place.outside
    return place is not None and not place.outside and place.district == expected


def judge(case: Case, found: Interpretation) -> dict[str, bool]:
    """Right or wrong for each kind the case tests."""
    checks: dict[str, Callable[[], bool]] = {
        "language": lambda: language_ok(case, found),
        "need": lambda: (strict_need_ok(case, found) if case.strict
                         else need_ok(case.needs or (), found.needs)),
        "wrong": lambda: none_wrong(case, found),
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


def run(cases: Iterable[Case], interpret: Callable[..., Interpretation]) -> list[Outcome]:
    """Interpret every case's text, with no language hint, and judge it.

    A message that says nothing of its language (`language_heard` false: a bare place name or
    postcode) is read again as the conversation would read it: in the case's language, the
    one the parent was writing in. A worker answers "coventry" in the language of the talk."""
    outcomes = []
    for case in cases:
        found = interpret(case.text)
        if not getattr(found, "language_heard", True) and case.language in LANGUAGES:
            found = interpret(case.text, language=case.language)
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
    tallies = {kind: Tally() for kind in ALL_KINDS}
    for outcome in outcomes:
        if language is not None and outcome.case.table != language:
            continue
        for kind, right in outcome.verdicts.items():
            tallies[kind].total += 1
            tallies[kind].right += right
            if not right:
                tallies[kind].failures.append(outcome.case.id)
    return tallies
