"""One message in, one Interpretation out: language, needs, ages, place and safety together."""

from __future__ import annotations

from typing import Any, Protocol

from finder.understand.age import AgeReader
from finder.understand.language import LanguageDetector
from finder.understand.need import NeedFinder
from finder.understand.safety import SafetyFinder
from finder.understand.text import words
from finder.understand.types import Interpretation, PlaceMatch

YOUNG_PARENT_YEARS = 19  # "I'm 17": services for young parents take parents up to 19 or 20
TEEN_MONTHS = (13 * 12, 19 * 12 - 1)  # a child of 13 to 18 makes "parenting teenagers" likely
MAX_CHARACTERS = 4000  # callers refuse over 1,000; past this nothing more is read


class Gazetteer(Protocol):
    def resolve(self, text: str) -> PlaceMatch: ...


class Understander:
    """Built once from content; `interpret` is then pure and fast."""

    def __init__(self, lexicons: dict[str, dict[str, Any]],
                 gazetteer: Gazetteer | None = None,
                 safety_corpus: dict[str, dict[str, Any]] | None = None) -> None:
        self.languages = LanguageDetector.from_lexicons(lexicons)
        self.needs = NeedFinder.from_lexicons(lexicons)
        self.ages = AgeReader(lexicons)
        self.safety = SafetyFinder.from_content(safety_corpus or {}, lexicons)
        self.gazetteer = gazetteer

    @classmethod
    def from_content(cls, content: Any, gazetteer: Gazetteer | None = None) -> Understander:
        """`content` is a loaded `finder.directory.content.Content`; places come from it too
        unless another `gazetteer` (one with imported postcodes, say) is given."""
        from finder.understand.place import Gazetteer as ContentGazetteer

        return cls(content.lexicons, gazetteer or ContentGazetteer.from_content(content),
                   getattr(content, "safety_corpus", None))

    def interpret(self, text: str, language: str | None = None,
                  answering: str | None = None) -> Interpretation:
        """Everything understood from `text`; never raises on odd input."""
        text = text[:MAX_CHARACTERS] if isinstance(text, str) else ""
        split = words(text)
        lang = self.languages.detect(text, split, language)
        ages = self.ages.read(split, answering)
        scores = self.needs.scores(split.tokens, lang)
        if ages.parent_years is not None and ages.parent_years <= YOUNG_PARENT_YEARS:
            scores["young-parents"] = scores.get("young-parents", 0.0) + 2.0
        if any(TEEN_MONTHS[0] <= months <= TEEN_MONTHS[1] for months in ages.children):
            scores["teenagers"] = scores.get("teenagers", 0.0) + 1.0
        needs = [slug for slug, _ in self.needs.ranked(scores)]
        match = self.gazetteer.resolve(text) if self.gazetteer is not None else PlaceMatch()
        return Interpretation(
            language=lang, needs=tuple(needs), age_months=ages.children,
            expecting=ages.expecting, place=match.place, place_candidates=match.candidates,
            safety=self.safety.kinds(split.tokens), scores=scores,
        )
