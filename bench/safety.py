"""Safety recognition on the independent tables: recall and false alarms per language and kind.

Run from the project root: `python -m bench.safety [--failures] [--language pl] [--split]`.
The main table is the one to tune on; the held-out fifth is printed beside it and never listed
case by case, so that nobody tunes on it. `--split` also halves the main table by a hash of each
text: vocabulary is written from the TUNE half's failures only (`--failures` then lists just
those), and the CHECK half's recall estimates how far the recognition generalises.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bench.table import cell
from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand import Understander
from finder.understand.text import words
from finder.understand.types import SAFETY_KINDS
from tests.cases import safety_scoring as scoring
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list failing main cases")
    parser.add_argument("--language", choices=LANGUAGES, help="only this language")
    parser.add_argument("--split", action="store_true",
                        help="score the TUNE and CHECK halves of the main table (no held-out)")
    parser.add_argument("--model-only", action="store_true",
                        help="score the statistical model alone, without the phrases")
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
        main_outcomes = [o for o in main_outcomes if scoring.half(o.case) == TUNE]
    else:
        heldout = scoring.run(scoring.load(languages, heldout=True), kinds_of)
        print("\nheld-out fifth (never tuned on)\n" + table(heldout, languages))
    if args.failures:
        print("\nfailing main cases\n" + failures(main_outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
