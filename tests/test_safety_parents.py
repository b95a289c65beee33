"""Ordinary parent messages (the parents table, both halves) seldom raise a safety reply."""

from __future__ import annotations

import pytest

from finder.understand.text import words
from tests.cases import safety_scoring, scoring

# Safety replies among the ordinary messages, per half of the parents table. TUNE: 16 before
# the look-alikes were narrowed, 8 after, 1 since short Latin words ("is" in "my boy is 6") stopped
# waking the model, the model overrules phrases where it is sure there is no danger and the
# corpus grew: a child hitting the parent (which may bring the lines).
# CHECK: 29 before, 13 now (9 of them a child's violence to the parent).
MAX_FIRINGS = {scoring.TUNE: 1, scoring.CHECK: 13}


@pytest.mark.parametrize("half", [scoring.TUNE, scoring.CHECK])
def test_ordinary_messages_seldom_raise_a_safety_reply(understander, half):
    cases = [case for case in safety_scoring.ordinary_messages() if scoring.half(case) == half]
    if not cases:
        pytest.skip("the parents table is not in tests/cases/parents yet")
    firing = [case.id for case in cases
              if understander.safety.kinds(words(case.text).tokens)]
    assert len(cases) > 500
    assert len(firing) <= MAX_FIRINGS[half], f"{len(firing)} safety replies: {firing}"
