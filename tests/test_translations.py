"""The catalogues: complete, reviewed-or-marked, and true to every placeholder."""

from __future__ import annotations

import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from finder.config import PROJECT_ROOT
from finder.i18n import REVIEW_MARK, TRANSLATED, catalogue_path
from finder.messages import say

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def read(language: str):
    with catalogue_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def source_messages() -> set[str]:
    method_map = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
    keywords = {"_": None, "gettext": None, "lazy_gettext": None, "_l": None, "N_": None,
                "ngettext": (1, 2)}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            PROJECT_ROOT / "finder", method_map, keywords=keywords):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_translated_and_not_fuzzy(language):
    catalogue = read(language)
    problems = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert problems == [], f"{language}: untranslated or fuzzy: {problems}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_match_in_every_entry(language):
    mismatched = [m.id for m in read(language) if m.id and m.string
                  and sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))]
    assert mismatched == [], f"{language}: placeholders differ: {mismatched}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_sentence_in_the_code_is_in_the_catalogue(language):
    missing = source_messages() - {m.id for m in read(language)}
    assert missing == set(), f"{language}: run `flask --app wsgi i18n extract` and `update`"


@pytest.mark.parametrize("language", TRANSLATED)
def test_drafts_are_marked_as_awaiting_native_review(language):
    assert REVIEW_MARK in catalogue_path(language).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalogue_is_used(language):
    message = "Sorry, we could not find that page."
    assert say(language, message) != message
