"""Reading the safety corpus (`content/safety/<lang>.yaml`) into the safety finder's patterns.

Each language's phrases, look-alikes, anchors and word lists become patterns over word stems,
with the language's group names made its own ("{kid}" in Polish is "{pl-kid}"). Word lists
(`kid`, `reflexive`, `jokes`) go through the same normalisation as a message, so that an
Arabic "بنتي" in the corpus meets the one a parent types.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from finder.understand.morphology import stem
from finder.understand.patterns import Hit
from finder.understand.text import words
from finder.understand.types import SAFETY_KINDS

NOT = "not"
NOT_EXACT = "not_exact"  # look-alikes that silence only their own words, not those nearby
EXACT = "not="  # the value of such a look-alike among the everyday patterns
NOW = "now"  # words saying it is happening now: abuse now is danger to life
JOKES = "jokes"  # "lol", "haha": a message laughing is not a disclosure
ANCHORS = "anchors"
REFLEXIVE = "reflexive"  # "herself", "się", "khud": an act turned on oneself is not abuse
THINKING = "thinking"  # "I think about", "ਖਿਆਲ": a danger beside one may be a thought
GROWN_UP = "grown_up"  # "adult son", "syn ma {adult_age} lat": a grown-up child
DOSES = "doses"  # "{took} my tablets", "took calpol for": a medicine taken as meant
ADULT_AGE = "adult_age"  # the group every language has: the ages of a grown-up, 18 to 99
ADULT_AGES = [str(age) for age in range(18, 100)]
GUARD = "?"  # marks an anchor's kind: dropped when a child leads it or it turns on itself
GUARDED = frozenset({"domestic-abuse", "child-in-danger"})
# Letters a language never writes: a message holding one is not in that language, so that
# language's phrases do not count in it. Arabic and Urdu meet once the keyboards' letters are
# folded (Arabic "كل", all, is Urdu "کل", yesterday; "هلأ", now, is "ہلا", shook), but
# Urdu's ے ں ٹ ڈ ڑ ھ are never Arabic.
FOREIGN_LETTERS = {"ar": frozenset("\u06d2\u06ba\u0679\u0688\u0691\u06be\u06d3")}
ARTICLE = 2  # letters of the longest "one" that may be an article
TAG = "@"  # joins a phrase's kind and its language, for the languages above


def sections(corpus: dict[str, dict[str, Any]], lexicons: dict[str, dict[str, Any]]
             ) -> list[tuple[str, dict[str, Any], dict[str, Any], list[Any]]]:
    """(language, kinds, groups, look-alikes) of each corpus file and lexicon `safety` part."""
    found = [(lang, data.get("kinds") or {}, data.get("groups") or {}, data.get(NOT) or [])
             for lang, data in corpus.items()]
    found += [(lang, data.get("safety") or {}, {}, (data.get("safety") or {}).get(NOT) or [])
              for lang, data in lexicons.items()]
    return found


def groups_of(lang: str, own: dict[str, list[str]]) -> dict[str, list[str]]:
    """A language's groups under its own names, with the adult ages every language has."""
    return {f"{lang}-{name}": words for name, words in {ADULT_AGE: ADULT_AGES, **own}.items()}


def kind_phrases(lang: str, data: dict[str, Any], kinds: dict[str, Any]
                 ) -> list[tuple[str, str]]:
    """A language's phrases by kind. A `now` phrase that is only a word of time ("teraz",
    "هلق", "right now": all its words among the `now` anchors' words) is left to those
    anchors, where it counts only beside an act ("now I found out" is no present threat)."""
    times = _anchor_word_stems(data, NOW)
    return [(scoped(entry, lang), tagged(kind, lang)) for kind in (*SAFETY_KINDS, NOW)
            for entry in kinds.get(kind) or []
            if not (kind == NOW and set(_stems_of(entry)) <= times)]


