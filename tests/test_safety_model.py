"""The safety classifier's training wordings: templates expanded over slots, and its alarm gate."""

from __future__ import annotations

import numpy as np

from finder.understand.classifier import DIMENSIONS, NeedModel
from finder.understand.safety_model import (
    PER_TEMPLATE,
    SafetyModel,
    by_language,
    examples,
    expand,
    owners,
    read_training,
    route,
    vocabularies,
)
from finder.understand.text import words
from tests.cases.scoring import CONTENT_DIR

SLOTS = {"he": ["he", "my husband", "my ex"], "hits": ["hits me", "kicks me"],
         "dose": ["how much {medicine}"], "medicine": ["calpol", "ibuprofen"]}


def test_a_template_is_filled_with_every_word_of_its_slots_once():
    found = expand("{he} {hits}", SLOTS)
    assert sorted(found) == sorted(f"{a} {b}" for a in SLOTS["he"] for b in SLOTS["hits"])
    assert expand("{he} {hits}", SLOTS) == found  # the same order every time


def test_many_combinations_are_cut_to_a_spread_out_few():
    slots = {"a": [f"a{i}" for i in range(40)], "b": [f"b{i}" for i in range(40)]}
    found = expand("{a} {b}", slots)
    assert len(found) == len(set(found)) == PER_TEMPLATE
    assert len({text.split()[0] for text in found}) > PER_TEMPLATE // 2


def test_a_slot_word_may_name_slots_of_its_own():
    assert expand("{dose}", SLOTS, 5)[0] in ("how much calpol", "how much ibuprofen")


def test_a_line_without_slots_is_itself():
    assert expand("i want to die", SLOTS) == ["i want to die"]


def test_every_language_has_training_wordings_for_every_kind_and_look_alikes():
    training = read_training(CONTENT_DIR)
    assert set(training) == {"en", "pl", "gu", "pa", "ur", "so", "ar"}
    for language, data in training.items():
        kinds = data["kinds"]
        assert set(kinds) == {"danger-to-life", "self-harm", "domestic-abuse",
                              "child-in-danger"}, language
        assert data["none"] and data["alarms"], language
        texts = [t for t, label in examples({language: data}, [], {}) if label != "none"]
        assert len(texts) >= 400, (language, len(texts))
        assert not [t for t in texts if "{" in t], language


def test_need_examples_teach_quiet_except_feeling_safe_at_home_in_their_own_language():
    training = {"en": {"none": ["my baby is fine"], "kinds": {"domestic-abuse": ["he hits me"]}},
                "pl": {"none": ["dziecko nie śpi"], "kinds": {"domestic-abuse": ["bije mnie"]}}}
    found = by_language(training, [("he checks my phone", "domestic-abuse"),
                                   ("my baby wont sleep", "sleep"),
                                   ("moje dziecko nie je", "eating")], {})
    assert ("he checks my phone", "domestic-abuse") in found["en"]
    assert ("my baby wont sleep", "none") in found["en"]
    assert ("moje dziecko nie je", "none") in found["pl"]
    assert not {text for text, _ in found["pl"]} & {"he checks my phone", "my baby wont sleep"}
    assert route(words("moje dziecko").tokens, owners(vocabularies(found))) == ("pl",)


def test_digits_are_never_alarm_words(understander):
    model = understander.safety.model
    stems = words("LE1 1AA 12 3 5 7 in 2024").tokens
    assert model.alarmed(stems) == []


def test_a_scrap_of_arabic_in_latin_letters_is_an_alarm_only_as_a_whole_word(understander):
    model = understander.safety.model  # "7aya" (life) leaves "aya" once its digit is split off
    assert model.alarmed(words("7aya").tokens) == [1]
    assert model.alarmed(words("walaalkay ayaa yimid oo ayaan sheekaynay").tokens) == []


def _model(child: float, abuse: float, none: float,
           classes: tuple[str, str] = ("child-in-danger", "domestic-abuse")) -> SafetyModel:
    """A safety model that gives every message these probabilities (weights zero, bias set)."""
    weights = np.zeros((DIMENSIONS, 3), dtype=np.float32)
    bias = np.log(np.asarray([child, abuse, none], dtype=np.float32))
    need_model = NeedModel((*classes, "none"), weights, bias)
    known = frozenset(words("he hurts us all my ex never pays for the school uniform chai bina mar"
                            " rahi hoon").tokens)
    return SafetyModel({"en": need_model}, {"en": known}, frozenset(), frozenset(), frozenset(),
                       ())


def test_a_disclosure_split_between_two_kinds_is_heard_as_the_likelier():
    tokens = words("he hurts us all").tokens
    assert _model(0.45, 0.40, 0.15).kind(tokens, lambda kind: True) == "child-in-danger"
    assert _model(0.30, 0.50, 0.20).kind(tokens, lambda kind: True) == "domestic-abuse"


def test_the_model_never_names_a_kind_without_a_concept_word_of_it_however_sure():
    tokens = words("he hurts us all").tokens
    assert _model(0.90, 0.05, 0.05).kind(tokens, lambda kind: False) is None
    assert _model(0.90, 0.05, 0.05).kind(tokens, lambda kind: kind == "child-in-danger")


def test_a_message_in_words_no_language_knows_is_no_disclosure():
    assert _model(0.90, 0.05, 0.05).probabilities(words("zzz qqq").tokens) == {"none": 1.0}


def test_the_model_stays_quiet_unless_sure_of_danger_and_needs_an_anchor_when_less_sure():
    tokens = words("he hurts us all").tokens
    assert _model(0.35, 0.30, 0.35).kind(tokens, lambda kind: True) is None
    assert _model(0.42, 0.38, 0.20).kind(tokens, lambda kind: False) is None
    assert _model(0.42, 0.38, 0.20).kind(tokens, lambda kind: True) == "child-in-danger"


def test_the_model_names_self_harm_only_beside_a_self_harm_concept_however_sure():
    tokens = words("chai bina mar rahi hoon").tokens  # "dying without tea"
    sure = _model(0.02, 0.95, 0.03, ("danger-to-life", "self-harm"))
    assert sure.kind(tokens, lambda kind: False) is None
    assert sure.kind(tokens, lambda kind: kind == "self-harm") == "self-harm"


def test_short_latin_words_are_never_alarms_and_wake_only_before_short_endings(understander):
    model = understander.safety.model
    assert model.alarmed(words("my boy is 6 and baby is 10 days old").tokens) == []
    assert model.alarmed(words("he hits me").tokens) == [1]
    assert model.alarmed(words("markaan ayaan imid").tokens) == []  # "when", not "mar" (hit)


def test_the_model_overrules_phrases_only_when_sure_there_is_no_danger():
    tokens = words("my ex never pays for the school uniform").tokens
    assert _model(0.05, 0.05, 0.90).quiet(tokens)
    assert not _model(0.30, 0.30, 0.40).quiet(tokens)
