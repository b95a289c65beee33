"""Whether a message says a pregnancy, and whether weeks or months in it are one's length."""

from __future__ import annotations

import re

from finder.understand.age_context import AgeContext
from finder.understand.age_grammar import AgeGrammar
from finder.understand.lexicon import Hit, PhraseIndex

GESTATION_WEEKS = (24, 42)  # "28 weeks" is a pregnancy: a baby that old is "6 months"
MONTHS_PREGNANT = 9  # "mari wife ne 6 mahina che": a partner's months are a pregnancy's
MIN_GESTATION_WEEKS = 4  # "pregnant, 12 weeks": fewer weeks are rarely told of a pregnancy
BABY_WEEKS = 12  # "34 weeks with my second" is a pregnancy; "10 weeks with my mum" a baby
EXPECTING_GAP = 2  # "uur baan ahay 5 bilood": words between a pregnancy word and the number
PREGNANCY_WINDOW = 3  # "36 weeks pregnant", "36 weeks and pregnant"
LOOK_BACK = 5  # a pregnancy phrase before the number starts at most this far back
OTHERS_GAP = 3  # "my sister is now pregnant": words between
PAPER_GAP = 5  # "the due date on the form": from the due date's start to the form


# "36+2", "38w+5d": weeks and days of a pregnancy, the midwives' notation every language uses;
# the "+" is punctuation the tokens drop, so the text is read
NOTATION = re.compile(r"(?<![\d/.:+-])(?:2[4-9]|3\d|4[0-2]) ?(?:w|wk|wks)? ?\+ ?[0-6] ?d?"
                      r"(?![\d/.:%]| ?(?:pounds|quid|kg|lbs|points))", re.IGNORECASE)


