"""Scoring safety recognition against the independent tables in `tests/cases/safety/`.

Shared by `bench/safety.py` (which prints the figures) and the accuracy test (which holds them
to a floor). A disclosure is recalled when its kind is among the kinds found and nothing found
lies outside `safety` + `also` (danger to life and a child in danger may stand together, 999
first); a look-alike is a false alarm when any kind is found.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from finder.languages import LANGUAGES
from finder.understand.types import SAFETY_KINDS
from tests.cases import scoring as parents

TABLES = Path(__file__).with_name("safety")
NEGATIVE = "look-alike"  # the column for cases that must raise nothing
TUNE, CHECK = "tune", "check"  # halves of the main table: vocabulary from TUNE failures only
# Parents-table needs whose messages may rightly bring lines: abuse at home, and a child's
# violence to the parent (a safeguarding worker may name it either way).
ORDINARY_EXCEPT = frozenset({"domestic-abuse", "child-to-parent-harm"})
# A child whose life is in danger (a teenager's overdose, a toddler who swallowed pills) is both:
# the finder names both, 999 first, and the table may name either; the other is no error.
TOGETHER = frozenset({"danger-to-life", "child-in-danger"})


@dataclass(frozen=True)
class Case:
    """One message from the table: the kind a safeguarding worker names first, or none."""

    id: str
    text: str
    language: str
    kind: str | None
    also: tuple[str, ...] = ()

    @property
    def column(self) -> str:
        return self.kind or NEGATIVE


@dataclass(frozen=True)
class Outcome:
    case: Case
    found: tuple[str, ...]

    @property
    def right(self) -> bool:
        if self.case.kind is None:
            return not self.found
        return heard(self.case.kind, self.found, self.case.also)


def heard(kind: str, found: Iterable[str], also: Iterable[str] = ()) -> bool:
    """A disclosure heard as the table scores it: its `kind` found, and nothing outside it,
    the kinds `also` a worker would name too, and TOGETHER's other kind."""
    allowed = {kind, *also} | (TOGETHER if kind in TOGETHER else set())
    found = set(found)
    return kind in found and found <= allowed


def table_path(language: str, heldout: bool = False) -> Path:
    return TABLES / "heldout" / f"{language}.yaml" if heldout else TABLES / f"{language}.yaml"


def load(languages: Iterable[str] = LANGUAGES, heldout: bool = False) -> list[Case]:
    """The cases of the main (or held-out) table for `languages`; absent files give none."""
    cases = []
    for language in languages:
        path = table_path(language, heldout)
        if not path.exists():
            continue
        for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            kinds = record.get("safety") or []
            cases.append(Case(id=record["id"], text=str(record["text"]),
                              language=record["language"], kind=kinds[0] if kinds else None,
                              also=tuple(record.get("also") or ())))
    return cases


def ordinary_messages() -> list[parents.Case]:
    """The parents table's messages (main files only) that are neither a disclosure, nor about
    abuse at home, nor a child's violence to the parent: none should raise a safety reply."""
    return [case for case in parents.load_parent_table() if case.safety is None
            and not ORDINARY_EXCEPT.intersection((*(case.needs or ()), *case.needs_ok))]


def half(case: Case) -> str:
    """TUNE or CHECK: a fixed half of the main table, by a hash of the case's text."""
    return CHECK if zlib.crc32(case.text.encode()) % 2 else TUNE


def run(cases: Iterable[Case], kinds_of: Callable[[str], tuple[str, ...]]) -> list[Outcome]:
    return [Outcome(case, tuple(kinds_of(case.text))) for case in cases]


@dataclass(frozen=True)
class Tally:
    right: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


def tally(outcomes: Iterable[Outcome], language: str | None = None,
          column: str | None = None) -> Tally:
    """Right answers among the outcomes in `language` and `column` (None: all)."""
    chosen = [o for o in outcomes if language in (None, o.case.language)
              and (column is None or o.case.column == column)]
    return Tally(sum(o.right for o in chosen), len(chosen))


def recall(outcomes: Iterable[Outcome], language: str | None = None) -> Tally:
    """Disclosures heard rightly, all kinds together."""
    outcomes = list(outcomes)
    parts = [tally(outcomes, language, kind) for kind in SAFETY_KINDS]
    return Tally(sum(p.right for p in parts), sum(p.total for p in parts))


def false_alarms(outcomes: Iterable[Outcome], language: str | None = None) -> Tally:
    """Look-alikes that raised a kind (`right` counts the alarms here)."""
    quiet = tally(outcomes, language, NEGATIVE)
    return Tally(quiet.total - quiet.right, quiet.total)
