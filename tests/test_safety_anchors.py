"""Concept anchors: a concept word near whom it touches, in either order, guarded against a
child acting and an act turned on oneself."""

from __future__ import annotations

from finder.understand.safety import SafetyFinder
from finder.understand.text import words

CORPUS = {"xx": {
    "groups": {"kid": ["toddler"]},
    "reflexive": ["herself"],
    "anchors": {
        "domestic-abuse": [{"words": ["shoves", "locked"], "with": ["me", "in"]}],
        "child-in-danger": [
            {"words": ["shakes"], "with": ["the baby"], "in_order": True, "next_to": True},
            {"words": ["wants to die"], "with": ["toddler"], "child_may_lead": True}],
    },
}}


def _kinds(text: str) -> tuple[str, ...]:
    return SafetyFinder.from_content(CORPUS).kinds(words(text).tokens)


def test_an_anchor_counts_in_either_order_within_four_words():
    assert _kinds("he shoves me") == ("domestic-abuse",)
    assert _kinds("me he always really badly shoves") == ("domestic-abuse",)
    assert _kinds("he shoves the door and the cupboard in the hall at me") == ()


def test_an_anchor_in_order_side_by_side_needs_both():
    assert _kinds("he shakes the baby") == ("child-in-danger",)
    assert _kinds("the baby shakes") == ()
    assert _kinds("he shakes the rattle for the baby") == ()


def test_a_child_acting_or_an_act_on_oneself_does_not_count():
    assert _kinds("toddler shoves me") == ()
    assert _kinds("she locked herself in") == ()
    assert _kinds("he locked me in") == ("domestic-abuse",)


def test_an_anchor_may_let_the_child_lead():
    assert _kinds("my toddler wants to die") == ("child-in-danger",)
