"""The command table: every language has every command, and no word is Twilio's or ambiguous."""

from __future__ import annotations

import pytest

from finder.conversation import commands
from finder.languages import LANGUAGES


@pytest.mark.parametrize("command", commands.COMMANDS)
def test_every_command_has_words_in_every_language(command):
    missing = [lang for lang in LANGUAGES if not commands.WORDS[command].get(lang)]
    assert missing == []


def test_no_command_word_is_a_word_twilio_keeps_but_help():
    words = {commands.normalise(w) for langs in commands.WORDS.values()
             for ws in langs.values() for w in ws}
    assert words & commands.TWILIO_RESERVED == {"help"}


def test_no_word_means_two_commands():
    meaning: dict[str, set[str]] = {}
    for command, langs in commands.WORDS.items():
        for words in langs.values():
            for word in words:
                meaning.setdefault(commands.normalise(word), set()).add(command)
    assert {w: c for w, c in meaning.items() if len(c) > 1} == {}


def test_no_command_word_is_a_number_a_menu_answer_could_be():
    words = [w for langs in commands.WORDS.values() for ws in langs.values() for w in ws]
    assert [w for w in words if commands.normalise(w).isdecimal() or not commands.normalise(w)] \
        == []


@pytest.mark.parametrize(("text", "command"), [
    ("MORE", "more"), (" more! ", "more"), ("Więcej", "more"), ("wiecej", "more"),
    ("વધુ", "more"), ("ਹੋਰ", "more"), ("مزید", "more"), ("wax kale", "more"),
    ("المزيد", "more"), ("Start again", "restart"), ("od nowa", "restart"),
    ("dobara shuru", "restart"), ("dib u bilow", "restart"), ("ابدأ من جديد", "restart"),
    ("back", "back"), ("cofnij", "back"), ("wapas", "back"), ("رجوع", "back"),
    ("HELP", "help"), ("help!", "help"), ("options", "help"), ("pomoc", "help"),
    ("مدد", "help"), ("caawimo", "help"),
    ("change language", "language"), ("zmień język", "language"), ("ભાષા", "language"),
    ("zaban", "language"), ("luqad", "language"), ("اللغة", "language"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_whole_message_in_any_language_is_its_command(text, command):
    assert commands.match(text) == command


@pytest.mark.parametrize("text", ["more sleep tips please", "go back to school", "stop",
                                  "my son needs more help", "help with sleep", ""],
                         ids=["more-inside", "back-inside", "stop", "sentence", "help-inside",
                              "empty"])
def test_a_command_word_inside_a_longer_message_or_twilio_word_is_not_a_command(text):
    assert commands.match(text) is None


def test_the_shown_word_is_upper_case_where_the_script_has_case():
    assert commands.word("more", "pl") == "WIĘCEJ"
    assert commands.word("more", "ur") == "مزید"


@pytest.mark.parametrize("text", [
    "Start  AGAIN!!", "ફરી શરૂ.", "ابدأ من جديد؟", "Więcej…", "a\u0301b", "ǅ ß ﬁ İ", "١٢ ૨",
    "x\x00y\u200dz", "😀 more 😀", "\ufdfa", "\ud800x", "".join(map(chr, range(0x2000, 0x2100))),
])
def test_normalise_keeps_letters_marks_and_digits_and_spaces_the_rest(text, monkeypatch):
    import unicodedata

    def by_hand(value: str) -> str:
        value = unicodedata.normalize("NFC", value).casefold()
        kept = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in value)
        return " ".join(kept.split())

    assert commands.normalise(text) == by_hand(text)
    monkeypatch.setattr(commands, "KEPT_CHARACTERS", 0)  # past the table's limit: the same
    monkeypatch.setattr(commands, "_KEPT", commands._Kept())
    assert commands.normalise(text) == by_hand(text)
    assert not commands._KEPT
