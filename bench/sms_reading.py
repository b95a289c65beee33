"""What reading the SMS bench's own texts costs, part by part: each read afresh, and again.

    python -m bench.sms_reading [--rounds 20]

The texts are those of `bench/sms.py`'s traffic that the SMS tools read every time (longer
than `SHORT_TEXT`: a parent's own words, not an answer kept once read). Word-keyed caches are
warmed first by one pass (as in a worker that has read many texts); then each round reads
every text twice: "fresh" with every cache keyed by a whole message or a run of its words
emptied just before (as for a message the worker has never seen), then "again" with them
full (what the speed bench's repeated texts cost). Thread CPU time per part, as
`bench.interpret_profile` times it. Not a test; about 20 seconds.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import time

from bench.interpret_profile import instrument
from bench.sms import TRAFFIC
from bench.timing import SPENT
from finder.directory import content
from finder.directory.tools import SHORT_TEXT
from finder.understand import Understander
from tests.cases import scoring

# Caches keyed by one word (or a word and fixed arguments): a new message is mostly words
# read before, so these stay warm. Every other cache in finder.understand is emptied.
WORD_KEYED = frozenset({"_pair_feature", "stem", "sound", "loose", "_alarm", "_alike_words",
                        "_nearest_word", "_read_token"})


def message_caches() -> list[functools._lru_cache_wrapper]:
    """The understander's caches keyed by a message or a run of its words."""
    return [found for found in gc.get_objects()
            if isinstance(found, functools._lru_cache_wrapper)
            and getattr(found.__wrapped__, "__module__", "").startswith("finder.understand")
            and found.__wrapped__.__name__ not in WORD_KEYED]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the texts")
    args = parser.parse_args()
    understander = Understander.from_content(content.load(scoring.CONTENT_DIR))
    texts = [text for text in dict.fromkeys(TRAFFIC) if len(text) > SHORT_TEXT]
    for text in texts:
        understander.interpret(text)
    instrument(understander)
    caches = message_caches()
    gc.freeze()
    totals = {"fresh": 0, "again": 0}
    parts: dict[str, dict[str, int]] = {"fresh": {}, "again": {}}
    for _ in range(args.rounds):
        for text in texts:
            for cache in caches:
                cache.cache_clear()
            for kind in ("fresh", "again"):
                SPENT.clear()
                started = time.thread_time_ns()
                understander.interpret(text)
                totals[kind] += time.thread_time_ns() - started
                for name, spent in SPENT.items():
                    parts[kind][name] = parts[kind].get(name, 0) + spent
    reads = args.rounds * len(texts)
    print(f"{len(texts)} texts x {args.rounds} rounds, {len(caches)} message caches emptied "
          f"before each fresh reading (load average {os.getloadavg()[0]:.1f})")
    print(f"{'part':<18}{'fresh':>9}{'again':>9}  (µs a text)")
    print(f"{'interpret':<18}{totals['fresh'] / reads / 1000:9.1f}"
          f"{totals['again'] / reads / 1000:9.1f}")
    for name in sorted(parts["fresh"], key=lambda n: -parts["fresh"][n]):
        print(f"  {name:<16}{parts['fresh'][name] / reads / 1000:9.1f}"
              f"{parts['again'].get(name, 0) / reads / 1000:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
