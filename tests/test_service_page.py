"""A page per service, the API's service fields, and the contact in texts and SMS results."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from markupsafe import escape
from werkzeug.serving import make_server

from finder import create_app
from finder.conversation.results import item
from finder.directory import store
from finder.directory.app import warm
from finder.directory.ids import stable_uuid
from finder.search.types import Result
from finder.sms.segments import measure
from finder.web.cards import TEXT_ME_SEGMENTS, card, text_body

CHROMIUM = Path("/usr/bin/chromium")
EARLY_HELP = stable_uuid("service", "leicester-city-early-help-family-support")


def page(client, slug: str, lang: str = "en") -> str:
    response = client.get(f"/services/{slug}?lang={lang}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def shipped(app, slug: str) -> dict:
    with app.app_context():
        from finder.directory.app import get_conn

        return store.record(get_conn(), slug)


def test_a_service_page_says_what_it_is_who_for_and_how_to_reach_it(client):
    html = page(client, "nhs-speech-and-language-therapy")
    assert "NHS help for children who find talking hard." in html
    assert '<a class="button" href="tel:+441162955256" dir="ltr">Call <bdi dir="ltr">0116 2955256' \
        '</bdi></a>' in html
    assert "https://www.leicspart.nhs.uk/services/referrals?v=12927" in html
    assert "Last checked: 2023-06-14" in html


def test_a_listing_without_its_own_line_shows_the_sourced_route(client):
    html = page(client, "mammas-pathway")
    assert "They have no line of their own. You can ask here:" in html
    assert 'href="tel:+441164541004"' in html
    assert "Leicester City Council early help advice line (Advice Point)" in html


@pytest.mark.parametrize("slug", ["leicester-city-peep", "jenkins-centre-yp-project"])
def test_staff_notes_never_reach_the_parent_page(client, app, slug):
    note = shipped(app, slug)["staff_note"]
    assert note and str(escape(note[:40])) not in page(client, slug)


def test_the_worker_sees_the_staff_note(client, app):
    html = client.get("/worker?need=child-to-parent-harm").get_data(as_text=True)
    assert str(escape(shipped(app, "jenkins-centre-yp-project")["staff_note"][:40])) in html


@pytest.mark.parametrize("slug", ["rutland-triple-p-online", "no-such-service"])
def test_a_retired_or_unknown_service_is_a_404_in_the_parents_language(client, slug):
    response = client.get(f"/services/{slug}?lang=pl")
    assert response.status_code == 404
    assert "Przepraszamy" in response.get_data(as_text=True)


def test_cards_link_to_the_service_page_keeping_the_way_back(client):
    html = client.get("/find?need=practical-help&age=3-4&place=Leicester").get_data(as_text=True)
    link = re.search(rf'href="(/services/{EARLY_HELP}[^"]*)"', html)
    assert link and "back=/find" in link.group(1).replace("&amp;", "&")
    target = client.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert 'href="/find?need=practical-help' in target


@pytest.mark.parametrize("need", ["child-to-parent-harm", "additional-needs"])
def test_card_links_name_no_service_so_history_does_not_say_what_was_looked_for(client, need):
    html = client.get(f"/find?need={need}&age=any&place=Leicester").get_data(as_text=True)
    links = re.findall(r'href="/services/([^"?]+)', html)
    assert links, "the results page shows cards"
    for link in links:
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", link)
        assert client.get(f"/services/{link}").status_code == 200


def test_the_api_gives_one_service_by_uuid_with_contacts_and_reach(client, app):
    listing = shipped(app, "nhs-mums-mind")
    body = client.get(f"/api/v1/services/{listing['uuid']}?lang=ur").get_json()
    assert body["slug"] == "nhs-mums-mind"
    assert body["contacts"][0] == {**{k: listing["contacts"][0][k] for k in
                                      ("kind", "value", "label", "source", "seen")},
                                   "verified": False}
    assert body["reach"] is None
    assert body["summary"] == listing["summary"].get("ur", listing["summary"]["en"])
    assert body["text_language"] == "ur"


def test_every_service_in_the_api_can_be_reached(client):
    body = client.get("/api/v1/services?limit=100&lang=pl").get_json()
    for service in body["contents"]:
        assert service["contacts"] or service["reach"], service["slug"]
        assert service["summary"] and service["text_language"] == "pl"


def test_the_api_says_no_to_an_unknown_service_in_json(client):
    response = client.get("/api/v1/services/nope")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == 404


LINK = "https://finder.example/find?need=wellbeing&age=under-1&place=Leicester&lang=ur"


def test_text_me_carries_each_best_contact(app):
    cards = [card(Result(service=shipped(app, slug), score=0.0, why=""), "en")
             for slug in ("nhs-mums-mind", "freeva-support-line", "nhs-health-for-under-5s")]
    body = text_body(cards, "en", LINK)
    assert "Text 07507 330 026." in body and "Call 0808 802 0028." in body
    assert "See www.healthforunder5s.co.uk." in body
    assert measure(f"{body}\n{LINK}").count <= TEXT_ME_SEGMENTS


def test_text_me_drops_services_rather_than_go_over_the_budget(app):
    services = [s for s in (shipped(app, slug) for slug in (
        "nhs-mums-mind", "freeva-support-line", "nhs-speech-and-language-therapy",
        "living-without-abuse-support", "womens-aid-leicestershire-support",
        "mammas-pathway", "leicester-city-early-help-family-support")) if s]
    cards = [card(Result(service=s, score=0.0, why=""), "ur") for s in services]
    body = text_body(cards, "ur", LINK)
    assert measure(f"{body}\n{LINK}").count <= TEXT_ME_SEGMENTS
    assert 0 < body.count("\n\n") + 1 < len(cards)
    assert all(paragraph.split("\n")[1] for paragraph in body.split("\n\n"))


@pytest.mark.parametrize(("slug", "how", "value"), [
    ("nhs-speech-and-language-therapy", "phone", "0116 2955256"),
    ("nhs-mums-mind", "text", "07507 330 026"),
    ("nhs-health-for-teens", "website", "www.healthforteens.co.uk"),
    ("mammas-pathway", "phone", "0116 454 1004"),
], ids=["own-phone", "text-line", "web-only", "reach-line"])
def test_the_sms_result_line_names_the_best_number_or_web_address(app, slug, how, value):
    way = item(Result(service=shipped(app, slug), score=0.0, why=""), "en")["join"]
    assert way["how"] == how and value in (way["phone"], way["website"])


@pytest.fixture(scope="module")
def live_server(built_directory, tmp_path_factory):
    folder = tmp_path_factory.mktemp("service-page")
    database = folder / "finder.db"
    database.write_bytes(built_directory.read_bytes())
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(folder / "instance"),
                      "SECRET_KEY": "test-secret-key-not-for-production"})
    warm(app)  # as gunicorn's master does before forking: no test waits on a first build
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize("language", ["ur", "pl"])
def test_a_parent_reaches_a_service_page_and_taps_to_call(live_server, language):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is missing: `bash scripts/test` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        tab.goto(f"{live_server}/find?need=practical-help&age=3-4&place=Leicester"
                 f"&lang={language}")
        assert tab.locator("html").get_attribute("lang") == language
        tab.locator(f"a[href^='/services/{EARLY_HELP}']").click()
        tab.wait_for_url(f"**/services/{EARLY_HELP}**")
        call = tab.locator("a[href^='tel:']").first
        assert call.is_visible()
        assert call.get_attribute("href") == "tel:+441164541004"
        assert call.get_attribute("dir") == "ltr"
        assert "0116 454 1004" in call.inner_text()
        call.click(no_wait_after=True)  # the phone's dialler takes over; the page stays
        assert f"/services/{EARLY_HELP}" in tab.url
        browser.close()


def test_the_worker_is_told_to_ask_when_no_way_in_is_known(app):
    from finder.web.cards import worker_card

    listing = shipped(app, "leicester-city-peep")
    assert listing["referral"] == "unknown"
    assert worker_card(Result(service=listing, score=0.0, why=""), "en")["referral"] == \
        "Ask them how to join."
