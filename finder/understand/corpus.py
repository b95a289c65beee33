"""The examples the need classifier learns from: the phrase corpus and the lexicons' phrases.

`content/phrases/<lang>.yaml` holds messages written the way parents text, per need, indirect
descriptions first, and a `none` list of messages about no need (greetings, places, small talk).
Each lexicon's need phrases are examples too, and its greetings are `none` examples.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from finder.understand.classifier import NONE

FOLDER = "phrases"


def read_corpus(root: Path | None) -> dict[str, dict[str, Any]]:
    """Each language's phrase file under `root`, or nothing where there is none."""
    folder = None if root is None else Path(root) / FOLDER
    if folder is None or not folder.is_dir():
        return {}
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for path in sorted(folder.glob("*.yaml"))}


def examples(corpus: dict[str, dict[str, Any]],
             lexicons: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(text, need or "none") pairs from the corpus and the lexicons."""
    found: list[tuple[str, str]] = []
    for data in corpus.values():
        for slug, texts in (data.get("needs") or {}).items():
            found += [(str(text), str(slug)) for text in texts or []]
        found += [(str(text), NONE) for text in data.get(NONE) or []]
    for data in lexicons.values():
        for slug, entry in (data.get("needs") or {}).items():
            found += [(str(text), str(slug)) for text in (entry or {}).get("phrases") or []
                      if "*" not in str(text)]
        found += [(str(text), NONE) for text in data.get("greetings") or []]
    return found
