"""Training time of the need and safety models on the real corpora, beside a floor.

Run from the project root: `python -m bench.training` (a minute or so; not a test). Each model
is trained from scratch (no cache), as a process that finds no kept model does. The floor is
measured in the same run: splitting every training text into words, the least any training
of word features must do. Building the examples (the safety templates' expansion) is timed
apart: it happens before training and is not part of it. The safety model is one model per
language: its row is their sum.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from finder.directory import content
from finder.understand import classifier
from finder.understand.corpus import examples, read_corpus
from finder.understand.safety_model import SAFETY_EPOCHS, by_language, read_training
from finder.understand.text import words
from tests.cases.scoring import CONTENT_DIR


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds `work` took (wall clock) and what it returned."""
    start = time.perf_counter()
    done = work()
    return time.perf_counter() - start, done


def floor(texts: list[str]) -> float:
    """Seconds to split `texts` into words, none of them remembered from before."""
    words.cache_clear()
    return timed(lambda: [words(text) for text in texts])[0]


def main() -> None:
    """Print, per model, examples built, floor and training time."""
    loaded = content.load(CONTENT_DIR)
    built, needs = timed(lambda: examples(read_corpus(loaded.root), loaded.lexicons,
                                          loaded.places))
    safety_built, safety = timed(lambda: by_language(
        read_training(loaded.root), needs, loaded.safety_corpus))
    print(f"{'model':<10}{'examples':>10}{'built s':>10}{'floor s':>10}{'train s':>10}")
    rows = [("need", [needs], built, classifier.EPOCHS, classifier.NEED_L2),
            ("safety", list(safety.values()), safety_built, SAFETY_EPOCHS, classifier.L2)]
    for name, parts, seconds, epochs, l2 in rows:  # the safety model is one model per language
        least = sum(floor([text for text, _ in found]) for found in parts)
        took = sum(timed(lambda found=found, epochs=epochs, l2=l2: classifier.train(
            sorted(found), epochs, l2))[0] for found in parts)
        print(f"{name:<10}{sum(map(len, parts)):>10}{seconds:>10.2f}{least:>10.2f}{took:>10.2f}")


if __name__ == "__main__":
    main()
