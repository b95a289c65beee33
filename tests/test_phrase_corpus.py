"""The phrase corpus the need classifier learns from, and the classifier itself."""

from __future__ import annotations

from collections import Counter

import pytest

from finder.directory import content
from finder.languages import LANGUAGES
from finder.understand.classifier import NONE, train
from finder.understand.corpus import examples, read_corpus
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
