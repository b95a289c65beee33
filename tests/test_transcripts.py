"""Transcripts: the golden conversations, rendered in every language, read as whole sentences.

A welcome's every sentence has a verb (the glossary's `verbs`, after its `greeting`); each
command word is shown as the glossary says; no sentence trails off in "..."; and no turn says
"sorry, we did not catch that" beside a line that says all is well.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from test_glossary import command_problems, glossary

from finder.conversation import render_text, take_turn
from finder.conversation.render import render
from finder.languages import LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.sms.replies import fits_sms
from finder.understand.text import words

CASES = Path(__file__).parent / "cases" / "conversations"
SENTENCE_END = re.compile(r"(?<=[.!?\u061f\u06d4\u0964])\s+|\n")
ENGLISH_REPLY = re.compile(r"\breply (\S+?)(?=[\s.,]|$)", re.IGNORECASE)
# Two misses at the age question: the turn that moves on must not also say "sorry".
NEED_THEN_MISSES = {
    "en": "he wont sleep", "pl": "dziecko nie chce spać", "gu": "મારું બાળક ઊંઘતું નથી",
    "pa": "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "ur": "بچہ سوتا نہیں", "so": "ilmahaygu ma seexdo",
    "ar": "طفلي لا ينام",
}


def conversations(language: str) -> list[list[str]]:
    data = yaml.safe_load((CASES / f"{language}.yaml").read_text(encoding="utf-8"))
    return [case["texts"] for case in data["conversations"]] + [
        [NEED_THEN_MISSES[language], "zzz", "zzz"]]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def verbless(text: str, rules: dict) -> list[str]:
    """The sentences of `text` with none of the glossary's verbs (its greeting aside)."""
    verbs = {token for verb in rules["verbs"] for token in words(str(verb)).tokens}
    greeting = words(rules["greeting"]).tokens
    return [s for s in sentences(text)
            if words(s).tokens != greeting and not verbs & set(words(s).tokens)]


def english_command_problems(text: str, rules: dict) -> list[str]:
    """English shows a command in capitals after "reply": the glossary's word, never another."""
    shown = set(rules["words"].values())
    found = ENGLISH_REPLY.findall(text)
    return [f"not a command word: reply {w}" for w in found if w.isupper() and w not in shown] \
        + [f"command not in capitals: reply {w}" for w in found if w.upper() in shown
           and not w.isupper()]


def contradictions(text: str, language: str) -> list[str]:
    """"Sorry, we did not catch that" in the same turn as a line saying all is well."""
    calm = [*m.SKIPPED.values(), m.FEELING]
    sorry = say(language, m.NOT_UNDERSTOOD)
    return [f"contradiction: {sorry} / {say(language, line)}" for line in calm
            if sorry in text and say(language, line) in text]


def problems(text: str, language: str, welcome: bool = False) -> list[str]:
    """Everything that reads as clipped or contradictory in one turn's text."""
    rules = glossary(language)
    found = [f"no verb: {s}" for s in verbless(text, rules)] if welcome else []
    found += [f"trails off: {s}" for s in sentences(text) if s.endswith(("...", "…"))]
    commands = rules["commands"]
    found += command_problems(text, commands) if commands["quote"] else \
        english_command_problems(text, commands)
    return found + contradictions(text, language)


def transcript(tools, texts: list[str]) -> list[tuple[str, str]]:
    """Each turn of a conversation as (its whole text, its welcome or "")."""
    state, turns = None, []
    for text in texts:
        turn = take_turn(state, text, tools, fits=fits_sms)
        state = turn.state
        welcome = "".join(render(r) for r in turn.replies if r.kind == "welcome")
        turns.append((render_text(turn.replies), welcome))
    return turns


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_golden_conversations_read_without_clipped_grammar(directory_tools, language):
    found, welcomes = [], 0
    for texts in conversations(language):
        for text, welcome in transcript(directory_tools, texts):
            found += problems(text, language)
            if welcome:
                welcomes += 1
                found += problems(welcome, language, welcome=True)
    assert found == []
    assert welcomes >= 3  # the check read welcomes, with and without the language hint


BROKEN = {
    "english-welcome-without-a-verb": (
        "en", "Hi! Automatic replies, not a person. Reply STOP to stop.", True,
        "no verb: Hi!"),
    "english-about-without-a-verb": (
        "en", "Hello! Not a person or an emergency line; keeps no names.", True,
        "no verb: Not a person or an emergency line; keeps no names."),
    "polish-welcome-clipped": (
        "pl", "Dzień dobry! Automatyczne odpowiedzi, nie człowiek.", True,
        "no verb: Automatyczne odpowiedzi, nie człowiek."),
    "polish-stop-unquoted": ("pl", "Aby zakończyć, odpisz STOP.", False, "unquoted STOP"),
    "gujarati-command-not-in-the-glossary": (
        "gu", "વધુ માટે “વધારે” મોકલો.", False, "quoted word not in the glossary: વધારે"),
    "english-command-not-in-the-glossary": (
        "en", "Reply NEXT for more.", False, "not a command word: reply NEXT"),
    "english-command-not-in-capitals": (
        "en", "Reply more for more results.", False, "command not in capitals: reply more"),
    "a-sentence-that-trails-off": (
        "en", "We are looking for help near you...", False,
        "trails off: We are looking for help near you..."),
    "sorry-then-all-is-well": (
        "en", "Sorry, we did not catch that.\nWe will search the whole area for now.", False,
        "contradiction: Sorry, we did not catch that. / We will search the whole area for now."),
}


@pytest.mark.parametrize(("language", "text", "welcome", "problem"), BROKEN.values(),
                         ids=BROKEN.keys())
def test_the_check_catches_a_broken_copy(language, text, welcome, problem):
    assert problem in problems(text, language, welcome=welcome)
