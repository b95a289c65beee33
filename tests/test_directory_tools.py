"""The directory tools' readings: a short answer's is kept, a parent's own words read afresh."""

from __future__ import annotations

import pytest

from finder.directory.tools import SHORT_TEXT


@pytest.mark.parametrize(("text", "language", "answering"), [
    ("Leicester", "en", "place"), ("2", "en", "age"), ("2 lata", "pl", "age"),
    ("yes", None, None), ("Melton Mowbray", "ur", None)])
def test_a_short_answer_is_read_as_the_understander_reads_it_and_kept(
        directory_tools, understander, text, language, answering):
    found = directory_tools.interpret(text, language=language, answering=answering)
    assert found == understander.interpret(text, language=language, answering=answering)
    assert directory_tools.interpret(text, language=language, answering=answering) is found


def test_the_same_short_text_is_read_again_for_another_question_or_language(directory_tools):
    as_age = directory_tools.interpret("3", language="en", answering="age")
    assert as_age.age_months == (36,)
    assert directory_tools.interpret("3", language="en", answering=None) is not as_age
    assert directory_tools.interpret("3", language="pl", answering="age") is not as_age


def test_a_parents_own_words_are_read_afresh(directory_tools, understander):
    text = "my 3 year old wont sleep, we live in Oakham"
    assert len(text) > SHORT_TEXT
    found = directory_tools.interpret(text, language="en")
    assert found == understander.interpret(text, language="en")
    assert directory_tools.interpret(text, language="en") is not found
    assert found.needs and found.age_months == (36,)
