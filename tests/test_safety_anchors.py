"""Concept anchors: a concept word near whom it touches, in either order, guarded against a
child acting and an act turned on oneself."""

from __future__ import annotations

import pytest

from finder.directory import content
from finder.understand import Understander
from finder.understand.safety import SafetyFinder
from finder.understand.text import words
from tests.cases.scoring import CONTENT_DIR

CORPUS = {"xx": {
    "groups": {"kid": ["toddler"]},
    "reflexive": ["herself"],
    "anchors": {
        "domestic-abuse": [{"words": ["shoves", "locked"], "with": ["me", "in"]}],
        "child-in-danger": [
            {"words": ["shakes"], "with": ["the baby"], "in_order": True, "next_to": True},
            {"words": ["wants to die"], "with": ["toddler"], "child_may_lead": True}],
    },
}}


def _kinds(text: str) -> tuple[str, ...]:
    return SafetyFinder.from_content(CORPUS).kinds(words(text).tokens)


def test_an_anchor_counts_in_either_order_within_four_words():
    assert _kinds("he shoves me") == ("domestic-abuse",)
    assert _kinds("me he always really badly shoves") == ("domestic-abuse",)
    assert _kinds("he shoves the door and the cupboard in the hall at me") == ()


def test_an_anchor_in_order_side_by_side_needs_both():
    assert _kinds("he shakes the baby") == ("child-in-danger",)
    assert _kinds("the baby shakes") == ()
    assert _kinds("he shakes the rattle for the baby") == ()


def test_a_child_acting_or_an_act_on_oneself_does_not_count():
    assert _kinds("toddler shoves me") == ()
    assert _kinds("she locked herself in") == ()
    assert _kinds("he locked me in") == ("domestic-abuse",)


def test_an_anchor_may_let_the_child_lead():
    assert _kinds("my toddler wants to die") == ("child-in-danger",)


# The shipped anchors (content/safety/<lang>.yaml): a harm word near its target in words of
# their own, not copied from the independent tables, and look-alikes that must stay quiet.
SHIPPED = [
    ("he's going to kill me tonight when he gets home", "danger-to-life"),
    ("she's collapsed on the floor and not responding", "danger-to-life"),
    ("my husband locks my son in his room all weekend", "child-in-danger"),
    ("a man from the park has been sending my 12 year old sexual messages", "child-in-danger"),
    ("chłopak ma myśli żeby skoczyć z mostu", "danger-to-life"),
    ("ojczym zamyka go w piwnicy za karę", "child-in-danger"),
    ("ninkayga wuu i dili doonaa caawa markuu soo laabto", "danger-to-life"),
    ("wiilkeyga ayaa qolka ku xiray aabihiis cunto la'aan", "child-in-danger"),
    ("زوجي قال رح يقتلني الليلة", "danger-to-life"),
    ("بيضربو بالحزام كل يوم", "child-in-danger"),
    ("na chaabi dinda na paise dinda", "domestic-abuse"),
    ("oh mainu ghar ton bahar nahi jaan dinda", "domestic-abuse"),
    ("main sab te bojh haan", "self-harm"),
    ("جوزي بيقفل علي الباب", "domestic-abuse"),
]
LOOK_ALIKES = [
    "the kids hit each other all the time", "i left him at nursery all day",
    "my daughter wont sleep in her bed", "he jumped off the sofa and bumped his head",
    "zostawiłam go w przedszkolu na cały dzień", "mały skoczył z kanapy i płacze",
    "inantayda waxay u baahan tahay kabo cusub", "ابني عنده تشنجات مع الحرارة",
    "رحنا على الجسر اليوم وكان حلو",
    # everyday messages that raised a reply before their phrases were narrowed
    "school trip layi na paise bache ne", "do hafte ton ghar ton bahar nahi gayi",
    "ਹਫ਼ਤੇ ਤੋਂ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਗਈ", "kamm da bahut bojh aa",
    "munda kamre ch band ho janda, gall nahi karda", "main bachon pe chillata hoon",
    "nursery wale kehte hain kaat'ta hai",
    "بنتي بتقفل على نفسها بالغرفة",
]


@pytest.fixture(scope="module")
def shipped() -> SafetyFinder:
    return Understander.from_content(content.load(CONTENT_DIR)).safety


@pytest.mark.parametrize(("text", "kind"), SHIPPED)
def test_shipped_anchors_hear_an_act_near_its_target(shipped: SafetyFinder, text: str,
                                                     kind: str):
    assert kind in shipped.kinds(words(text).tokens)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_shipped_anchors_leave_look_alikes_quiet(shipped: SafetyFinder, text: str):
    assert shipped.kinds(words(text).tokens) == ()


@pytest.mark.parametrize("language", ["en", "pl", "gu", "pa", "ur", "so", "ar"])
def test_every_language_has_frames_for_every_kind_a_time_and_its_doses(language):
    """Each language's anchors hold, for every kind, an act beside whom it touches, and a word
    of time beside an act (`now`: abuse happening now is danger to life); its `doses` say how
    a medicine taken as meant reads. The word lists are content, for the data rounds to widen."""
    data = content.load(CONTENT_DIR).safety_corpus[language]
    anchors = data.get("anchors") or {}
    for kind in ("danger-to-life", "self-harm", "domestic-abuse", "child-in-danger", "now"):
        pairs = anchors.get(kind) or []
        assert pairs and all(pair["words"] and pair["with"] for pair in pairs), (language, kind)
    assert data.get("doses"), language
