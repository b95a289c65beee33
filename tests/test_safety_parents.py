"""Ordinary parent messages (the parents table's TUNE half) seldom raise a safety reply."""

from __future__ import annotations

import pytest

from finder.understand.text import words
from tests.cases import scoring

ABUSE = "domestic-abuse"
# Of the TUNE half's ordinary messages, 16 raised a safety reply before the look-alikes were
# narrowed; 8 still do, 6 of them a child hitting, kicking, pushing or threatening the parent
# (which may bring the lines), the others "my boy is 6" (the model, woken by "is") and an
# 18-year-old put out of her parents' home with her baby.
MAX_TUNE_FIRINGS = 8


def _ordinary(case: scoring.Case) -> bool:
    """Neither a disclosure (safety kinds) nor a message about abuse at home."""
    return case.safety is None and ABUSE not in (*(case.needs or ()), *case.needs_ok)


def test_ordinary_tune_messages_seldom_raise_a_safety_reply(understander):
    cases = [case for case in scoring.load_parent_table()
             if scoring.half(case) == scoring.TUNE and _ordinary(case)]
    if not cases:
        pytest.skip("the parents table is not in tests/cases/parents yet")
    firing = [case.id for case in cases
              if understander.safety.kinds(words(case.text).tokens)]
    assert len(cases) > 500
    assert len(firing) <= MAX_TUNE_FIRINGS, f"{len(firing)} safety replies: {firing}"
