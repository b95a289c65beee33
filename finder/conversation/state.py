"""The conversation's memory between messages: slots, language, step, page and times only.

Never a name, a phone number or anything the parent wrote: a place is kept as the district
and a rough centre (two decimals, about a kilometre), and its name only when it is a town or
area from the gazetteer, never a postcode.
"""

from __future__ import annotations

import copy
import marshal
from typing import Any

from finder.languages import DEFAULT_LANGUAGE
from finder.understand.types import Place

VERSION = 1
HISTORY = 6  # how many steps "back" can undo
RETURN_AFTER_SECONDS = 6 * 60 * 60  # a parent who comes back after this is asked to carry on

SLOT_STEPS = ("need", "age", "place")
LEGACY_PAGE = 3


def fresh(language: str | None = None, chosen: bool = False) -> dict[str, Any]:
    """A new conversation, optionally in a language the channel already knows."""
    return {
        "v": VERSION, "lang": language or DEFAULT_LANGUAGE, "chosen": chosen, "heard": False,
        "step": None,
        "slots": empty_slots(), "pending": {}, "options": [], "resume": None, "offset": 0,
        "shown": 0, "total": 0, "seen": [], "misses": 0, "history": [], "started": None,
        "updated": None,
    }


def empty_slots() -> dict[str, Any]:
    return {"needs": [], "ages": [], "expecting": False, "place": None, "skipped": [],
            "after_abuse": False}


SHAPE = list(fresh())  # a state's keys, in order, as this version makes and saves it
SLOTS_SHAPE = list(empty_slots())


def load(state: dict[str, Any] | None, owned: bool = False) -> dict[str, Any]:
    """A working copy of `state`, filled out to the current shape (old or partial states);
    `state` itself when `owned` (its caller handed it over: read for this turn alone).

    The history's steps are kept, never changed, so they are shared rather than copied (most of
    a state's size); `go_back` copies the one step it brings back."""
    state = state or {}
    if owned and list(state) == SHAPE and type(state["slots"]) is dict and \
            list(state["slots"]) == SLOTS_SHAPE:
        return state  # saved in the current shape, keys in order: nothing to fill out
    if not owned:
        state = {**plain_copy({k: v for k, v in state.items() if k != "history"}),
                 **({"history": list(state["history"])} if "history" in state else {})}
    current = fresh(state.get("lang"), bool(state.get("chosen")))
    current.update({k: v for k, v in state.items() if k in current})
    if "heard" not in state:  # saved before: a conversation under way had heard its language
        current["heard"] = current["step"] is not None
    current["slots"] = {**empty_slots(), **(current["slots"] or {})}
    if "shown" not in state and current["step"] == "results":
        current["shown"] = LEGACY_PAGE  # saved before pages could be shorter
    return current


def plain_copy(value: Any) -> Any:
    """A deep copy of state made of dicts, lists and tuples around immutable values, made by
    `marshal` in C (ten times faster than walking it in Python, which is several times faster
    than `copy.deepcopy`); walked only when something else is inside."""
    try:
        return marshal.loads(marshal.dumps(value))  # noqa: S302 - bytes made on the line
    except ValueError:  # an object marshal does not know: copied by the walk below
        return walked_copy(value)


def walked_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: walked_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [walked_copy(item) for item in value]
    if isinstance(value, tuple):
        return tuple(walked_copy(item) for item in value)
    return value if isinstance(value, str | int | float | bool | None) else copy.deepcopy(value)


def is_new(state: dict[str, Any]) -> bool:
    return state["step"] is None


def is_stale(state: dict[str, Any], now: float) -> bool:
    """Whether the parent comes back after a long gap to a conversation with some progress."""
    updated = state.get("updated")
    # the gap first: most messages come minutes apart, and then the slots are not looked at
    return bool(updated) and now - updated > RETURN_AFTER_SECONDS and progressed(state)


def progressed(state: dict[str, Any]) -> bool:
    """Whether the parent has told us anything yet: a need, an age, a pregnancy or a place."""
    slots = state["slots"]
    return bool(slots["needs"] or slots["ages"] or slots["place"] or slots["expecting"])


def snapshot(state: dict[str, Any]) -> dict[str, Any]:
    """What "back" restores, as the turn begins. A turn replaces the values of the slots, the
    pending choices and the options whole, never changing one in place, except that it adds to
    the skipped slots: so copies of those dicts and that list keep it (a deep copy, every turn,
    cost more than the rest of the turn's bookkeeping)."""
    slots = state["slots"]
    return {"step": state["step"], "slots": {**slots, "skipped": list(slots["skipped"])},
            "offset": state["offset"], "shown": state["shown"],
            "pending": dict(state["pending"]), "options": state["options"]}


def remember(state: dict[str, Any], before: dict[str, Any]) -> None:
    """Keep `before` for "back" when this turn changed what the parent told us or saw."""
    # compared in turn, not through a generator (a turn's bookkeeping, once a message)
    if before["slots"] != state["slots"] or before["offset"] != state["offset"] \
            or before["pending"] != state["pending"]:
        state["history"] = (state["history"] + [before])[-HISTORY:]


def go_back(state: dict[str, Any]) -> bool:
    """Restore the step before the last change; False when there is nothing to go back to."""
    if not state["history"]:
        return False
    state.update(plain_copy(state["history"].pop()))
    return True


def place_slot(place: Place, named: bool = False) -> dict[str, Any]:
    """A place as the state keeps it: coordinates rounded to about a kilometre, and no name.

    Only a "Did you mean…?" candidate keeps its gazetteer name, until the parent answers.
    Outside the region, the council whose services its families use is kept where known.
    """
    slot = {
        "name": place.name if named and place.kind != "postcode" else "",
        "district": place.district, "area": place.area, "outside": place.outside,
        "lat": round(place.lat, 2) if place.lat is not None else None,
        "lon": round(place.lon, 2) if place.lon is not None else None,
    }
    return {**slot, "council": place.council} if place.outside and place.council else slot
