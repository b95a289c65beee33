"""Over the signed SMS webhook: arguing with a teenager is the teenager's need, not the couple's,
and a need the finder only guesses at is asked as two numbered choices."""

from __future__ import annotations

import pytest
from sms_helpers import PARENT, replies

from finder.languages import LANGUAGES
from finder.sms import get_store

ARGUING_WITH_A_TEEN = {
    "en": "my son is 15 and we argue all the time",
    "pl": "syn ma 15 lat i ciągle się kłócimy",
    "gu": "dikro 15 varsh no che ane roj jhagdo thay che",
    "pa": "munda 15 saal da te roz jhagda hunda",
    "ur": "بیٹا 15 سال کا ہے اور روز جھگڑا ہوتا ہے",
    "so": "wiilkaygu waa 15 jir, had iyo jeer waan murannaa",
    "ar": "ابني عمره 15 سنة ودايما نتخانق",
}
ARGUING_AS_A_COUPLE = {
    "en": "me and my husband argue every night",
    "pl": "ciągle kłótnie z mężem",
    "ur": "shohar se roz jhagra hota hai",
}


def slots(app, number: str = PARENT) -> dict:
    with get_store(app).exchange(number, "SMpeek") as exchange:
        return exchange.state


@pytest.mark.parametrize("language", LANGUAGES)
def test_arguing_with_a_teenager_is_the_teenager_need(sms_app, twilio, language):
    replies(twilio.text(ARGUING_WITH_A_TEEN[language]))
    state = slots(sms_app)
    assert state["slots"]["needs"][0] == "teenagers"
    assert "relationships" not in state["slots"]["needs"]
    assert state["slots"]["ages"] == [180]


@pytest.mark.parametrize("language", sorted(ARGUING_AS_A_COUPLE))
def test_arguing_with_a_partner_stays_the_couple_need(sms_app, twilio, language):
    replies(twilio.text(ARGUING_AS_A_COUPLE[language]))
    assert slots(sms_app)["slots"]["needs"][0] == "relationships"


def test_a_guessed_need_is_asked_as_two_numbered_choices(sms_app, twilio):
    texts = replies(twilio.text("not been out of the flat for a month"))
    pending = slots(sms_app)["pending"].get("needs", [])
    assert len(pending) == 2 and pending[0] in {"wellbeing", "meeting-parents"}
    assert "1" in " ".join(texts) and "2" in " ".join(texts)
