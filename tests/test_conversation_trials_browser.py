"""Trial conversations in Debian's Chromium: a parent's own words typed into the web pages, and a
community worker's filters for the same family, find what the same words find by SMS."""

from __future__ import annotations

import threading

import pytest
from sms_helpers import TOKEN, Twilio, replies
from test_browser import PHONE, TABLET, browser  # noqa: F401 - shared fixture
from werkzeug.serving import make_server

from finder import create_app
from finder.directory.app import warm
from finder.sms.replies import sms_text

pytestmark = pytest.mark.browser

# (language, the first message of a trial conversation, the place it then gives, the family's
# need, age band and district as a worker would pick them on /worker)
FAMILIES = [
    ("gu", "kem cho, maro dikro 3 varas no che ane raat na sutto nathi", "Belgrave",
     ("sleep", "3-4", "leicester-city")),
    ("ur", "assalam o alaikum, mera beta 5 saal ka hai aur bohat zid karta hai",
     "Spinney Hills", ("behaviour", "5-10", "leicester-city")),
    ("pl", "mój syn ma 4 lata i ciągle ma napady złości", "Loughborough",
     ("behaviour", "3-4", "charnwood")),
    ("ar", "ولدي ما ينام بالليل عمره سنة", "Oadby", ("sleep", "1-2", "oadby-wigston")),
]


@pytest.fixture(scope="module")
def served(built_directory, tmp_path_factory):
    """One app behind a live server for the browser and a signed webhook for SMS."""
    folder = tmp_path_factory.mktemp("trials")
    database = folder / "finder.db"
    database.write_bytes(built_directory.read_bytes())
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(folder / "instance"), "RATE_SMS": "off",
                      "SECRET_KEY": "test-secret-key-not-for-production",
                      "TWILIO_AUTH_TOKEN": TOKEN})
    warm(app)  # as gunicorn's master does before forking: no test waits on a first build
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def first_by_sms(app, texts: list[str], sender: str) -> str:
    """The first result's line in the last SMS reply to `texts`."""
    twilio = Twilio(app.test_client(), TOKEN)
    for text in texts:
        sent = "\n".join(replies(twilio.text(text, number=sender)))
    return next(line for line in sent.splitlines() if line.startswith("1. "))


@pytest.mark.parametrize(("language", "words", "place", "family"), FAMILIES,
                         ids=[family[0] for family in FAMILIES])
def test_own_words_on_the_web_and_a_workers_filters_find_what_sms_finds(
        browser, served, language, words, place, family):  # noqa: F811 - the fixture
    app, url = served
    by_sms = first_by_sms(app, [words, place], f"+4477009{len(words):05d}")
    page = browser.new_context(viewport=PHONE).new_page()
    page.goto(f"{url}/?lang={language}")
    page.fill("#q", words)
    page.locator("form.words button[type=submit]").click()
    page.wait_for_load_state()
    page.fill("#place", place)
    page.locator("form.words button[type=submit]").click()
    page.wait_for_load_state()
    first = page.locator("main h2").first.inner_text().strip()
    assert by_sms.startswith("1. " + sms_text(first, language)), (by_sms, first)
    page.context.close()
    need, band, district = family
    worker = browser.new_context(viewport=TABLET).new_page()
    worker.goto(f"{url}/worker?need={need}&age={band}&district={district}&language={language}")
    names = [sms_text(name.strip(), language) for name in worker.locator("main h2, main h3")
             .all_inner_texts()]
    assert any(by_sms.startswith(f"1. {name}") for name in names if name), (by_sms, names)
    worker.context.close()
