"""Safety words in every language, and the everyday sentences that must not raise them."""

from __future__ import annotations

import pytest

from finder.understand.safety import NOT

SAFE = [
    ("I want to die", "self-harm", "en-want-to-die"),
    ("sometimes I think about suicide", "self-harm", "en-suicide"),
    ("i think about sucide", "self-harm", "en-misspelt-suicide"),
    ("I might kill myself", "self-harm", "en-kill-myself"),
    ("I just want to end it all", "self-harm", "en-end-it-all"),
    ("I have been self harming", "self-harm", "en-self-harm"),
    ("he hits me", "domestic-abuse", "en-he-hits-me"),
    ("my partner hurts me", "domestic-abuse", "en-partner-hurts-me"),
    ("my partner often hits me", "domestic-abuse", "en-partner-gap"),
    ("I'm scared of my husband", "domestic-abuse", "en-scared-of-husband"),
    ("someone is hurting my child", "child-in-danger", "en-hurting-my-child"),
    ("he hit the baby", "child-in-danger", "en-hit-the-baby"),
    ("chcę umrzeć", "self-harm", "pl-want-to-die"),
    ("mąż mnie bije", "domestic-abuse", "pl-husband-hits"),
    ("ktoś krzywdzi moje dziecko", "child-in-danger", "pl-child"),
    ("marna chahti hoon", "self-harm", "ur-latin"),
    ("خودکشی", "self-harm", "ur-suicide"),
    ("shohar mujhe marta hai", "domestic-abuse", "ur-latin-husband"),
    ("ਖੁਦਕੁਸ਼ੀ", "self-harm", "pa-suicide"),
    ("ਪਤੀ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ", "domestic-abuse", "pa-husband"),
    ("આત્મહત્યા", "self-harm", "gu-suicide"),
    ("pati mane mare che", "domestic-abuse", "gu-latin-husband"),
    ("waan dhiman rabaa", "self-harm", "so-want-to-die"),
    ("ninkaygu i garaaca", "domestic-abuse", "so-husband"),
    ("أريد أن أموت", "self-harm", "ar-want-to-die"),
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
    from finder.languages import LANGUAGES
    from finder.understand import SAFETY_KINDS
    from tests.conftest import CONTENT

    corpus = content.load(CONTENT).safety_corpus
    assert set(corpus) == set(LANGUAGES)
    for language, phrases in corpus.items():
        assert phrases["review"] == "awaiting-native-review", language
        assert phrases[NOT], f"{language} has no look-alikes"
        for kind in SAFETY_KINDS:
            assert phrases["kinds"][kind], (language, kind)


LOOK_ALIKES = [
    ("this baby is killing me lol", "en-baby-killing-me"),
    ("I'm dying for a brew", "en-dying-for-a-brew"),
    ("he's a little monster at bedtime", "en-little-monster"),
    ("I could murder a curry", "en-murder-a-curry"),
    ("my feet are killing me", "en-feet-killing-me"),
    ("what calpol dose for a 2 year old", "en-calpol-dose"),
    ("umieram z głodu", "pl-dying-of-hunger"),
    ("میں بھوک سے مر رہی ہوں", "ur-dying-of-hunger"),
    ("ميتة من التعب", "ar-dead-tired"),
    ("ਮੁੰਡਾ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ", "pa-son-hits"),
    ("દીકરો મને મારે છે", "gu-son-hits"),
    ("wiilkaygu i garaaca", "so-son-hits"),
    # asking the finder to stop texting, in romanised Urdu, Punjabi and Gujarati
    ("messages band karo", "ur-stop-the-texts"),
    ("please band karo ye messages", "pa-stop-these-texts"),
    ("messages bandh karo", "gu-stop-the-texts"),
]


@pytest.mark.parametrize(("text", "_"), LOOK_ALIKES, ids=[e[1] for e in LOOK_ALIKES])
def test_look_alikes_raise_no_safety_flag(understander, text, _):
    assert understander.interpret(text).safety == ()


INFLECTED = [
    ("وزوجي يضربني كل يوم", "domestic-abuse", "ar-attached-and"),
    ("جوزي بيضربني", "domestic-abuse", "ar-levantine"),
    ("dono mujhe marte hain", "domestic-abuse", "ur-latin-plural"),
    ("ਪਤੀ ਮੈਨੂੰ ਮਾਰਦੇ ਨੇ", "domestic-abuse", "pa-plural"),
    ("mąż mnie pobił", "domestic-abuse", "pl-past"),
    ("były mąż mnie pobił", "domestic-abuse", "pl-ex-husband-past"),
    ("he said he'd finish me if I go", "domestic-abuse", "en-threat"),
    ("I'm scared I'll shake the baby", "child-in-danger", "en-fear-of-harming"),
    ("my 14 year old daughter is cutting herself", "child-in-danger", "en-child-self-harm"),
    ("I took all my tablets", "danger-to-life", "en-tablets"),
    ("Im having suicdal thoughts", "self-harm", "en-misspelt"),
    ("usne mujhe kamre mein band kar diya", "domestic-abuse", "ur-shut-in-a-room"),
    ("husband mere messages check karta hai aur phone band kar deta hai", "domestic-abuse",
     "ur-phone-controlled"),
]


@pytest.mark.parametrize(("text", "kind", "_"), INFLECTED, ids=[i[2] for i in INFLECTED])
def test_inflected_and_dialect_forms_are_heard(understander, text, kind, _):
    assert kind in understander.interpret(text).safety


def test_every_safety_phrase_and_group_word_is_text():
    """YAML reads unquoted on/off/yes/no as booleans: a group word "on" would vanish."""
    from finder.directory import content
    from tests.conftest import CONTENT

    for language, phrases in content.load(CONTENT).safety_corpus.items():
        lists = [*phrases["groups"].values(), *phrases["kinds"].values(), phrases[NOT]]
        odd = [word for words in lists for word in words if not isinstance(word, str)]
        assert not odd, (language, odd)
