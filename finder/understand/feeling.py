"""Whether a message only says how the parent feels ("😢", "I'm so tired"), in any language.

The emoji, the feeling phrases and the words around them are in `content/feelings.yaml`;
greetings ("hi, I'm exhausted") come from the lexicons. Pure: text in, True or False out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import Words

FILE = Path("feelings.yaml")
FEELING, FILLER = "feeling", "filler"


class Feelings:
    """Feeling emoji and phrases, and the words that may stand around them."""

    def __init__(self, table: dict[str, Any], greetings: Iterable[str] = ()) -> None:
        self.emoji = frozenset(_emoji_parts(table.get("emoji") or []))
        entries: list[tuple[str, str]] = [(str(g), FILLER) for g in greetings]
        for words in (table.get("languages") or {}).values():
            entries += [(str(text), FEELING) for text in (words or {}).get("feelings") or []]
            entries += [(str(text), FILLER) for text in (words or {}).get("fillers") or []]
        # A feeling first where a phrase is both, so that it counts as one.
        entries.sort(key=lambda entry: entry[1] != FEELING)
        self.phrases: PhraseIndex[str] = PhraseIndex(entries)

    @classmethod
    def from_root(cls, root: Path | None, lexicons: dict[str, dict[str, Any]]) -> Feelings:
        """The table under a content folder (none where the file is missing), with greetings."""
        greetings = [str(g) for data in lexicons.values() for g in data.get("greetings") or []]
        path = None if root is None else Path(root) / FILE
        if path is None or not path.exists():
            return cls({}, greetings)
        return cls(load_yaml(path.read_text(encoding="utf-8")) or {}, greetings)

    def only_feeling(self, text: str, words: Words) -> bool:
        """True when `text` says a feeling and nothing else: no need, age or place to read."""
        tokens, index, felt = words.tokens, 0, False
        while index < len(tokens):  # most messages say more: their letters are not scanned
            hit = self.phrases.match_at(tokens, index)
            if hit is None:
                return False
            felt = felt or hit.value == FEELING
            index = hit.end
        return felt or not self.emoji.isdisjoint(text)


def _emoji_parts(emoji: Iterable[str]) -> set[str]:
    """Each emoji's first character: a crying face is still one with a skin tone or joiner."""
    return {str(e)[0] for e in emoji if str(e)}
