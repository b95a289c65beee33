"""Finding the place a parent names: postcodes, outcodes, towns, villages, estates and districts.

A `Gazetteer` is built once from `content/` (and the imported postcodes) and then answers
`resolve(text)` without touching files or the database. Names are matched as n-grams of the
normalised text: exactly first, then with typos through rapidfuzz, where the score needed grows
as words get shorter so that everyday words ("help", "sleep", "baby") never become places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from finder.understand import place_names
from finder.understand.place_away import away, is_moving
from finder.understand.place_names import LAST_LATIN, is_latin, min_score, normalise, other_scripts
from finder.understand.postcodes import PostcodeAreas, codes_in
from finder.understand.skeleton import Skeletons
from finder.understand.types import Place, PlaceMatch

AMBIGUITY_MARGIN = 4.0  # two readings scoring this close are both offered
MAX_CANDIDATES = 3
MAX_REMEMBERED = 50_000  # fuzzy readings kept
# A parent names a place or two, not hundreds: to bound a message's cost, only its first 16
# postcode-like stretches of each shape are read, names in its first 500 words (all 1,000
# characters hold), and typos in 48 different spans of each length.
MAX_NAME_WORDS, MAX_FUZZY = 500, 48  # (MAX_CODES: `postcodes`)
# A word this short is part of a longer name only where some name has it ("de la"): otherwise
# "braunstone ma" (Gujarati "in Braunstone") is no typo of "Braunstone Park".
SHORT_WORD = 3
CASE_ENDINGS = ("ze", "u", "em", "ie", "owi")  # Polish endings on an English place name
# A street's own word is never a typo: "london and" is London, not London Road.
STREET_WORDS = frozenset({"road", "rd", "street", "st", "lane"})
NO_PLACE = PlaceMatch()  # frozen: one for every message that names none


class _Hit(NamedTuple):  # (a tuple: made at less cost than a frozen dataclass)
    """One stretch of the text read as one or more places, with how sure the reading is."""

    rank: int  # 3 postcode, 2 outcode, 1 name
    score: float
    start: int
    places: tuple[Place, ...]

    @property
    def confident(self) -> bool:
        return len(self.places) == 1 or len({(p.district, p.outside) for p in self.places}) == 1


class Gazetteer:
    """Every place the finder knows, indexed for `resolve`."""

    def __init__(self, names: Mapping[str, list[Place]],
                 outcodes: Mapping[str, tuple[Place, ...]], postcodes: Mapping[str, Place],
                 areas: PostcodeAreas | None = None) -> None:
        self.areas = areas or PostcodeAreas({})
        self.names = dict(names)
        self.outcodes = dict(outcodes)
        self.postcodes = dict(postcodes)
        self.longest = max((len(key.split()) for key in self.names), default=1)
        self.buckets: dict[tuple[str, int], list[str]] = {}
        self.scripts: list[str] = []
        self.vocabulary: set[str] = set()
        self.everyday: frozenset[str] = frozenset()  # words of our languages: never a typo
        # Fuzzy readings per span: a bounded LRU, safe across threads.
        self.remembered = lru_cache(maxsize=MAX_REMEMBERED)(self._closest_to)
        # A lone word's reading, spelt right or as a typo: one look-up a word, not two.
        self.word_read = lru_cache(maxsize=MAX_REMEMBERED)(self._word)
        self.short_words = {w for key in self.names for w in key.split() if len(w) < SHORT_WORD}
        # Each longer name's first word, with its number of words.
        self.openings = {(key.split()[0], len(key.split())) for key in self.names if " " in key}
        self.opening_words = frozenset(first for first, _ in self.openings)
        for key in self.names:
            if is_latin(key):
                words = key.split()
                self.buckets.setdefault((key[0], len(words)), []).append(key)
                if len(words) > 1:
                    self.vocabulary.update(w for w in words if len(w) >= 4)
            else:
                self.scripts.append(key)
        # Each name put through the fuzzy processor once here, not at every look-up.
        self.folded = {bucket: [normalise(key) for key in keys]
                       for bucket, keys in self.buckets.items()}
        self.skeletons = Skeletons(self.scripts)
        starts = set(self.buckets) | {(key[0], len(key.split())) for key in self.scripts}
        self.script_keys = frozenset(key for key in self.scripts if " " not in key)
        # Their first four letters: a word less an ending is a name only where it starts with
        # one of these, so one set lookup rules most words out.
        self.script_heads = frozenset(key[:place_names.MIN_AFFIXED] for key in self.script_keys)
        letters = {size: {first for first, n in starts if n == size} for _, size in starts}
        # For each size, whether each Latin letter starts a name of so many words: one look-up
        # a word (`.get(first, True)`: any other may, as an Arabic preposition may come first).
        self.may_start = {size: {chr(c): chr(c) in letters.get(size, ()) for c in range(
            ord(LAST_LATIN) + 1)} for size in range(1, self.longest + 1)}

    @classmethod
    def from_content(cls, content: place_names.ContentLike,
                     postcodes: Mapping[str, tuple[str | None, float, float]] | None = None,
                     ) -> Gazetteer:
        """Index the content's places, districts and outcodes, and imported postcodes."""
        root = getattr(content, "root", None)
        place = place_names.place_maker({d["slug"]: d["area"] for d in content.districts})
        spellings = other_scripts(root)
        areas = PostcodeAreas.from_root(root)
        known = {normalise(p["name"]) for p in content.places}
        named = [(place(p["name"], "place", p.get("district"), p["lat"], p["lon"],
                        p.get("council")),
                  dict(p, aliases=[*p.get("aliases", []), *spellings.get(p["name"], [])]))
                 for p in content.places]
        named += [(place(d["name"], "district", d["slug"], d["lat"], d["lon"]),
                   dict(d, aliases=[*d.get("aliases", []), *spellings.get(d["name"], [])]))
                  for d in content.districts]
        named += [(place(t["name"], "place", None, t["lat"], t["lon"]),
                   dict(t, aliases=spellings.get(t["name"], [])))  # "مانشستر"
                  for t in areas.towns() if normalise(t["name"]) not in known]
        outcodes = {o["outcode"].upper(): tuple(
                        place(o["outcode"].upper(), "outcode", district, o["lat"], o["lon"])
                        for district in (o["district"], *o.get("shared_with", [])))
                    for o in content.outcodes}
        exact = {code: place(code, "postcode", district, lat, lon)
                 for code, (district, lat, lon) in (postcodes or {}).items()}
        gazetteer = cls(place_names.name_index(named), outcodes, exact, areas)
        gazetteer.learn_everyday([str(word) for data in (
            getattr(content, "lexicons", None) or {}).values() for word in data.get(
                "markers") or []], least=1)  # "bolto" (Gujarati "speaks") is no typo of Bolton
        return gazetteer

    def learn_everyday(self, texts: Iterable[str], least: int = 2) -> None:
        """Words parents use (in `least` of `texts` or more) that are no place's name or a word
        of one: read as places only when spelt exactly, never as a typo ("manto", "langhda")."""
        seen = Counter(word for text in texts for word in set(normalise(text).split()))
        named = self.vocabulary | self.names.keys() | self.short_words
        self.everyday = self.everyday | {word for word, count in seen.items()
                                         if count >= least and word not in named}
        self.word_read.cache_clear()  # its typos were read with the everyday words before

    def resolve(self, text: str) -> PlaceMatch:
        """The place named in `text`, the candidates when it is ambiguous, or neither."""
        words = normalise(text).split()
        hits = [_Hit(rank, 100.0, start, places) for rank, start, places in codes_in(
            text, self.postcodes, self.outcodes, self.areas)] + self._names(words[:MAX_NAME_WORDS])
        if not hits:
            return NO_PLACE
        moving = len(hits) > 1 and is_moving(words)  # one hit: nothing to weigh it against
        best = hits[0] if len(hits) == 1 else min(hits, key=lambda h: (
            -h.rank, not h.confident, h.rank == 1 and away(words, h.start, moving), -h.score,
            h.start))
        if best.confident:
            return PlaceMatch(place=best.places[0])
        return PlaceMatch(candidates=best.places[:MAX_CANDIDATES])

    def _names(self, words: list[str]) -> list[_Hit]:
        """Names found in the words, longest first, each word used by one name at most."""
        used: set[int] = set()  # where names were found
        firsts = list(map(itemgetter(0), words))  # (in C, as the lists below)
        hits: list[_Hit] = []
        # A Latin span is a longer name's typo only with its word spelt right: else left unread
        ascii_only = "".join(words).isascii()
        marks = [0, *accumulate(word in self.vocabulary or not word.isascii() for word in words)] \
            if not ascii_only or not self.vocabulary.isdisjoint(words) else [0] * (len(words) + 1)
        # and a span in another script only where its first word's consonants may open one
        opens = None if ascii_only or len(words) > MAX_FUZZY + 1 else self.skeletons.may_open(
            words)  # (a longer message: its spans are read as before, none ruled out)
        others = [0, *accumulate(map(LAST_LATIN.__lt__, firsts))] if opens else None  # not Latin
        # No longer name opens with a word here nor has one (most messages): with every span
        # read at once (MAX_FUZZY), a size over one finds nothing, so it is not tried.
        longer = marks[-1] > 0 or not self.opening_words.isdisjoint(words)
        opening = list(compress(range(len(words)), map(self.opening_words.__contains__, words))) \
            if longer else []  # where a longer name spelt right may start
        # Longest first, so that "Braunstone Prak" is read as a typo of one name rather than
        # as "Braunston" (another place) followed by a stray word.
        for size in range(min(self.longest, len(words)), 0, -1):
            if size > 1 and not longer and len(words) - size < MAX_FUZZY:
                continue
            may, last = self.may_start[size], len(words) - size
            blocked = {word - back for word in used for back in range(size)} if used else set()
            starts = None if size > 1 and last < MAX_FUZZY else list(compress(range(  # the spans
                last + 1), map(may.get, firsts, repeat(True))))  # that may start a name (if many)
            if size == 1 and len(starts) <= MAX_FUZZY:  # each word spelt right, else a typo
                hits += [_Hit(1, found[0], start, found[1]) for start in starts
                         if start not in blocked and (found := self.word_read(words[start]))]
                continue  # the last size: a lone word blocks nothing after it
            exact = starts if size == 1 else [start for start in opening if start <= last and (
                words[start], size) in self.openings and may.get(firsts[start], True)]
            if starts is None or len(starts) <= MAX_FUZZY:  # each pass's spans read at once
                typos = [start for start in (range(last + 1) if starts is None else starts)
                         if (others is None or opens[start] or others[start + size] == others[
                             start]) and marks[start + size] > marks[start]  # (the test most
                         and may.get(firsts[start], True)] if marks[-1] else []  # fail first)
                if exact or typos:  # most sizes: no span to read
                    _read_at_once(words, size, ((self._spelt, exact), (self._typos, typos)),
                                  blocked, hits, used)
            else:
                _read_bounded(words, size, ((self._exact, len(starts), exact),
                                            (self._fuzzy, MAX_FUZZY, starts)), blocked, hits, used)
        return hits

    def _spelt(self, words: list[str], size: int, starts: list[int]) -> list[tuple[int, Any]]:
        """`_exact`'s reading of the span of `size` (over one) words at each of `starts`."""
        return [(start, self._exact(words[start:start + size], " ".join(
            words[start:start + size]))) for start in starts]

    def _typos(self, words: list[str], size: int, starts: list[int]) -> list[tuple[int, Any]]:
        """`_fuzzy`'s reading of the span of `size` (over one) words at each of `starts`."""
        remembered = self.remembered
        return [(start, remembered(" ".join(words[start:start + size]))) for start in starts]

    def _word(self, word: str) -> tuple[float, tuple[Place, ...]] | None:
        """A lone word read as a place: spelt right, else as a typo unless an everyday word."""
        return self._exact([word], word) or (
            None if word in self.everyday else self.remembered(word))

    def _exact(self, words: list[str], key: str) -> tuple[float, tuple[Place, ...]] | None:
        """A name `words` spell (`key`: joined by spaces), maybe with an ending or prefix."""
        places = self.names.get(key)
        if places:
            return 100.0, place_names.by_district(places)
        if len(words) == 1 and not is_latin(words[0]):
            return self._affixed(words[0])
        # Polish cases: "w Lesterze", "z Leicesteru", "w Hinckleyu" (one test rules most out)
        if len(words) == 1 and words[0].endswith(CASE_ENDINGS):
            stem = next((stem for stem in (words[0][:-len(end)] for end in CASE_ENDINGS if words[
                0].endswith(end)) if len(stem) >= 4 and stem in self.names), None)
            return None if stem is None else (95.0, place_names.by_district(self.names[stem]))
        return None

    def _affixed(self, word: str) -> tuple[float, tuple[Place, ...]] | None:
        """A name in Arabic or an Indic script with a preposition or postposition attached."""
        key = place_names.affixed(word, self.script_heads, self.script_keys)
        return None if key is None else (95.0, place_names.by_district(self.names[key]))

    def _fuzzy(self, words: list[str], key: str) -> tuple[float, tuple[Place, ...]] | None:
        return None if len(words) == 1 and key in self.everyday else self.remembered(key)

    def _closest_to(self, phrase: str) -> tuple[float, tuple[Place, ...]] | None:
        if not is_latin(phrase):  # spelt by ear: its consonants must agree
            found = self.skeletons.find(phrase)
            return found and (found[0], place_names.by_district(p for key in found[1]
                                                      for p in self.names[key]))
        words = phrase.split(" ")
        bucket = (words[0][0], len(words))
        choices = self.buckets.get(bucket)
        # A typo rarely spoils every word of a longer name: one word must be spelt right.
        if not choices or len(words) > 1 and (self.vocabulary.isdisjoint(words) or any(
                len(w) < SHORT_WORD and w not in self.short_words for w in words)):
            return None
        floor = min_score(len(phrase))
        if floor is None:
            return None
        found = process.extract(normalise(phrase), self.folded[bucket], scorer=fuzz.ratio,
                                processor=None, score_cutoff=floor, limit=MAX_CANDIDATES + 2)
        scored = [(score, choices[i]) for _, score, i in found
                  if score >= (min_score(min(len(phrase), len(choices[i]))) or 101.0)
                  and STREET_WORDS.isdisjoint(set(choices[i].split()) - set(words))]
        if not scored:
            return None
        top = scored[0][0]
        near = [p for score, key in scored if top - score <= AMBIGUITY_MARGIN
                for p in self.names[key]]
        return top, place_names.by_district(near)


