"""Safety words in Gujarati, Punjabi and Urdu heard through the spellings people type either way."""

from __future__ import annotations

import pytest

from finder.understand.morphology import stem

SAME_STEM = [
    ("ਕੁੱਟਦਾ", "ਕੁਟਦਾ", "pa-addak"),
    ("ਮੈਨੂੰ", "ਮੇਨੂ", "pa-tippi-and-vowel"),
    ("ਨਹੀਂ", "ਨਹੀ", "pa-bindi"),
    ("માર્યો", "મારયો", "gu-virama"),
    ("મારી", "મારિ", "gu-long-i"),
    ("પતિથી", "પતિ", "gu-attached-from"),
    ("ઘરમાં", "ઘર", "gu-attached-in"),
    ("مجھے", "مجہے", "ur-do-chashmi-he"),
    ("جاؤں", "جاوں", "ur-hamza-on-waw"),
]


@pytest.mark.parametrize(("one", "other", "_"), SAME_STEM, ids=[s[2] for s in SAME_STEM])
def test_spelling_variants_share_a_stem(one, other, _):
    assert stem(one) == stem(other)


KEPT_APART = [
    ("બાળકને", "બાળક", "gu-object-mark-tells-who-is-hit"),
    ("એનાથી", "એની", "gu-from-him-is-not-his"),
]


@pytest.mark.parametrize(("one", "other", "_"), KEPT_APART, ids=[s[2] for s in KEPT_APART])
def test_marks_that_change_the_meaning_stay(one, other, _):
    assert stem(one) != stem(other)


HEARD = [
    ("ਮੇਰਾ ਪਤੀ ਮੇਨੂ ਰੋਜ ਕੁਟਦਾ", "domestic-abuse", "pa-no-addak-no-tippi"),
    ("ਹੁਣ ਹੋਰ ਨਹੀਂ ਜੀ ਸਕਦੀ", "self-harm", "pa-cannot-live-on"),
    ("مجهے مارتا هے شوہر", "domestic-abuse", "ur-arabic-keyboard-letters"),
    ("dono mujhe maarte hain", "domestic-abuse", "ur-plural-subject"),
    ("sasural wale ghar se nikalne nahi dete", "domestic-abuse", "ur-in-laws-keep-me-in"),
    ("جینے کا من نہیں کرتا", "self-harm", "ur-no-wish-to-live"),
    ("baby ko ghar par akela chhor gaya", "child-in-danger", "ur-baby-left-alone"),
    ("પતિથી બહુ બીક લાગે છે", "domestic-abuse", "gu-afraid-of-husband-attached"),
    ("પતિ બાળકને મારે છે", "child-in-danger", "gu-husband-hits-the-child"),
    ("આપઘાતના વિચાર આવે છે", "self-harm", "gu-suicide-attached"),
]


@pytest.mark.parametrize(("text", "kind", "_"), HEARD, ids=[h[2] for h in HEARD])
def test_disclosures_are_heard_in_any_spelling(understander, text, kind, _):
    assert kind in understander.interpret(text).safety


QUIET = [
    ("બાળક મને મારે છે", "gu-the-child-hits-me"),
    ("bhook se mar raha hoon", "ur-starving-for-food"),
    ("baby bhooka hai doodh nahi peeta", "ur-hungry-baby"),
    ("bacha khana nahi khata", "ur-fussy-eater"),
    ("bache aapas mein larte hain", "ur-children-fight"),
    ("ਭੁੱਖ ਲੱਗੀ ਹੈ", "pa-hungry"),
    ("ਬੱਚੇ ਆਪਸ ਵਿੱਚ ਲੜਦੇ ਨੇ", "pa-children-fight"),
]


@pytest.mark.parametrize(("text", "_"), QUIET, ids=[q[1] for q in QUIET])
def test_look_alikes_stay_quiet(understander, text, _):
    assert understander.interpret(text).safety == ()
