"""The safety page, tap-to-call numbers and the same lines on every channel."""

from __future__ import annotations

import re

import pytest

from finder.web import links

HELPLINE = "0808 2000 247"


def test_feeling_safe_at_home_opens_the_safety_page_at_once(client):
    response = client.get("/find", query_string={"need": "domestic-abuse"})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert page.index(HELPLINE) < page.index(">999<")


def test_the_safety_page_carries_on_to_services_without_asking_an_age(client):
    first = client.get("/find", query_string={"need": "domestic-abuse"})
    page = client.get(first.headers["Location"]).get_data(as_text=True)
    onward = re.search(r'class="button" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "need=domestic-abuse" in onward and "age=any" in onward
    assert client.get(onward).status_code == 200  # the place question, not the safety page


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_the_helpline_is_a_tel_link_isolated_left_to_right(client, lang):
    page = client.get("/safety", query_string={"kind": "domestic-abuse", "lang": lang})
    html = page.get_data(as_text=True)
    assert f'<html lang="{lang}" dir="rtl">' in html
    assert ('<a class="number" href="tel:+448082000247" dir="ltr"><bdi dir="ltr">'
            f"{HELPLINE}</bdi></a>") in html


def test_each_kind_gets_its_own_lines_in_order(client):
    html = client.get("/safety?kind=self-harm").get_data(as_text=True)
    assert html.index("116 123") < html.index("85258") < html.index(">999<")
    assert 'href="sms:85258?body=SHOUT"' in html
    child = client.get("/safety?kind=child-in-danger").get_data(as_text=True)
    assert child.index("0808 800 5000") < child.index("0800 1111") < child.index(">999<")


def test_the_safety_page_never_sends_a_parent_off_site(client):
    html = client.get("/safety?kind=domestic-abuse&next=https://evil.example/").get_data(
        as_text=True)
    assert re.search(r'class="button" href="([^"]+)"', html).group(1) == "/"


@pytest.mark.parametrize("path", ["/find?need=domestic-abuse&age=any&place=Leicester",
                                  "/worker?need=domestic-abuse"], ids=["results", "worker"])
def test_results_for_feeling_safe_at_home_show_the_helplines_as_links(client, path):
    html = client.get(path).get_data(as_text=True)
    assert 'href="tel:+448082000247"' in html


def test_other_results_show_no_helplines(client):
    html = client.get("/find?need=sleep&age=any&place=Leicester").get_data(as_text=True)
    assert "tel:+448082000247" not in html


def test_a_local_line_carries_where_it_was_seen(site):
    local = [line for line in site.safety_lines if "source" in line]
    assert local, "the LLR line is listed with its source"
    for line in local:
        assert line["source"].startswith("https://") and line["seen"]
        assert line["verified"] is False


@pytest.mark.parametrize(("number", "href"), [
    ("0808 2000 247", "tel:+448082000247"), ("999", "tel:999"), ("116 123", "tel:116123"),
    ("0116 454 1004", "tel:+441164541004"),
])
def test_numbers_dial_in_international_form_where_they_are_national(number, href):
    assert f'href="{href}"' in links.tel(number)


def test_numbers_inside_a_message_become_links():
    html = links.numbers("Call 0808 2000 247: helpline. Text SHOUT to 85258. Age 2 <b>")
    assert 'href="tel:+448082000247"' in html and 'href="sms:85258"' in html
    assert "&lt;b&gt;" in html and "tel:2" not in html


def test_services_for_feeling_safe_at_home_carry_the_lines_in_notes(client):
    body = client.get("/api/v1/services?need=domestic-abuse&lang=en").get_json()
    assert body["notes"][0].startswith(f"Call {HELPLINE}")
    assert any("999" in note for note in body["notes"])


def test_other_services_carry_no_safety_notes(client):
    body = client.get("/api/v1/services?need=sleep").get_json()
    assert not any(HELPLINE in note for note in body.get("notes", []))


@pytest.fixture(scope="module")
def site():
    from finder.directory import content
    from tests.conftest import CONTENT

    return content.load(CONTENT)