def _read_at_once(words: list[str], size: int, passes: Iterable[tuple[Callable[..., Any],
                  list[int]]], blocked: set[int], hits: list[_Hit], used: set[int]) -> None:
    """Each pass's spans of `size` words at its starts not `blocked`, read in one call: each
    name found is a hit (in `hits`, its words `used`) and blocks the spans overlapping it."""
    for reading, among in passes:
        if not among:  # most sizes read one pass of the two, if any
            continue
        for start, found in reading(words, size, [s for s in among if s not in blocked]):
            if found and start not in blocked:
                hits.append(_Hit(1, found[0], start, found[1]))
                used.update(range(start, start + size))
                blocked.update(range(start - size + 1, start + size))


def _read_bounded(words: list[str], size: int, passes: Iterable[tuple[Callable[..., Any], int,
                  list[int]]], blocked: set[int], hits: list[_Hit], used: set[int]) -> None:
    """As `_read_at_once`, each distinct span read once, and at most so many a pass."""
    for finder, most, among in passes:
        read: dict[str, tuple[float, tuple[Place, ...]] | None] = {}  # once a span
        for start, key in place_names.joined(words, size, among, blocked):
            if key not in read:
                if len(read) >= most:
                    break
                read[key] = finder(words[start:start + size], key)
            found = read[key]
            if found:
                hits.append(_Hit(1, found[0], start, found[1]))
                used.update(range(start, start + size))
                blocked.update(range(start - size + 1, start + size))
