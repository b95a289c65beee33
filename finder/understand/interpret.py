"""One message in, one Interpretation out: language, needs, ages, place and safety together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from finder.languages import DEFAULT_LANGUAGE, LANGUAGES
from finder.understand.age import AgeReader
from finder.understand.age_grammar import AgeGrammar
from finder.understand.arguing import Arguing
from finder.understand.classifier import NEED_L2, NONE, NeedModel, default_cache, trained
from finder.understand.corpus import examples, language_examples, read_corpus
from finder.understand.feeling import Feelings
from finder.understand.language import LanguageDetector
from finder.understand.need import PHRASE_WEIGHT, THRESHOLD, WORD_WEIGHT, NeedFinder
from finder.understand.other_language import OtherLanguages
from finder.understand.place import Gazetteer as ContentGazetteer
from finder.understand.place_names import script_spellings
from finder.understand.safety import CHILD as CHILD_IN_DANGER
from finder.understand.safety import SafetyFinder
from finder.understand.safety_model import SafetyModel, read_training
from finder.understand.school import SchoolYears
from finder.understand.text import Words, nfkc_prefix, words
from finder.understand.types import Interpretation, PlaceMatch

YOUNG_PARENT_YEARS = 19  # "I'm 17": services for young parents take parents up to 19 or 20
MODEL_WEIGHT = 2.5  # a sure classifier (probability 1) outweighs one lexicon phrase
MODEL_FLOOR = 0.15  # a less likely need adds nothing: it would only be noise
MODEL_SECOND = 0.05  # how likely a need must be to be offered beside an unsure first
MODEL_NUDGE = 0.2  # each need the lexicon found gains this much of its probability
MODEL_LEAST = 0.95  # what a need the classifier alone suggests scores, at the least
LATER = 0.1  # how likely the classifier must find a later need the words barely named
SECOND_SURE = PHRASE_WEIGHT  # a later need this sure (a phrase) needs no word from the model
RELATIVE_FLOOR = 0.49  # a need scoring under this share of the first is left out
MAX_NEEDS = 3  # a fourth need is nearly always noise: the parent can say more
MODEL_DISAGREE = 0.25  # how sure the classifier must be to add a need the lexicon did not see
CONFIDENT_SCORE = 2.2  # calibrated on the TUNE half: a wrong need is rarely sure
CONFIDENT_MARGIN = 0.8
AGREE = 0.15  # how likely the classifier must find a need to be sure of it (or rank it first)
RIVAL_SHARE = 0.5  # a lone need is asked about when the classifier's next is this near to it
NONE_VETO = 0.5  # a need only a misspelt word suggests is dropped when "none" is this likely
NONE_ASK = 0.2  # a message naming no need is asked about when "none" is less likely than this
NAMED_AGREE = 0.08  # or this likely, when the words named it exactly
EXPECTING_SCORE = 0.9  # just over the need threshold: offered, never ahead of what was asked
TEEN_MONTHS = (13 * 12, 19 * 12 - 1)  # a child of 13 to 18 makes "parenting teenagers" likely
# Callers refuse over 1,000 characters; past this many, after Unicode normalisation (one
# character may become 18: U+FDFA), nothing more is read, so the cost of a message is bounded.
MAX_CHARACTERS = 2000


class Gazetteer(Protocol):
    def resolve(self, text: str) -> PlaceMatch: ...


class Understander:
    """Built once from content; `interpret` is then pure and fast."""

    def __init__(self, lexicons: dict[str, dict[str, Any]],
                 gazetteer: Gazetteer | None = None, school: SchoolYears | None = None,
                 safety_corpus: dict[str, dict[str, Any]] | None = None,
                 others: OtherLanguages | None = None, model: NeedModel | None = None,
                 feelings: Feelings | None = None,
                 safety_model: SafetyModel | None = None,
                 age_grammar: AgeGrammar | None = None) -> None:
        self.languages = LanguageDetector.from_lexicons(lexicons)
        self.needs = NeedFinder.from_lexicons(lexicons)
        self.arguing = Arguing.from_lexicons(lexicons)
        self.ages = AgeReader(lexicons, school, age_grammar)
        self.safety = SafetyFinder.from_content(safety_corpus or {}, lexicons, safety_model)
        self.gazetteer = gazetteer
        self.others = others or OtherLanguages({}, set())
        self.model = model
        self.feelings = feelings or Feelings({}, [])

    @classmethod
    def from_content(cls, content: Any, gazetteer: Gazetteer | None = None) -> Understander:
        """`content` is a loaded `finder.directory.content.Content`; places come from it too
        unless another `gazetteer` (one with imported postcodes, say) is given."""
        root = getattr(content, "root", None)
        corpus = read_corpus(root)
        needs = examples(corpus, content.lexicons, content.places)
        model = trained(needs, default_cache(), l2=NEED_L2)
        understander = cls(content.lexicons, gazetteer or ContentGazetteer.from_content(content),
                           SchoolYears.from_root(root), getattr(content, "safety_corpus", None),
                           model=model, feelings=Feelings.from_root(root, content.lexicons),
                           safety_model=_safety_model(root, needs, content),
                           age_grammar=AgeGrammar.from_root(root))
        if hasattr(understander.gazetteer, "learn_everyday"):  # the corpus's words: no typos
            understander.gazetteer.learn_everyday(text for text, _ in needs)
        understander.others = OtherLanguages.from_root(root, understander.languages.known_words())
        understander.languages.model = trained(language_examples(corpus, content.lexicons),
                                               default_cache())
        understander.languages.learn_places(
            list(getattr(understander.gazetteer, "names", ())), script_spellings(root),
            {lang: list(data.get("place_words") or []) for lang, data in content.lexicons.items()})
        return understander

    def interpret(self, text: str, language: str | None = None,
                  answering: str | None = None) -> Interpretation:
        """Everything understood from `text`; never raises on odd input."""
        text = capped(text)
        split = words(text)
        match = self.gazetteer.resolve(text) if self.gazetteer is not None else PlaceMatch()
        heard = self.languages.heard(text, split, match.place is not None or
                                     bool(match.candidates))
        lang = self.languages.detect(text, split, language) if heard else (
            language if language in LANGUAGES else DEFAULT_LANGUAGE)
        ages = self.ages.read(split, answering, lang)
        if not ages.expecting and self.ages.pregnancy.notation(text):  # "36+2"
            ages = replace(ages, expecting=True)
        scores = self.needs.scores(split.tokens, lang)
        said = dict(scores)  # what the words alone said, before the classifier
        phrased = any(score >= PHRASE_WEIGHT for slug, score in scores.items()
                      if slug != "pregnancy")  # another need named by a phrase
        likely, rival, nothing = self._add_model(scores, text, lambda slug: _ruled_out(
            slug, ages.children, lambda: self.ages.pregnancy.denied(split.tokens)))
        if self.arguing.redirect(split.tokens, scores, ages.children, lambda tokens: self.needs
                                 .scores(tokens, lang).get("relationships", 0.0)):
            likely.pop("relationships", None)  # rowing with a child: not the couple's either
        if ages.parent_years is not None and ages.parent_years <= YOUNG_PARENT_YEARS:
            scores["young-parents"] = scores.get("young-parents", 0.0) + 2.0
        if any(TEEN_MONTHS[0] <= months <= TEEN_MONTHS[1] for months in ages.children):
            # a teenager's defiance is as much parenting a teenager as behaviour: both offered
            scores["teenagers"] = max(scores.get("teenagers", 0.0) + 1.0,
                                      scores.get("behaviour", 0.0))
        if ages.expecting:  # "34 weeks with my second": first, unless a phrase named another
            others = max((v for slug, v in scores.items() if slug != "pregnancy"), default=0.0)
            lead = EXPECTING_SCORE if phrased else max(EXPECTING_SCORE, others + CONFIDENT_MARGIN)
            scores["pregnancy"] = max(scores.get("pregnancy", 0.0), lead)
        needs, sure = chosen(self.needs.ranked(scores), likely, said, rival, nothing)
        safety = self.safety.kinds(split.tokens)
        if not ages.children:  # "synek 4 lata bije siostre": an aged child is the one acting
            needs, sure = for_a_child_hurt(needs, sure, safety, said)
        other = self._other(text, split)
        if other is not None:  # in a language not spoken here, only a need its words named
            needs = [slug for slug in needs if said.get(slug, 0.0) >= THRESHOLD]
        return Interpretation(
            language=lang, needs=tuple(needs), age_months=ages.children,
            expecting=ages.expecting, place=match.place, place_candidates=match.candidates,
            safety=safety, scores=scores,
            greeting=self.languages.greets(split), other_language=other,
            feeling=self.feelings.only_feeling(text, split),
            need_confident=sure, language_heard=heard,
        )

    def _add_model(self, scores: dict[str, float], text: str,
                   ruled_out: Callable[[str], bool] = lambda slug: False
                   ) -> tuple[dict[str, float], str | None, float]:
        """The classifier's likeliest need, added where the lexicon found no phrase for it (an
        exact phrase is trusted as it stands); a need the classifier alone suggests scores at
        least MODEL_LEAST, so it is offered, unsure. Returns the needs it finds likely enough
        to offer (need -> probability, likeliest first), and its first choice when it is sure
        enough (MODEL_DISAGREE) to doubt what the words said, and how likely it finds that
        the message asks for no need at all. A need `ruled_out` (teenagers for a 4-year-old,
        a pregnancy in "due his jabs") is never suggested."""
        if self.model is None:
            return {}, None, 1.0
        probabilities = self.model.probabilities(text)
        nothing = probabilities.get(NONE, 0.0)
        likely: dict[str, float] = {}  # every class sorted in C, read while likely enough
        for probability, slug in sorted(zip(probabilities.values(), probabilities, strict=True),
                                        reverse=True):  # (p, slug) is unique: the same order
            if probability < MODEL_SECOND:
                break
            if slug != NONE and not ruled_out(slug):
                likely[slug] = probability
        if not likely:  # "my 4 year old": whatever else the words suggest, not a teenager
            return {}, None, 1.0
        for found in scores:  # ties between the lexicon's needs go to the likelier
            scores[found] += MODEL_NUDGE * probabilities.get(found, 0.0)
        slug, probability = next(iter(likely.items()))
        floor = MODEL_DISAGREE if scores and slug not in scores else MODEL_FLOOR
        if probability >= max(floor, nothing) and scores.get(slug, 0.0) < PHRASE_WEIGHT:
            scores[slug] = scores.get(slug, 0.0) + max(MODEL_WEIGHT * probability, MODEL_LEAST)
        return likely, slug if probability >= MODEL_DISAGREE else None, nothing

    def _other(self, text: str, split: Words) -> str | None:
        """The language not spoken here that the message is in, if it is in one."""
        return self.others.by_script(text) or self.others.by_words(
            split, lambda letters: self.languages.evidence(text, split, letters), text)


def _safety_model(root: Any, needs: list[tuple[str, str]],
                  content: Any) -> SafetyModel | None:
    """The safety classifier trained on `content/safety/training/`, or None without it."""
    training = read_training(root)
    if not training:
        return None
    corpus = getattr(content, "safety_corpus", None) or {}
    return SafetyModel.build(training, needs, corpus, default_cache())


def chosen(ranked: list[tuple[str, float]], likely: dict[str, float], said: dict[str, float],
           rival: str | None = None, nothing: float = 1.0) -> tuple[list[str], bool]:
    """The needs to return and whether the first is sure: needs close to the first, at most
    MAX_NEEDS. The first is sure when it scores clear of the rest, or when the words named it
    (`said`: the lexicon's scores), and in both cases only when the classifier does not doubt
    it (`agrees`) nor finds another nearly as likely (`_doubted`). An unsure lone need is
    offered beside the classifier's next choice, so the finder asks rather than guesses; so
    is a message that names no need but is unlikely to be about none (`nothing`, the
    classifier's "none"): its two likeliest needs are offered."""
    ranked = [(slug, score) for slug, score in ranked
              if not (nothing >= NONE_VETO and 0 < said.get(slug, 0.0) < WORD_WEIGHT
                      and score < PHRASE_WEIGHT)]
    ranked, uneven = _with_later(ranked, likely, said)
    needs, sure = [slug for slug, _ in ranked], confident(ranked) and not uneven
    if not needs and nothing < NONE_ASK and len(likely) > 1:
        return list(likely)[:2], False
    if needs:
        read = said.get(needs[0], 0.0) >= THRESHOLD
        sure = (sure or (len(needs) == 1 and read)) and agrees(needs[0], likely, rival, said)
        sure = sure and not (len(needs) == 1 and _doubted(needs[0], likely, said))
    if len(needs) == 1 and not sure:
        needs += [slug for slug in likely if slug not in needs][:1]
    return needs, sure


def for_a_child_hurt(needs: list[str], sure: bool, safety: tuple[str, ...],
                     said: dict[str, float]) -> tuple[list[str], bool]:
    """Where someone hurts a child ("he hits the child": the safety lines come first), the
    child is not the one behaving badly, nor hurting a parent unless a phrase said so ("my
    son hits me", `said`: the lexicon's scores); when nothing else is left but the couple,
    feeling safe at home is offered."""
    if CHILD_IN_DANGER not in safety:
        return needs, sure
    kept = [slug for slug in needs if slug != "behaviour" and (
        slug != "child-to-parent-harm" or said.get(slug, 0.0) >= PHRASE_WEIGHT)]
    if set(kept) <= {"relationships"}:
        kept.insert(0, "domestic-abuse")
    return kept[:MAX_NEEDS], sure and kept == needs


def _ruled_out(slug: str, children: tuple[int, ...], denied: Callable[[], bool]) -> bool:
    """A need the message itself rules out, whatever the classifier makes of it: teenagers for
    a child under 10 ("my 4 year old"), a pregnancy where "due" is not one ("due his jabs",
    `denied`, asked only then)."""
    if slug == "teenagers":
        return bool(children) and max(children) < TEEN_MONTHS[0] - 36
    return slug == "pregnancy" and denied()


def _doubted(need: str, likely: dict[str, float], said: dict[str, float]) -> bool:
    """The classifier finds another need nearly as likely (RIVAL_SHARE) as a lone need the
    words did not name by a phrase: the two are offered as a choice rather than one assumed."""
    if said.get(need, 0.0) >= PHRASE_WEIGHT:
        return False
    rivals = [probability for slug, probability in likely.items() if slug != need]
    return bool(rivals) and rivals[0] >= RIVAL_SHARE * likely.get(need, 0.0)


def _with_later(ranked: list[tuple[str, float]], likely: dict[str, float],
                said: dict[str, float]) -> tuple[list[tuple[str, float]], bool]:
    """The first need and the later ones worth offering: close to the first in score, or named
    by the words nearly as strongly as the first ("won't sleep or eat"), and in both cases a
    phrase or not doubted by the classifier. True when a later need is only named: the
    classifier weighs the two unevenly, so the finder asks."""
    if not ranked:
        return ranked, False
    top, first = ranked[0][1], said.get(ranked[0][0], 0.0)
    close = {slug for slug, score in ranked[1:] if score >= RELATIVE_FLOOR * top}
    named = {slug for slug, _ in ranked[1:]
             if said.get(slug, 0.0) >= max(WORD_WEIGHT, RELATIVE_FLOOR * first)}
    later = [(slug, score) for slug, score in ranked[1:] if slug in close | named
             and (score >= SECOND_SURE or likely.get(slug, 0.0) >= LATER)][:MAX_NEEDS - 1]
    return [ranked[0], *later], any(slug not in close for slug, _ in later)


def agrees(need: str, likely: dict[str, float], rival: str | None,
           said: dict[str, float]) -> bool:
    """The classifier does not doubt `need`: it is not sure of another need (`rival`; a need
    named by a phrase holds unless the rival is more than twice as likely), and it ranks this
    one first, or finds it likely enough for what the words said of it: a phrase
    needs little support (NAMED_AGREE), a single word needs the classifier's first choice."""
    evidence = said.get(need, 0.0)
    if rival not in (None, need):  # a phrase holds against a rival not twice as likely
        return evidence >= PHRASE_WEIGHT and \
            likely.get(need, 0.0) >= RIVAL_SHARE * likely.get(rival, 0.0)
    if not likely or next(iter(likely)) == need:  # no classifier, or it agrees
        return True
    if WORD_WEIGHT <= evidence < PHRASE_WEIGHT:  # named by a single word only
        return False
    return likely.get(need, 0.0) >= (NAMED_AGREE if evidence >= WORD_WEIGHT else AGREE)


def confident(ranked: list[tuple[str, float]]) -> bool:
    """Sure enough of the first need to act on it: strong, and clear of the second."""
    if not ranked:
        return True  # nothing guessed: the finder asks what the parent needs anyway
    top = ranked[0][1]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return top >= CONFIDENT_SCORE and top - second >= CONFIDENT_MARGIN


def capped(text: object) -> str:
    """`text` in NFKC, cut to MAX_CHARACTERS after normalising, so expansion cannot dodge it."""
    if not isinstance(text, str):
        return ""
    return nfkc_prefix(text[:MAX_CHARACTERS * 2], MAX_CHARACTERS)
