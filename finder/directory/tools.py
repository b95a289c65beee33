"""The real tools for the engine: the Understander and the search over the built directory,
and `get_tools` which hands them to SMS, chat and the API inside the app."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from finder.conversation.types import Tools
from finder.directory import store
from finder.directory.app import cached, get_conn, get_understander, search_index
from finder.directory.content import Content
from finder.search import Answer, Index, Query, search
from finder.understand import Interpretation, Understander

SEARCHES_CACHED = 512  # answers kept per directory version and worker
# A short text is most often the answer to a question ("Leicester", "2", "2 lata", "yes"),
# which many parents send alike: its reading is kept (per directory version and worker).
# Longer texts, each parent's own words, are read afresh.
SHORT_TEXT = 24  # characters
INTERPRETATIONS_CACHED = 1024


class DirectoryTools:
    """`Tools` over the shipped content and one directory connection, built once per process."""

    def __init__(self, understander: Understander, index: Index,
                 lines: list[dict[str, Any]], needs: list[dict[str, Any]]) -> None:
        self.understander = understander
        self.index = index
        self.lines = lines
        self.labels = {need["slug"]: need["label"] for need in needs}
        # Answers depend only on the query and this directory version (a new version makes new
        # tools): the same question from many parents is searched once.
        self._search = lru_cache(maxsize=SEARCHES_CACHED)(self._search_index)
        self._short = lru_cache(maxsize=INTERPRETATIONS_CACHED)(understander.interpret)

    @classmethod
    def build(cls, content: Content, conn: sqlite3.Connection) -> DirectoryTools:
        """Everything read up front, so a turn touches no file and no database."""
        index = Index.from_services(store.services(conn), store.districts(conn), store.needs(conn))
        return cls(Understander.from_content(content), index, store.safety_lines(conn),
                   content.needs)

    def interpret(self, text: str, language: str | None = None,
                  answering: str | None = None) -> Interpretation:
        """The Understander's reading; a short text's is kept and shared (no caller changes one)."""
        if len(text) <= SHORT_TEXT:
            return self._short(text, language, answering)
        return self.understander.interpret(text, language=language, answering=answering)

    def search(self, query: Query, limit: int, offset: int) -> Answer:
        return self._search(query, limit, offset)

    def _search_index(self, query: Query, limit: int, offset: int) -> Answer:
        return search(self.index, query, limit=limit, offset=offset)

    def safety_lines(self, kind: str) -> list[dict[str, Any]]:
        return [line for line in self.lines if kind in line["kinds"]]

    def need_label(self, slug: str, language: str) -> str:
        labels = self.labels.get(slug, {})
        return labels.get(language) or labels.get("en") or slug

    def listings(self, ids: Sequence[str]) -> list[Mapping[str, Any]]:
        return self.index.with_ids(ids)


def get_tools() -> Tools:
    """Tools over the app's shared Understander and search index, with the needs and safety
    lines read once per directory version (made again when staff change the directory or
    import postcodes), so SMS, chat and the API understand and search alike."""
    return cached("tools", _tools)


def _tools() -> Tools:
    conn = get_conn()
    needs = [{"slug": n["slug"], "label": n["labels"]} for n in store.needs(conn)]
    return DirectoryTools(get_understander(), search_index(), store.safety_lines(conn), needs)
