"""Worker mode: every filter, richer cards, picked services texted or printed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.dates import format_date
from babel.support import NullTranslations, Translations

from finder import create_app
from finder.languages import LANGUAGES
from finder.messages import say, worker
from finder.sms import get_store
from finder.web.textme import uk_mobile
from tests.pages import check_page
from tests.web_helpers import csrf_token, stigma_words, visible_text

PARENT = "+447700900123"


@pytest.fixture
def app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "INSTANCE_PATH": str(tmp_path / "instance"),
                       "SECRET_KEY": "test-secret-key-not-for-production"})


def card_ids(html: str) -> list[str]:
    return re.findall(r'name="service" value="([^"]+)"', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_worker_page_is_valid_in_every_language(client, language):
    response = client.get(f"/worker?need=sleep&age=1-2&lang={language}")
    assert response.status_code == 200
    check_page(response.get_data(as_text=True), language)


def found(client, query: str) -> int:
    html = client.get(f"/worker?{query}").get_data(as_text=True)
    return int(re.search(r"Services found: (\d+)", html)[1])


@pytest.mark.parametrize("query", ["need=sleep", "need=sleep&need=feeding", "age=expecting",
                                   "age=11-15", "delivery=online", "free=1",
                                   "district=rutland", "place=LE15"])
def test_every_filter_narrows_the_results(client, query):
    assert 0 < found(client, query) < found(client, "")


def test_self_referral_only_keeps_services_parents_can_contact(client):
    html = client.get("/worker?self_referral=1").get_data(as_text=True)
    self_referral = [say("en", worker.REFERRAL[way]) for way in ("self", "self-or-professional")]
    assert html.count('class="card"') == sum(html.count(f"<dd>{text}") for text in self_referral)


def test_free_only_keeps_only_free_services(client):
    html = client.get("/worker?free=1").get_data(as_text=True)
    assert html.count('class="card"') == html.count("<dd>Free")


def test_worker_cards_show_referral_level_evidence_and_last_checked(client):
    text = visible_text(client.get("/worker?need=behaviour").get_data(as_text=True))
    for label in ("How to refer", "Level", "Evidence", "Last checked"):
        assert label in text


def test_the_results_fragment_is_only_the_results(client):
    html = client.get("/worker/results?need=sleep").get_data(as_text=True)
    assert "<html" not in html and 'class="card"' in html


def test_an_ambiguous_place_offers_its_districts(client):
    html = client.get("/worker?place=Kirby").get_data(as_text=True)
    assert "More than one place is called Kirby." in html
    assert "district=melton" in html


def test_the_parents_language_writes_the_why_lines_in_it(client):
    html = client.get("/worker?need=sleep&language=pl").get_data(as_text=True)
    assert 'class="why" lang="pl"' in html


def pick(client, action, phone="", count=2, lang="en"):
    html = client.get(f"/worker?need=behaviour&lang={lang}").get_data(as_text=True)
    return client.post("/worker/selected?need=behaviour&language=pl",
                       data={"csrf_token": csrf_token(html), "service": card_ids(html)[:count],
                             "phone": phone, "action": action})


def test_picked_services_are_texted_in_the_parents_language(client, app):
    response = pick(client, "text", phone="07700 900123")
    assert response.status_code == 200
    [kept] = get_store(app).outbox(PARENT)
    assert any(word in kept["body"] for word in ("Kontakt:", "Zapytaj", "Zadzwoń"))
    assert "900123" not in response.get_data(as_text=True)


def test_texting_needs_a_uk_mobile_and_a_pick(client, app):
    assert pick(client, "text", phone="12345").status_code == 400
    assert "Please pick at least one service." in pick(
        client, "text", phone="07700 900123", count=0).get_data(as_text=True)
    assert get_store(app).outbox(PARENT) == []


def test_print_shows_only_the_picked_services_without_ratings(client):
    response = pick(client, "print", count=2)
    html = response.get_data(as_text=True)
    assert html.count('class="card"') == 2
    assert stigma_words(html) == []


UK_MOBILES = [
    ("07700 900123", "+447700900123", "spaced"),
    ("+44 7700 900123", "+447700900123", "international"),
    ("0044 (0)7700-900123".replace("(0)", ""), "+447700900123", "double-zero"),
    ("07624 123456", "+447624123456", "isle-of-man"),
    ("0116 254 1234", None, "landline"),
    ("07000 123456", None, "personal-number"),
    ("0770090012", None, "too-short"),
    ("+33 612345678", None, "france"),
]


@pytest.mark.parametrize(("raw", "number", "_id"), UK_MOBILES, ids=[c[2] for c in UK_MOBILES])
def test_uk_mobile_numbers(raw, number, _id):
    assert uk_mobile(raw) == number


def test_the_print_is_in_the_parents_language_with_the_date_and_a_link(client):
    html = client.get("/worker?need=sleep").get_data(as_text=True)
    response = client.post("/worker/selected", data={
        "csrf_token": csrf_token(html), "service": card_ids(html)[:2], "need": "sleep",
        "language": "ur", "action": "print"})
    printed = response.get_data(as_text=True)
    assert '<html lang="ur" dir="rtl">' in printed
    assert "Cost:" not in visible_text(printed)  # the labels are the parent's too
    today = format_date(dt.datetime.now(dt.UTC).date(), format="long", locale="ur")
    assert "http://localhost/" in printed and today in printed


def test_picks_survive_a_filter_change_without_javascript(client):
    html = client.get("/worker?need=sleep").get_data(as_text=True)
    picked = card_ids(html)[:2]
    response = client.post("/worker/selected", data={
        "csrf_token": csrf_token(html), "service": picked, "need": "feeding",
        "action": "filter"})
    assert response.status_code == 303
    after = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Picked for the parent: 2" in visible_text(after)
    checked = re.findall(r'name="service" value="([^"]+)" checked', after)
    assert sorted(checked) == sorted(picked)


@pytest.mark.parametrize("language", ["en", "pl"])
def test_each_sentence_on_the_worker_page_is_looked_up_once_per_render(client, monkeypatch,
                                                                       language):
    looked_up: list[str] = []
    for kind in (NullTranslations, Translations):
        original = kind.ugettext
        monkeypatch.setattr(kind, "ugettext", lambda self, message, _original=original:
                            looked_up.append(message) or _original(self, message))
    html = client.get(f"/worker?lang={language}").get_data(as_text=True)
    assert len(card_ids(html)) > 10  # the cards' labels repeat: each is translated once
    assert sorted(looked_up) == sorted(set(looked_up))
    looked_up.clear()
    client.get(f"/worker?lang={language}")
    assert looked_up  # and again on the next render, not kept beyond it
