"""A message that only says how a parent feels gets a kind line and a gentle question."""

from __future__ import annotations

from dataclasses import replace

import pytest

from finder.conversation import render_text, take_turn
from finder.sms.replies import fits_sms, sms_text, texts
from finder.sms.segments import measure

FEELINGS = {
    "crying-face": ("en", "😢"),
    "two-crying-faces": ("en", "😭😭"),
    "broken-heart": ("en", "💔"),
    "so-tired": ("en", "I'm so tired"),
    "cant-cope": ("en", "I can't cope"),
    "feeling-low": ("en", "feeling low"),
    "greeting-and-a-feeling": ("en", "hi, I'm exhausted"),
    "alone": ("en", "I feel so alone"),
    "too-much": ("en", "everything is too much"),
    "polish": ("pl", "jestem wykończona"),
    "gujarati": ("gu", "હું થાકી ગઈ છું"),
    "punjabi": ("pa", "ਬਹੁਤ ਥੱਕ ਗਈ ਹਾਂ"),
    "urdu": ("ur", "میں بہت تھک گئی ہوں"),
    "urdu-in-latin-letters": ("ur", "thak gayi hoon"),
    "somali": ("so", "aad baan u daalay"),
    "arabic": ("ar", "جدا تعبانة"),
}
NOT_ONLY_A_FEELING = {
    "a-need-beside-it": "my baby wont sleep and im so tired",
    "an-emoji-and-a-need": "😢 my son wont sleep",
    "a-greeting": "hi",
    "a-thumbs-up": "👍",
    "a-place": "Leicester",
    "a-number": "2",
    "a-request-for-help-with-mood": "low mood",
    "about-a-child": "my son is too much",
}


@pytest.mark.parametrize(("language", "text"), FEELINGS.values(), ids=FEELINGS.keys())
def test_a_feeling_alone_is_heard_as_one(directory_tools, language, text):
    assert directory_tools.interpret(text, language=language).feeling


@pytest.mark.parametrize("text", NOT_ONLY_A_FEELING.values(), ids=NOT_ONLY_A_FEELING.keys())
def test_a_message_with_more_than_a_feeling_is_read_as_usual(directory_tools, text):
    assert not directory_tools.interpret(text).feeling


@pytest.mark.parametrize(("language", "text"), FEELINGS.values(), ids=FEELINGS.keys())
def test_a_first_message_that_is_a_feeling_gets_a_kind_question_not_sorry(directory_tools,
                                                                           language, text):
    turn = take_turn(None, text, directory_tools, fits=fits_sms)
    assert [r.kind for r in turn.replies] == ["welcome", "feeling"]
    assert turn.state["lang"] == language or text[0] in "😢😭💔"
    sent = texts(turn.replies)
    kind_line = render_text(turn.replies[1:])
    assert len(sent) <= 2 and all(measure(part).count <= 3 for part in sent), sent
    assert any(sms_text(kind_line, turn.replies[1].language) in part for part in sent), sent
    assert "did not catch" not in render_text(turn.replies)


def test_one_after_a_feeling_is_help_with_how_the_parent_feels(directory_tools):
    first = take_turn(None, "I'm so tired", directory_tools)
    assert first.state["slots"]["needs"] == []  # nothing searched on a feeling alone
    turn = take_turn(first.state, "1", directory_tools)
    assert turn.state["slots"]["needs"] == ["wellbeing"]
    assert [r.kind for r in turn.replies] == ["ask_age"]


def test_yes_after_a_feeling_is_help_with_how_the_parent_feels(directory_tools):
    first = take_turn(None, "😭😭", directory_tools)
    turn = take_turn(first.state, "yes please", directory_tools)
    assert turn.state["slots"]["needs"] == ["wellbeing"]


def test_something_else_after_a_feeling_is_read_as_the_need(directory_tools):
    first = take_turn(None, "💔", directory_tools)
    turn = take_turn(first.state, "my toddler has tantrums", directory_tools)
    assert turn.state["slots"]["needs"][0] == "behaviour"
    assert "not_understood" not in [r.kind for r in turn.replies]


def test_a_feeling_mid_conversation_keeps_what_was_said_and_asks_gently(directory_tools):
    first = take_turn(None, "my toddler has tantrums", directory_tools)
    turn = take_turn(first.state, "I can't cope", directory_tools)
    assert [r.kind for r in turn.replies] == ["feeling"]
    assert turn.state["slots"]["needs"] == ["behaviour"]
    back_to_it = take_turn(turn.state, "2", directory_tools)
    assert back_to_it.state["slots"]["ages"] == [24]


def test_a_feeling_after_hours_away_is_answered_at_once(directory_tools):
    first = take_turn(None, "my toddler has tantrums", directory_tools, now=1_700_000_000.0)
    turn = take_turn(first.state, "😢", directory_tools, now=1_700_000_000.0 + 2 * 86400)
    assert [r.kind for r in turn.replies] == ["feeling"]


class FeelingAndDisclosure:
    """The real tools, but every message is also heard as only a feeling."""

    def __init__(self, tools) -> None:
        self.real = tools

    def interpret(self, text, language=None, answering=None):
        return replace(self.real.interpret(text, language, answering), feeling=True)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_feeling_that_is_a_safety_disclosure_gets_the_safety_reply_first(directory_tools):
    turn = take_turn(None, "I want to end it all", FeelingAndDisclosure(directory_tools))
    kinds = [r.kind for r in turn.replies]
    assert kinds[0] == "safety"
    assert "feeling" not in kinds
