"""How well and how fast place resolution copes with typos: `python bench/places.py`.

Every place name of five letters or more gets seeded single-letter typos (a letter dropped,
doubled, swapped with the next, or replaced by a neighbour on the keyboard); each is counted as
right, ambiguous (candidates offered), wrong or missed.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from finder.config import PROJECT_ROOT
from finder.directory import content
from finder.understand.place import Gazetteer

KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbour(char: str, rng: random.Random) -> str:
    for row in KEYBOARD:
        if char in row:
            i = row.index(char)
            return rng.choice(row[max(i - 1, 0):i] + row[i + 1:i + 2])
    return char


def typo(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    kind = rng.choice(["drop", "double", "swap", "neighbour"])
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + neighbour(name[i].lower(), rng) + name[i + 1:]


def main() -> None:
    loaded = content.load(PROJECT_ROOT / "content")
    gazetteer = Gazetteer.from_content(loaded)
    rng = random.Random(20240614)  # noqa: S311 - a benchmark, not security
    outcome: Counter[str] = Counter()
    for place in loaded.places:
        if len(place["name"]) < 5:
            continue
        for _ in range(3):
            match = gazetteer.resolve(f"we live in {typo(place['name'], rng)}")
            if match.place is not None:
                right = (match.place.district, match.place.outside) == \
                    (place.get("district"), bool(place.get("outside")))
                outcome["right" if right else "wrong"] += 1
            else:
                outcome["ambiguous" if match.candidates else "missed"] += 1
    total = sum(outcome.values())
    print(f"{total} typos: " + ", ".join(f"{k} {v} ({100 * v / total:.1f}%)"
                                         for k, v in outcome.most_common()))
    message = ("Hi, I'm a mum of two, my little boy is 3 and he won't sleep at night, we live "
               "near the park and I'm looking for a group to meet other parents, we're in "
               "Loughbrough")
    runs = 5000
    started = time.perf_counter()
    for _ in range(runs):
        gazetteer.resolve(message)
    print(f"{len(message)}-character message: "
          f"{(time.perf_counter() - started) / runs * 1000:.3f} ms per resolve")


if __name__ == "__main__":
    main()
