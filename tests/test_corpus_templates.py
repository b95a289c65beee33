"""The phrase corpus's templates, place names as no-need examples, and the language model."""

from __future__ import annotations

import pytest

from finder.directory import content
from finder.understand.classifier import NONE
from finder.understand.corpus import VARIANTS, examples, language_examples, read_corpus, written_out
from tests.cases import scoring

SITE = content.load(scoring.CONTENT_DIR)
CORPUS = read_corpus(scoring.CONTENT_DIR)
GROUPS = {"who": ["my son", "she", "the baby"], "time": ["2am", "3am"]}


def test_a_template_is_written_out_with_other_group_members_each_time():
    lines = list(written_out(["{who} is up till {time}"], GROUPS))
    assert len(lines) == VARIANTS == len(set(lines))
    assert all(line.split(" is up till ")[1] in GROUPS["time"] for line in lines)
    assert lines == list(written_out(["{who} is up till {time}"], GROUPS))  # deterministic


def test_a_line_without_groups_is_written_once_and_an_unknown_group_is_refused():
    assert list(written_out(["plain words"], GROUPS)) == ["plain words"]
    with pytest.raises(ValueError, match="unknown group"):
        list(written_out(["{nobody} cries"], GROUPS))


def test_every_language_has_templates_for_every_need_in_one_script_per_line():
    slugs = {need["slug"] for need in SITE.needs}
    for language, data in CORPUS.items():
        assert slugs <= set(data["templates"]), language
        assert not [t for lines in data["templates"].values() for t in lines
                    if "{" in t and "}" not in t], language


def test_the_corpus_now_holds_thousands_of_examples_for_every_need():
    found = examples(CORPUS, SITE.lexicons)
    per_need = {slug: sum(1 for _, label in found if label == slug)
                for slug in {need["slug"] for need in SITE.needs}}
    assert len(found) > 4000 and min(per_need.values()) >= 150, per_need


def test_place_names_and_their_spellings_teach_no_need():
    found = set(examples({}, {}, SITE.places))
    assert ("Oakham", NONE) in found and ("Leicester", NONE) in found
    assert {label for _, label in found} == {NONE}


def test_language_examples_name_the_language_of_their_file():
    found = language_examples(CORPUS, SITE.lexicons)
    assert {label for _, label in found} == set(CORPUS)
    assert ("kem cho", "gu") in found


@pytest.mark.parametrize(("text", "language"), [
    ("munda raat nu saunda nahi", "pa"),
    ("beta raat ko sota nahi", "ur"),
    ("dikro raate sutto nathi", "gu"),
    ("wiilkaygu habeenkii ma seexdo", "so"),
    ("syn nie spi w nocy", "pl"),
    ("zidd bahut karda, main thakk gayi haan", "pa"),  # marker words alone say Urdu
    ("gabadhu iskuulka ma rabto", "so"),  # marker words alone say Polish
])
def test_short_romanised_messages_are_read_in_their_language(understander, text, language):
    assert understander.interpret(text).language == language
