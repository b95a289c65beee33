"""Safety recognition on the independent tables: recall and false alarms per language and kind.

Run from the project root: `python -m bench.safety [--failures] [--language pl] [--split]
[--model-only] [--ordinary]`.
The main table is the one to tune on; the held-out fifth is printed beside it and never listed
case by case, so that nobody tunes on it. `--split` also halves the main table by a hash of each
text: vocabulary is written from the TUNE half's failures only (`--failures` then lists just
those), and the CHECK half's recall estimates how far the recognition generalises. `--ordinary`
counts the ordinary messages of the parents table (not disclosures, not about abuse at home, not
a child's violence to the parent) that raise a safety reply, per half of that table.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bench.table import cell
from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand import Understander
from finder.understand.text import words
from finder.understand.types import SAFETY_KINDS
from tests.cases import safety_scoring as scoring
from tests.cases import scoring as parents
from tests.cases.scoring import CONTENT_DIR

COLUMN = 15
TUNE, CHECK = scoring.TUNE, scoring.CHECK


def table(outcomes: Sequence[scoring.Outcome], languages: Sequence[str]) -> str:
    """Per language: recall by kind and overall, then false alarms among look-alikes."""
    head = "".join(k.rjust(COLUMN) for k in (*SAFETY_KINDS, "recall", "false alarms"))
    lines = ["lang " + head]
    for label, language in [(lang, lang) for lang in languages] + [("all", None)]:
        cells = [scoring.tally(outcomes, language, kind) for kind in SAFETY_KINDS]
        cells += [scoring.recall(outcomes, language), scoring.false_alarms(outcomes, language)]
        lines.append(f"{label:<5}" + "".join(cell(c.right, c.total, COLUMN) for c in cells))
    return "\n".join(lines)


def failures(outcomes: Sequence[scoring.Outcome]) -> str:
    wrong = [o for o in outcomes if not o.right]
    return "\n".join(f"{o.case.id}: expected {o.case.kind or '[]'}"
                     f"{' (also ' + ', '.join(o.case.also) + ')' if o.case.also else ''}, "
                     f"found {list(o.found)}\n  {o.case.text}" for o in wrong) or "none"


def ordinary(kinds_of: Callable[[str], tuple[str, ...]], languages: Sequence[str],
             listed: bool) -> str:
    """Per language and half of the parents table, the ordinary messages raising a reply;
    `listed`: the TUNE half's firing messages too (CHECK's stay unlisted, as its cases do)."""
    cases = [case for case in scoring.ordinary_messages() if case.table in languages]
    firing = {case.id: kinds_of(case.text) for case in cases}

    def count(language: str | None, name: str) -> str:
        chosen = [case for case in cases
                  if parents.half(case) == name and language in (None, case.table)]
        return f"{sum(bool(firing[case.id]) for case in chosen)}/{len(chosen)}"

    lines = ["lang " + "".join(name.upper().rjust(COLUMN) for name in (TUNE, CHECK))]
    for label, language in [(lang, lang) for lang in languages] + [("all", None)]:
        lines.append(f"{label:<5}" + "".join(count(language, name).rjust(COLUMN)
                                             for name in (TUNE, CHECK)))
    if listed:
        lines += [f"  {case.id}: {list(firing[case.id])} {case.text}" for case in cases
                  if firing[case.id] and parents.half(case) == TUNE]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list failing main cases")
    parser.add_argument("--language", choices=LANGUAGES, help="only this language")
    parser.add_argument("--split", action="store_true",
                        help="score the TUNE and CHECK halves of the main table (no held-out)")
    parser.add_argument("--model-only", action="store_true",
                        help="score the statistical model alone, without the phrases")
    parser.add_argument("--ordinary", action="store_true",
                        help="also count the parents table's ordinary messages raising a reply")
    parser.add_argument("--both-halves", action="store_true",
                        help="with --split --failures, list the CHECK half's failures too")
    args = parser.parse_args(argv)
    languages = [args.language] if args.language else list(LANGUAGES)
    finder = Understander.from_content(content.load(CONTENT_DIR)).safety
    kinds_of = lambda text: finder.kinds(words(text).tokens)  # noqa: E731
    if args.model_only:
        kinds_of = lambda text: finder.model_kinds(words(text).tokens)  # noqa: E731
    main_outcomes = scoring.run(scoring.load(languages), kinds_of)
    print("main table (tuned on)\n" + table(main_outcomes, languages))
    if args.split:
        for name in (TUNE, CHECK):
            chosen = [o for o in main_outcomes if scoring.half(o.case) == name]
            print(f"\n{name.upper()} half of the main table\n" + table(chosen, languages))
        if not args.both_halves:
            main_outcomes = [o for o in main_outcomes if scoring.half(o.case) == TUNE]
    else:
        heldout = scoring.run(scoring.load(languages, heldout=True), kinds_of)
        print("\nheld-out fifth (never tuned on)\n" + table(heldout, languages))
    if args.failures:
        print("\nfailing main cases\n" + failures(main_outcomes))
    if args.ordinary:
        print("\nordinary parent messages raising a safety reply\n"
              + ordinary(kinds_of, languages, args.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
