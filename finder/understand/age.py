"""Children's ages (in completed months), pregnancy, and the parent's own age, from a message.

A number is an age when a unit follows it ("18m", "2 saal", "ثلاث سنوات"), when words before it
say so ("aged 3", "he is 3"), or when the message answers the age question. Not an age: a time
("at 3am"), a count ("3 kids", "2 hours sleep"), a duration ("for 3 weeks"), part of a code
("LE4 5", "2nd"), a stage of pregnancy ("36 weeks pregnant"), the parent's age ("I'm 17").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from finder.understand import age_found as af
from finder.understand.age_context import AgeContext, homonyms, looks_like_code
from finder.understand.age_found import Ages, Children, Found, completed_months, units_of
from finder.understand.age_grammar import AgeGrammar
from finder.understand.age_idioms import Idioms
from finder.understand.age_lists import AgeLists, split_runs
from finder.understand.age_parent import ParentAge
from finder.understand.age_spelling import Spelling
from finder.understand.age_words import AgeWords
from finder.understand.lexicon import NEW, Hit, PhraseIndex
from finder.understand.numbers import Number, NumberReader
from finder.understand.pregnancy import BABY_WEEKS, Pregnancy
from finder.understand.school import SchoolYear, SchoolYears
from finder.understand.text import Words


class AgeReader:
    """Reads ages with the number words, units and context words of every language."""

    def __init__(self, lexicons: dict[str, dict[str, Any]],
                 school: SchoolYears | None = None, grammar: AgeGrammar | None = None) -> None:
        self.school, self.grammar = school or SchoolYears({}), grammar or AgeGrammar({})
        lexicons = self.grammar.merged(lexicons)
        self.numbers = NumberReader.from_lexicons(lexicons)
        self.homonyms = homonyms(lexicons)  # "che": six in Urdu, "is" in Gujarati
        units, fixed, expecting = [], [], []
        for data in lexicons.values():
            for unit, texts in (data.get("units") or {}).items():
                units += [(str(text), unit) for text in texts or []]
            fixed += [(str(k), int(v)) for k, v in (data.get("ages") or {}).items()]
            expecting += [str(text) for text in data.get("expecting") or []]
        self.units: PhraseIndex[str] = PhraseIndex(units)
        # words a genitive may be glued to: a unit ("દિવસનું") or a number ("પંદરનો")
        self.suffixed = self.units.first_words() | self.numbers.words.first_words()
        self.fixed: PhraseIndex[int] = PhraseIndex(fixed)
        self.context = AgeContext.from_lexicons(lexicons)
        self.lists = AgeLists(self.context, self.numbers, self.units, self.fixed,
                              self.grammar.adjectives, self.grammar.children)
        self.pregnancy = Pregnancy(expecting, self.context, self.grammar)
        self.parent = ParentAge(self.context, self.grammar)
        self.idioms = Idioms(self.grammar.languages)  # "4 hafte ho gaye": how long
        # where an age can start: a fixed age, a school year or a number word (or digits)
        self.starts = self.fixed.first_words() | self.school.first_words() | \
            self.numbers.words.first_words() | self.numbers.fractions.first_words()
        # words a clitic may be glued to ("وبنتي"): split off before reading
        self.known = self.starts | self.context.siblings.first_words() | \
            self.pregnancy.first | self.context["twins"].first_words()  # "وحامل", "وتوأم"
        self.child_words = self.grammar.children | self.grammar.bare | \
            self.context.siblings.first_words()
        self.child_mentions = self.child_words - self.grammar.back  # not "wala": that one
        # words that name a child, not words that say an age follows ("عمره": his age)
        self.kids = (self.grammar.bare | self.context.siblings.first_words()) - \
            self.context["before"].first_words()
        # misspelt number words, units and child words: "athh saal", "fourten"
        self.spelling = Spelling.from_lexicons(lexicons, self.grammar.languages)
        self.around = AgeWords(self.grammar, self.numbers, self.units, self.context["and"])

    def read(self, words: Words, answering: str | None = None,
             language: str | None = None) -> Ages:
        """The ages in `words`; `language`, the message's, keeps its everyday words that are
        another language's numbers from being read as numbers ("idzie do": Polish "to")."""
        words = self.around.trimmed(self.spelling.respelt(self.grammar.expand(
            split_runs(words), self.known, self.numbers.words, self.suffixed), language), language)
        tokens = words.tokens
        expecting = self.pregnancy.said(tokens) or self.grammar.due_month(tokens) and \
            not self.pregnancy.denied(tokens)  # "delivery june mein", not "homework due in may"
        parent: int | None = None
        memo: dict[int, Number | None] = {}  # number readings by position: keeps lists linear
        index, series, tried, digits = 0, -1, 0, 0  # `series`: where a next child's age would
        unit: str | None = None  # follow the last one; `unit`, its: "beta 10 saal aur beti 6"
        children = Children(sum(map(self.child_mentions.__contains__, tokens)))  # in one call
        # where an age can start (a start word, digits), found at once: the loop goes to each
        at = [i for i, token in enumerate(tokens) if token in self.starts or token[:1].isdigit()]
        while (following := bisect_left(at, index)) < len(at) and tried < af.MAX_STARTS and \
                digits < af.MAX_DIGITS and len(children.ages) < af.MAX_AGES:
            index = at[following]
            if past := self.lists.no_age_from(tokens, index):  # a count ("mum of 3 (14, 10
                index = past  # and 1)") or a range ("0-5s") ends at `past`
                continue
            tried += 1
            named = self._named_at(words, index, bool(children.ages))
            if named is not None:  # "roczek", "year 7", "dusri class"
                children.add(named[0], (index, named[1]), True, named[2])
                index = named[1]
                continue
            number = memo[index] if index in memo else self.numbers.read(tokens, index)
            if number and (number.article_before_digits(tokens, self.fixed) or
                           self.context.homonym_after_other(tokens, index, self.homonyms) or
                           language is not None and
                           language not in self.homonyms.get(tokens[index], (language,)) or
                           self.idioms.hides(tokens, number, language, self.units)):
                number = None
            if number is None:
                index += 1
                continue
            digits += tokens[index][0].isdigit()
            values, end = self.lists.read(tokens, number, memo)
            stage = self.context["gestation_unit"].match_at(tokens, end)
            if stage is not None and (expecting or self.pregnancy.hers(tokens, number.start)):
                expecting, index = True, stage.end  # "jestem w 3 miesiącu": a pregnancy's third
                continue  # month; but "w 7 miesiącu ile powinna jeść": a baby at 7 months
            found = self._found(words, number, (values, end), answering, index == series)
            if found is None and unit is not None and self.context.after_sibling(
                    tokens, number.start, series) and self.units.match_at(tokens, end) is None \
                    and not (end < len(tokens) and words.glued[end]) and \
                    values != (1,):  # not "w binti 3omra", nor "and the little one"
                found = Found(values, unit, end)  # "10 saal ka aur chhota 6 ka": years too
            if found is None:  # a later number of the same list ends the same way: skip it
                index = end if end > index + 1 else index + 1  # no max(): dearer
                continue
            if self.parent.someone_else(tokens, index, found, self.kids) or \
                    self.pregnancy.at_birth(tokens, index, found.end, found.unit,
                                            found.values) or \
                    self.idioms.lasted(tokens, index, found, language, self.child_words):
                pass  # "her boyfriend is 25", "born at 32 weeks": no child, no parent either
            elif self.parent.about(tokens, index, found):
                years, pregnant, baby = self.parent.said(tokens, found)
                parent, expecting = years or parent, expecting or pregnant
                children.add(baby, (index, found.end), True)
            elif self.pregnancy.lasts(tokens, index, found.end, found.unit, found.values) \
                    or expecting and found.unit == "weeks" \
                    and max(found.values) > BABY_WEEKS:  # "pregnant hun 20 hafte"
                expecting = True
            else:
                nearly = self.context.ends_at(tokens, "nearly", index) or \
                    self.context.soon_after(tokens, found.end) or \
                    self.context.to_come(tokens, index, found.end)  # "16 mahine hon wale"
                children.add([max(0, completed_months(v, unit) - nearly)
                              for v, unit in units_of(found)], (index, found.end))
                unit = found.unit or "years"
            index = series = self.lists.past_link(tokens, found.end)
        return Ages(self._finished(words, children), expecting, parent)

    def _finished(self, words: Words, read: Children) -> tuple[int, ...]:
        """Ages in range, a newborn told by when ("kal paida hui"), twins as two."""
        tokens = words.tokens
        multiples = [] if self.context.multiple_first.isdisjoint(tokens) else sorted({
            hit.start: many for key, many in (("twins", 2), ("triplets", 3))
            for hit in self.context[key].find(tokens)  # not "pregnant with twins"
            if not self.pregnancy.carries(tokens, hit.start, hit.end)}.items())
        read.ages += self.school.stage_for(words, read.ages, read.mentions)  # nursery: 36
        read.ages += [] if read.ages else self.lists.milestone(tokens)  # "his 1 year check"
        links = frozenset(hit.start for hit in self.context["and"].find(tokens)) if multiples \
            else frozenset()  # "6yo and twins of 2": read only for twins (most messages: none)
        children = read.births(multiples[:1] if len(read.ages) == 1 else multiples, links)
        children = [m for m in children if 0 <= m <= af.MAX_CHILD_MONTHS]
        if self.grammar.born_recently(tokens) and not any(m < 2 for m in children):
            children.append(0)
        return tuple(children)

    def _named_at(self, words: Words, index: int,
                  after_age: bool = False) -> tuple[list[int], int, bool] | None:
        """An age named without a number ("roczek", "سنتين") or a school year ("year 7",
        "starts reception") at `index`: the ages it gives, where it ends and whether it is a
        school year."""
        tokens = words.tokens
        fixed = self.fixed.match_at(tokens, index)
        if fixed is not None and (self.context.longest_ending(tokens, "not_before", index) or
                                  fixed.value == 0 and  # "urodził się w 32 tygodniu": when
                                  tokens[fixed.end:fixed.end + 1] != () and
                                  tokens[fixed.end][:1].isdigit() or
                                  self.context.waited(tokens, fixed.end) or
                                  self.context.waiting_before(tokens, index, self.child_words) or
                                  after_age and
                                  fixed.value == 0 and self.context.ends_at(tokens, "ago", index)):
            return [], fixed.end, False  # a wait ("قائمة الانتظار ... سنتين"), or "2 mahine pehle
            # paida hua": the child whose age was just read
        if fixed is not None:  # perhaps "ma rok i 3 miesiące"; "prawie roczek": 11 months
            found = self.lists.compound(tokens, Found((fixed.value / 12,), "years", fixed.end))
            months = completed_months(found.values[0], found.unit or "years")
            nearly = self.context.ends_at(tokens, "nearly", index) or \
                self.context.soon_after(tokens, found.end)  # "dhalashadeeda 5aad waa berri"
            return [max(0, months - nearly)], found.end, False
        year = self._school_year_at(words, index)
        if year is None:
            return None
        # "starts reception", "reception shuru karega": the year before it (36 months)
        starts = self.context.near_before(tokens, "next_school", year.start) or \
            self.context.near_after(tokens, "next_school_after", year.end) or \
            self.grammar.from_month(tokens, year.start, year.end)
        if not starts and self.context.ends_at(tokens, "self", year.start) or \
                year.starting and (not starts or after_age):  # "i'm in year 12", "in secondary"
            return [], year.end, True
        # "starts reception": its age (48); "in nursery, starts reception": the stage's (36)
        return [starts and self.school.stage_in(words) or year.months], year.end, True

    def _found(self, words: Words, number: Number, listed: tuple[tuple[float, ...], int],
               answering: str | None, in_series: bool = False) -> Found | None:
        tokens = words.tokens
        if looks_like_code(words, number, (self.units, self.grammar.genitive)) or \
                self.context.rate(tokens, number.start) or \
                self.around.measured(tokens, number.start, self.context["before"]) or \
                self.context.no_age_before(tokens, number.start):  # "for 3 weeks"
            return None
        values, end = listed
        unit = self.units.match_at(tokens, end)
        if unit is not None and (self._school_year_at(words, end) or unit.end == end + 1 and
                                 self.around.letter_apart(words, end, in_series, self.grammar.
                                                          after_child(tokens, number.start))):
            unit = None  # "do year 7": "year" starts a school year, it is no unit of "do";
            # "3omro 2 w mesh": a one-letter unit is written against its number ("2w")
        if unit is not None:
            half = self.around.half_at(tokens, unit.end)  # "laba jir iyo badh"
            if half is not None and len(values) == 1:
                values, unit = (values[0] + half.value,), Hit(unit.start, half.end, unit.value,
                                                             unit.size)
            found = NEW(Found, (values, unit.value, unit.end))  # Found(...) less a call
            # "7 saal, 4 saal te 9 mahine", "3yo and 6mo": three children and two, not 4y 9m
            if not in_series and not self.grammar.aged(tokens, unit.start, unit.end, False):
                found = self.lists.compound(tokens, found)
        elif self.grammar.genitive_age(tokens, number.start, end, len(values) > 1) or \
                self.grammar.genitive.match_at(tokens, end) is not None and \
                self.context.to_come(tokens, number.start, end):  # "munda 4 da"; "aavta
            return Found(values, None, end)  # mahine 12 no thase": will be 12 next month
        elif answering == "age" or self.context.ends_at(tokens, "before", number.start) or \
                self.context.ends_at(tokens, "self", number.start) or \
                self.context["age_after"].match_at(tokens, end) is not None or \
                self.grammar.after_child(tokens, number.start) or \
                tokens[number.start][0].isdigit() and self.context.ends_at(
                    tokens, "twins", number.start) or \
                self.context.after_count(tokens, number.start, self.numbers.words) or \
                self.context.listed_for_children(tokens, number.start, len(values), end):
            if end < len(tokens) and words.glued[end] or \
                    self.context["articles"].match_at(tokens, number.start) or \
                    answering == "age" and tokens[number.start] in self.homonyms or \
                    self.grammar.counts(tokens, end) and not self.grammar.after_child(
                        tokens, number.start) and not (number.start and self.units.match_at(
                            tokens, number.start - 1)) or not tokens[number.start][0].isdigit() \
                    and self.numbers.read(tokens, end) is not None and \
                    self.context["articles"].match_at(tokens, end) is None and \
                    self.context["and"].match_at(tokens, end) is None:  # "ten an", "9 a młodszy"
                return None  # "18m" read elsewhere; "a nightmare" is not one year; "ek dikro";
                # "ایک پانچ سال کا": "one (of them) five years old"
            found = NEW(Found, (values, None, end))
        else:
            return None
        return found if self._still_an_age(tokens, number, found, end) else None

    def _still_an_age(self, tokens: tuple[str, ...], number: Number, found: Found,
                      end: int) -> bool:
        """Not "3 weeks ago" (unless "had her 3 weeks ago"), "a 2 year waiting list" (but "17 jir
        apprenticeship raadinaya": "old" says an age), "3 times"."""
        if self.context["not_after"].match_at(tokens, end) is not None and \
                self.units.match_at(tokens, end) is None or \
                self.context.waiting_before(tokens, number.start, self.child_words) and \
                not self.grammar.aged(tokens, number.start, found.end, False):
            return False
        if found.end >= len(tokens) or tokens[found.end] not in self.context.after_age:
            return True  # most ages: no word after them that any look-up below starts at
        if found.unit is None:
            return self.context["not_after"].match_at(tokens, found.end) is None
        if self.context["more_than"].match_at(tokens, found.end) is not None or \
                self.context.longest_ending(tokens, "before", number.start) > 1:
            return True  # "7 saal se zyada ka": older than that; "is only 18 months. Since"
        if self.context["not_after_unit"].match_at(tokens, found.end) is not None and \
                not self.grammar.aged(tokens, number.start, found.end, False) or \
                self.context.lasted(tokens, found.end) and \
                not self.grammar.aged(tokens, number.start, found.end) and not \
                self.pregnancy.lasts(tokens, number.start, found.end, found.unit,
                                     found.values):  # "28 toddobaad ayay gaartay"
            return False
        ago = self.context["ago"].match_at(tokens, found.end)
        return ago is None or self.context.near_before(tokens, "born", number.start) or any(
            self.context["born"].match_at(tokens, i) for i in range(ago.end, ago.end + 2)) or \
            found.unit != "years" and self._born_after(tokens, ago.end)

    def _born_after(self, tokens: tuple[str, ...], end: int) -> bool:
        """"3 hafte pehle hui", "5 hafte pehle beta hua": she came (or he was born) then,
        the verb just after "ago" or after a word for the child."""
        if end < len(tokens) and tokens[end] in self.grammar.children:
            end += 1
        return self.context["born_after_ago"].match_at(tokens, end) is not None

    def _school_year_at(self, words: Words, index: int) -> SchoolYear | None:
        """A school year at `index` with no unit after it: "year 7", not "(1) year 7 months"."""
        year = self.school.read_at(words, index, self.numbers)
        return year if year is not None and self._unit_free(words, year.end) else None

    def _unit_free(self, words: Words, end: int) -> bool:
        """"year 7", not "year 3 times", "(1) year 7 months" or Arabizi "y7ib"; "w year 2 w
        szkole": a one-letter unit stands against its number ("2w")."""
        tokens, unit = words.tokens, self.units.match_at(words.tokens, end)
        return (unit is None or unit.end == end + 1 and len(tokens[end]) == 1 and
                not words.glued[end]) and \
            self.context["not_after"].match_at(tokens, end) is None and not \
            self.around.in_word(words, end) and self.context["ago"].match_at(tokens, end) is None

