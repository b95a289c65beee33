"""The question flow as data, the same for SMS, WhatsApp, chat, the web pages and worker mode.

The slots a search needs, when the age question is skipped, which question comes next, and
the safety reply's lines (most urgent kind first, each number once). Pure: no Flask, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

SLOTS = ("need", "age", "place")
# Needs whose help does not depend on a child's age: the age question is not asked.
AGE_NOT_NEEDED = frozenset({"pregnancy", "teenagers", "domestic-abuse"})
# The most urgent first; a kind not listed (a new one in content/safety.yaml) comes last.
SAFETY_ORDER = ("danger-to-life", "child-in-danger", "domestic-abuse", "self-harm")
# The need whose listings follow a safety reply when the parent has named none yet, most
# urgent kind first: domestic-abuse services after abuse, support for how a parent feels after
# their own suicidal thoughts. (Danger to life and a child in danger have no listings of their
# own in the directory: the lines are the answer, and the finder asks what else would help.)
SAFETY_NEEDS = {"domestic-abuse": "domestic-abuse", "self-harm": "wellbeing"}
# Needs never guessed from the words of a disclosure: "my husband hits my child" is no couples'
# course (the seeds treat abuse apart from conflict between parents).
NOT_FROM_DISCLOSURE = frozenset({"relationships"})
MAX_MISSES = 2  # misses at one question before the finder offers a way out
MENU_NEEDS = ("sleep", "behaviour", "feeding", "wellbeing", "dads")  # offered when lost
FEELING_NEED = "wellbeing"  # offered to a parent whose message only says how they feel
LINE_FIELDS = ("name", "number", "how", "text_word")


def age_needed(needs: Iterable[str]) -> bool:
    """Whether the age question is asked for these needs (none of them is age-free)."""
    return AGE_NOT_NEEDED.isdisjoint(needs)


def known(slots: Mapping[str, Any]) -> dict[str, bool]:
    """Which of the three questions the slots already answer."""
    return {
        "need": bool(slots["needs"]),
        "age": bool(slots["ages"] or slots["expecting"]) or not age_needed(slots["needs"]),
        "place": slots["place"] is not None,
    }


def next_question(slots: Mapping[str, Any], skipped: Sequence[str] = ()) -> str | None:
    """The first question not yet answered nor skipped, in the order of `SLOTS`; None: search."""
    answered = known(slots)
    return next((slot for slot in SLOTS if not answered[slot] and slot not in skipped), None)


def safety_kinds(kinds: Iterable[str]) -> list[str]:
    """The kinds, most urgent first."""
    return sorted(dict.fromkeys(kinds), key=urgency)


def safety_need(kinds: Iterable[str]) -> str | None:
    """The need to offer listings for after a safety reply for these kinds, if any."""
    return next((SAFETY_NEEDS[k] for k in safety_kinds(kinds) if k in SAFETY_NEEDS), None)


def urgency(kind: str) -> int:
    """A kind's place in `SAFETY_ORDER` (a kind not listed comes last)."""
    return SAFETY_ORDER.index(kind) if kind in SAFETY_ORDER else len(SAFETY_ORDER)


def safety_lines(kinds: Iterable[str],
                 lines_for: Callable[[str], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The lines for these kinds in reply order: the most urgent kind's first, each number once."""
    lines: dict[str, dict[str, Any]] = {}
    for kind in safety_kinds(kinds):
        for line in lines_for(kind):
            lines.setdefault(line["number"], {key: line.get(key, "") for key in LINE_FIELDS}
                             | {"always_open": bool(line.get("always_open"))})
    return list(lines.values())
