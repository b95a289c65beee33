"""Parent pages: every page valid in every language, the three questions, results, text me."""

from __future__ import annotations

import re

import pytest

from finder import create_app
from finder.languages import LANGUAGES
from finder.sms import get_store
from tests.pages import check_page
from tests.web_helpers import csrf_token, stigma_words, visible_text

PARENT = "07700 900123"
PAGES = {
    "need": "/",
    "age": "/find?need=sleep",
    "place": "/find?need=sleep&age=1-2",
    "results": "/find?need=sleep&age=1-2&place=Loughborough",
    "results-whole-area": "/find?need=behaviour&age=any&place=",
    "results-outside": "/find?need=sleep&age=3-4&place=Nottingham",
    "results-words": "/find?q=zzqx+blorp&age=any&place=",
    "choose-place": "/find?need=sleep&age=1-2&place=Kirby",
    "place-not-found": "/find?need=sleep&age=1-2&place=Atlantis",
    "safety": "/find?q=my+partner+hits+me",
    "feeling": "/find?q=%F0%9F%98%A2",
    "sent": "/find/sent?need=sleep&age=1-2&place=",
    "all-services": "/services",
}


@pytest.fixture
def app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "INSTANCE_PATH": str(tmp_path / "instance"),
                       "SECRET_KEY": "test-secret-key-not-for-production"})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_every_page_is_valid_in_every_language(client, path, language):
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}lang={language}")
    assert response.status_code == 200
    check_page(response.get_data(as_text=True), language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", [p for k, p in PAGES.items() if k != "all-services"],
                         ids=[k for k in PAGES if k != "all-services"])
def test_no_parent_page_shows_stigma_words_or_ratings(client, path, language):
    joiner = "&" if "?" in path else "?"
    html = client.get(f"{path}{joiner}lang={language}").get_data(as_text=True)
    assert stigma_words(html) == []


def test_the_first_page_weighs_under_30_kb_with_its_css_inside(client):
    html = client.get("/").get_data()
    assert b"<style>" in html and b'rel="stylesheet"' not in html
    assert len(html) < 30 * 1024


def test_three_taps_reach_results(client):
    age_page = client.get("/find?need=sleep").get_data(as_text=True)
    assert 'name="age" value="1-2"' in age_page
    place_page = client.get("/find?need=sleep&age=1-2").get_data(as_text=True)
    assert 'name="place"' in place_page
    results = client.get("/find?need=sleep&age=1-2&place=LE11").get_data(as_text=True)
    assert 'class="card"' in results
    assert "Support that could help" in results


def test_each_question_carries_the_earlier_answers_in_hidden_fields(client):
    html = client.get("/find?need=sleep&age=1-2").get_data(as_text=True)
    assert '<input type="hidden" name="need" value="sleep">' in html
    assert '<input type="hidden" name="age" value="1-2">' in html


def test_the_need_choices_are_the_sixteen_needs_in_the_pages_language(client):
    html = client.get("/?lang=pl").get_data(as_text=True)
    assert html.count('name="need"') == 16
    assert "Przygotowanie na przyjście dziecka" in html


WORDS = [
    ("he wont sleep", "en", "need=sleep", "en-sleep"),
    ("بچہ سوتا نہیں", "ur", "need=sleep", "ur-sleep"),
    ("córka ma napady złości", "pl", "need=behaviour", "pl-tantrums"),
    ("my 2 year old will not sleep", "en", "age=24m", "en-age-too"),
    ("tantrums, we live in Melton", "en", "place=Melton", "en-place-too"),
]


@pytest.mark.parametrize(("words", "language", "expected", "_id"), WORDS,
                         ids=[w[3] for w in WORDS])
def test_words_in_the_something_else_box_become_answers(client, words, language, expected,
                                                        _id):
    response = client.get("/find", query_string={"q": words, "lang": language})
    assert response.status_code == 303
    assert expected in response.headers["Location"]


def test_words_nobody_understands_still_search_by_text(client):
    response = client.get("/find", query_string={"q": "zzqx blorp"})
    assert response.status_code == 200
    assert '<input type="hidden" name="q" value="zzqx blorp">' in response.get_data(as_text=True)
    results = client.get("/find", query_string={"q": "zzqx blorp", "age": "any", "place": ""})
    assert 'class="card"' in results.get_data(as_text=True)


