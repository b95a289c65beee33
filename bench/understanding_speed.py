"""Interpret latency: typical parent messages and the worst inputs, against a raw floor.

Run from the project root: `python -m bench.understanding_speed` (about half a minute; not a
test). The floor is measured in the same run: Unicode normalisation of the same text plus one
rapidfuzz `extractOne` of it over the place names, the least any reading of the text must do.
What was built before the first message is frozen out of the garbage collector's reach, as
gunicorn.conf.py's `when_ready` does in the server: otherwise one full collection of the
models, lexicons and gazetteer (80 ms and more) lands in whichever message is being read.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable

from rapidfuzz import fuzz, process, utils

from finder.directory import content
from finder.understand import Understander
from finder.understand.interpret import MAX_CHARACTERS
from tests.cases import scoring

REPEATS = 30
WORST = {  # each padded to the longest message a channel accepts, then cut by interpret
    "digits and units": "12 3 m 4 yrs 5 and 6 and 7 ",
    "digits only": "1 2 3 4 5 6 7 8 9 ",
    "number words": "two three four five and six years ",
    "place-like words": "braunstone bosworth market kirby wigston ",
    "U+FDFA (expands 18x)": "\ufdfa",
    "arabic script": "ابني عمره ثلاث سنوات لا ينام ",
    "gurmukhi": "ਮੇਰਾ ਬੱਚਾ ਤਿੰਨ ਸਾਲ ਦਾ ਹੈ ",
    "no spaces": "a" * 40,
    "postcodes": "LE1 1AA CV11 4BB NG7 ",
    "misspellings": "sleeeep brestfeding tantrms behavoiur loughbrough ",
    "polish number words": "dwa trzy cztery lata pięć i sześć miesięcy w ",
    "urdu number words": "teen saal ka aur do saal ki ایک دو تین سال کا ",
    "gujarati number words": "બે ત્રણ ચાર વર્ષ ek be tran saal nu ",
    "somali number words": "laba saddex afar sano iyo shan bilood ",
    "arabic number words": "ثلاث سنوات وأربعة اثنين خمسة عمره ",
    "place names": "Oadby Wigston Hinckley Loughborough Melton Coalville Lutterworth "
                   "Braunstone Town Belgrave Highfields Syston Birstall Anstey Blaby Enderby "
                   "Narborough Glenfield Thurmaston Oakham Uppingham Earl Shilton Barwell "
                   "Burbage Ibstock Shepshed Kegworth Castle Donington Ashby Measham Market "
                   "Harborough Nuneaton Coventry Grantham Corby Stamford Nottingham ",
    "place-like made-up words": " ".join(f"{c}{v}{end}" for end in ("ston", "ley", "by", "worth")
                                         for c in "bcdfghklmnprstw" for v in "aeiou") + " ",
    "safety words": "he hits me and the kids he threatened to kill me ",
    "misspelt safety words": "he hitts me strangeld chocked threattened to kil me sucidal ",
    "arabic-script made-up words": " ".join(f"{c}{v}{end}" for end in ("ستون", "لي", "بي", "ورث")
                                            for c in "بتجدرسشفقكلمنهو" for v in "اوي") + " ",
    "long made-up words": " ".join(f"{c}{v}{c}ernationalisationing" for c in "bcdfghklmnprstw"
                                   for v in "aeiou") + " ",
    "latin and arabic mixed": "my son ابني is 3 سنوات he hits يضرب me help ساعدني ",
    "emoji": "😭👶🏽🍼💔🙏 ",
    "mixed scripts": "my beta ਤਿੰਨ saal ka ہے في ليستر બેલગ્રેવ Oadby LE4 ",
}
LONGEST = 1600


def timed(call: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float, float]:
    """p50 and p99 of `call` in milliseconds of this thread's CPU time, and its first call's
    (caches cold for what is new in it: with 30 repeats, p99 is the slowest, most often that)."""
    cpu = []
    for _ in range(repeats):
        start = time.thread_time()
        call()
        cpu.append((time.thread_time() - start) * 1000)
    first = cpu[0]
    cpu.sort()
    return statistics.median(cpu), cpu[min(repeats - 1, int(repeats * 0.99))], first


def typical(interpret: Callable[[str], object], texts: list[str]) -> str:
    """p50 and p99 over every case text: first sight (cold caches), then again (warm)."""
    figures = []
    for _ in ("cold", "warm"):
        cpu = []
        for text in texts:
            start = time.thread_time()
            interpret(text)
            cpu.append((time.thread_time() - start) * 1000)
        cpu.sort()
        figures.append(f"p50 {statistics.median(cpu):.2f}  "
                       f"p99 {cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))]:.2f}")
    return f"cold {figures[0]};  warm {figures[1]}"


def main() -> int:
    site = content.load(scoring.CONTENT_DIR)
    understander = Understander.from_content(site)
    names = [p["name"] for p in site.places]
    texts = [case.text for case in scoring.load_cases()]
    gc.freeze()  # as the server does once it is warm (gunicorn.conf.py)
    print(f"load average {os.getloadavg()[0]:.2f}; cap {MAX_CHARACTERS} characters "
          "after normalisation; CPU milliseconds; built objects frozen out of the GC")
    print(f"typical ({len(texts)} case texts): {typical(understander.interpret, texts)}\n")
    print(f"{'worst input (1,600 chars)':<28}{'p50':>8}{'p99':>8}{'floor p50':>11}{'ratio':>8}"
          f"{'first':>8}")
    worst = 0.0
    for name, unit in WORST.items():
        text = (unit * (LONGEST // len(unit) + 1))[:LONGEST]
        p50, p99, first = timed(lambda t=text: understander.interpret(t))
        floor, _, _ = timed(lambda t=text: process.extractOne(
            unicodedata.normalize("NFKD", t), names, scorer=fuzz.WRatio,
            processor=utils.default_process))
        worst = max(worst, p99)
        print(f"{name:<28}{p50:>8.2f}{p99:>8.2f}{floor:>11.2f}{p50 / max(floor, 1e-3):>8.1f}"
              f"{first:>8.2f}")
    print(f"\nworst p99: {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
