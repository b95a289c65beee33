"""How phrases are indexed changes what is tested, never what is found: the key a phrase is
filed under, and the words a message's table names."""

from collections import Counter

import pytest

from finder.understand.morphology import stem
from finder.understand.patterns import Patterns

GROUPS = {"partner": ["husband", "my partner", "boyfriend", "my ex"],
          "hit": ["hits", "hit", "punched", "kicks", "pushed me over"],
          "child": ["son", "daughter", "kids", "my little one"]}
PHRASES = [("{partner} * {hit} me", "abuse"), ("{hit} my {child}", "child"),
           ("locked me in", "abuse"), ("took all my pills", "danger"),
           ("{child} is scared of {partner}", "child")]
EVERYDAY = ["my son is 7 and my daughter is 4", "is there a playgroup near me for my kids",
            "my husband works nights and i need help with the kids", "where can i get help"]
SENTENCES = ["my husband hits me every night", "he punched my son", "my ex locked me in the flat",
             "i took all my pills", "we went to the park with the kids",
             "my little one is scared of my ex",
             "my partner pushed me over and then he hits me", "my son kicks me", "took my pills"]


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in text.split())


@pytest.mark.parametrize("text", SENTENCES)
def test_a_phrase_is_found_whichever_word_it_is_filed_under(text):
    common = Counter(stem(word) for line in EVERYDAY for word in line.split())
    plain, keyed = Patterns(PHRASES, dict(GROUPS)), Patterns(PHRASES, dict(GROUPS), common)
    assert keyed.find(_stems(text)) == plain.find(_stems(text))


def test_a_phrase_set_made_after_a_message_was_read_still_hears_its_own_words():
    groups = dict(GROUPS)
    first = Patterns([("{partner} * {hit} me", "abuse")], groups)
    message = _stems("my husband hits me and took all my pills")
    assert [hit.value for hit in first.find(message)] == ["abuse"]
    later = Patterns([("took all my pills", "danger")], groups)  # the same groups' index
    assert later.index is first.index
    assert [hit.value for hit in later.find(message)] == ["danger"]
