"""Words that suggest danger to life, self-harm, abuse at home or a child in danger.

The phrases live in `content/safety/<lang>.yaml`, one list per kind. A phrase may name a group
("{partner} * {hit} me") that stands for each of the group's words, and `*` for up to four
other words. Message and phrases are both folded to word stems (`morphology.stem`), so one
phrase covers its inflections and attached prefixes; a long word a frightened parent
misspells is fuzzy-matched to the corpus vocabulary (look-alikes' words too), while short
words stay exact. Each language's `not` list holds look-alikes ("this baby is killing me",
"dying for a brew"): a safety phrase overlapping one of them does not count. Its `grown_up`
phrases ("my 30 year old son") make a child word an adult's: abuse by a grown-up son is abuse,
not a child's behaviour. A message whose letters a language never writes (Urdu's ے in Arabic)
is not heard through that language's phrases.

Each language's `anchors` generalise past the phrases: per kind, pairs of word lists (a
concept, "hits", "strangled", "won't let me", and who it touches, "me", "my baby") that count
when a word of each stands within four words of the other, in either order (`in_order`: the
concept first, "hits my son" but not "my son hits"; `next_to`: with no word between).

The statistical model (`safety_model.py`) is the second signal: it names a kind where no phrase
matched, and overrules the phrases where it is sure the message holds no danger at all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from finder.understand import safety_corpus as corpus_
from finder.understand.morphology import stem
from finder.understand.patterns import Hit, Patterns
from finder.understand.safety_corpus import EXACT, GUARD, NOT, NOW
from finder.understand.safety_model import SafetyModel
from finder.understand.types import SAFETY_KINDS

FUZZY_MIN_LENGTH = 7  # letters a Latin word needs before a misspelling of it is guessed
FUZZY_MIN_STEM = 5
FUZZY_CUTOFF = 88.0
LEAD = 3  # words before an anchor in which a child as the one acting drops it
NEAR = 3  # words either side of a look-alike that it also covers ("a film about domestic abuse")
FRAME = 3  # words more that a one-word look-alike covers ("film", "news", "documentary")
CHILD, ABUSE, DANGER, SELF = "child-in-danger", "domestic-abuse", "danger-to-life", "self-harm"
URGENT_WITH = frozenset({ABUSE, CHILD})
# Abuse words inside a child's disclosure ("he hits the kids") or the parent's own self-harm
# ("main apne aap nu maardi", I hit myself) belong to that disclosure, not to abuse.
OWN_OR_CHILD = frozenset({CHILD, "self-harm"})
# The concepts that let the model name a kind: the kind's own; for danger to life any harm at
# all ("dying for a brew" has no concept of self-harm; pills alone, the overdose's concept,
# would make "which tablets can I take while feeding" self-harm); for abuse or a child in
# danger a danger-to-life concept too (acid, a knife: "tezaab phenk dunga" is a threat).
BROAD = {DANGER: (ABUSE, CHILD, "self-harm"), ABUSE: (DANGER,), CHILD: (DANGER,)}
Spans = list[tuple[int, int]]
# An overdose phrase ("took * {pills}") with a count of one to three just before its last
# word is a dose ("I took two paracetamol for my headache", "wzięłam dwie tabletki").
DOSE = 3
DOSED = frozenset({DANGER, "self-harm"})
TOOK = "-took}"  # the group of taking ("took", "wzięłam", "khai lidhi"), in every language


class SafetyFinder:
    """Safety phrases of every language at once: a parent in danger may write in any."""

    def __init__(self, phrases: list[tuple[str, str]], everyday: list[str],
                 groups: dict[str, list[str]] | None = None,
                 jokes: frozenset[str] = frozenset(), leads: frozenset[str] = frozenset(),
                 reflexives: frozenset[str] = frozenset(),
                 model: SafetyModel | None = None,
                 grown_ups: list[tuple[str, str]] | None = None,
                 doses: list[tuple[str, str]] | None = None,
                 exact: list[str] | None = None) -> None:
        self.model = model
        self.concepts: Patterns[str] = Patterns((), {})  # each anchor's words alone, by kind
        self.phrases: Patterns[str] = Patterns(phrases, groups or {}, model and model.common)
        self.leads, self.reflexives, self.jokes = leads, reflexives, jokes
        self.counts: frozenset[str] = frozenset(str(n) for n in range(1, DOSE + 1))
        self.thinking: frozenset[str] = frozenset()  # words of thinking: a danger as a thought
        self.everyday: Patterns[str] = Patterns([(t, NOT) for t in everyday]
                                                + [(t, EXACT) for t in exact or []], groups or {})
        self.grown: Patterns[str] = Patterns(grown_ups or [], groups or {})
        self.doses: Patterns[str] = Patterns(doses or [], groups or {})
        # Look-alikes and doses are heard through the same misspellings as alarms: a misspelt
        # "documentary" is still a documentary, "xanuunka" (of pain) is no other corpus word.
        self.vocabulary = frozenset(self.phrases.words() | self.everyday.words()
                                    | self.grown.words() | self.doses.words())
        self.long_words = sorted(w for w in self.vocabulary if len(w) >= FUZZY_MIN_STEM)
        # the long words by their first letter and length, each list in order
        self._first: dict[str, dict[int, list[str]]] = {}
        for word in self.long_words:
            self._first.setdefault(word[0], {}).setdefault(len(word), []).append(word)
        self._alike = lru_cache(maxsize=1024)(self._alike_words)
        self._nearest = lru_cache(maxsize=16384)(self._nearest_word)
        self._read = lru_cache(maxsize=65536)(self._read_token)

    @classmethod
    def from_content(cls, corpus: dict[str, dict[str, Any]],
                     lexicons: dict[str, dict[str, Any]] | None = None,
                     model: SafetyModel | None = None) -> SafetyFinder:
        """From `content/safety/<lang>.yaml` (and any `safety` section left in a lexicon).

        Group names are shared across languages, so each language prefixes its own."""
        phrases: list[tuple[str, str]] = []
        everyday: list[str] = []
        exact = [corpus_.scoped(entry, lang) for lang, data in corpus.items()
                 for entry in data.get(corpus_.NOT_EXACT) or []]
        groups: dict[str, list[str]] = {}
        for lang, kinds, own_groups, not_list in corpus_.sections(corpus, lexicons or {}):
            groups |= corpus_.groups_of(lang, own_groups)
            phrases += corpus_.kind_phrases(lang, corpus.get(lang) or {}, kinds)
            everyday += [corpus_.scoped(entry, lang) for entry in not_list]
        for lang, data in corpus.items():
            phrases += corpus_.anchor_phrases(lang, data.get(corpus_.ANCHORS) or {}, groups)
        finder = cls(phrases, everyday, groups, corpus_.word_stems(corpus, corpus_.JOKES),
                     corpus_.word_stems(corpus, "kid", group=True),
                     corpus_.word_stems(corpus, corpus_.REFLEXIVE), model=model,
                     grown_ups=corpus_.grown_ups(corpus), doses=corpus_.doses(corpus),
                     exact=exact)
        finder.concepts = Patterns(corpus_.concepts(corpus), groups)
        finder.counts = corpus_.small_counts(lexicons or {}, DOSE)
        finder.thinking = corpus_.word_stems(corpus, corpus_.THINKING)
        return finder

    @classmethod
    def from_lexicons(cls, lexicons: dict[str, dict[str, Any]]) -> SafetyFinder:
        return cls.from_content({}, lexicons)

    def kinds(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The safety kinds found in a message's normalised tokens, in SAFETY_KINDS order."""
        stems = self._stems(tokens)
        if not self.jokes.isdisjoint(stems):
            return ()
        found_here = _heard(self.phrases, stems, tokens)
        alarmed = self.model is not None and bool(self.model.alarmed(stems))
        if not (found_here or alarmed and self.model is not None and self.concepts.find(stems)
                and self.model.likeliest(tokens)):  # `guess` needs a concept word: most lack one
            return ()  # no phrase, and no kind the model would name: no look-alike to look for
        grown = self._grown(stems)
        covers = self._covers(stems, grown)
        doses = self._doses(found_here, stems, tokens)
        hits = [Hit(hit.start, hit.end, hit.value.rstrip(GUARD)) for hit in found_here
                if not _near(hit, covers) and not self._led_away(hit, stems, grown)]
        hits = [hit for hit in hits if not (hit.value == CHILD and _near(hit, grown, 0)
                                            and not _young_beside(hit, tokens, grown))
                and not (hit.value in DOSED and _within(hit, doses))]
        hits = _done(corpus_.thoughts(hits, stems, self.thinking, LEAD))
        others = [(hit.start, hit.end) for hit in hits if hit.value in OWN_OR_CHILD]
        found = {hit.value for hit in hits
                 if not (hit.value == ABUSE and _near(hit, others, 0))}
        if alarmed and not found - {NOW}:
            found |= self.guess(tokens, stems, covers + doses)
        if found - {NOW} and self.model is not None and self.model.quiet(tokens) \
                and not self.model.unseen(stems, hits):
            return ()
        return tuple(kind for kind in SAFETY_KINDS if kind in settle(found))

    def model_kinds(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The kinds the statistical model alone names (to measure it apart from phrases)."""
        found = settle(self.guess(tokens))
        return tuple(kind for kind in SAFETY_KINDS if kind in found)

    def guess(self, tokens: tuple[str, ...], stems: tuple[str, ...] | None = None,
              covers: Spans | None = None) -> set[str]:
        """The model's kind (asked when no phrase matched): only where an alarm word stands
        outside every look-alike, so most messages never reach it."""
        if self.model is None:
            return set()
        stems = self._stems(tokens) if stems is None else stems
        covers = self._covers(stems, self._grown(stems)) if covers is None else covers
        if self.jokes.intersection(stems) or not any(
                not _near(Hit(i, i + 1, ""), covers) for i in self.model.alarmed(stems)):
            return set()
        guess = self.model.kind(tokens, lambda kind: any(
            hit.value in (kind, *BROAD.get(kind, ())) and not _near(hit, covers)
            for hit in _heard(self.concepts, stems, tokens)))
        return {guess} if guess else set()

    def _stems(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(map(self._read, tokens))

    def _read_token(self, token: str) -> str:
        """A token's stem, or the corpus word a long Latin token misspells. A word of the
        everyday messages the model learns from ("mediation", "learning", "cooking") is no
        misspelling of a corpus word ("medication", "leaning", "choking"), unless that word
        is its own start (an inflection: "headbutts" of "headbutt")."""
        word = stem(token)
        if len(token) < FUZZY_MIN_LENGTH or not token.isascii():
            return word
        near = self._nearest(word)
        everyday = self.model is not None and token in self.model.everyday
        return word if everyday and not word.startswith(near) else near

    def _grown(self, stems: tuple[str, ...]) -> Spans:
        """Where a grown-up son or daughter is named ("my 30 year old son"): a child word
        there is an adult, so abuse by them is abuse, not a child's behaviour."""
        return [(hit.start, hit.end) for hit in self.grown.find(stems)]

    def _covers(self, stems: tuple[str, ...], grown: Spans) -> Spans:
        """Where look-alikes ("dying for a brew") lie in the message; a look-alike of one word
        frames a whole story ("a film where the mother killed herself"), so it reaches further.
        A look-alike over a grown-up child ("my son pushes me") does not count. An exact one
        (`not_exact`) covers only its own words: its span is narrowed by NEAR, the reach
        `_near` adds back ("partner 45 lat" is an age, "... lat, bije mnie" still abuse)."""
        return [(hit.start + NEAR, hit.end - NEAR) if hit.value == EXACT
                else (hit.start - FRAME, hit.end + FRAME) if hit.end - hit.start == 1
                else (hit.start, hit.end) for hit in self.everyday.find(stems)
                if not _near(hit, grown, 0)]

    def _doses(self, found: list[Hit[str]], stems: tuple[str, ...],
               tokens: tuple[str, ...]) -> Spans:
        """Where a medicine is taken as meant: an overdose phrase with a small count ("took
        two paracetamol"), or a language's `doses` phrase ("took my tablets", "took calpol
        for"). An overdose phrase lying wholly inside one is silenced; one reaching past it
        ("took all my tablets", "took 30 calpol for") is not. A `doses` phrase also keeps the
        model from guessing over its medicine ("syn bierze 2 tabletki dziennie")."""
        spans = [(hit.start, hit.end) for hit in found if self._dose(hit, tokens)]
        return spans + [(hit.start, hit.end) for hit in self.doses.find(stems)]

    def _dose(self, hit: Hit[str], tokens: tuple[str, ...]) -> bool:
        """Whether an overdose phrase starts with a word of taking (a language's `took`
        group, after "i" or not) and has a small count before its last word ("took two
        paracetamol"): a dose, silencing the phrases within it."""
        if hit.value.partition(GUARD)[0] not in DOSED or hit.end - hit.start < 3 \
                or tokens[hit.end - 2] not in self.counts:
            return False
        starts, _ = self.phrases.index.symbols(self._stems(tokens))
        return any(name.endswith(TOOK) for here in starts[hit.start:hit.start + 2]
                   for name in here)

    def _led_away(self, hit: Hit[str], stems: tuple[str, ...], grown: Spans) -> bool:
        """Whether a guarded anchor is a child acting ("my son hits me", not "my grown-up
        son") or an act on oneself ("she locked herself in")."""
        if not hit.value.endswith(GUARD):
            return False
        first = max(0, hit.start - LEAD)
        child = any(stems[i] in self.leads and not _near(Hit(i, i + 1, ""), grown, 0)
                    for i in range(first, hit.start + 1))
        return child or bool(self.reflexives.intersection(stems[first:hit.end]))

    def _nearest_word(self, word: str) -> str:
        """`word`, or the corpus word it misspells when it is long enough to tell and starts
        with the same letter ("chillati", shouting, is not a misspelt "hilata", shaking)."""
        if word in self.vocabulary:
            return word
        alike = self._alike(word[0], len(word))
        match = process.extractOne(word, alike, scorer=fuzz.ratio, processor=None,
                                   score_cutoff=FUZZY_CUTOFF)
        return match[0] if match else word

    def _alike_words(self, first: str, length: int) -> list[str]:
        """The long words (in order) starting with `first` whose length lets them reach the
        cutoff with a word of `length`: fuzz.ratio is at most 2 x the shorter / both lengths."""
        return sorted(w for size, words in self._first.get(first, {}).items() if
                      200 * min(length, size) >= (FUZZY_CUTOFF - 1e-6) * (length + size)
                      for w in words)  # sorted: in the order of `long_words`, as they were


def _heard(index: Patterns[str], stems: tuple[str, ...], tokens: tuple[str, ...]) -> list[Hit[str]]:
    """The patterns of `index` found, less those of languages the letters of `tokens` rule out."""
    found = index.find(stems)
    out = corpus_.ruled_out(tokens) if found else frozenset()  # most messages hold none
    return [Hit(hit.start, hit.end, kind) for hit in found
            for kind, _, lang in [hit.value.partition(corpus_.TAG)] if lang not in out]


def _done(hits: list[Hit[str]]) -> list[Hit[str]]:
    """The hits less self-harm lying inside danger to life: "he swallowed all the tablets"."""
    danger = [(hit.start, hit.end) for hit in hits if hit.value == DANGER]
    return [hit for hit in hits if not (hit.value == SELF and _within(hit, danger))]


def _within(hit: Hit[str], spans: Spans) -> bool:
    """Whether `hit` lies inside one of `spans`."""
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _near(hit: Hit[str], spans: list[tuple[int, int]], near: int = NEAR) -> bool:
    """Whether `hit` overlaps, or lies within `near` words of, one of `spans`."""
    return any(start - near < hit.end and hit.start < end + near for start, end in spans)


def _young_beside(hit: Hit[str], tokens: tuple[str, ...], grown: Spans) -> bool:
    """Whether a child's age stands outside the grown-up's words ("13, seeing a 22 year old")."""
    return any(tokens[at].isdigit() and int(tokens[at]) < 18 for at in range(hit.start, hit.end)
               if not _near(Hit(at, at + 1, ""), grown, 0))


def settle(found: set[str]) -> set[str]:
    """The kinds a safeguarding worker would name from the phrases found.

    Abuse said to be happening now is danger to life as well; a child's suicidal words or
    self-harm are a child in danger, not the parent's own self-harm. (Abuse words within a
    child's disclosure, "he hits the kids", were already left to the child.)
    """
    kinds = set(found)
    if NOW in kinds and kinds & URGENT_WITH:
        kinds.add("danger-to-life")
    if CHILD in kinds:
        kinds.discard("self-harm")
    kinds.discard(NOW)
    return kinds
