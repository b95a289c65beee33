"""Every reply the conversation can give, rendered for SMS within three segments."""

from __future__ import annotations

import pytest

from finder.conversation import Reply, render_text
from finder.conversation.render import RENDERERS
from finder.languages import LANGUAGES
from finder.sms.replies import fit
from finder.sms.segments import measure


def sample_items(count: int, language: str) -> list[dict]:
    long_name = "Parenting and family support group at the community centre"
    return [{"id": f"s{n}", "name": f"{long_name} {n}", "what": "x" * 70, "cost": "free",
             "join": {"how": "hub", "phone": "", "website": "", "organisation": "A charity"}}
            for n in range(count)]


SAMPLES = {
    "welcome": {"hint": True},
    "choose_need": {"options": [{"number": n, "label": "Sleep"} for n in (1, 2, 3)]},
    "choose_place": {"options": [{"number": n, "name": "Market Harborough"} for n in (1, 2)]},
    "choose_language": {"options": [{"number": n, "label": "English"} for n in range(1, 8)]},
    "language_set": {"language": "Polski"},
    "outside": {"place": "Nottingham"},
    "widened": {"how": "region"},
    "results": {"offset": 0, "total": 9, "items": []},
    "next": {"more": True},
    "safety": {"kinds": ["danger-to-life"], "lines": [
        {"name": "Emergency services", "number": "999", "how": "call", "always_open": True},
        {"name": "Samaritans", "number": "116 123", "how": "call", "always_open": True},
        {"name": "Shout", "number": "85258", "how": "text", "text_word": "SHOUT",
         "always_open": True}]},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_every_reply_kind_alone_fits_in_three_segments(kind, language):
    data = dict(SAMPLES.get(kind, {}))
    if kind == "results":
        data["items"] = sample_items(1, language)
    text = render_text([Reply(kind, language, data)])
    assert measure(text).count <= 3, f"{kind} in {language}: {measure(text)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_results_turn_drops_results_from_the_end_until_it_fits(language):
    turn = [Reply("results", language, {"offset": 0, "total": 9,
                                        "items": sample_items(3, language)}),
            Reply("next", language, {"more": True})]
    text = fit(turn, render_text)
    assert measure(text).count <= 3
    assert "Parenting and family support group at the community centre 0" in text
    assert "community centre 2" not in text
