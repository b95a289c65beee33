"""The web pages keep what a parent gave as SMS does: a place typed into the need box or the
age box is kept, said back, and the question asked again; an age box answer keeps the need."""

from __future__ import annotations

import re

import pytest
from test_browser import PHONE, browser, live_server  # noqa: F401 - shared fixtures

STATUS = re.compile(r'role="status">([^<]*)</p>')
HIDDEN = re.compile(r'type="hidden" name="(\w+)" value="([^"]*)"')
TITLE = re.compile(r"<h1>([^<]*)</h1>")


def answered(client, **form: str) -> tuple[str, str, dict[str, list[str]]]:
    """Post a question form as a browser does; the next page's heading, note and answers kept."""
    page = client.post("/find", data=form, follow_redirects=True)
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    kept: dict[str, list[str]] = {}
    for key, value in dict.fromkeys(HIDDEN.findall(body)):
        kept.setdefault(key, []).append(value)
    note = STATUS.search(body)
    return TITLE.search(body)[1], note[1] if note else "", kept


@pytest.mark.parametrize("typed", ["Loughborough", "LE11", "لفبرو", "લફબરો", "ਲਫਬਰੋ"])
def test_a_place_typed_as_the_need_is_kept_said_and_the_need_asked_again(client, typed):
    title, note, kept = answered(client, q=typed)
    assert title == "What would you like help with?"
    assert note.startswith("Thanks – ") and kept["place"] in (["Loughborough"], ["LE11"])
    title, _, kept = answered(client, need="sleep", **{"place": kept["place"][0]})
    assert title == "How old is your child?" and kept["place"]


def test_words_on_the_need_page_asked_again_keep_the_place(client):
    _, _, kept = answered(client, q="Loughborough")
    title, _, after = answered(client, words="he wont sleep", place=kept["place"][0])
    assert title == "How old is your child?"
    assert after == {"need": ["sleep"], "place": ["Loughborough"]}


@pytest.mark.parametrize("typed", ["she is 3", "ma 3 lata", "3 saal ki hai"])
def test_an_age_typed_as_the_need_is_kept_and_the_need_asked_again(client, typed):
    title, note, kept = answered(client, q=typed)
    assert title == "What would you like help with?" and note == ""
    assert kept == {"age": ["36m"]}
    title, _, after = answered(client, words="he wont sleep", age="36m")
    assert title == "Where do you live?"
    assert after == {"need": ["sleep"], "age": ["36m"]}


def test_a_place_typed_as_the_age_is_kept_and_the_age_asked_again(client):
    title, note, kept = answered(client, need="sleep", age_text="Oakham")
    assert title == "How old is your child?" and note == "Thanks – Oakham."
    assert kept == {"need": ["sleep"], "place": ["Oakham"]}


def test_a_need_typed_as_the_age_is_added_and_the_age_asked_again(client):
    title, _, kept = answered(client, need="sleep", age_text="and tantrums all day")
    assert title == "How old is your child?"
    assert kept == {"need": ["sleep", "behaviour"]}


@pytest.mark.parametrize(("typed", "age"), [
    ("15", "180m"), ("year 7", "132m"), ("expecting", "expecting"), ("due in May", "expecting"),
    ("teen saal", "36m"), ("3 and 7", "36m"),
])
def test_an_age_box_answer_keeps_the_need(client, typed, age):
    title, _, kept = answered(client, need="sleep", age_text=typed)
    assert title == "Where do you live?"
    assert kept["need"] == ["sleep"] and age in kept["age"]


@pytest.mark.browser
def test_a_parent_who_types_a_town_first_is_asked_the_need_and_keeps_the_town(
        browser, live_server):  # noqa: F811 - the fixtures, passed in
    page = browser.new_context(viewport=PHONE).new_page()
    page.goto(f"{live_server}/?lang=en")
    page.fill("#q", "Loughborough")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text() == "Thanks – Loughborough."
    assert page.locator("h1").inner_text() == "What would you like help with?"
    page.get_by_role("button", name="Sleep", exact=True).click()
    page.wait_for_load_state()
    page.get_by_role("button", name="1 to 2 years").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Support that could help"
    assert "Loughborough" in page.locator("main").inner_text()
    assert "Loughborough" not in page.url  # the answers stay sealed
    page.context.close()
