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
from finder.understand.pregnancy import GESTATION_WEEKS

ADULT_GAP = 3  # "mój partner ma 25 lat", "جوزي عمره ٢٥": words between an adult and the age


class ParentAge:
    """Whether a number is about the parent, and what it then says."""

    def __init__(self, context: AgeContext, grammar: AgeGrammar) -> None:
        self.context = context
        self.grammar = grammar
        self.adult_first = grammar.adults.first_words()  # most messages name no other adult
        self.form_first = context["child_forms"].first_words()

    def someone_else(self, tokens: tuple[str, ...], start: int, found: Found,
                     children: frozenset[str]) -> bool:
        """"her boyfriend is 25", "meri behan 24 saal ki", "جوزي عمره ٢٥": an adult's age
        (years, at least an adult's) a few words after a word for another adult (a partner,
        a relative, a friend), with no word for a child (`children`) between."""
        begin = start - ADULT_GAP - 3 if start > ADULT_GAP + 3 else 0  # no max(): dearer
        if self.adult_first.isdisjoint(tokens[begin:start]) or \
                found.unit not in (None, "years") or max(found.values) < ADULT_YEARS:
            return False
        return any(hit.end <= start <= hit.end + ADULT_GAP and
                   children.isdisjoint(tokens[hit.end:start])
                   for hit in self.grammar.adults.find(tokens[:start]))

    def about(self, tokens: tuple[str, ...], start: int, found: Found) -> bool:
        """"I'm 17", "mam 17 lat", "17 jir baan ahay", but not "mam 15-letnią córkę"."""
        if found.unit in (None, "years") and self._describes_speaker(tokens, found):
            return True  # "jestem 25-letnią mamą 2-latka"
        forms = self.context["child_forms"]  # most ages have no word of them inside
        if not self.form_first.isdisjoint(tokens[start:found.end]) and any(
                forms.match_at(tokens, i) is not None for i in range(start, found.end)):
            return False
        if self.grammar.describes_child(tokens, found.end):  # "mam 1,5 roczną córkę"
            return False
        years = found.unit in (None, "years")
        return self.context.ends_at(tokens, "self", start) or \
            years and self.context.ends_at(tokens, "partner", start) or \
            self.context["self_after"].match_at(tokens, found.end) is not None or \
            years and max(found.values) >= ADULT_YEARS and \
            self.grammar.said_by_speaker(tokens, start) and \
            not self.grammar.aged(tokens, start, found.end + 1, False)  # "my 18 yr old"

    def _describes_speaker(self, tokens: tuple[str, ...], found: Found) -> bool:
        """"jestem 25-letnią mamą", "a 24 year old mum": an adult's age as an adjective (or
        with "old") just before a word for the parent herself."""
        end = found.end + (found.end < len(tokens) and tokens[found.end] in self.grammar.old)
        unit = tokens[found.end - 1]
        return end < len(tokens) and tokens[end] in self.grammar.speaker_first and \
            max(found.values) >= ADULT_YEARS and \
            (end > found.end or unit in self.grammar.old or  # "year old" read as the unit
             unit.startswith(self.grammar.adjectives))

    def said(self, tokens: tuple[str, ...], found: Found) -> tuple[int | None, bool, list[int]]:
        """What the parent's own number says: their age in years ("I'm 17"), their pregnancy
        in weeks or months ("I'm 20 weeks"), or their baby's age ("I'm 3 weeks postpartum",
        "mam 4-miesięcznego syna"): the parent's years, whether expecting, the baby's months."""
        if found.unit not in SHORT_UNITS:
            return parent_years(found), False, []
        if self.context["postpartum"].match_at(tokens, found.end) is None and (
                not self.grammar.child_before(tokens, found.end + 1) or
                found.unit == "weeks" and max(found.values) > GESTATION_WEEKS[0]):
            return None, True, []  # "preggo hu 28 wks, beta 3 ka": a pregnancy, then a child
        return None, False, [completed_months(max(found.values), found.unit)]
