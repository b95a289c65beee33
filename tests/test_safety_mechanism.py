"""The safety finder's mechanism, each on a small corpus of its own: look-alikes heard through
misspellings, word lists normalised as messages are, a word of time that needs an act, a
grown-up child, and letters that rule a language out."""

from __future__ import annotations

import pytest

from finder.safety import lines_for
from finder.understand.morphology import stem
from finder.understand.safety import SafetyFinder
from finder.understand.text import words


def _finder(corpus: dict) -> SafetyFinder:
    return SafetyFinder.from_content({"xx": corpus})


def _kinds(finder: SafetyFinder, text: str) -> tuple[str, ...]:
    return finder.kinds(words(text).tokens)


def test_a_misspelt_look_alike_still_silences_as_the_look_alike_does():
    finder = _finder({"kinds": {"danger-to-life": ["was murdered"]}, "not": ["documentary"]})
    assert _kinds(finder, "she was murdered") == ("danger-to-life",)
    assert _kinds(finder, "watched a documentary where she was murdered") == ()
    assert _kinds(finder, "watched a documentery where she was murdered") == ()


@pytest.mark.parametrize(("kid", "text"), [("córka", "corka mnie bije"),
                                          ("córka", "córka mnie bije"),
                                          ("بنتي", "بنتي تضربني")])
def test_a_child_word_is_heard_however_its_letters_are_typed(kid, text):
    finder = _finder({"groups": {"kid": [kid]}, "anchors": {"domestic-abuse": [
        {"words": ["bije", "تضربني"], "with": ["mnie", "بنتي"]}]}})
    assert _kinds(finder, text) == ()  # a child acting, not abuse
    assert _kinds(finder, "mąż mnie bije") == ("domestic-abuse",)


def test_jokes_and_reflexive_words_are_normalised_too():
    finder = _finder({"kinds": {"self-harm": ["chcę umrzeć"]}, "jokes": ["Haha!"],
                      "reflexive": ["sobą"], "anchors": {"domestic-abuse": [
                          {"words": ["zamknął"], "with": ["mnie", "sobą"]}]}})
    assert _kinds(finder, "chcę umrzeć haha") == ()
    assert _kinds(finder, "zamknął za soba drzwi") == ()
    assert _kinds(finder, "zamknął mnie") == ("domestic-abuse",)


NOW_CORPUS = {
    "kinds": {"domestic-abuse": ["he hit me", "he is hitting me"], "now": ["now", "right now",
                                                                          "hiding in the"]},
    "anchors": {"now": [{"words": ["now", "right now"], "with": ["hitting"]}]},
}


@pytest.mark.parametrize(("text", "kinds"), [
    ("he hit me last year and now he says sorry", ("domestic-abuse",)),
    ("now i found out he hit me", ("domestic-abuse",)),
    ("he is hitting me right now", ("danger-to-life", "domestic-abuse")),
    ("he hit me and im hiding in the bathroom", ("danger-to-life", "domestic-abuse")),
])
def test_a_word_of_time_is_danger_only_beside_an_act(text, kinds):
    assert _kinds(_finder(NOW_CORPUS), text) == kinds


GROWN_CORPUS = {
    "groups": {"kid": ["son", "daughter"]},
    "kinds": {"domestic-abuse": ["takes my pension"]},
    "not": ["{kid} * pushes me"],
    "grown_up": ["grown up son", "{adult_age} year old son"],
    "anchors": {"domestic-abuse": [{"words": ["pushes", "shoves"], "with": ["me"]}],
                "child-in-danger": [{"words": ["hits"], "with": ["son", "my son"]}]},
}


@pytest.mark.parametrize(("text", "kinds"), [
    ("my son pushes me", ()),
    ("my son shoves me", ()),
    ("my grown up son pushes me", ("domestic-abuse",)),
    ("my grown up son shoves me and takes my pension", ("domestic-abuse",)),
    ("my 34 year old son shoves me", ("domestic-abuse",)),
    ("my 4 year old son shoves me", ()),
    ("he hits my son", ("child-in-danger",)),
    ("he hits my grown up son", ()),
])
def test_a_grown_up_son_abusing_a_parent_is_abuse_not_a_childs_behaviour(text, kinds):
    assert _kinds(_finder(GROWN_CORPUS), text) == kinds


def test_urdu_letters_rule_out_arabic_phrases_but_not_urdu_ones():
    finder = SafetyFinder.from_content({
        "ar": {"kinds": {"danger-to-life": ["كل الدوا"]}},
        "ur": {"kinds": {"danger-to-life": ["ساری دوا کھا لی"]}}})
    assert _kinds(finder, "اخدت كل الدوا") == ("danger-to-life",)
    assert _kinds(finder, "کل الدوا لی تھی") == ()  # "yesterday", not "all"
    assert _kinds(finder, "میں نے ساری دوا کھا لی ہے") == ("danger-to-life",)


@pytest.mark.parametrize(("one", "other"), [
    ("chote", "chot"),  # small, injury
    ("મારા", "માર"),  # my, hit
    ("મારો", "માર"),
    ("ਮੇਰਾ", "ਮਾਰ"),
    ("میرا", "مار"),
    ("ਪਤੀ", "ਪਤਾ"),  # husband, known: two letters are too few to stem
])
def test_a_short_stem_or_a_possessive_does_not_meet_another_word(one, other):
    assert _stem(one) != _stem(other)


@pytest.mark.parametrize(("one", "other"), [("marta", "marte"), ("chote", "choti"),
                                            ("મારે", "માર"), ("يضربني", "بيضربني"),
                                            ("garaacaysaa", "garaacayaa"),  # she, he hits
                                            ("tumaysa", "tumaya")])
def test_inflections_of_a_word_still_meet(one, other):
    assert _stem(one) == _stem(other)


