"""What a conversation turn takes and gives: replies as data, and the tools the engine needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from finder.search.types import Answer, Query
from finder.understand.types import Interpretation


@dataclass(frozen=True)
class Reply:
    """One thing to say: its kind, the language to say it in, and the facts it needs.

    The wording lives in `finder.messages.parent`; channels render a reply with
    `render_text` (SMS, terminal) or a template (web).
    """

    kind: str
    language: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    """The state to keep (JSON-serialisable) and what to say, in order."""

    state: dict[str, Any]
    replies: tuple[Reply, ...]


class Tools(Protocol):
    """What the engine needs from the world, passed in so that the engine stays pure."""

    def interpret(self, text: str, language: str | None = None,
                  answering: str | None = None) -> Interpretation: ...

    def search(self, query: Query, limit: int, offset: int) -> Answer: ...

    def safety_lines(self, kind: str) -> list[dict[str, Any]]: ...

    def need_label(self, slug: str, language: str) -> str: ...

    def listings(self, ids: Sequence[str]) -> list[Mapping[str, Any]]:
        """The active services with these ids, in that order (a retired one left out)."""
        ...


# Whether these replies, as one message, fit the channel (SMS: three segments).
Fits = Callable[[tuple[Reply, ...]], bool]
