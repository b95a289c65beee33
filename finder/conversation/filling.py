"""Filling the slots from one understood message: what it adds, and what it may replace.

An answer is first read as the answer to the question asked. It adds to what is known and
never silently replaces what the parent gave: a need replaces the last one only in a clearly
new request ("actually it's about my eldest...") or a correction ("sorry I meant sleep"), ages
add up (a second child) unless corrected ("no, she's 3"), and a place named again is a
correction. A mixin of `engine.Talk`, kept apart so each reads in one sitting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from finder.conversation import flow
from finder.conversation import state as memory
from finder.conversation.answers import is_correction, is_new_request
from finder.understand.types import Interpretation

CLOSE_NEEDS = 0.9  # second need scoring this share of the first: ask which one is meant
# A need the words name scores about 2 (a lexicon phrase) or more; one the classifier only
# guesses from other words ("my other one is 7", "no, I meant Hinckley") scores under 1.
NAMED_NEED = 1.5


class Filling:
    """Slot filling. `engine.Talk` supplies `state`, `slots` and `say`."""

    state: dict[str, Any]
    slots: dict[str, Any]
    noted: str  # the place this message gave, named in the reply if the question is asked again

    def say(self, kind: str, **data: Any) -> None: ...

    def absorb(self, found: Interpretation, text: str) -> bool:
        """Add what this message gives to what is known; True when it told us something new."""
        before = self.told()
        slots, step = self.slots, self.state["step"]
        # Only a need or an age is replaced, so the words that say so are looked for only in a
        # message that names one (each look is a search of the whole text).
        names = bool(found.needs or found.age_months)
        new_request = names and is_new_request(text)
        # "sorry I meant 3", "no, she's 3": what it names replaces what was said, not adds
        replacing = new_request or names and is_correction(text)
        if step == "age" and "pregnancy" in found.needs and not found.age_months:
            found = replace(found, expecting=True)  # "due in May" answers "how old?"
        needs = found.needs if new_request else self.added_needs(found, step)
        if needs:
            self.take_needs(found, needs, replacing or not slots["needs"])
        if found.age_months:
            keep = [] if replacing or step == "age" else slots["ages"]
            # twins stay two; an age said again in a later message is no new child
            slots["ages"] = sorted(together(keep, found.age_months))
        if found.expecting:
            slots["expecting"] = True
        if found.place is not None:
            self.set_place(memory.place_slot(found.place), self.said_place(found))
            self.noted = "" if found.place.outside else self.said_place(found)
        elif found.place_candidates:
            self.state["pending"]["places"] = [memory.place_slot(p, named=True)
                                               for p in found.place_candidates[:3]]
        changed = self.told() != before
        if changed:
            self.state["offset"] = 0
        return changed

    def told(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """What `absorb` can change: the slots and the pending choices. It replaces their
        values whole, never changing one in place, so copies one level deep tell whether it
        changed anything (a deep copy of the state, twice a message, cost more than the rest)."""
        return dict(self.slots), dict(self.state["pending"])

    def added_needs(self, found: Interpretation, step: str) -> tuple[str, ...]:
        """The needs a message adds to those the parent gave. An answer to the age question
        adds none: its needs come from the age itself ("15": teenagers, "due in May": a
        pregnancy). Once the parent has given a need, a message adds only needs its words
        name, not guesses from its other words ("my other one is 7", "show me more", "she
        cries a lot too"): a guess would ask again what the parent already told us."""
        if step == "age" and (found.age_months or found.expecting):
            return ()
        if not self.slots["needs"]:
            return found.needs
        return tuple(need for need in found.needs if found.scores.get(need, 0.0) >= NAMED_NEED)

    @staticmethod
    def said_place(found: Interpretation) -> str:
        """The place's name to say back: a town as the gazetteer spells it, a postcode's first
        half only (the whole one would be kept with the reply)."""
        place = found.place
        if place is None:
            return ""
        return place.name.split()[0] if place.kind == "postcode" and not place.outside \
            else place.name

    def take_needs(self, found: Interpretation, needs: tuple[str, ...], replace: bool) -> None:
        """The needs found (`needs`, those of `found` this message adds): in place of the old
        in a new request, else after them. When unsure (two close, or the top one a guess) the
        top two are asked as numbered choices. The needs are passed beside the reading rather
        than in a copy of it: `dataclasses.replace` costs more than the rest of this turn's
        filling."""
        slots, pending = self.slots, self.state["pending"]
        if found.safety and flow.safety_need(found.safety) and not found.need_confident:
            return  # a disclosure's own listings come first, not a guess from its words
        if found.safety:
            needs = without(needs, flow.NOT_FROM_DISCLOSURE)
        slots["needs"] = list(dict.fromkeys(needs if replace else [*slots["needs"], *needs]))
        pending.pop("needs", None)
        if len(needs) > 1 and (not found.need_confident or close_needs(needs, found.scores)):
            pending["needs"] = list(needs[:2])

    def set_place(self, place: dict[str, Any], name: str = "") -> None:
        """Keep the place without its name; the name is used only in this turn's reply."""
        name = name or place.get("name", "")
        self.slots["place"] = {**place, "name": ""}
        self.state["pending"].pop("places", None)
        if place["outside"]:
            self.say("outside", place=name, council=place.get("council") or "")


def close_needs(needs: tuple[str, ...], scores: dict[str, float]) -> bool:
    """Whether the second need scores nearly as well as the first (CLOSE_NEEDS)."""
    if len(needs) < 2 or not scores:
        return False
    first, second = (scores.get(n, 0.0) for n in needs[:2])
    return first > 0 and second / first >= CLOSE_NEEDS


def without(needs: tuple[str, ...], left_out: frozenset[str]) -> tuple[str, ...]:
    """`needs` with those in `left_out` left out."""
    return tuple(n for n in needs if n not in left_out)


def together(kept: Iterable[int], ages: Iterable[int]) -> list[int]:
    """Each age as many times as the larger of its counts in `kept` and in `ages` (the union
    of two `Counter`s, made without them: two counters and their union cost twice this)."""
    added = list(ages)
    for age in kept:
        if age in added:
            added.remove(age)
    return [*kept, *added]
