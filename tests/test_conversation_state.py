"""Loading a kept conversation: a state saved in the current shape is taken as it is, any
other is filled out to it, and both read alike."""

from __future__ import annotations

import pytest

from finder.conversation import state as memory

SAVED = {**memory.fresh("pl", True), "step": "results", "offset": 3, "shown": 2,
         "slots": {**memory.empty_slots(), "needs": ["sleep"], "ages": [24, 24],
                   "place": {"name": "", "district": "rutland", "area": "rutland",
                             "outside": False, "lat": 52.67, "lon": -0.73}},
         "history": [{"step": "need", "slots": memory.empty_slots(), "offset": 0, "shown": 0,
                      "pending": {}, "options": []}]}
OLDER = {k: v for k, v in SAVED.items() if k not in ("heard", "shown")}  # saved before both
REORDERED = dict(reversed(list(SAVED.items())))
ODD_SLOTS = {**SAVED, "slots": {"needs": ["sleep"], "place": None}}
EXTRA = {**SAVED, "unknown": 1}


@pytest.mark.parametrize("saved", [memory.fresh(), SAVED, OLDER, REORDERED, ODD_SLOTS, EXTRA],
                         ids=["fresh", "current", "older", "reordered", "odd-slots", "extra"])
def test_a_kept_state_loads_alike_handed_over_or_copied(saved):
    handed = memory.load(memory.plain_copy(saved), owned=True)
    copied = memory.load(saved)
    assert handed == copied
    assert list(handed) == list(copied) == list(memory.fresh())
    assert list(handed["slots"]) == list(memory.empty_slots())


def test_a_state_in_the_current_shape_is_worked_on_in_place():
    saved = memory.plain_copy(SAVED)
    assert memory.load(saved, owned=True) is saved
    assert memory.load(saved) is not saved
