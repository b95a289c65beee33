"""Where interpret's time goes: µs a text per part, over the parents table and the worst inputs.

Run from the project root: `python -m bench.interpret_profile` (about a minute; not a test).
Each part the understander calls is timed in place, in this thread's CPU time (a wrapper
around it, so parts nested in others count in both), first over every parents-table text once
(cold: the understander's caches empty), then again (warm), then over the worst inputs of
`bench.understanding_speed`. `--cprofile` adds cProfile's largest own times (warm pass).
"""

from __future__ import annotations

import cProfile
import gc
import os
import pstats
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.timing import SPENT, timed
from bench.understanding_speed import LONGEST, WORST
from finder.directory import content
from finder.understand import Understander
from finder.understand import interpret as interpret_module
from tests.cases import scoring


def instrument(u: Understander) -> None:
    """Wrap each part interpret calls, on its instance."""
    parts = {"place": (u.gazetteer, "resolve"), "language.heard": (u.languages, "heard"),
             "language.detect": (u.languages, "detect"), "age": (u.ages, "read"),
             "need.lexicon": (u.needs, "scores"), "need.model": (u, "_add_model"),
             "arguing": (u.arguing, "redirect"), "other_language": (u, "_other"),
             "safety": (u.safety, "kinds"), "greeting": (u.languages, "greets"),
             "feeling": (u.feelings, "only_feeling")}
    for name, (owner, attribute) in parts.items():
        object.__setattr__(owner, attribute, timed(getattr(owner, attribute), name))
    for name in ("capped", "words", "chosen"):
        setattr(interpret_module, name, timed(getattr(interpret_module, name), name))


def report(title: str, texts: list[str], interpret: Callable[[str], Any]) -> None:
    SPENT.clear()
    start = time.thread_time()
    for text in texts:
        interpret(text)
    total = (time.thread_time() - start) / len(texts) * 1e6
    print(f"\n{title}: {total:.0f} µs a text over {len(texts)} texts")
    for name, spent in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<18}{spent / len(texts) / 1000:9.1f} µs")


def main() -> int:
    understander = Understander.from_content(content.load(scoring.CONTENT_DIR))
    instrument(understander)
    texts = [case.text for case in scoring.load_parent_table()]
    gc.freeze()
    print(f"load average {os.getloadavg()[0]:.2f}")
    report("parents table, cold", texts, understander.interpret)
    report("parents table, warm", texts, understander.interpret)
    worst = [(unit * (LONGEST // len(unit) + 1))[:LONGEST] for unit in WORST.values()]
    report("worst inputs, warm", worst * 3, understander.interpret)
    if "--cprofile" in sys.argv:
        profile = cProfile.Profile()
        profile.runcall(lambda: [understander.interpret(text) for text in texts])
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
