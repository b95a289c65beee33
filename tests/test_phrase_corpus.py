"""The phrase corpus the need classifier learns from, and the classifier itself."""

from __future__ import annotations

from collections import Counter

import pytest

from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand.classifier import NONE, train
from finder.understand.corpus import examples, read_corpus
from finder.understand.interpret import chosen
from tests.cases import scoring

SITE = content.load(scoring.CONTENT_DIR)
CORPUS = read_corpus(scoring.CONTENT_DIR)
MIN_PER_NEED = 80


def test_every_language_has_a_phrase_file():
    assert set(CORPUS) == set(LANGUAGES)


def test_every_need_has_enough_phrases_across_the_languages():
    counts = Counter(slug for data in CORPUS.values() for slug, texts in data["needs"].items()
                     for _ in texts)
    thin = {need["slug"]: counts[need["slug"]] for need in SITE.needs
            if counts[need["slug"]] < MIN_PER_NEED}
    assert not thin


def test_the_corpus_names_only_needs_in_the_content():
    slugs = {need["slug"] for need in SITE.needs}
    assert not {slug for data in CORPUS.values() for slug in data["needs"]} - slugs


def test_every_language_file_teaches_every_need_and_no_need():
    thin = [(lang, need["slug"]) for lang, data in CORPUS.items() for need in SITE.needs
            if not data["needs"].get(need["slug"])]
    assert not thin
    assert all(data.get(NONE) for data in CORPUS.values())


def test_training_is_deterministic():
    sample = examples(CORPUS, {})[::7]
    first, second = train(sample), train(sample)
    text = "not been out of the flat for a month"
    assert first.probabilities(text) == second.probabilities(text)


@pytest.mark.parametrize(("text", "need"), [
    ("not been out of the flat for a month", "wellbeing"),
    ("cant afford nappies or the gas", "practical-help"),
    ("my toddler keeps biting at nursery", "behaviour"),
    ("he checks my phone and controls the money", "domestic-abuse"),
])
def test_indirect_descriptions_are_understood(understander, text, need):
    assert need in understander.interpret(text).needs[:2]


@pytest.mark.parametrize("text", ["hello", "LE4 5AB", "thanks", "ok"])
def test_messages_about_nothing_get_no_need(understander, text):
    assert understander.interpret(text).needs == ()


def test_a_need_found_by_the_lexicon_is_confident(understander):
    found = understander.interpret("my baby wont sleep through the night")
    assert (found.needs[:1], found.need_confident) == (("sleep",), True)


def test_a_need_only_the_classifier_suggests_is_offered_not_assumed(understander):
    found = understander.interpret("not been out of the flat for a month")
    assert (found.needs[:1], found.need_confident) == (("wellbeing",), False)


def test_a_language_may_spread_its_phrases_over_several_files(tmp_path):
    folder = tmp_path / "phrases"
    folder.mkdir()
    (folder / "pl.yaml").write_text(
        "language: pl\nneeds:\n  sleep: [nie spi]\nnone: [czesc]\n"
        "groups:\n  kid: [syn]\ntemplates:\n  sleep: ['{kid} nie spi']\n", encoding="utf-8")
    (folder / "pl.more.yaml").write_text(
        "language: pl\nneeds:\n  sleep: [budzi sie]\n  feeding: [nie je]\nnone: [dzieki]\n"
        "groups:\n  kid: [corka]\ntemplates:\n  feeding: ['{kid} nie je']\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert list(corpus) == ["pl"]
    assert corpus["pl"]["needs"] == {"sleep": ["nie spi", "budzi sie"], "feeding": ["nie je"]}
    assert corpus["pl"]["none"] == ["czesc", "dzieki"]
    found = set(examples(corpus, {}))
    assert {("syn nie je", "feeding"), ("corka nie je", "feeding"), ("dzieki", NONE)} <= found


def test_a_second_need_the_words_name_as_strongly_is_offered_and_asked_about():
    # "na sota hai na khata hai": a word each, but the classifier lifts only feeding.
    ranked = [("feeding", 2.6), ("sleep", 1.02)]
    needs, sure = chosen(ranked, {"feeding": 0.6, "sleep": 0.12}, {"feeding": 1.0, "sleep": 1.0})
    assert (needs, sure) == (["feeding", "sleep"], False)
    needs, _ = chosen(ranked, {"feeding": 0.6, "sleep": 0.12}, {"feeding": 2.5, "sleep": 1.0})
    assert needs == ["feeding"]  # named far more strongly: the second is left out


def test_a_need_named_by_one_word_is_sure_only_as_the_classifiers_first_choice():
    ranked = [("feeding", 1.02)]
    assert chosen(ranked, {"feeding": 0.4, "sleep": 0.15}, {"feeding": 1.0}) == (["feeding"], True)
    needs, sure = chosen(ranked, {"practical-help": 0.2, "feeding": 0.15}, {"feeding": 1.0})
    assert (needs, sure) == (["feeding", "practical-help"], False)


@pytest.mark.parametrize("text", ["my 4 year old has tantrums, we live in Oakham",
                                  "my baby wont sleep through the night, we live in Wigston"])
def test_a_need_said_with_a_place_is_still_sure(understander, text):
    assert understander.interpret(text).need_confident


def test_a_message_that_reads_like_a_need_but_names_none_offers_two():
    likely = {"feeding": 0.16, "behaviour": 0.13}
    assert chosen([], likely, {}, None, nothing=0.15) == (["feeding", "behaviour"], False)
    assert chosen([], likely, {}, None, nothing=0.8) == ([], True)  # "thanks", a place


@pytest.mark.parametrize("text", ["i have a question", "thank you so much", "we live in Wigston"])
def test_small_talk_is_still_no_need(understander, text):
    assert understander.interpret(text).needs == ()


def test_a_lone_need_is_asked_about_when_the_classifier_finds_another_nearly_as_likely():
    ranked = [("feeding", 1.02)]
    needs, sure = chosen(ranked, {"feeding": 0.3, "sleep": 0.2}, {"feeding": 1.0})
    assert (needs, sure) == (["feeding", "sleep"], False)
    needs, sure = chosen([("feeding", 2.6)], {"feeding": 0.3, "sleep": 0.2}, {"feeding": 2.5})
    assert (needs, sure) == (["feeding"], True)  # named by a phrase: the words are trusted


def test_a_need_only_a_misspelt_word_suggests_is_dropped_when_the_message_reads_as_none():
    # "nie, chodziło mi o Hinckley" (no, I meant Hinckley): "chodziło" is close to "chodzi"
    ranked = [("development", 0.86)]
    assert chosen(ranked, {"development": 0.04}, {"development": 0.86}, None, 0.77) == ([], True)
    needs, _ = chosen(ranked, {"development": 0.3}, {"development": 0.86}, None, 0.3)
    assert needs[0] == "development"  # less sure of none: still offered
