"""Messages in a language the finder does not speak: Bengali, Tamil, Hindi, Romanian, ...

Told by script (a script none of the seven languages uses) or, in Latin letters, by everyday
words and greetings that none of the seven's lexicons use. The table is in
`content/languages/other.yaml`. The answer is a BCP 47 code, so the reply can say which
languages the finder speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import Words, phrase

FILE = Path("languages") / "other.yaml"
MIN_WORDS = 2.0  # one stray word ("hola") is not a language unless it greets
GREETING_WEIGHT = 2.0
SCRIPT_SHARE = 0.5  # of the letters, for a script to name the language


class OtherLanguages:
    """Scripts, words and greetings of languages outside the seven."""

    def __init__(self, table: dict[str, Any], ours: set[str]) -> None:
        self.scripts = {str(code): re.compile("[" + "".join(
                            f"{chr(int(low))}-{chr(int(high))}" for low, high in spans) + "]+")
                        for code, spans in (table.get("scripts") or {}).items()}
        every = "".join(pattern.pattern[1:-2] for pattern in self.scripts.values())
        self.any_script = re.compile(f"[{every}]") if every else None
        words: dict[str, set[str]] = {}
        for code, texts in (table.get("words") or {}).items():
            for text in texts or []:
                for token in phrase(str(text)):
                    if token not in ours:  # only words none of the seven languages use
                        words.setdefault(token, set()).add(str(code))
        # In a fixed order: a tie between two languages must not turn on the hash seed.
        self.words: dict[str, tuple[str, ...]] = {
            token: tuple(sorted(codes)) for token, codes in words.items()}
        self.marker_letters = {str(code): frozenset(str(letters)) for code, letters
                               in (table.get("marker_letters") or {}).items()}
        # every language's marker letters in one class: most texts hold none, found in one pass
        marks = "".join(sorted(set().union(*self.marker_letters.values())))
        self.any_marker = re.compile(f"[{re.escape(marks)}]") if marks else None
        # a marker letter or a script's letter: one pass finds neither in most texts
        self.any_letter = re.compile(f"[{re.escape(marks)}{every}]") if marks or every else None
        self.unlike_letters = {str(code): frozenset(str(letters)) for code, letters
                               in (table.get("unlike_letters") or {}).items()}
        # no marker letter nor script letter is ASCII: an ASCII text is then scanned for none
        self.ascii_blind = all(not char.isascii() for letters in self.marker_letters.values()
                               for char in letters) and \
            all(int(low) > 0x7F for spans in (table.get("scripts") or {}).values()
                for low, _ in spans)
        self.greetings: PhraseIndex[str] = PhraseIndex(
            (str(text), str(code)) for code, texts in (table.get("greetings") or {}).items()
            for text in texts or [])

    @classmethod
    def from_root(cls, root: Path | None, ours: set[str]) -> OtherLanguages:
        path = None if root is None else Path(root) / FILE
        if path is None or not path.exists():
            return cls({}, ours)
        return cls(load_yaml(path.read_text(encoding="utf-8")) or {}, ours)

    def by_script(self, text: str) -> str | None:
        """The language whose script most of the letters are in, when it is not one of ours,
        or whose own letters appear at all."""
        if self.ascii_blind and text.isascii():  # a flag, no scan
            return None
        if self.any_letter is None or self.any_letter.search(text) is None:
            return None
        if self.any_marker is not None and self.any_marker.search(text):
            for language, letters in self.marker_letters.items():
                if not letters.isdisjoint(text):
                    return language
        if self.any_script is None or self.any_script.search(text) is None:
            return None  # the usual case, found in one pass of compiled code
        counts = Counter({language: sum(map(len, pattern.findall(text)))
                          for language, pattern in self.scripts.items()})
        language, count = counts.most_common(1)[0]
        letters = sum(1 for char in text if char.isalpha())
        return language if count >= SCRIPT_SHARE * letters else None

    def by_words(self, words: Words, ours_best: Callable[[bool], float],
                 text: str = "") -> str | None:
        """The language its words say, when they say more than ours do: `ours_best(letters)`
        gives our languages' evidence, and is called only when some other language's word is
        there (most messages have none). A language with none of its `unlike_letters` in
        `text` is weighed against our words alone, not the letters it shares with ours
        (Persian and Urdu both write پ چ گ ک ی)."""
        greeted = self.greetings.find(words.tokens)
        if not greeted and self.words.keys().isdisjoint(words.tokens):
            return None  # most messages: no word of another language, nothing to count
        scores: Counter[str] = Counter()
        # "ne ... ne": one word twice is still one stray word
        for token in set(words.tokens):
            for language in self.words.get(token, ()):
                scores[language] += 1.0
        for hit in greeted:
            scores[hit.value] += GREETING_WEIGHT
        if not scores:
            return None
        language, score = scores.most_common(1)[0]
        if score < MIN_WORDS:
            return None
        unlike = self.unlike_letters.get(language)
        return language if score > ours_best(unlike is None or not unlike.isdisjoint(text)) \
            else None
