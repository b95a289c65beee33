"""The sixteen needs, from words, phrases and misspellings in all seven languages."""

from __future__ import annotations

import pytest

from finder.directory.content import NEED_SLUGS

NEEDS = [
    ("he wont sleep", "sleep", "en-wont-sleep"),
    ("baby up all night", "sleep", "en-up-all-night"),
    ("brestfeeding is so hard", "feeding", "en-misspelt-breastfeeding"),
    ("struggling to bf", "feeding", "en-bf"),
    ("fussy eater", "feeding", "en-fussy-eater"),
    ("tantrms every day", "behaviour", "en-misspelt-tantrums"),
    ("his behavior is awful", "behaviour", "en-us-spelling"),
    ("his behaviour is awful", "behaviour", "en-uk-spelling"),
    ("she isnt talking yet", "development", "en-not-talking"),
    ("my son is autistic", "additional-needs", "en-autistic"),
    ("asd assessment", "additional-needs", "en-asd"),
    ("does he have ADHD", "additional-needs", "en-adhd"),
    ("SEN support at school", "additional-needs", "en-sen"),
    ("cant cope anymore", "wellbeing", "en-cant-cope"),
    ("I think I have postnatal depression", "wellbeing", "en-pnd"),
    ("me and my ex keep arguing", "relationships", "en-ex"),
    ("my 15 yr old is out all night", "teenagers", "en-out-all-night"),
    ("my teenager", "teenagers", "en-teenager"),
    ("my son hits me and I am scared of him", "child-to-parent-harm", "en-cpv"),
    ("I'm 17", "young-parents", "en-parent-age"),
    ("young mum looking for help", "young-parents", "en-young-mum"),
    ("I'm a dad, are there groups", "dads", "en-im-a-dad"),
    ("as a father I feel left out", "dads", "en-as-a-father"),
    ("want to meet other mums", "meeting-parents", "en-meet-mums"),
    ("cant afford nappies", "practical-help", "en-money"),
    ("my partner hurts me", "domestic-abuse", "en-partner-hurts"),
    ("I'm pregnant", "pregnancy", "en-pregnant"),
    ("how do I play with my baby", "bonding", "en-play"),
    ("dziecko nie chce spać", "sleep", "pl-sleep"),
    ("syn nie je warzyw", "feeding", "pl-feeding"),
    ("córka ma napady złości", "behaviour", "pl-tantrums"),
    ("syn ma ADHD", "additional-needs", "pl-english-adhd"),
    ("jestem tatą", "dads", "pl-dad"),
    ("nie radzę sobie", "wellbeing", "pl-not-coping"),
    ("بچہ سوتا نہیں", "sleep", "ur-sleep"),
    ("neend nahi aati", "sleep", "ur-latin-sleep"),
    ("bohat gussa karta hai", "behaviour", "ur-latin-gussa"),
    ("bacche ladai karte hain", "behaviour", "ur-latin-ladai"),
    ("bacha bahut rona karta hai", "behaviour", "ur-latin-rona"),
    ("main abbu hoon", "dads", "ur-latin-dad"),
    ("bacha sleep nahi karta", "sleep", "ur-english-word"),
    ("mera putt sonda nahi", "sleep", "pa-latin-sleep"),
    ("ਮੇਰਾ ਪੁੱਤ ਨਹੀਂ ਸੌਂਦਾ", "sleep", "pa-sleep"),
    ("ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ", "pregnancy", "pa-pregnant"),
    ("maru balak khato nathi", "feeding", "gu-latin-feeding"),
    ("મારો દીકરો ઊંઘતો નથી", "sleep", "gu-sleep"),
    ("ilmahaygu ma seexdo", "sleep", "so-sleep"),
    ("wiilkaygu ma hadlo", "development", "so-not-talking"),
    ("waxaan ahay aabe", "dads", "so-dad"),
    ("طفلي لا ينام", "sleep", "ar-sleep"),
    ("ابني عنده توحد", "additional-needs", "ar-autism"),
    ("أشعر بالوحدة والتوتر", "wellbeing", "ar-wellbeing"),
]


@pytest.mark.parametrize(("text", "need", "_"), NEEDS, ids=[n[2] for n in NEEDS])
def test_needs_are_found_in_every_language(understander, text, need, _):
    assert need in understander.interpret(text).needs


def test_several_needs_in_one_message_are_all_returned(understander):
    needs = understander.interpret("he wont sleep and has tantrums, and I cant cope").needs
    assert {"sleep", "behaviour", "wellbeing"} <= set(needs)


