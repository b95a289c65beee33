"""Disclosures in wording nobody has seen, by family, in every language; and the look-alikes
that share their words (session 13, round r4). Sentences of our own, not the batch's."""

from __future__ import annotations

import pytest

TOGETHER = frozenset({"danger-to-life", "child-in-danger"})
ABUSE = ("domestic-abuse",)

# (language, kind, text[, also]): the disclosure, heard as its kind (danger to life and a child
# in danger may stand together, 999 first; `also`: other kinds a worker would name too).
HEARD = [
    # siblings' rows are quiet (below), a partner who hits is still heard beside the words
    ("en", "domestic-abuse", "my husband hits me when the kids are asleep"),
    ("ur", "domestic-abuse", "shohar mujhe roz maarta hai"),
    ("gu", "domestic-abuse", "maro ex mane dhamki aape che ke mari nakhish"),
]

# (language, text): the look-alike, quiet.
QUIET = [
    # children hitting each other: a row between brothers and sisters
    ("en", "the twins hit each other all day, is that normal at 3"),
    ("en", "my boys keep punching each other over the xbox"),
    ("pl", "bliźniaki biją się nawzajem cały dzień"),
    ("gu", "બંને છોકરા આખો દિવસ એકબીજાને મારે છે"),
    ("gu", "mara dikra ekbija ne thappad mare che, shu karu"),
    ("pa", "dono munde ik duje nu maarde rehnde ne"),
    ("ur", "dono bachay aapas mein maarte rehte hain"),
    ("ur", "بہن بھائی سارا دن ایک دوسرے کو مارتے ہیں"),
    # an ex (written in Latin letters) and the children's expenses
    ("gu", "મારો ex બાળકોનો ખર્ચો નથી આપતો, શું કરું"),
    ("pa", "ਮੇਰਾ ex ਬੱਚਿਆਂ ਦਾ ਖਰਚਾ ਨਹੀਂ ਦਿੰਦਾ"),
    ("ur", "mera ex bachon ka kharcha nahi deta, CSA se baat karni hai"),
    # abuse as the topic of a course or volunteering
    ("en", "im doing a domestic abuse awareness course, any childcare on tuesdays"),
    ("en", "i volunteer with a domestic abuse charity, can i refer families here"),
    # a door slammed in a temper
    ("ur", "beta ghusse mein darwaza zor se maar ke kamre mein chala gaya"),
    ("pa", "munda gusse ch darwaza zor naal maar ke andar chala gaya"),
]


def _right(kind: str, found: tuple[str, ...], also: tuple[str, ...]) -> bool:
    allowed = {kind, *also} | (TOGETHER if kind in TOGETHER else set())
    return kind in found and set(found) <= allowed


@pytest.mark.parametrize("row", HEARD, ids=[f"{h[0]}-{h[1]}-{i}" for i, h in enumerate(HEARD)])
def test_a_disclosure_in_new_wording_is_heard_as_its_kind(understander, row):
    language, kind, text, *also = row
    found = understander.interpret(text).safety
    assert _right(kind, found, tuple(also[0]) if also else ()), (language, found)


@pytest.mark.parametrize(("language", "text"), QUIET,
                         ids=[f"{q[0]}-{i}" for i, q in enumerate(QUIET)])
def test_its_look_alike_stays_quiet(understander, language, text):
    assert understander.interpret(text).safety == (), language
