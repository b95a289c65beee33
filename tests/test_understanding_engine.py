"""The shortcuts that keep understanding fast give the answers the plain searches give."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from finder.understand.need import fuzzy_cutoff
from finder.understand.patterns import Patterns
from finder.understand.safety import FUZZY_CUTOFF
from finder.understand.text import normalise

TYPOS = 3  # misspellings made of each lexicon or corpus word


def misspelt(words: list[str], seed: int) -> list[str]:
    """Each word with a letter changed, dropped, added or swapped with the last, `TYPOS` times."""
    rng = random.Random(seed)
    found = set()
    for word in words:
        for _ in range(TYPOS):
            letters, at = list(word), rng.randrange(len(word))
            change = rng.randrange(4)
            if change == 0:
                letters[at] = rng.choice("abcdefghijklmnopqrstuvwxyz")
            elif change == 1:
                del letters[at]
            elif change == 2:
                letters.insert(at, rng.choice("aeiou"))
            else:
                letters[at], letters[-1] = letters[-1], letters[at]
            found.add("".join(letters))
    return sorted(found)


def test_a_misspelling_finds_what_a_search_of_every_word_with_its_first_letter_finds(understander):
    safety = understander.safety
    typed = [word for word in misspelt(safety.long_words, 1) if word.isascii()]
    typed += ["b" * 700 + "xyzq", "a" * 300]  # a count past one byte is bounded, not wrapped
    for word in typed:  # a misspelling keeps its first letter ("chillati" is not "hilata")
        alike = [known for known in safety.long_words if known[0] == word[0]]
        whole = process.extractOne(word, alike, scorer=fuzz.ratio, processor=None,
                                   score_cutoff=FUZZY_CUTOFF)
        expected = word if word in safety.vocabulary else (whole[0] if whole else word)
        assert safety._nearest_word(word) == expected, word
    assert sum(safety._nearest_word(word) != word for word in typed) > len(typed) // 4


@pytest.mark.parametrize("lang", ["en", "pl", "so", "ur", "pa", "gu", "ar"])
def test_a_need_misspelling_finds_the_word_each_length_searched_in_turn_finds(understander,
                                                                             lang):
    lexicon = understander.needs.lexicons[lang]
    words = [word for size in lexicon.by_length.values() for word in size]
    matched = 0
    for token in misspelt(words, 2):
        if len(token) < 5:
            continue
        best = None
        for length in range(len(token) - 2, len(token) + 3):
            found = process.extractOne(token, lexicon.by_length.get(length, ()),
                                       scorer=fuzz.ratio, processor=normalise,
                                       score_cutoff=fuzzy_cutoff(len(token)))
            if found and (best is None or found[1] > best[1]):
                best = (found[0], found[1])
        assert lexicon.fuzzy(token) == best, token
        matched += best is not None
    assert matched > 0


def test_patterns_over_the_same_groups_share_one_table_and_find_their_own_phrases():
    groups = {"partner": ["husband", "my partner"], "hit": ["hits", "slaps"]}
    abuse = Patterns([("{partner} * {hit} me", "abuse")], groups)
    jokes = Patterns([("{partner} hits the ball", "joke")], groups)
    assert abuse.index is jokes.index
    tokens = ("my", "partner", "often", "hits", "me")
    assert [(hit.start, hit.end, hit.value) for hit in abuse.find(tokens)] == [(0, 5, "abuse")]
    assert jokes.find(tokens) == []
    groups["hit"].append("kicks")  # the same dict with other words is indexed afresh
    kicks = Patterns([("{partner} * {hit} me", "abuse")], groups)
    assert kicks.index is not abuse.index
    assert [hit.value for hit in kicks.find(("husband", "kicks", "me"))] == ["abuse"]
