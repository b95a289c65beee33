"""The examples the need classifier learns from: the phrase corpus and the lexicons' phrases.

`content/phrases/<lang>.yaml` holds messages written the way parents text, per need, indirect
descriptions first, and a `none` list of messages about no need (greetings, places, small talk).
Each lexicon's need phrases are examples too, and its greetings and `not_needs` phrases are `none`
examples.

A file may also hold `groups` (word lists: who, ages, times) and `templates` (per need, lines
naming groups as `{who}`): each template is written out VARIANTS times, each time with other
members of its groups, so a few hundred situations become a few thousand varied examples
(situations x persons x ages) without anyone typing them all.

A language's phrases may be spread over several files: `<lang>.yaml` and `<lang>.<part>.yaml`
(`pl.indirect.yaml`) are read as one, their lists joined need by need, `<lang>.yaml` first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from finder.directory.yamlfile import load_yaml
from finder.understand.classifier import NONE

FOLDER = "phrases"
VARIANTS = 3  # versions of each template, with different group members
GROUP = re.compile(r"\{([a-z_]+)\}")


def read_corpus(root: Path | None) -> dict[str, dict[str, Any]]:
    """Each language's phrase files under `root`, joined, or nothing where there are none."""
    folder = None if root is None else Path(root) / FOLDER
    if folder is None or not folder.is_dir():
        return {}
    corpus: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.yaml"), key=lambda p: (p.name.count("."), p.name)):
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        language = path.name.split(".")[0]
        corpus[language] = joined(corpus[language], data) if language in corpus else data
    return corpus


def joined(first: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    """Two phrase files of one language as one: needs, templates and groups joined by name,
    `none` lists end to end; other keys (language, review) are the first file's."""
    found = dict(first)
    for key in ("needs", "templates", "groups"):
        merged = {name: list(texts or []) for name, texts in (first.get(key) or {}).items()}
        for name, texts in (more.get(key) or {}).items():
            merged[name] = merged.get(name, []) + list(texts or [])
        found[key] = merged
    found[NONE] = list(first.get(NONE) or []) + list(more.get(NONE) or [])
    return found


def examples(corpus: dict[str, dict[str, Any]], lexicons: dict[str, dict[str, Any]],
             places: Iterable[dict[str, Any]] = ()) -> list[tuple[str, str]]:
    """(text, need or "none") pairs from the corpus and the lexicons; the region's place names
    and their spellings are `none`: a message that only names a place asks for no need."""
    found: list[tuple[str, str]] = sorted({(str(name), NONE) for place in places
                                           for name in [place["name"], *place.get("aliases", [])]})
    for data in corpus.values():
        for slug, texts in (data.get("needs") or {}).items():
            found += [(str(text), str(slug)) for text in texts or []]
        found += [(str(text), NONE) for text in data.get(NONE) or []]
        groups = data.get("groups") or {}
        for slug, texts in (data.get("templates") or {}).items():
            found += [(text, str(slug)) for text in written_out(texts or [], groups)]
    for data in lexicons.values():
        for slug, entry in (data.get("needs") or {}).items():
            found += [(str(text), str(slug)) for text in (entry or {}).get("phrases") or []
                      if "*" not in str(text)]
        found += [(str(text), NONE) for key in ("greetings", "not_needs")
                  for text in data.get(key) or [] if "*" not in str(text)]
    return found


def written_out(templates: list[str], groups: dict[str, list[str]]) -> Iterator[str]:
    """Each template VARIANTS times, its `{group}` names filled by turns with the groups'
    members (deterministic: the same file always gives the same lines)."""
    for number, template in enumerate(str(t) for t in templates):
        names = GROUP.findall(template)
        unknown = [name for name in names if not groups.get(name)]
        if unknown:
            raise ValueError(f"{template!r} names an unknown group {{{unknown[0]}}}")
        for variant in range(VARIANTS if names else 1):
            turn = number * 7 + variant * 5
            yield GROUP.sub(lambda m, turn=turn: _member(groups[m.group(1)], turn + m.start()),
                            template)


def _member(options: list[str], turn: int) -> str:
    return str(options[turn % len(options)])


def language_examples(corpus: dict[str, dict[str, Any]],
                      lexicons: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(text, language) pairs: every corpus message, each lexicon's markers and greetings, for
    a model that tells romanised Urdu from Punjabi, or Somali from English, by their letters."""
    found: list[tuple[str, str]] = []
    for language, data in corpus.items():
        texts = [text for texts in (data.get("needs") or {}).values() for text in texts or []]
        texts += list(data.get(NONE) or [])
        groups = data.get("groups") or {}
        texts += [text for lines in (data.get("templates") or {}).values()
                  for text in written_out(lines or [], groups)]
        found += [(str(text), language) for text in texts]
    for language, data in lexicons.items():
        found += [(str(text), language) for key in ("markers", "greetings")
                  for text in data.get(key) or []]
    return found