def _stem(word: str) -> str:
    return stem(words(word).tokens[0])


@pytest.mark.parametrize("text", ["بنتي ١٦ سنة بلعت حبوب بالمدرسة وتقول رح تعيدها",
                                  "16-latka połknęła tabletki w szkole",
                                  "my 15 year old took an overdose"])
def test_a_teenagers_overdose_is_danger_to_life_and_a_child_in_danger_999_first(
        understander, content_lines, text):
    kinds = understander.interpret(text).safety
    assert {"danger-to-life", "child-in-danger"} <= set(kinds)
    assert lines_for(kinds, content_lines)[0]["number"] == "999"


@pytest.fixture(scope="module")
def content_lines() -> list[dict]:
    from finder.directory import content
    from tests.cases.scoring import CONTENT_DIR

    return content.load(CONTENT_DIR).safety_lines


DOSE_CORPUS = {"groups": {"took": ["took", "swallowed"], "pills": ["paracetamol", "pills"]},
               "kinds": {"danger-to-life": ["{took} * {pills}", "has a gun"]}}


@pytest.mark.parametrize(("text", "kinds"), [
    ("i took two paracetamol for my headache", ()),
    ("i took 2 paracetamol", ()),
    ("i took 30 paracetamol", ("danger-to-life",)),
    ("i swallowed all my pills", ("danger-to-life",)),
    ("i took 2 packets of paracetamol", ("danger-to-life",)),
    ("he has a gun", ("danger-to-life",)),
    ("i took an overdose of pills", ("danger-to-life",)),
])
def test_a_small_count_of_a_medicine_taken_is_a_dose_not_an_overdose(text, kinds):
    finder = SafetyFinder.from_content({"xx": DOSE_CORPUS},
                                       {"xx": {"numbers": {"two": 2, "a": 1}}})
    assert _kinds(finder, text) == kinds


def test_no_anchor_concept_word_is_a_child_word_in_disguise():
    """A concept word sharing its stem with a word for a child ("chhoota", touched, and
    "chhota", small) makes every mention of a child a disclosure."""
    from finder.directory import content
    from tests.cases.scoring import CONTENT_DIR

    clashes = []
    for lang, data in content.load(CONTENT_DIR).safety_corpus.items():
        groups = data.get("groups") or {}
        children = {_stem(word): word for name in ("kid", "child", "youngster")
                    for word in groups.get(name) or [] if len(words(str(word)).tokens) == 1}
        clashes += [(lang, word, children[_stem(word)])
                    for pairs in (data.get("anchors") or {}).values() for pair in pairs
                    for word in pair.get("words") or [] if len(words(str(word)).tokens) == 1
                    and _stem(word) in children and children[_stem(word)] != word]
    assert not clashes


DOSE_PHRASES = {**DOSE_CORPUS, "groups": {**DOSE_CORPUS["groups"], "pills": [
    "paracetamol", "pills", "tablets"]}, "doses": ["took my tablets", "took paracetamol for"]}


@pytest.mark.parametrize(("text", "kinds"), [
    ("i took my tablets this morning", ()),
    ("took paracetamol for his fever", ()),
    ("i took all my tablets", ("danger-to-life",)),  # the overdose reaches past the dose
    ("i took 30 paracetamol for my headache", ("danger-to-life",)),
    ("i took my tablets and then i swallowed all the pills", ("danger-to-life",)),
])
def test_a_medicine_taken_as_meant_is_a_dose_not_an_overdose(text, kinds):
    assert _kinds(SafetyFinder.from_content({"xx": DOSE_PHRASES}), text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("i took my tablets this morning", ()),
    ("took paracetamol for his fever", ()),
    ("maine apni dawai kha li subah", ()),
    ("i took all my tablets", ("danger-to-life", "self-harm")),
    ("ਮੇਰਾ ਵੱਡਾ ਪੁੱਤ ਮੈਨੂੰ ਮਾਰਦਾ", ("domestic-abuse",)),  # a grown son: abuse, not a child
    ("xaaskaygu hadda way i garaacaysaa", ("danger-to-life", "domestic-abuse")),
])
def test_the_shipped_corpus_reads_the_loose_ends_of_session_six(understander, text, kinds):
    assert understander.safety.kinds(words(text).tokens) == kinds


def test_an_everyday_word_is_no_misspelling_of_a_corpus_word(understander):
    """Long Latin words of the messages the model learns as no danger are read as themselves,
    not as the corpus word they resemble ("mediation" is not "medication", "cooking" not
    "choking"), except as an inflection of it ("headbutts")."""
    safety = understander.safety
    everyday = sorted(word for word in safety.model.everyday if len(word) >= 7 and word.isascii())
    moved = [(word, safety._stems((word,))[0]) for word in everyday
             if safety._stems((word,))[0] != stem(word)]
    assert [(word, read) for word, read in moved if not stem(word).startswith(read)] == []
    assert safety._stems(("mediation",)) != safety._stems(("medication",))
    assert safety._stems(("cooking",)) != safety._stems(("choking",))


def test_a_doses_own_words_are_no_misspelling_of_another_corpus_word():
    """A dose is read word for word: "xanuunka" (of pain) is not the phrases' "xanuun"."""
    finder = _finder({"groups": {"took": ["qaatay"], "pills": ["kiniinka"]},
                      "kinds": {"danger-to-life": ["{pills} * {took}", "xanuun badan"]},
                      "doses": ["kiniinka madax xanuunka * qaatay"]})
    assert finder._stems(("xanuunka",)) == (stem("xanuunka"),)
    assert _kinds(finder, "kiniinka madax xanuunka ayaan qaatay") == ()
    assert _kinds(finder, "kiniinka oo dhan ayaan qaatay") == ("danger-to-life",)
