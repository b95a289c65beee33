"""The parent's own number: their age ("I'm 17"), their pregnancy ("I'm 20 weeks") or a baby's."""

from __future__ import annotations

from finder.understand.age_context import AgeContext
from finder.understand.age_found import (
    ADULT_YEARS,
    SHORT_UNITS,
    Found,
    completed_months,
    parent_years,
)
from finder.understand.age_grammar import AgeGrammar


class ParentAge:
    """Whether a number is about the parent, and what it then says."""

    def __init__(self, context: AgeContext, grammar: AgeGrammar) -> None:
        self.context = context
        self.grammar = grammar

    def about(self, tokens: tuple[str, ...], start: int, found: Found) -> bool:
        """"I'm 17", "mam 17 lat", "17 jir baan ahay", but not "mam 15-letnią córkę"."""
        if any(self.context["child_forms"].match_at(tokens, i) is not None
               for i in range(start, found.end)):
            return False
        if self.grammar.describes_child(tokens, found.end):  # "mam 1,5 roczną córkę"
            return False
        years = found.unit in (None, "years")
        return self.context.ends_at(tokens, "self", start) or \
            years and self.context.ends_at(tokens, "partner", start) or \
            self.context["self_after"].match_at(tokens, found.end) is not None or \
            years and max(found.values) >= ADULT_YEARS and \
            self.grammar.said_by_speaker(tokens, start)

    def said(self, tokens: tuple[str, ...], found: Found) -> tuple[int | None, bool, list[int]]:
        """What the parent's own number says: their age in years ("I'm 17"), their pregnancy
        in weeks or months ("I'm 20 weeks"), or their baby's age ("I'm 3 weeks postpartum",
        "mam 4-miesięcznego syna"): the parent's years, whether expecting, the baby's months."""
        if found.unit not in SHORT_UNITS:
            return parent_years(found), False, []
        if self.context["postpartum"].match_at(tokens, found.end) is None and \
                not self.grammar.child_before(tokens, found.end + 1):
            return None, True, []
        return None, False, [completed_months(max(found.values), found.unit)]