@pytest.mark.parametrize(("words", "language"), [("😢", "en"), ("I'm so tired", "en"),
                                               ("jestem wykończona", "pl")])
def test_a_feeling_in_the_box_gets_a_kind_line_and_an_offer_of_help(client, words, language):
    response = client.get("/find", query_string={"q": words, "lang": language})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'name="need" value="wellbeing" id="feeling-yes"' in html
    assert 'name="need" value="sleep"' in html  # something else: every need is still there
    if language == "en":
        assert "Thank you for telling us. That sounds hard." in html
        assert "did not catch" not in html


def test_an_empty_something_else_box_asks_kindly_again(client):
    html = client.get("/find?q=").get_data(as_text=True)
    assert "Please choose one, or tell us in your own words." in html
    assert 'aria-invalid="true"' in html


def test_safety_words_show_the_national_lines_first_then_carry_on(client):
    html = client.get("/find", query_string={"q": "my partner hits me"}).get_data(as_text=True)
    assert "0808 2000 247" in html
    assert 'href="/find?need=' in html


@pytest.mark.parametrize(("words", "expected"), [
    ("2 years", "age=24m"), ("she is 6 months", "age=6m"), ("", "age=any"),
], ids=["years", "months", "skipped"])
def test_the_free_age_box_is_understood(client, words, expected):
    response = client.get("/find", query_string={"need": "sleep", "age_text": words})
    assert response.status_code == 303
    assert expected in response.headers["Location"]


def test_an_age_nobody_understands_is_asked_again_in_the_pages_language(client):
    response = client.get("/find", query_string={"need": "sleep", "age_text": "blue",
                                                 "lang": "pl"})
    assert response.status_code == 400
    assert "Przepraszamy, nie zrozumieliśmy" in response.get_data(as_text=True)


def test_a_name_several_places_share_offers_a_choice_that_settles_it(client):
    html = client.get("/find?need=sleep&age=1-2&place=Kirby").get_data(as_text=True)
    assert "Which place do you mean?" in html
    assert "district=melton" in html and "district=blaby" in html
    chosen = client.get("/find?need=sleep&age=1-2&place=Kirby&district=melton")
    assert "Kirby Bellars" in visible_text(chosen.get_data(as_text=True))


def test_a_place_not_found_is_asked_again(client):
    html = client.get("/find?need=sleep&age=1-2&place=Atlantis").get_data(as_text=True)
    assert "We could not find that place." in html
    assert 'value="Atlantis"' in html


def test_a_place_outside_the_area_says_so_and_shows_help_from_anywhere(client):
    html = client.get("/find?need=sleep&age=1-2&place=Nottingham").get_data(as_text=True)
    assert "outside the area we cover" in html
    assert 'class="card"' in html


def test_results_are_never_a_dead_end(client):
    html = client.get("/find?need=domestic-abuse&age=16-plus&place=Oakham").get_data(
        as_text=True)
    assert 'class="card"' in html or "health visitor" in html
    assert "Your health visitor, GP, school or local family hub can help you choose." in html


def test_results_link_to_change_each_answer(client):
    html = client.get("/find?need=sleep&age=1-2&place=Melton").get_data(as_text=True)
    assert 'href="/find?need=sleep&amp;place=Melton"' in html  # change the age
    assert 'href="/find?need=sleep&amp;age=1-2"' in html  # change the place


def test_switching_language_keeps_the_answers(client):
    html = client.get("/find?need=sleep&age=1-2&place=Melton").get_data(as_text=True)
    assert "need=sleep&amp;age=1-2&amp;place=Melton&amp;lang=ur" in html


@pytest.mark.parametrize(("path", "parameter"), [
    ("/find?need=napping", "need"), ("/find?need=sleep&age=forty&place=", "age"),
], ids=["unknown-need", "unknown-age"])
def test_a_hand_edited_link_gets_a_clear_400(client, path, parameter):
    response = client.get(path)
    assert response.status_code == 400
    assert "Start again" in response.get_data(as_text=True)


RESULTS = "/find?need=sleep&age=1-2&place=Loughborough"


