"""The glossaries: every catalogue shows each command word as its glossary says, quoted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from finder.config import PROJECT_ROOT
from finder.conversation.commands import COMMANDS, word
from finder.i18n import TRANSLATED

GLOSSARY = PROJECT_ROOT / "translations" / "glossary"
# Placeholders the finder fills with a word a parent sends (a command or a helpline keyword).
WORD_PLACEHOLDERS = ("more", "back", "restart", "switch", "word")
# A danda straight after Latin text, a number or a placeholder: those end with a full stop.
DANDA_AFTER_LATIN = re.compile(r"(%\(\w+\)s|[A-Za-z0-9/])\u0964")


def glossary(language: str) -> dict:
    return yaml.safe_load((GLOSSARY / f"{language}.yaml").read_text(encoding="utf-8"))


def entries(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    return [(m.id, m.string) for m in catalogue if m.id and isinstance(m.string, str)]


def command_problems(text: str, rules: dict) -> list[str]:
    """What is wrong with how `text` shows command words, by the glossary's `commands` rules."""
    opening, closing = rules["quotes"]
    shown_words = set(rules["words"].values())
    quoted = set(re.findall(re.escape(opening) + r"(.*?)" + re.escape(closing), text))
    wanted = {f"%({name})s" for name in WORD_PLACEHOLDERS} | shown_words
    problems = [f"quoted word not in the glossary: {q}" for q in quoted - wanted
                if not q.startswith("%(")]
    bare = text
    for inside in quoted:
        bare = bare.replace(opening + inside + closing, "")
    for name in WORD_PLACEHOLDERS:
        if f"%({name})s" in bare:
            problems.append(f"unquoted %({name})s")
    # A word with case is shown in capitals; in a script without case it is also an everyday
    # word ("more"), so only its quoted use can be checked.
    problems += [f"unquoted {shown}" for shown in shown_words if shown != shown.lower()
                 and re.search(rf"(?<!\w){re.escape(shown)}(?!\w)", bare)]
    return problems


def mentions_a_command(msgid: str) -> bool:
    return "STOP" in msgid or any(f"%({name})s" in msgid for name in WORD_PLACEHOLDERS)


@pytest.mark.parametrize("language", TRANSLATED)
def test_glossary_words_are_the_words_the_finder_shows(language):
    words = glossary(language)["commands"]["words"]
    assert {c: words[c] for c in COMMANDS} == {c: word(c, language) for c in COMMANDS}
    assert words["stop"] == "STOP"


@pytest.mark.parametrize("language", TRANSLATED)
def test_glossary_need_labels_are_the_labels_parents_see(language):
    needs = yaml.safe_load((PROJECT_ROOT / "content" / "needs.yaml").read_text(encoding="utf-8"))
    labels = {need["slug"]: need["label"][language] for need in needs["needs"]}
    assert glossary(language)["needs"] == labels


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_command_is_quoted_and_named_as_the_glossary_says(language):
    rules = glossary(language)["commands"]
    assert rules["quote"] is True
    catalogue = PROJECT_ROOT / "translations" / language / "LC_MESSAGES" / "messages.po"
    problems = {msgid: command_problems(text, rules) for msgid, text in entries(catalogue)
                if mentions_a_command(msgid)}
    assert {k: v for k, v in problems.items() if v} == {}
    assert problems, "no entry mentions a command: the check would prove nothing"


def test_punjabi_puts_a_full_stop_not_a_danda_after_latin_text():
    catalogue = PROJECT_ROOT / "translations" / "pa" / "LC_MESSAGES" / "messages.po"
    assert [text for _, text in entries(catalogue) if DANDA_AFTER_LATIN.search(text)] == []


@pytest.mark.parametrize(("language", "text", "problem"), [
    ("pl", "Odpisz %(more)s, aby zobaczyć więcej.", "unquoted %(more)s"),
    ("pl", "Odpisz „OD POCZĄTKU”, aby zacząć.", "quoted word not in the glossary: OD POCZĄTKU"),
    ("pl", "Aby zakończyć, odpisz STOP.", "unquoted STOP"),
    ("ar", "أرسل \"%(more)s\" للمزيد.", "unquoted %(more)s"),
    ("gu", "વધુ માટે “વધારે” મોકલો.", "quoted word not in the glossary: વધારે"),
    ("gu", "વધુ જોવા “%(more)s” મોકલો.", None),
])
def test_the_check_catches_what_it_should(language, text, problem):
    found = command_problems(text, glossary(language)["commands"])
    assert (problem in found) if problem else found == []
