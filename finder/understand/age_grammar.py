"""Ages as classes of forms: duals and clitics, a lone unit, a bare number with a genitive, a
birth told by when it was, and a due month.

"عمره سنتين ونص" is read as "عمره 2 سنة ونص" and then like any number and unit; "وبنتي ٤" as
"و بنتي ٤"; "saal bhar ki" and "ولد سنة" as one year; "ek 3 ka aur ek 6 ka" as two children;
"kal paida hui" as a newborn; "delivery june mein" as expecting. The forms of each language are
in `content/ages/grammar.yaml`; `merged` adds its numbers, units and context words to the
lexicons' own.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.age_slots import listed, ordinal_ages, spelled_out, with_genitives
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import Words, normalise, phrase

FILE = Path("ages") / "grammar.yaml"
NEAR = 3  # a birth word and a time word, or a due word and a month: fewer words between them
PIECES_REMEMBERED = 8192
HEAD = 3  # letters of a number prefix that a compound's word must start with
SPEAKER_GAP = 4  # "main kalli mummy haan, 24 saal di": words between the parent and her age


class AgeGrammar:
    """Every language's forms at once: a parent in England mixes languages in one message."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.languages: dict[str, dict[str, Any]] = table.get("languages") or {}
        forms = self.languages.values()
        self.duals = {normalise(word): normalise(unit) for f in forms
                      for word, unit in (f.get("duals") or {}).items()}
        # words written with digits for letters ("arba3a", "taw2am"), split at the digits by
        # `text.words`: joined again and read as the number or word they are
        self.joined = {normalise(word): normalise(str(meaning)) for f in forms
                       for word, meaning in (f.get("joined") or {}).items()}
        self.clitics, self.articles, self.suffixes = (tuple(sorted(  # one startswith tries all
            {normalise(c) for f in forms for c in listed(f.get(key))}, key=len, reverse=True))
            for key in ("clitics", "articles", "suffixes"))
        self.singular = self._words("singular")
        self.alone = self._words("alone")
        self.units = self.singular | self.alone
        self.copulas = self._words("copulas")
        # "7 و4 وسنة": a lone unit after "and" and a number is one of it, the list's last age
        self.ands = frozenset(normalise(w) for f in forms for w in listed(
            (f.get("context") or {}).get("and")))
        self.one_after = self._index("one_after")
        self.children, self.bare, self.back, self.definite = (
            self._words(key, phrase) for key in ("children", "bare", "back", "definite"))
        self.genitive, self.recent = self._index("genitive"), self._index("recent")
        # a number word glued before a unit ("czteromiesięczny", "półroczne"): one pattern
        self.prefixes = {normalise(k): str(v) for f in forms
                         for k, v in ((f.get("compounds") or {}).get("prefixes") or {}).items()}
        stems, plain = ({normalise(k) for f in forms for k in (f.get("compounds") or {}).get(key)
                         or []} for key in ("units", "plain"))  # "plain": "fiveyo", no adjective
        self.adjectives = tuple(sorted(stems))  # "letnią", "roczną": a unit that describes a noun
        self.child_units = tuple(normalise(w) for f in forms for w in listed(f.get("child_units")))
        stems |= plain
        self.compound = re.compile(f"(?<![^ ])({_either(self.prefixes)})((?:{_either(stems)})\\w*)"
                                   ) if self.prefixes and stems else None
        self.heads = frozenset(p[:HEAD] for p in self.prefixes) if all(  # else: all searched
            len(p) >= HEAD and " " not in p for p in self.prefixes) else None
        # a word's pieces, remembered (bounded): most words come again in message after message
        self.pieces = lru_cache(maxsize=PIECES_REMEMBERED)(self._pieces)
        self.old, self.told, self.about = (self._words(key) for key in (
            "old", "age_words", "about"))  # "about": "munda lagbhag 12 da"
        self.born, self.due = self._index("born"), self._index("due")
        self.adults = self._index("adults")  # "her boyfriend", "meri behan", "جوزي"
        # a start in the past ("went into reception in september"): in that year now
        self.began = self._words("began")
        self.calendar = self._index("calendar")
        self.since, self.speaker = self._index("from"), self._index("speaker")
        # the words a birth or a due date can start with: most messages have none
        self.born_first, self.due_first = self.born.first_words(), self.due.first_words()
        self.month_first, self.speaker_first = self.calendar.first_words(), \
            self.speaker.first_words()

    def _words(self, key: str,
               split: Callable[[str], Iterable[str]] | None = None) -> frozenset[str]:
        """The words of `key` in every language: each normalised, or split into its tokens."""
        texts = [w for forms in self.languages.values() for w in listed(forms.get(key))]
        return frozenset(t for w in texts for t in (split(w) if split else (normalise(w),)))

    def _index(self, key: str) -> PhraseIndex[str]:
        """The forms of `key` in every language, each with its language."""
        return PhraseIndex((text, language) for language, forms in self.languages.items()
                           for text in listed(forms.get(key)))

    @classmethod
    def from_root(cls, root: Path | None) -> AgeGrammar:
        """The forms under a content folder, or none where the file is missing."""
        path = None if root is None else Path(root) / FILE
        if path is None or not path.exists():
            return cls({})
        return cls(load_yaml(path.read_text(encoding="utf-8")) or {})

    def merged(self, lexicons: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The lexicons with this grammar's numbers, fixed ages, fractions, parts, units,
        expecting and context words added."""
        out = copy.deepcopy(lexicons)
        for language, forms in self.languages.items():
            data = out.setdefault(language, {})
            for key in ("numbers", "ages", "fractions", "parts"):
                data[key] = {**(data.get(key) or {}), **(forms.get(key) or {})}
            data["ages"].update(ordinal_ages(forms.get("ordinal_years")))
            for key in ("expecting", "half"):
                data[key] = [*(data.get(key) or []), *listed(forms.get(key))]
            for key, section in (("units", "units"), ("context", "age_context")):
                target = data.setdefault(section, {}) or {}
                data[section] = target
                for kind, texts in (forms.get(key) or {}).items():
                    target[kind] = [*(target.get(kind) or []), *listed(texts)]
            context = data["age_context"]
            for kind, texts in (forms.get("after_genitive") or {}).items():
                context[kind] = [*(context.get(kind) or []), *with_genitives(
                    listed(texts), listed(forms.get("genitive")))]
            for kind, texts in (forms.get("slots") or {}).items():  # "thi |thodo vadhare"
                context[kind] = [*(context.get(kind) or []), *spelled_out(listed(texts))]
            for kind, key in (("born", "born"), ("sibling", "children")):
                context[kind] = [*(context.get(kind) or []), *listed(forms.get(key))]
        return out

    def expand(self, words: Words, known: frozenset[str], numbers: PhraseIndex[float],
               units: frozenset[str] = frozenset()) -> Words:
        """Duals as a number and a unit, clitics apart, a genitive off a unit ("દિવસનું"), a
        lone unit after a child word as one."""
        if self.joined and any(words.glued):
            words = self._rejoined(words)
        if "".join(words.tokens).isascii() and self.duals.keys().isdisjoint(words.tokens) and \
                not self._compounded(words.tokens):
            parts = None
        else:  # each word's pieces (by map in C); a word left whole is [word] itself
            parts = list(map(self.pieces, words.tokens, repeat(known), repeat(units)))
        if parts is None or len(parts) == sum(map(len, parts)):  # most: every word whole
            if self.units.isdisjoint(words.tokens):
                return words  # most messages: nothing to split and no lone unit
            tokens, glued = list(words.tokens), list(words.glued)
        else:
            tokens = [piece for pieces in parts for piece in pieces]
            glued = [glue if i == 0 else False for pieces, glue in zip(parts, words.glued,
                                                                       strict=True)
                     for i in range(len(pieces))]
        for i, token in enumerate(tokens if not self.units.isdisjoint(tokens) else ()):  # most
            if token in self.units and self._alone(tokens, i, numbers):
                tokens.insert(i, "1")
                glued.insert(i, False)
        return words if len(tokens) == len(words.tokens) else Words(tuple(tokens), tuple(glued))

    def _compounded(self, tokens: tuple[str, ...]) -> bool:
        """Whether a word glues a number prefix to a unit ("czteromiesieczny"): a message with
        no word starting as a prefix does (`heads`, told in C) is not searched."""
        if self.compound is None or self.heads is not None and self.heads.isdisjoint(
                map(itemgetter(slice(HEAD)), tokens)):
            return False
        return self.compound.search(" ".join(tokens)) is not None

    def _rejoined(self, words: Words) -> Words:
        """"arba3a" (split as "arba", "3", "a") as the one word "4"; other chunks as they are."""
        tokens, glued, count = [], [], len(words.tokens)
        start = 0
        while start < count:
            end = start + 1
            while end < count and words.glued[end]:
                end += 1
            meaning = self.joined.get("".join(words.tokens[start:end])) if end - start > 1 \
                else None
            tokens += [meaning] if meaning else words.tokens[start:end]
            glued += [False] if meaning else words.glued[start:end]
            start = end
        return words if len(tokens) == count else Words(tuple(tokens), tuple(glued))

    def _pieces(self, token: str, known: frozenset[str],
                units: frozenset[str] = frozenset()) -> list[str]:
        if token in self.duals:
            return ["2", self.duals[token]]
        compound = self.compound.fullmatch(token) if self.compound else None
        if compound:  # "czteromiesięczny": "4" and "miesięczny"
            return [self.prefixes[compound[1]], compound[2]]
        if token in known or token[:1].isascii() or token in units:
            return [token]
        for suffix in self.suffixes if token.endswith(self.suffixes) else ():  # "દિવસનું": the
            if token.endswith(suffix) and token[:-len(suffix)] in units:  # unit and "નું"
                return [token[:-len(suffix)], suffix]
        for clitic in self.articles if token.startswith(self.articles) else ():  # "بالسنتين"
            rest = token[len(clitic):]
            if token.startswith(clitic) and (rest in self.duals or
                                             rest.isascii() and rest in known):
                return [clitic, *self._pieces(rest, known)]
        for clitic in self.clitics if token.startswith(self.clitics) else ():  # "وبنتي"
            rest = token[len(clitic):]
            if token.startswith(clitic) and len(rest) > 1 and (rest in self.duals or rest in known):
                return [clitic, *self._pieces(rest, known)]
        return [token]

    def _alone(self, tokens: list[str], i: int, numbers: PhraseIndex[float]) -> bool:
        """"saal ka" or "ولد سنة": a unit with no number, after a child word (or first), and
        then a word that makes it one ("ka", "bhar", "ونص") unless it means one alone."""
        before = tokens[i - 1] if i else ""
        if before in self.ands and i > 1 and tokens[i] in self.alone and (
                tokens[i - 2][:1].isdigit() or tokens[i - 2] in numbers):
            return True
        if before[:1].isdigit() or before in numbers or i and before not in self.children and \
                before not in self.copulas:
            return False
        return self.one_after.match_at(tokens, i + 1) is not None or i > 0 and \
            tokens[i] in self.alone

    def genitive_age(self, tokens: tuple[str, ...], start: int, end: int,
                     several: bool = False) -> bool:
        """"ek 3 ka", "munda 4 da": a bare number after a word for a child, then a genitive;
        a genitive then a word for a child ("16 ka beta", "16 no dikro"); or, if `several`, a
        list of numbers then a genitive ("do bete hain 5 aur 8 ke"). A word for "about" may
        stand between the child and the number ("munda lagbhag 12 da hon wala")."""
        genitive = self.genitive.match_at(tokens, end)
        start -= start > 1 and tokens[start - 1] in self.about
        return genitive is not None and (several or start > 0 and tokens[start - 1] in
                                         self.children or genitive.end < len(tokens) and
                                         tokens[genitive.end] in self.children)

    def after_child(self, tokens: tuple[str, ...], start: int) -> bool:
        """"ابني ٨", "eldest 14": a bare number just after a word for a child is its age."""
        return start > 0 and tokens[start - 1] in self.bare

    def child_before(self, tokens: tuple[str, ...], start: int) -> bool:
        """A word for a child just before `start` ("beti 30 hafte", "ابني ٣٠ اسبوع")."""
        return 0 < start <= len(tokens) and (tokens[start - 1] in self.children or
                                             tokens[start - 1] in self.bare)

    def aged(self, tokens: tuple[str, ...], start: int, end: int, genitive: bool = True) -> bool:
        """"30 weeks old", "3yo", "30 hafte ka": the words from `start` to `end` say a child's
        age (a word for "old" in them, or, if `genitive`, a genitive just after)."""
        return not self.old.isdisjoint(tokens[start:end]) or \
            genitive and self.genitive.match_at(tokens, end) is not None

    def counts(self, tokens: tuple[str, ...], end: int) -> bool:
        """"ek dikro", "2 beti": a number before a word for a child counts children (not
        before a `definite` one: "waa 14, gabadha ugu yar waa 5" is two ages; not just after a
        word that says an age: "aged 8, munda" is a boy of eight)."""
        return end < len(tokens) and tokens[end] in self.children and \
            tokens[end] not in self.definite and not (end > 1 and tokens[end - 2] in self.told)

    def describes_child(self, tokens: tuple[str, ...], end: int) -> bool:
        """"mam 1,5 roczną córkę": a unit in its adjective form, then a word for the child it
        describes (not "waxaan ahay 22 jir, wiilkaygu ...", where the child starts a clause)."""
        unit = tokens[end - 1] if end > 0 else ""
        return bool(self.child_units) and unit.startswith(self.child_units) or \
            unit.startswith(self.adjectives) and self.counts(tokens, end)  # "mam 4-latkę"

    def said_by_speaker(self, tokens: tuple[str, ...], start: int) -> bool:
        """"main kalli mummy haan, 24 saal di", "single mum age 19": a word for the parent
        herself a few words before `start`, and no word for a child between."""
        if self.speaker_first.isdisjoint(tokens):
            return False
        return any(hit.end <= start <= hit.end + SPEAKER_GAP and not any(
            token in self.children or token in self.bare for token in tokens[hit.end:start])
            for hit in self.speaker.find(tokens))

    def from_month(self, tokens: tuple[str, ...], start: int, end: int) -> bool:
        """"september thi reception", "reception from september": a month with a word for
        "from" beside it, next to the school year from `start` to `end`, starts it then."""
        if self.month_first.isdisjoint(tokens) or not self.began.isdisjoint(tokens):
            return False
        since = self.since.find(tokens)
        return any(start - NEAR <= month.start <= end + NEAR and any(
            word.end == month.start or month.end == word.start for word in since)
            for month in self.calendar.find(tokens))

    def born_recently(self, tokens: tuple[str, ...]) -> bool:
        """"kal paida hui", "انولد الأسبوع الماضي": a birth word near a word for lately."""
        return not self.born_first.isdisjoint(tokens) and \
            _near(self.born.find(tokens), self.recent.find(tokens))

    def due_month(self, tokens: tuple[str, ...]) -> bool:
        """"delivery june mein", "termin mam na maj": a due word near a month's name."""
        return not self.due_first.isdisjoint(tokens) and \
            _near(self.due.find(tokens), self.calendar.find(tokens))


def _either(texts: Any) -> str:
    """A regular expression for any of `texts`, the longest tried first."""
    return "|".join(re.escape(text) for text in sorted(texts, key=len, reverse=True))


def _near(first: list[Any], second: list[Any]) -> bool:
    """Two forms of one language close together (fewer than NEAR words between them,
    "ગયા અઠવાડિયે મારી દીકરી જન્મી"), neither inside the other."""
    return any(a.value == b.value and (a.end <= b.start or b.end <= a.start) and
               max(b.start - a.end, a.start - b.end) < NEAR for a in first for b in second)
