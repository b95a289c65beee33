"""Golden conversations (tests/cases/conversations/*.yaml, every language): the same parent's
words through the signed SMS webhook, WhatsApp and the web pages reach the same decisions."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import pytest
import yaml
from sms_helpers import TOKEN, Twilio, replies

from finder import create_app
from finder.languages import LANGUAGES
from finder.sms import state_path
from finder.sms.replies import sms_text

CASES = Path(__file__).parent / "cases" / "conversations"
GOLDEN = [(data["language"], case) for path in sorted(CASES.glob("*.yaml"))
          for data in [yaml.safe_load(path.read_text(encoding="utf-8"))]
          for case in data["conversations"]]
CARRY_ON = re.compile(r'<a class="button" href="([^"]+)">')
FEELING_YES = re.compile(r'name="need" value="([^"]+)" id="feeling-yes"')
CARD_NAME = re.compile(r"<h2 lang=\"[^\"]*\" dir=\"auto\">(?:<a [^>]*>)?([^<]+)(?:</a>)?</h2>")


@pytest.fixture
def golden_app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN,
                       "RATE_SMS": "off", "WTF_CSRF_ENABLED": False})


def searched(app, channel: str) -> list[tuple[str, str, str]]:
    """The (need, district, age band) counted for `channel`: what its search decided."""
    conn = sqlite3.connect(state_path(app))
    try:
        return [tuple(r) for r in conn.execute(
            "SELECT need, district, age_band FROM usage WHERE channel = ?", (channel,))]
    finally:
        conn.close()


def by_text(app, texts: list[str], sender: str) -> str:
    """Every message in turn through the signed webhook; the last reply's texts."""
    twilio, last = Twilio(app.test_client(), TOKEN), []
    for text in texts:
        last = replies(twilio.text(text, number=sender))
    return "\n".join(last)


def by_web(app, language: str, texts: list[str]) -> str:
    """The same words typed into the web pages' boxes, in order; the results page."""
    client = app.test_client()
    page = client.get(f"/find?{urlencode({'q': texts[0], 'lang': language})}",
                      follow_redirects=True)
    for text in texts[1:]:
        body = page.get_data(as_text=True)
        carry_on = CARRY_ON.search(body)
        if carry_on and 'name="place"' not in body:  # a safety page: its lines, then on
            page = client.get(html.unescape(carry_on.group(1)), follow_redirects=True)
            body = page.get_data(as_text=True)
        offered = FEELING_YES.search(body)
        if offered:  # only a feeling was said: "1" is the help the page offers for it
            assert text == "1", text
            page = client.get(f"/find?{urlencode({'need': offered[1], 'lang': language})}",
                              follow_redirects=True)
            continue
        field = "age_text" if 'name="age_text"' in body else "place"
        assert f'name="{field}"' in body, body[:400]
        url = page.request.full_path.rstrip("?")
        page = client.get(f"{url}&{urlencode({field: text})}", follow_redirects=True)
    assert page.status_code == 200
    return page.get_data(as_text=True)


def test_every_language_has_golden_conversations():
    assert {language for language, _ in GOLDEN} == set(LANGUAGES)


@pytest.mark.parametrize(("language", "case"), GOLDEN,
                         ids=[f"{lang}-{case['name']}" for lang, case in GOLDEN])
def test_sms_whatsapp_and_web_reach_the_same_decisions(golden_app, language, case):
    expect = case["expect"]
    decided = (expect["need"], expect["district"], expect["age_band"])
    on_sms = by_text(golden_app, case["texts"], "+447700900301")
    on_whatsapp = by_text(golden_app, case["texts"], "whatsapp:+447700900302")
    on_web = by_web(golden_app, language, case["texts"])
    for channel in ("sms", "whatsapp", "web"):
        assert decided in searched(golden_app, channel), (channel, searched(golden_app,
                                                                             channel))
    first = html.unescape(CARD_NAME.findall(on_web)[0])
    assert "1. " + sms_text(first, language) in on_sms
    assert "1. " + first in on_whatsapp