def anchor_phrases(lang: str, anchors: dict[str, list[dict[str, Any]]],
                   groups: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Each anchor pair as patterns, "{concept} * {target}" and (unless `in_order`) the other
    way round; the pair's word lists become groups of their own (added to `groups`)."""
    phrases = []
    for kind, pairs in anchors.items():
        for number, pair in enumerate(pairs):
            concept, target = f"{lang}-{kind}-{number}-words", f"{lang}-{kind}-{number}-with"
            groups[concept], groups[target] = pair["words"], pair["with"]
            gap = " " if pair.get("next_to") else " * "
            value = kind + GUARD if kind in GUARDED and not pair.get("child_may_lead") else kind
            phrases.append((f"{{{concept}}}{gap}{{{target}}}", tagged(value, lang)))
            if not pair.get("in_order"):
                phrases.append((f"{{{target}}}{gap}{{{concept}}}", tagged(value, lang)))
    return phrases


def concepts(corpus: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Each anchor's concept words as a pattern of its own, naming the anchor's kind."""
    return [(f"{{{lang}-{kind}-{number}-words}}", tagged(kind, lang))
            for lang, data in corpus.items() for kind, pairs in (data.get(ANCHORS) or {}).items()
            for number in range(len(pairs))]


def grown_ups(corpus: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Every language's `grown_up` phrases (a grown-up son or daughter), as patterns."""
    return [(scoped(entry, lang), GROWN_UP) for lang, data in corpus.items()
            for entry in data.get(GROWN_UP) or []]


def doses(corpus: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Every language's `doses` phrases (a medicine taken as meant), as patterns."""
    return [(scoped(entry, lang), DOSES) for lang, data in corpus.items()
            for entry in data.get(DOSES) or []]


def word_stems(corpus: dict[str, dict[str, Any]], key: str,
               group: bool = False) -> frozenset[str]:
    """The stems of the one-word entries of every language's list `key` (or group `key`),
    normalised as a message is."""
    lists = [((data.get("groups") or {}) if group else data).get(key) or []
             for data in corpus.values()]
    found = [_stems_of(entry) for entries in lists for entry in entries]
    return frozenset(stems[0] for stems in found if len(stems) == 1)


def thoughts(hits: list[Hit[str]], stems: tuple[str, ...], thinking: frozenset[str],
             near: int) -> list[Hit[str]]:
    """Danger that is self-harm too, within `near` words of a word of thinking ("I think of
    throwing myself in front of the cars. I won't"), is a thought: self-harm, not an act under
    way, unless the message says it is now."""
    danger, own = SAFETY_KINDS[0], SAFETY_KINDS[1]
    at = [] if any(hit.value == NOW for hit in hits) else [
        i for i, word in enumerate(stems) if word in thinking]
    return [Hit(hit.start, hit.end, own) if hit.value == danger
            and any(hit.start - near <= i < hit.end + near for i in at)
            and any(o.value == own and o.start < hit.end and hit.start < o.end for o in hits)
            else hit for hit in hits]


def tagged(value: str, lang: str) -> str:
    """A phrase's value, with its language where FOREIGN_LETTERS may rule that out."""
    return f"{value}{TAG}{lang}" if lang in FOREIGN_LETTERS else value


def ruled_out(tokens: Iterable[str]) -> frozenset[str]:
    """The languages a message (its normalised tokens, not stems) cannot be in, by the
    letters it holds."""
    letters = set("".join(tokens))
    return frozenset(lang for lang, foreign in FOREIGN_LETTERS.items()
                     if not foreign.isdisjoint(letters))


def small_counts(lexicons: dict[str, dict[str, Any]], most: int) -> frozenset[str]:
    """The words and digits counting one to `most` in every language (the lexicons'
    `numbers`), normalised but not stemmed ("teen", three, is not "ten"): "two", "dwie".
    A "one" as short as an article ("a", "an") is left out: "took an overdose"."""
    found = {str(number) for number in range(1, most + 1)}
    found |= {word for data in lexicons.values()
              for word, value in (data.get("numbers") or {}).items()
              if isinstance(value, int | float) and 1 <= value <= most
              and not (value == 1 and len(str(word)) <= ARTICLE)}
    tokens = [words(word).tokens for word in found]
    return frozenset(one[0] for one in tokens if len(one) == 1)


def scoped(entry: Any, lang: str) -> str:
    """A phrase with its `{group}` names made the language's own."""
    return str(entry).replace("{", "{" + lang + "-")


def _stems_of(entry: Any) -> tuple[str, ...]:
    return tuple(stem(token) for token in words(str(entry)).tokens)


def _anchor_word_stems(data: dict[str, Any], kind: str) -> set[str]:
    pairs: Iterable[dict[str, Any]] = (data.get(ANCHORS) or {}).get(kind) or []
    return {found for pair in pairs for word in pair.get("words") or []
            for found in _stems_of(word)}
