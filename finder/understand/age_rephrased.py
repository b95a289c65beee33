"""Ages said round about, rephrased as a number and a unit before they are read: a child's
ordinal month or year ("ابني بالشهر الخامس": in his fifth month, 4 completed; "في سنته
الثالثة": 2 years), the time since a birth ("صار لي ٣ اسابيع والدة": it has been three weeks
since I gave birth; "بعد الولادة بأسبوعين"; "jabt el baby mn 10 ayyam", "ولدت بنتي من شهر": a
month ago), each read as a birth so long ago; "just" before a lone unit ("عمرها توها سنة":
one year); and "and" written between digits ("٩و٦و٢")
read as a word of its own.

Each language's words are under `rephrased` in `content/ages/grammar.yaml`.
"""

from __future__ import annotations

from finder.understand.age_grammar import AgeGrammar, listed
from finder.understand.lexicon import PhraseIndex
from finder.understand.text import normalise

CHILD_REACH = 2  # "بنتي في الشهر السابع": words from the child's word to the month
SINCE_REACH = 4  # "صار لي ٣ اسابيع والدة": words from "it has been" to "having given birth"


class Rephrased:
    """The `rephrased` forms of every language, with the grammar's words for a child, its
    lone units and its words for a birth."""

    def __init__(self, grammar: AgeGrammar, numbers: PhraseIndex[float]) -> None:
        tables = [forms.get("rephrased") or {} for forms in grammar.languages.values()]
        self.grammar, self.numbers = grammar, numbers
        self.months, self.years = (frozenset(normalise(text) for table in tables
                                             for text in listed(table.get(key)))
                                   for key in ("months", "years"))
        self.ordinals: PhraseIndex[int] = PhraseIndex(
            (str(text), int(value)) for table in tables
            for text, value in (table.get("ordinals") or {}).items())
        self.since, self.since_after, self.after_birth = (PhraseIndex(
            (text, True) for table in tables for text in listed(table.get(key)))
            for key in ("since", "since_after", "after_birth"))
        self.ago, self.by, self.just, self.aged = (
            frozenset(normalise(text) for table in tables for text in listed(table.get(key)))
            for key in ("ago", "by", "just", "aged"))
        self.unit_of = {normalise(text): normalise(str(unit)) for table in tables
                        for text, unit in (table.get("units") or {}).items()}
        self.born = next((tuple(normalise(t) for t in listed(table.get("as")))
                          for table in tables if table.get("as")), ())
        # every word a rephrasing can start at: a message with none is left as it is unread
        self.starts = self.months | self.years | self.ago | self.just | \
            self.since.first_words() | self.after_birth.first_words()

    def rephrase(self, tokens: list[str], glued: list[bool]) -> None:
        """`tokens` (and `glued` beside them) with each round-about age rephrased, in place."""
        if not self.born:
            return
        if any(glued) and not self.grammar.ands.isdisjoint(tokens):  # most: no "and" glued
            for index in range(1, len(tokens) - 1):  # "٩و٦و٢": "and" against the digits
                if glued[index] and tokens[index] in self.grammar.ands and \
                        tokens[index - 1][-1:].isdigit() and tokens[index + 1][:1].isdigit():
                    glued[index] = glued[index + 1] = False
        if self.starts.isdisjoint(tokens):
            return  # most messages: no word any rephrasing starts at
        index = 0
        while index < len(tokens):
            if tokens[index] not in self.starts:  # each rephrasing below finds nothing here
                index += 1
                continue
            index = self._ordinal(tokens, glued, index) or self._since(tokens, glued, index) or \
                self._born_since(tokens, glued, index) or self._just(tokens, glued, index) or \
                index + 1

    def idle(self, tokens: tuple[str, ...], glued: tuple[bool, ...]) -> bool:
        """Whether `rephrase` would leave the words as they are, told by set tests (most
        messages): no word a rephrasing starts at, and no "and" that may be glued."""
        return not self.born or self.starts.isdisjoint(tokens) and (
            not any(glued) or self.grammar.ands.isdisjoint(tokens))

    def _ordinal(self, tokens: list[str], glued: list[bool], index: int) -> int:
        """"ابني بالشهر الخامس" as "ابني 4 شهر": a month or year word and an ordinal, a word
        for a child just before (else a pregnancy's month: "انا حامل بالشهر الخامس")."""
        word = tokens[index]
        unit = "months" if word in self.months else "years" if word in self.years else None
        ordinal = self.ordinals.match_at(tokens, index + 1) if unit else None
        if ordinal is None or not any(
                token in self.grammar.children or token in self.grammar.bare
                for token in tokens[max(0, index - CHILD_REACH):index]):
            return 0
        _put(tokens, glued, index, ordinal.end, [str(ordinal.value - 1), self.unit_of[unit]])
        return index + 2

    def _since(self, tokens: list[str], glued: list[bool], index: int) -> int:
        """"صار لي ٣ اسابيع والدة" as "ولدت من ٣ اسابيع"; "بعد الولادة بأسبوعين" as "ولدت من
        2 أسبوع" (and "بشهر" as "1 شهر")."""
        after = self.after_birth.match_at(tokens, index)
        if after is not None:
            rest = after.end
            if rest < len(tokens) and tokens[rest] in self.by:
                _put(tokens, glued, rest, rest + 1, [])  # "ب" split off its number
            elif rest < len(tokens) and tokens[rest][:1] in self.by and \
                    tokens[rest][1:] in self.grammar.alone:  # "بشهر": one month
                _put(tokens, glued, rest, rest + 1, ["1", tokens[rest][1:]])
            else:
                return 0  # "اكتئاب بعد الولادة": no time after it
            _put(tokens, glued, index, after.end, list(self.born))
            return index + len(self.born)
        since = self.since.match_at(tokens, index)
        if since is None or not self._time_at(tokens, since.end):
            return 0  # "عندي اكتئاب بعد الولادة": no time said
        for end in range(since.end + 1, min(since.end + SINCE_REACH, len(tokens))):
            hit = self.since_after.match_at(tokens, end)
            if hit is not None:
                _put(tokens, glued, end, hit.end, [])
                if tokens[since.end] in self.grammar.alone:  # "صار لي شهر والدة": one month
                    _put(tokens, glued, since.end, since.end, ["1"])
                _put(tokens, glued, index, since.end, list(self.born))
                return index + len(self.born)
        return 0

    def _born_since(self, tokens: list[str], glued: list[bool], index: int) -> int:
        """"jabt el baby mn 10 ayyam", "ولدت بنتي من شهر": a birth (perhaps a word for the
        child after it), then "since" or "before" and a time: read as "ولدت من" and the time,
        a lone unit one of it. Not "ولد" alone: a boy."""
        if tokens[index] not in self.ago or not self._time_at(tokens, index + 1):
            return 0
        born = None
        for start in range(max(0, index - CHILD_REACH - 1), index):
            hit = self.grammar.born.match_at(tokens, start)
            if hit is not None and index - 1 <= hit.end <= index and not (
                    hit.end - hit.start == 1 and tokens[hit.start] in self.grammar.children):
                born = hit
                break
        if born is None:
            return 0
        if tokens[index + 1] in self.grammar.alone:
            _put(tokens, glued, index + 1, index + 1, ["1"])
        _put(tokens, glued, born.start, index + 1, list(self.born))
        return born.start + len(self.born)

    def _just(self, tokens: list[str], glued: list[bool], index: int) -> int:
        """"عمرها توها سنة": "just" between a word for the age and a lone unit, read as one of
        the unit (not after a word for the child: "ابني لسا اسبوع وبيبلش المدرسة" is how long)."""
        if tokens[index] not in self.just or not index or tokens[index - 1] not in self.aged or \
                index + 1 >= len(tokens) or tokens[index + 1] not in self.grammar.alone:
            return 0
        _put(tokens, glued, index, index + 1, ["1"])
        return index + 2

    def _time_at(self, tokens: list[str], index: int) -> bool:
        """Whether a time starts at `index`: digits, a number word or a lone unit."""
        return index < len(tokens) and (tokens[index][:1].isdigit() or
                                        tokens[index] in self.grammar.alone or
                                        self.numbers.match_at(tokens, index) is not None)


def _put(tokens: list[str], glued: list[bool], start: int, end: int, new: list[str]) -> None:
    """`tokens[start:end]` replaced by `new`, none of them glued to the word before."""
    tokens[start:end] = new
    glued[start:end] = [False] * len(new)
