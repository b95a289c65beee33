"""Every safety kind, in every language, through the signed Twilio webhook: the kind's lines
arrive first and whole, never cut."""

from __future__ import annotations

import itertools

import pytest
from sms_helpers import Twilio, replies

from finder import safety
from finder.messages import catalogue
from finder.messages import parent as m
from finder.sms.segments import plain, polish_plain

DISCLOSURES = {
    "en": {"danger-to-life": "he has a knife", "self-harm": "I want to kill myself",
           "domestic-abuse": "my husband hits me",
           "child-in-danger": "I'm scared I'll shake the baby"},
    "pl": {"danger-to-life": "on ma nóż", "self-harm": "chcę umrzeć",
           "domestic-abuse": "mąż mnie bije", "child-in-danger": "boję się że skrzywdzę dziecko"},
    "ur": {"danger-to-life": "شوہر کے پاس چاقو ہے", "self-harm": "خودکشی کرنا چاہتی ہوں",
           "domestic-abuse": "شوہر مجھے مارتا ہے", "child-in-danger": "وہ بچے کو مارتا ہے"},
    "pa": {"danger-to-life": "ਪਤੀ ਕੋਲ ਚਾਕੂ ਹੈ", "self-harm": "ਖੁਦਕੁਸ਼ੀ ਕਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ",
           "domestic-abuse": "ਪਤੀ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ", "child-in-danger": "ਉਹ ਬੱਚੇ ਨੂੰ ਮਾਰਦਾ ਹੈ"},
    "gu": {"danger-to-life": "પતિ પાસે છરી છે", "self-harm": "આપઘાત કરવો છે",
           "domestic-abuse": "પતિ મને મારે છે", "child-in-danger": "એ બાળકને મારે છે"},
    "so": {"danger-to-life": "ninkaygu mindi sita", "self-harm": "waan dhiman rabaa",
           "domestic-abuse": "ninkaygu wuu i garaacaa", "child-in-danger": "ilmaha ayuu garaacaa"},
    "ar": {"danger-to-life": "زوجي معه سكين", "self-harm": "أريد أن أموت",
           "domestic-abuse": "زوجي يضربني", "child-in-danger": "زوجي يضرب طفلي"},
}
CASES = [(lang, kind, text) for lang, kinds in DISCLOSURES.items() for kind, text in kinds.items()]
_numbers = itertools.count(100)


@pytest.mark.parametrize(("lang", "kind", "text"), CASES,
                         ids=[f"{lang}-{kind}" for lang, kind, _ in CASES])
def test_every_kind_in_every_language_gets_its_lines_first_and_whole(
        twilio: Twilio, understander, directory_tools, lang, kind, text):
    found = understander.interpret(text)
    assert found.safety[:1] == (kind,), f"{text!r} was heard as {found.safety}"
    sent = replies(twilio.text(text, number=f"+4477009{next(_numbers):05d}"))
    intro = as_texted(found.language, catalogue(found.language).gettext(m.SAFETY[kind]))
    assert sent[0].startswith(intro), sent[0]
    lines = safety.lines_for([kind], directory_tools.lines)
    said = [as_texted(found.language, safety.sentence(found.language, line)) for line in lines]
    assert said, kind
    rest = "\n".join(sent)[len(intro):]
    for sentence in said:  # each whole, in order, with nothing else before it
        before, found_it, rest = rest.partition(sentence)
        assert found_it, f"{sentence!r} is cut or missing in {sent!r}"
        assert not before.strip(), f"{before!r} comes before {sentence!r}"
    assert not any(message.rstrip().endswith(("...", "…")) for message in sent)

def as_texted(language: str, text: str) -> str:
    """A sentence as the SMS channel sends it (Polish without diacritics, plain typography)."""
    text = plain(text)
    return polish_plain(text) if language == "pl" else text


@pytest.mark.parametrize(("lang", "kind", "text"),
                         [case for case in CASES if case[1] != "danger-to-life"],
                         ids=[f"{lang}-{kind}" for lang, kind, _ in CASES
                              if kind != "danger-to-life"])
def test_999_if_in_danger_now_comes_in_the_first_text_in_every_language(
        twilio: Twilio, understander, lang, kind, text):
    """The national lines, then 999; a local line after them may go to the next text."""
    assert understander.interpret(text).safety[:1] == (kind,)
    sent = replies(twilio.text(text, number=f"+4477009{next(_numbers):05d}"))
    assert "999" in sent[0], sent