class Pregnancy:
    """Each language's pregnancy words ("expecting") with the age context's words."""

    def __init__(self, expecting: list[str], context: AgeContext,
                 grammar: AgeGrammar | None = None) -> None:
        self.words: PhraseIndex[bool] = PhraseIndex((text, True) for text in expecting)
        self.first = self.words.first_words()  # no such word: no pregnancy said
        self.context = context
        self.grammar = grammar or AgeGrammar({})
        # "my sister is pregnant" (another woman's), "due date on the form" (a form's)
        self.others, self.paperwork = (PhraseIndex(
            (str(text), True) for forms in self.grammar.languages.values()
            for text in forms.get(key) or []) for key in ("pregnant_others", "paperwork"))

    def hers(self, tokens: tuple[str, ...], start: int) -> bool:
        """Whether the parent herself ("jestem w", "uur baan ahay") or a partner ("żona w")
        is a few words before the number of a stage ("w 7 miesiącu"): then a pregnancy's."""
        return self.grammar.said_by_speaker(tokens, start) or \
            self.context.near_before(tokens, "partner", start)

    def said(self, tokens: tuple[str, ...]) -> bool:
        """A pregnancy word, not inside a phrase like "due his jabs"."""
        if self.first.isdisjoint(tokens):
            return False
        return bool(self._uncovered(tokens))

    def _uncovered(self, tokens: tuple[str, ...]) -> list[Hit[str]]:
        """The pregnancy words that start in no phrase like "due his jabs" or "uurka ayaa i
        xanuunaya" (my tummy hurts: "uur" is a belly and a pregnancy), nor a few words after
        another woman ("my sister is pregnant") or before a form ("due date on the form")."""
        hits = self.words.find(tokens)
        if not hits:
            return hits  # most messages: no pregnancy word, so nothing to cover
        covers = [(hit.start, hit.end) for hit in self.context["not_expecting"].find(tokens)]
        covers += self._others(tokens)
        covers += [(hit.start - PAPER_GAP, hit.start) for hit in self.paperwork.find(tokens)]
        return [hit for hit in hits  # "rent due in": from "rent due"
                if not any(s <= hit.start < e for s, e in covers)]

    def _others(self, tokens: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where a pregnancy word would be another woman's: a few words after her ("my sister
        is pregnant"), up to a word for the parent ("my friend thinks im pregnant")."""
        spans = []
        for hit in self.others.find(tokens):
            end = min(hit.end + OTHERS_GAP, len(tokens))
            own = [s.start for s in self.grammar.speaker.find(tokens[hit.end:end])]
            spans.append((hit.end, hit.end + min(own, default=end - hit.end)))
        return spans

    def notation(self, text: str) -> bool:
        """"36+2 and my toddler won't sleep": a pregnancy's weeks and days."""
        return "+" in text and NOTATION.search(text) is not None

    def carries(self, tokens: tuple[str, ...], start: int, end: int) -> bool:
        """Whether the twins named from `start` to `end` are a pregnancy's: a pregnancy phrase
        takes in their word ("pregnant with twins", "w ciąży z bliźniakami", "twins ne andar":
        inside); "pregnant, twins 3 and a baby" are two children and a pregnancy."""
        return any(hit.start < end and start < hit.end for hit in self._uncovered(tokens))

    def denied(self, tokens: tuple[str, ...]) -> bool:
        """A phrase like "due his jabs" and no pregnancy word outside it: whatever the
        classifier makes of "baby ... due ... next week", this message is not a pregnancy."""
        return bool(self.context["not_expecting"].find(tokens)) and not self.said(tokens)

    def at_birth(self, tokens: tuple[str, ...], start: int, end: int, unit: str | None,
                 values: tuple[float, ...]) -> bool:
        """"born at 32 weeks", "32 hafte mein paida hua", "wcześniak z 30 tygodnia": the weeks
        of a pregnancy a child was born after (a birth or preterm word within a few words):
        how early, neither an age nor a pregnancy now (`values`: the numbers read)."""
        if unit != "weeks" or not GESTATION_WEEKS[0] <= max(values) <= GESTATION_WEEKS[1]:
            return False
        window = range(max(0, start - LOOK_BACK), min(end + PREGNANCY_WINDOW, len(tokens)))
        return any(self.context["born"].match_at(tokens, i) is not None or
                   self.context["preterm"].match_at(tokens, i) is not None for i in window)

    def lasts(self, tokens: tuple[str, ...], start: int, end: int, unit: str | None,
              values: tuple[float, ...]) -> bool:
        """Whether the weeks or months read from `start` to `end` (the numbers `values`) are
        a pregnancy's: "36 weeks pregnant", "34 weeks with my second"."""
        if unit not in ("weeks", "months"):
            return False  # most ages: years (the most of `values` not asked: max() is dear)
        longest = max(values)
        if unit == "weeks" and any(self.context["scan"].match_at(tokens, i) is not None
                                   for i in range(end, min(end + 2, len(tokens)))):
            return True  # "the 12 week scan", "20 week wala scan"
        if unit == "weeks" and longest > BABY_WEEKS and (
                self.context["gestation_after"].match_at(tokens, end) is not None
                or self.context.ends_at(tokens, "partner", start)  # "my partner's 28 weeks"
                or self._gestation(tokens, start, end, longest)):
            return True
        if self._due_before(tokens, start) and self.context["ago"].match_at(tokens, end) is None \
                and (unit == "weeks" or longest <= MONTHS_PREGNANT) \
                or unit == "months" and longest <= MONTHS_PREGNANT and \
                self.context.near_before(tokens, "partner", start):
            return True  # "meri delivery 3 hafte mein": due in so long; "wife ne 6 mahina"
        # from the unit on: "8 mo mahino", "7 mahina chale che" (the eighth, seventh month);
        # not "18 bilood ah uurka ayaa ka xanuunaya" (a baby whose tummy hurts)
        found = [hit.start for hit in self._uncovered(tokens)]
        after = any(end - 1 <= i < end + PREGNANCY_WINDOW for i in found)
        return after or self._before(tokens, start, found) or \
            unit == "weeks" and self._told_alone(tokens, start, end, longest)

    def _told_alone(self, tokens: tuple[str, ...], start: int, end: int, weeks: float) -> bool:
        """"pregnant with my first, 12 weeks": weeks told on their own, in a message that says
        a pregnancy, with no word for a child before them and no "old" after, are its weeks
        (a few weeks after a birth are said with a child: "baby is 12 weeks")."""
        begin = max(0, start - LOOK_BACK)
        return weeks >= MIN_GESTATION_WEEKS and self.said(tokens) and not any(
            token in self.grammar.children or token in self.grammar.bare or
            self.context.siblings.match_at(tokens, i) or any(
                self.context[key].match_at(tokens, i) for key in ("twins", "born"))
            for i, token in enumerate(tokens[begin:start], begin)) and not \
            self.context.ends_at(tokens, "before", start) and \
            not self.grammar.aged(tokens, start, end)  # "the twins are 10 weeks": theirs

    def _gestation(self, tokens: tuple[str, ...], start: int, end: int, longest: float) -> bool:
        """"biwi ko 28 hafte", "٣٤ اسبوع مع التاني": more weeks than a baby's age is told in
        are a pregnancy's, unless a word for a child is just before or a genitive or "old"
        says a child's age ("ابني ٣٠ اسبوع", "30 hafte ka", "30 weeks old")."""
        return GESTATION_WEEKS[0] < longest <= GESTATION_WEEKS[1] and \
            not self.grammar.child_before(tokens, start) and not (
                start > 0 and self.context.siblings.match_at(tokens, start - 1)) and \
            not self.grammar.aged(tokens, start, end)

    def _due_before(self, tokens: tuple[str, ...], start: int) -> bool:
        """"delivery 3 hafte mein", "موعد ولادتي بعد ٣ اسابيع": a word for a due date or a
        delivery ending at most two words before the number, not one that has come ("delivery
        hoi, munda 1 week da": the start of a birth word), nor one a word for a child stands
        after ("baby december ch aana te munda 8 mahine da": his age)."""
        begin = max(0, start - LOOK_BACK)
        if self.grammar.due_first.isdisjoint(tokens[begin:start]):
            return False
        born = [hit.start for hit in self.grammar.born.find(tokens[begin:start])]
        return any(start - EXPECTING_GAP <= begin + hit.end and hit.start not in born and
                   not any(token in self.context.siblings for token in
                           tokens[begin + hit.end:start])
                   for hit in self.grammar.due.find(tokens[begin:start]))

    def _before(self, tokens: tuple[str, ...], start: int, found: list[int]) -> bool:
        """"uur 7 bilood ah", "uur baan ahay 5 bilood": a pregnancy word (one of those `found`)
        just before the number, or two words before it with no word for a child between."""
        for begin in range(max(0, start - LOOK_BACK), start):
            hit = self.words.match_at(tokens, begin) if begin in found else None
            if hit is not None and start - EXPECTING_GAP <= hit.end <= start and not any(
                    token in self.context.siblings for token in tokens[hit.end:start]):
                return True
        return False