def test_needs_come_most_confident_first(understander):
    found = understander.interpret("wont sleep, up all night, night waking, also fussy")
    assert found.needs[0] == "sleep"
    assert found.scores["sleep"] > found.scores.get("feeding", 0)


NOT_NEEDS = [
    ("hello", (), "greeting"),
    ("my dad lives in Leicester", ("dads",), "a-grandad-is-not-the-parent"),
    ("teen mum", ("teenagers",), "teen-mum-is-a-young-parent-not-a-teenager"),
    ("sen", ("sleep",), "english-sen-is-not-polish-sleep"),
    ("sheep", ("sleep",), "short-words-are-not-fuzzy"),
    ("money for monkey", ("behaviour",), "unrelated"),
]


@pytest.mark.parametrize(("text", "absent", "_"), NOT_NEEDS, ids=[n[2] for n in NOT_NEEDS])
def test_needs_do_not_fire_on_lookalikes(understander, text, absent, _):
    assert not set(absent) & set(understander.interpret(text).needs)


def test_the_polish_sen_is_sleep_not_special_needs(understander):
    found = understander.interpret("sen dziecka", language="pl")
    assert found.needs[0] == "sleep" and "additional-needs" not in found.needs


def test_every_lexicon_names_only_real_needs():
    from finder.directory import content
    from tests.conftest import CONTENT

    for lexicon in content.load(CONTENT).lexicons.values():
        assert set(lexicon["needs"]) <= set(NEED_SLUGS)


def test_english_has_words_or_phrases_for_every_need():
    from finder.directory import content
    from tests.conftest import CONTENT

    english = content.load(CONTENT).lexicons["en"]["needs"]
    assert set(english) == set(NEED_SLUGS)


def test_arguing_with_a_child_is_told_apart_even_when_the_words_named_no_couple():
    from finder.understand.arguing import Arguing

    arguing = Arguing(frozenset({"argue"}), frozenset({"son"}))
    scores: dict[str, float] = {}  # the lexicon saw no couple: only the classifier might
    assert arguing.redirect(("my", "son", "and", "i", "argue"), scores, (), lambda t: 0.0)
    assert scores == {}
    scores = {"relationships": 1.0}
    assert arguing.redirect(("we", "argue"), scores, (180,), lambda t: 0.0)
    assert scores == {"teenagers": 1.0}
    couple = {"relationships": 2.0}  # a husband named too: it may well be the couple
    assert not arguing.redirect(("son", "husband", "argue"), couple, (), lambda t: 1.0)
    assert couple == {"relationships": 2.0}


ANSWERS = [
    ("and my youngest is 5", "en-another-childs-age"),
    ("my other son is 9", "en-other-son"),
    ("ਨਹੀਂ, ਮੇਰਾ ਮਤਲਬ ਹਿੰਕਲੀ", "pa-no-i-meant-hinckley"),
    ("na, maro matlab Oadby", "gu-no-i-meant-oadby"),
    ("والتانية عمرها 5", "ar-the-other-is-5"),
]


@pytest.mark.parametrize(("text", "_"), ANSWERS, ids=[a[1] for a in ANSWERS])
def test_an_answer_naming_no_need_is_given_none(understander, text, _):
    """A second child's age or a corrected place answers a question: no need is guessed."""
    assert understander.interpret(text).needs == ()


PLAIN = [
    ("my 4 year old gets very angry", "behaviour", "en-angry-4-year-old"),
    ("meri 4 saal ki beti ko bohot ghussa aata hai", "behaviour", "ur-angry-4-year-old"),
    ("gabadhayda 4 jir ayaa aad u cadhooda", "behaviour", "so-angry-4-year-old"),
    ("ਮੇਰੀ 4 ਸਾਲ ਦੀ ਕੁੜੀ ਬਹੁਤ ਗੁੱਸਾ ਕਰਦੀ ਹੈ", "behaviour", "pa-angry-4-year-old"),
    ("3 varas ni dikri raate bahu rade che", "sleep", "gu-crying-at-night"),
    ("رات کو بہت روتی ہے، دو سال کی ہے", "sleep", "ur-crying-at-night"),
]


@pytest.mark.parametrize(("text", "need", "_"), PLAIN, ids=[p[2] for p in PLAIN])
def test_one_plain_need_is_acted_on_not_asked_about(understander, text, need, _):
    """An angry young child is behaviour, crying at night is sleep: one need, sure of it."""
    found = understander.interpret(text)
    assert found.needs == (need,) and found.need_confident
