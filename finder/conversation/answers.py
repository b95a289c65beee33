"""Reading short answers: a cleaned message, a menu number in any script, a language named."""

from __future__ import annotations

import unicodedata

from finder.conversation import commands
from finder.languages import LANGUAGES, NATIVE_NAMES

MAX_TEXT = 1000
LANGUAGE_NAMES = {"english": "en", "polish": "pl", "gujarati": "gu", "punjabi": "pa",
                  "urdu": "ur", "somali": "so", "arabic": "ar"}


def clean(text: str) -> str:
    """The message without control characters, cut to the longest message we read."""
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in str(text or ""))
    return " ".join(text.split())[:MAX_TEXT]


def number(text: str) -> int | None:
    """A numbered answer ("2", "2.", "٢", "૨"), or None."""
    value = commands.normalise(text)
    return int(value) if value.isdecimal() and len(value) <= 2 else None


def pick_language(text: str) -> str | None:
    """A language chosen by menu number, native name, English name or code."""
    choice = number(text)
    if choice is not None:
        return LANGUAGES[choice - 1] if 1 <= choice <= len(LANGUAGES) else None
    value = commands.normalise(text)
    natives = {commands.normalise(name): code for code, name in NATIVE_NAMES.items()}
    return natives.get(value) or LANGUAGE_NAMES.get(value) or (
        value if value in LANGUAGES else None)
