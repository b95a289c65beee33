"""Accuracy of understanding on the tables of parent phrases, per language and per kind.

Run from the project root: `python -m bench.understanding [--failures] [--language pl]`.
Prints the first table (or `--cases`), then, where `tests/cases/parents/` exists, the
independent table and its held-out fifth side by side: language, need (the right one in the
top two), wrong (the share of cases confidently given a need that is not acceptable), age and
place. `--split` instead halves the main table by a hash of each text into TUNE and CHECK and
prints both (failures of TUNE only), never reading the held-out fifth: tune on one half,
estimate generalisation on the other. `--batches` prints the independent table again per
batch of writing: the first writers' cases and each later fresh batch (ids with `-f<N>-`), so a
later batch cannot hide how the first held-out fifth fares.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.table import cell
from finder.languages import LANGUAGES
from tests.cases import scoring

COLUMN = 16


def table(outcomes: Sequence[scoring.Outcome], languages: Sequence[str]) -> str:
    """One row per language and one for all, one column per kind."""
    lines = ["lang  cases" + "".join(kind.rjust(COLUMN) for kind in scoring.KINDS)]
    rows = [(lang, lang) for lang in languages] + [("all", None)]
    for label, language in rows:
        count = sum(1 for o in outcomes if language in (None, o.case.language))
        tallies = scoring.tally(outcomes, language)
        lines.append(f"{label:<5}{count:>6}" + "".join(
            cell(tallies[k].right, tallies[k].total, COLUMN) for k in scoring.KINDS))
    return "\n".join(lines)


PARENT_COLUMNS = ("language", "need", "wrong", "age", "place")
SHORT = 7


def _short(tally: scoring.Tally, kind: str) -> str:
    if not tally.total:
        return "-".rjust(SHORT)
    share = 1 - tally.accuracy if kind == "wrong" else tally.accuracy
    return f"{share:6.1%}".rjust(SHORT)


def _half(outcomes: Sequence[scoring.Outcome], language: str | None) -> str:
    count = sum(1 for o in outcomes if language in (None, o.case.table))
    tallies = scoring.tally(outcomes, language)
    return f"{count:>5}" + "".join(_short(tallies[k], k) for k in PARENT_COLUMNS)


def parent_table(main: Sequence[scoring.Outcome], held: Sequence[scoring.Outcome],
                 languages: Sequence[str], titles: tuple[str, str] = ("main table",
                                                                      "held-out fifth")) -> str:
    """The independent table and its held-out fifth (or two halves), side by side."""
    head = f"{'cases':>5}" + "".join(k[:SHORT - 1].rjust(SHORT) for k in PARENT_COLUMNS)
    lines = [f"{'':<5}{titles[0]:<{len(head)}}   {titles[1]}",
             f"{'lang':<5}{head}   {head}"]
    for label, language in [(lang, lang) for lang in languages] + [("all", None)]:
        lines.append(f"{label:<5}{_half(main, language)}   {_half(held, language)}")
    return "\n".join(lines)


def _expected(case: scoring.Case) -> str:
    parts = [f"language={'/'.join(case.languages) or case.language}"]
    for name in ("needs", "needs_ok", "age_months", "expecting", "safety"):
        if getattr(case, name) is not None:
            parts.append(f"{name}={getattr(case, name)}")
    if case.tests_place:
        parts.append(f"district={case.district}")
    return " ".join(parts)


def _found(found) -> str:
    place = found.place
    where = None if place is None else ("outside" if place.outside else place.district)
    if place is None and found.place_candidates:
        where = "ask:" + "/".join(str(p.district) for p in found.place_candidates)
    return (f"language={found.language} other={found.other_language} needs={found.needs} "
            f"sure={found.need_confident} age_months={found.age_months} "
            f"expecting={found.expecting} district={where} safety={found.safety}")


def failures(outcomes: Sequence[scoring.Outcome]) -> str:
    """Each failing case: its id, the kinds it failed, its text, what was expected and found."""
    blocks = []
    for outcome in outcomes:
        if outcome.failed_kinds:
            blocks.append(f"{outcome.case.id} [{', '.join(outcome.failed_kinds)}]\n"
                          f"  text:     {outcome.case.text}\n"
                          f"  expected: {_expected(outcome.case)}\n"
                          f"  found:    {_found(outcome.found)}")
    return "\n".join(blocks) or "no failing cases"


def split_table(main_cases: Sequence[scoring.Case], interpret, languages: Sequence[str],
                show_failures: bool, both_halves: bool = False) -> str:
    """The main table's TUNE and CHECK halves side by side, with TUNE's failures if asked (and
    CHECK's too with `both_halves`: the held-out fifth is never listed)."""
    tune = scoring.run([c for c in main_cases if scoring.half(c) == scoring.TUNE], interpret)
    check = scoring.run([c for c in main_cases if scoring.half(c) == scoring.CHECK], interpret)
    text = "independent table, halved\n" + parent_table(tune, check, languages,
                                                         ("TUNE half", "CHECK half"))
    listed = [*tune, *check] if both_halves else tune
    return text + ("\n\n" + failures(listed) if show_failures else "")


BATCH = re.compile(r"-f(\d+)-")


def batch(case: scoring.Case) -> str:
    """ "first" for the first writers' cases, "fresh N" for a batch written in session N."""
    found = BATCH.search(case.id)
    return f"fresh {found.group(1)}" if found else "first"


def batch_tables(main: Sequence[scoring.Outcome], held: Sequence[scoring.Outcome],
                 languages: Sequence[str]) -> str:
    """The main table and held-out fifth once per batch of writing."""
    names = sorted({batch(o.case) for o in [*main, *held]})
    return "\n\n".join(
        f"batch: {name}\n" + parent_table([o for o in main if batch(o.case) == name],
                                          [o for o in held if batch(o.case) == name], languages)
        for name in names)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every failing case")
    parser.add_argument("--language", choices=LANGUAGES, help="only cases in this language")
    parser.add_argument("--cases", type=Path, default=scoring.CASES_FILE,
                        help="the case file (default: the table the floor test holds; "
                             "tests/cases/heldout.yaml was never used to tune the lexicons)")
    parser.add_argument("--split", action="store_true",
                        help="the independent table's TUNE and CHECK halves only (no held-out)")
    parser.add_argument("--both-halves", action="store_true",
                        help="with --split --failures, list the CHECK half's failures too")
    parser.add_argument("--batches", action="store_true",
                        help="also print the independent table per batch of writing")
    args = parser.parse_args(argv)
    interpret = scoring.build_interpreter()
    if interpret is None:
        print("finder.understand.Understander does not exist yet", file=sys.stderr)
        return 2
    languages = [args.language] if args.language else LANGUAGES
    if args.split:
        main_cases = [c for c in scoring.load_parent_table() if args.language in (None, c.table)]
        print(split_table(main_cases, interpret, languages, args.failures, args.both_halves))
        return 0
    cases = [c for c in scoring.load_cases(args.cases) if args.language in (None, c.language)]
    outcomes = scoring.run(cases, interpret)
    print(table(outcomes, [args.language] if args.language else LANGUAGES))
    if args.failures:
        print("\n" + failures(outcomes))
    main_cases = [c for c in scoring.load_parent_table() if args.language in (None, c.table)]
    if main_cases:
        held = [c for c in scoring.load_parent_table(scoring.HELDOUT_DIR)
                if args.language in (None, c.table)]
        main_outcomes = scoring.run(main_cases, interpret)
        held_outcomes = scoring.run(held, interpret)
        shown = [args.language] if args.language else LANGUAGES
        print("\nindependent table (tests/cases/parents)\n" + parent_table(
            main_outcomes, held_outcomes, shown))
        if args.batches:
            print("\n" + batch_tables(main_outcomes, held_outcomes, shown))
        if args.failures:  # the main table only: the held-out fifth is never read to tune
            print("\n" + failures(main_outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
