"""Safety words in every language, and the everyday sentences that must not raise them."""

from __future__ import annotations

import pytest

SAFE = [
    ("I want to die", "danger-to-life", "en-want-to-die"),
    ("sometimes I think about suicide", "danger-to-life", "en-suicide"),
    ("i think about sucide", "danger-to-life", "en-misspelt-suicide"),
    ("I might kill myself", "danger-to-life", "en-kill-myself"),
    ("I just want to end it all", "danger-to-life", "en-end-it-all"),
    ("I have been self harming", "danger-to-life", "en-self-harm"),
    ("he hits me", "domestic-abuse", "en-he-hits-me"),
    ("my partner hurts me", "domestic-abuse", "en-partner-hurts-me"),
    ("my partner often hits me", "domestic-abuse", "en-partner-gap"),
    ("I'm scared of my husband", "domestic-abuse", "en-scared-of-husband"),
    ("someone is hurting my child", "child-in-danger", "en-hurting-my-child"),
    ("he hit the baby", "child-in-danger", "en-hit-the-baby"),
    ("chcę umrzeć", "danger-to-life", "pl-want-to-die"),
    ("mąż mnie bije", "domestic-abuse", "pl-husband-hits"),
    ("ktoś krzywdzi moje dziecko", "child-in-danger", "pl-child"),
    ("marna chahti hoon", "danger-to-life", "ur-latin"),
    ("خودکشی", "danger-to-life", "ur-suicide"),
    ("shohar mujhe marta hai", "domestic-abuse", "ur-latin-husband"),
    ("ਖੁਦਕੁਸ਼ੀ", "danger-to-life", "pa-suicide"),
    ("ਪਤੀ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ", "domestic-abuse", "pa-husband"),
    ("આત્મહત્યા", "danger-to-life", "gu-suicide"),
    ("pati mane mare che", "domestic-abuse", "gu-latin-husband"),
    ("waan dhiman rabaa", "danger-to-life", "so-want-to-die"),
    ("ninkaygu i garaaca", "domestic-abuse", "so-husband"),
    ("أريد أن أموت", "danger-to-life", "ar-want-to-die"),
    ("زوجي يضربني", "domestic-abuse", "ar-husband"),
    ("أحد يؤذي طفلي", "child-in-danger", "ar-child"),
]


@pytest.mark.parametrize(("text", "kind", "_"), SAFE, ids=[s[2] for s in SAFE])
def test_safety_words_are_flagged_by_kind(understander, text, kind, _):
    assert kind in understander.interpret(text).safety


EVERYDAY = [
    ("my toddler hits me", "toddler-hits"),
    ("my son is 4 and he hits me when angry", "son-hits-when-angry"),
    ("I'm dying for a coffee", "dying-for-coffee"),
    ("dead tired after a night up", "dead-tired"),
    ("he wont sleep", "plain-need"),
    ("my back is killing me", "killing-me"),
    ("the baby kicks me all night", "baby-kicks"),
    ("syn mnie bije", "pl-son-hits"),
    ("ابني يضربني", "ar-son-hits"),
    ("beta mujhe marta hai", "ur-son-hits"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "_"), EVERYDAY, ids=[e[1] for e in EVERYDAY])
def test_everyday_sentences_raise_no_safety_flag(understander, text, _):
    assert understander.interpret(text).safety == ()


def test_a_child_hitting_a_parent_is_still_a_need(understander):
    assert "child-to-parent-harm" in understander.interpret("my toddler hits me").needs


def test_every_safety_kind_has_phrases_in_every_language():
    from finder.directory import content
    from finder.understand import SAFETY_KINDS
    from tests.conftest import CONTENT

    for language, lexicon in content.load(CONTENT).lexicons.items():
        for kind in SAFETY_KINDS:
            assert lexicon["safety"][kind], (language, kind)