def text_me(client, phone, language="en"):
    html = client.get(f"{RESULTS}&lang={language}").get_data(as_text=True)
    return client.post("/find/text?need=sleep&age=1-2&place=Loughborough",
                       data={"csrf_token": csrf_token(html), "phone": phone})


def test_text_me_sends_the_results_once_and_keeps_no_number(client, app, caplog):
    response = text_me(client, PARENT)
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/find/sent?need=sleep")
    [kept] = get_store(app).outbox("+447700900123")
    first = kept["body"].split("\n\n")[0].split("\n")[0]
    assert first and first in client.get(RESULTS).get_data(as_text=True)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "900123" not in page and "900123" not in caplog.text


@pytest.mark.parametrize(("phone", "message"), [
    ("", "Please enter a mobile number."),
    ("0116 254 1234", "Please enter a UK mobile number"),
    ("+33 6 12 34 56 78", "Please enter a UK mobile number"),
], ids=["empty", "landline", "french-mobile"])
def test_text_me_refuses_anything_but_a_uk_mobile(client, app, phone, message):
    response = text_me(client, phone)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_text_me_errors_are_in_the_pages_language(client):
    response = text_me(client, "12345", language="ur")
    assert "براہ کرم برطانیہ کا موبائل نمبر لکھیں" in response.get_data(as_text=True)


def test_text_me_without_the_forms_token_is_refused(client, app):
    response = client.post("/find/text?need=sleep&age=1-2&place=", data={"phone": PARENT})
    assert response.status_code == 400
    assert get_store(app).outbox("+447700900123") == []


def test_a_chosen_language_is_kept_for_the_next_page(client):
    client.get("/?lang=pl")
    html = client.get("/services").get_data(as_text=True)
    assert 'lang="pl"' in html


def test_the_browser_language_is_used_when_none_is_chosen(client):
    html = client.get("/", headers={"Accept-Language": "so,en;q=0.5"}).get_data(as_text=True)
    assert 'lang="so"' in html


def test_an_unknown_language_falls_back_to_english(client):
    html = client.get("/?lang=xx").get_data(as_text=True)
    assert 'lang="en"' in html


def test_the_services_page_lists_every_active_service_under_each_of_its_needs(client, app):
    from finder.directory import store

    with app.app_context():
        from finder.directory.app import get_conn
        services = store.services(get_conn())
    pages = {need: visible_text(client.get(f"/services?need={need}").get_data(as_text=True))
             for need in {n for s in services for n in s["needs"]}}
    missing = [(s["name"], need) for s in services for need in s["needs"]
               if s["name"] not in pages[need]]
    assert services and missing == []


def test_the_services_page_counts_each_need_and_the_filters_narrow_it(client):
    def count(query: str) -> int:
        text = visible_text(client.get(f"/services?{query}").get_data(as_text=True))
        return sum(int(n) for n in re.findall(r"Services: (\d+)", text))

    assert 0 < count("age=expecting") < count("")
    assert 0 < count("area=rutland") < count("")


def test_one_needs_services_are_grouped_by_area_those_everywhere_first(client):
    html = client.get("/services?need=sleep").get_data(as_text=True)
    headings = re.findall(r'<h3 id="area-([a-z-]+)"', html)
    assert headings[0] == "llr" and len(headings) == len(set(headings)) > 1
    only_rutland = client.get("/services?need=sleep&area=rutland").get_data(as_text=True)
    assert set(re.findall(r'<h3 id="area-([a-z-]+)"', only_rutland)) <= {"llr", "rutland"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", [*PAGES.values(), "/services?need=sleep", "/clear-your-history"])
def test_every_parent_page_weighs_under_30_kb(client, path, language):
    joiner = "&" if "?" in path else "?"
    assert len(client.get(f"{path}{joiner}lang={language}").get_data()) < 30 * 1024


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_every_page_offers_a_quick_exit(client, path):
    assert "Leave this site quickly" in client.get(path).get_data(as_text=True)


def test_health_check_reports_the_directory(client):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    assert body["services"] > 0


def test_health_check_fails_when_the_directory_is_unreadable(client, database):
    database.write_bytes(b"not a database")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "directory" in response.get_json()["problems"]
